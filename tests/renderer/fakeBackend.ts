/**
 * An in-memory stand-in for the core, for renderer tests that mock renderer/src/api.ts:
 * `mockApi.call.mockImplementation(backend.call)`.
 */
import { vi } from 'vitest';
import type { Channel, InputOf, JobState } from '../../shared/contract';
import type { ImportReport, PagePreview, SearchHit } from '../../shared/domain/archive';
import type { Figure } from '../../shared/domain/figure';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings';
import type { Story } from '../../shared/domain/story';
import { ApiError } from '../../renderer/src/api';

export function makeStory(id: number, patch: Partial<Story> = {}): Story {
  return {
    id,
    publication: '重庆日报',
    date: '2023-02-24',
    headline: `Story number ${id}`,
    subhead: null,
    kicker: null,
    byline: '张亦筑',
    dateline: null,
    body: `First paragraph of story ${id}.\nSecond paragraph.`,
    truncated: false,
    genre: 'news',
    language: 'en',
    sourcePath: null,
    importBatchId: 1,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...patch,
  };
}

/** A figure whose quote is found in `body` (the first occurrence, or after `from`). */
export function makeFigure(id: number, storyId: number, body: string, quote: string, patch: Partial<Figure> = {}, from = 0): Figure {
  const start = body.indexOf(quote, from);
  if (start < 0) throw new Error(`${quote} is not in the body`);
  return {
    id,
    storyId,
    quote,
    start,
    end: start + quote.length,
    value: 1,
    valueMax: null,
    unit: '',
    currency: null,
    qualifier: 'eq',
    kind: 'other',
    change: 'level',
    metric: '',
    metricKey: '',
    entity: null,
    period: null,
    confidence: 0.8,
    rule: 'zh.test',
    cues: [],
    review: 'unreviewed',
    source: 'auto',
    ...patch,
  };
}

export interface FakeOptions {
  stories?: Story[];
  /** Generated stories 1..n when `stories` is not given. */
  count?: number;
  hits?: SearchHit[];
  figures?: Figure[] | Error;
  settings?: Partial<Settings>;
  job?: JobState;
  preview?: { pages: PagePreview[]; failed: ImportReport['failed'] };
}

export function createFakeBackend(options: FakeOptions = {}) {
  const stories = options.stories ?? Array.from({ length: options.count ?? 3 }, (_, i) => makeStory(i + 1));
  let settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const listCalls: { offset: number; limit: number }[] = [];
  let job = options.job;
  let figures = options.figures instanceof Error ? options.figures : [...(options.figures ?? [])];
  const headlineOf = (storyId: number) => stories.find((s) => s.id === storyId)?.headline ?? '';

  const handlers: { [C in Channel]?: (input: InputOf<C>) => unknown } = {
    'app:info': () => ({ name: 'Figure Desk', version: '0.1.0', transport: 'ipc', dbPath: '/tmp/test.db', stories: stories.length, systemLocale: 'en-US' }),
    'archive:list': ({ offset = 0, limit = 200 }) => {
      listCalls.push({ offset, limit });
      return {
        total: stories.length,
        items: stories.slice(offset, offset + limit).map(({ id, publication, date, headline, byline, truncated, genre, language }) => ({
          id,
          publication,
          date,
          headline,
          byline,
          truncated,
          genre,
          language,
        })),
      };
    },
    'archive:get': ({ id }) => {
      const story = stories.find((s) => s.id === id);
      if (!story) throw new ApiError({ code: 'not_found', message: `No story ${id}` }, 'archive:get');
      return story;
    },
    'archive:search': () => ({ hits: options.hits ?? [], tookMs: 3 }),
    'figures:list': ({ storyId }) => {
      if (figures instanceof Error) throw new ApiError({ code: 'unavailable', message: figures.message }, 'figures:list');
      return figures.filter((f) => f.storyId === storyId || options.figures === undefined);
    },
    'figures:update': ({ id, patch }) => {
      if (figures instanceof Error) throw new ApiError({ code: 'unavailable', message: figures.message }, 'figures:update');
      const figure = figures.find((f) => f.id === id);
      if (!figure) throw new ApiError({ code: 'not_found', message: `No figure ${id}` }, 'figures:update');
      const edited = Object.keys(patch).some((k) => k !== 'review');
      // As the core does: a correction is the editor's and counts as confirmed.
      const next: Figure = { ...figure, ...patch, source: edited ? 'editor' : figure.source, review: patch.review ?? (edited ? 'confirmed' : figure.review) } as Figure;
      figures = figures.map((f) => (f.id === id ? next : f));
      return next;
    },
    'figures:queue': ({ limit = 200 }) => {
      if (figures instanceof Error) throw new ApiError({ code: 'unavailable', message: figures.message }, 'figures:queue');
      return figures.filter((f) => f.review === 'unreviewed').slice(0, limit).map((f) => ({ ...f, headline: headlineOf(f.storyId) }));
    },
    'figures:reextract': ({ storyId }) => {
      if (figures instanceof Error) throw new ApiError({ code: 'unavailable', message: figures.message }, 'figures:reextract');
      return figures.filter((f) => f.storyId === storyId);
    },
    'archive:preview': () => options.preview ?? { pages: [], failed: [] },
    'archive:save': ({ pages }) => ({
      batchId: 2,
      imported: pages.flatMap((page, p) =>
        page.stories.map((story, i) => ({
          id: 100 + p * 50 + i,
          publication: page.publication ?? null,
          date: page.date ?? null,
          headline: story.headline,
          byline: story.byline,
          truncated: story.truncated,
          genre: story.genre,
          language: story.language,
        })),
      ),
      skipped: [],
      failed: [],
      assumed: [],
      cancelled: false,
    }),
    'settings:get': () => settings,
    'settings:set': (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return settings;
    },
    'archive:import': () => ({ jobId: 'job-1' }),
    'jobs:get': () => job,
    'jobs:cancel': () => ({ cancelled: true }),
  };

  const call = vi.fn(async (channel: Channel, input: unknown) => {
    const handler = handlers[channel];
    if (!handler) throw new ApiError({ code: 'unavailable', message: `${channel} is not in the fake backend` }, channel);
    return (handler as (input: unknown) => unknown)(input);
  });

  return {
    call,
    listCalls,
    get settings() {
      return settings;
    },
    setJob(next: JobState) {
      job = next;
    },
  };
}

/** A subscribe() that records listeners so a test can emit events. */
export function createFakeEvents() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const subscribe = vi.fn((event: string, listener: (payload: unknown) => void) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(listener);
    return () => listeners.get(event)?.delete(listener);
  });
  const emit = (event: string, payload: unknown) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  return { subscribe, emit };
}
