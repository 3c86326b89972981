/**
 * An in-memory stand-in for the core, for renderer tests that mock renderer/src/api.ts:
 * `mockApi.call.mockImplementation(backend.call)`.
 */
import { vi } from 'vitest';
import type { Channel, InputOf, JobState } from '../../shared/contract';
import type { SearchHit } from '../../shared/domain/archive';
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

export interface FakeOptions {
  stories?: Story[];
  /** Generated stories 1..n when `stories` is not given. */
  count?: number;
  hits?: SearchHit[];
  figures?: Figure[] | Error;
  settings?: Partial<Settings>;
  job?: JobState;
}

export function createFakeBackend(options: FakeOptions = {}) {
  const stories = options.stories ?? Array.from({ length: options.count ?? 3 }, (_, i) => makeStory(i + 1));
  let settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const listCalls: { offset: number; limit: number }[] = [];
  let job = options.job;

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
    'figures:list': () => {
      if (options.figures instanceof Error) throw new ApiError({ code: 'unavailable', message: options.figures.message }, 'figures:list');
      return options.figures ?? [];
    },
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
