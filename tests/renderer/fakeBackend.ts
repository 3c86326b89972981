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
import { contextAround } from '../../shared/figure-context';
import type { Annotation } from '../../shared/domain/annotation';
import type { Draft, DraftDoc, DraftVersion } from '../../shared/domain/draft';
import type { Evidence, EvidenceLink, MetricSeries, Target, TargetEvent } from '../../shared/domain/target';
import type { StoryCheck } from '../../shared/domain/check';
import type { IndicatorEntry } from '../../shared/domain/lexicon';
import type { ImportBatch } from '../../shared/domain/imports';
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

export function makeTarget(id: number, patch: Partial<Target> = {}): Target {
  return {
    id,
    metric: '高新技术企业',
    metricKey: '高新技术企业',
    entity: '重庆',
    value: 7000,
    valueMax: null,
    unit: '家',
    currency: null,
    change: 'level',
    comparator: 'gt',
    direction: 'floor',
    tolerance: 0.05,
    accumulation: 'stock',
    period: { from: '2023-01-01', to: '2023-12-31', label: '今年' },
    deadline: '2023-12-31',
    binding: 'aspirational',
    sourceStoryId: 7,
    sourceFigureId: 32,
    sourceHeadline: '重庆实施“双倍增”行动',
    sourceDate: '2023-02-24',
    quote: '突破7000家',
    notes: '',
    status: 'not_due',
    computedStatus: 'not_due',
    explanation: null,
    override: null,
    revisesTargetId: null,
    revisedByTargetId: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...patch,
  };
}

const exported = (fileName: string, mime: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { fileName, mime, dataBase64: btoa(String.fromCharCode(...bytes)), bytes: bytes.length };
};

export function makeIndicator(id: string, patch: Partial<IndicatorEntry> = {}): IndicatorEntry {
  return {
    id,
    zh: [id],
    en: [id],
    measure: 'level',
    unitClass: 'money',
    statistic: 'annual',
    better: 'higher',
    domain: 'economy',
    source: '国家统计局 主要统计指标解释',
    editorNames: [],
    ...patch,
  };
}

/** A few entries of the real lexicon, enough for the Settings page. */
export const FAKE_LEXICON: IndicatorEntry[] = [
  makeIndicator('gdp', { zh: ['地区生产总值', '国内生产总值', 'GDP'], en: ['gross domestic product', 'gdp'] }),
  makeIndicator('gdp-growth', { zh: ['地区生产总值增长', 'GDP增速'], en: ['gdp growth', 'economic growth'], measure: 'growth_rate', unitClass: 'percent' }),
  makeIndicator('cpi', {
    zh: ['居民消费价格指数', 'CPI'],
    en: ['consumer price index', 'cpi'],
    measure: 'index',
    unitClass: 'index',
    statistic: 'point_in_time',
    better: 'neither',
    domain: 'prices',
    source: 'ONS: Consumer price inflation, UK',
  }),
];

export interface FakeOptions {
  /** Import batches (imports:list), e.g. one a crash interrupted. */
  batches?: ImportBatch[];
  /** Targets and checks, for the targets board and the check page. */
  targets?: Target[];
  targetEvents?: TargetEvent[];
  checks?: Record<number, StoryCheck>;
  /** Evidence of a target and how each piece was linked (targets:get). */
  targetEvidence?: Record<number, { evidence: Evidence[]; links: EvidenceLink[] }>;
  series?: MetricSeries;
  stories?: Story[];
  /** Generated stories 1..n when `stories` is not given. */
  count?: number;
  hits?: SearchHit[];
  figures?: Figure[] | Error;
  settings?: Partial<Settings>;
  job?: JobState;
  preview?: { pages: PagePreview[]; failed: ImportReport['failed'] };
  annotations?: Annotation[];
  drafts?: Draft[];
  /** The indicator lexicon; FAKE_LEXICON when not given. */
  lexicon?: IndicatorEntry[];
}

const ZERO_COUNTS = { cjk: 0, latinWords: 0, numbers: 0, words: 0, characters: 0, charactersWithSpaces: 0 };

/** Counts as the core would for plain text (CJK characters and Latin words), enough for tests. */
export function countDoc(doc: DraftDoc) {
  const text = JSON.stringify(doc).match(/"text":"([^"]*)"/g)?.map((m) => m.slice(8, -1)).join(' ') ?? '';
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latinWords = (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).length;
  const numbers = (text.match(/(?<![A-Za-z0-9])[0-9]+(?![A-Za-z0-9])/g) ?? []).length;
  return { cjk, latinWords, numbers, words: cjk + latinWords + numbers, characters: text.replace(/\s/g, '').length, charactersWithSpaces: text.length };
}

export function makeDraft(id: number, patch: Partial<Draft> = {}): Draft {
  return {
    id,
    title: `Draft ${id}`,
    language: 'en',
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello world' }] }] },
    revision: 1,
    counts: { ...ZERO_COUNTS, latinWords: 2, words: 2, characters: 10, charactersWithSpaces: 11 },
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...patch,
  };
}

export function makeAnnotation(id: number, storyId: number, body: string, start: number, end: number, patch: Partial<Annotation> = {}): Annotation {
  return {
    id,
    uuid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    storyId,
    type: 'note',
    comment: '',
    tags: [],
    figureId: null,
    targetId: null,
    quote: { type: 'TextQuoteSelector', exact: body.slice(start, end) || 'gone', prefix: body.slice(Math.max(0, start - 32), start), suffix: body.slice(end, end + 32) },
    position: { type: 'TextPositionSelector', start, end },
    orphaned: false,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    author: '',
    replies: [],
    ...patch,
  };
}

export function createFakeBackend(options: FakeOptions = {}) {
  const stories = options.stories ?? Array.from({ length: options.count ?? 3 }, (_, i) => makeStory(i + 1));
  let settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const listCalls: Array<{ offset: number; limit: number } & Record<string, unknown>> = [];
  let job = options.job;
  let batches = [...(options.batches ?? [])];
  let backups: Array<{ name: string; path: string; at: string; bytes: number }> = [];
  let figures = options.figures instanceof Error ? options.figures : [...(options.figures ?? [])];
  let targets = [...(options.targets ?? [])];
  const needTarget = (id: number, channel: string) => {
    const target = targets.find((t) => t.id === id);
    if (!target) throw new ApiError({ code: 'not_found', message: `Target ${id} was not found.` }, channel);
    return target;
  };
  const putTarget = (target: Target) => {
    targets = targets.map((t) => (t.id === target.id ? target : t));
    return target;
  };
  let annotations = [...(options.annotations ?? [])];
  let nextAnnotationId = 1000;
  let drafts = [...(options.drafts ?? [])];
  const versions: DraftVersion[] = [];
  let nextDraftId = 500;
  let nextVersionId = 900;
  const now = () => '2024-02-01T10:00:00.000Z';
  const addVersion = (d: Draft, reason: DraftVersion['reason']) => {
    versions.unshift({ id: nextVersionId++, draftId: d.id, title: d.title, reason, counts: d.counts, createdAt: now(), author: 'Li Hua', doc: d.doc });
  };
  const draftOf = (id: number) => {
    const d = drafts.find((x) => x.id === id);
    if (!d) throw new ApiError({ code: 'not_found', message: `Draft ${id} was not found.` }, 'drafts:get');
    return d;
  };
  const putDraft = (d: Draft) => {
    drafts = [...drafts.filter((x) => x.id !== d.id), d];
    return d;
  };
  const file = (fileName: string, mime: string) => ({ fileName, mime, dataBase64: btoa('file'), bytes: 4 });
  const headlineOf = (storyId: number) => stories.find((s) => s.id === storyId)?.headline ?? '';
  let lexicon = (options.lexicon ?? FAKE_LEXICON).map((e) => ({ ...e, editorNames: [...e.editorNames] }));
  const lexiconFold = (text: string) => text.toLowerCase().replace(/\s+/g, '');
  const needIndicator = (id: string, channel: string) => {
    const entry = lexicon.find((e) => e.id === id);
    if (!entry) throw new ApiError({ code: 'not_found', message: `The lexicon has no indicator "${id}".`, path: 'indicatorId' }, channel);
    return entry;
  };
  const putIndicator = (entry: IndicatorEntry) => {
    lexicon = lexicon.map((e) => (e.id === entry.id ? entry : e));
    return entry;
  };

  const handlers: { [C in Channel]?: (input: InputOf<C>) => unknown } = {
    'app:info': () => ({ name: 'Figure Desk', version: '0.1.0', transport: 'ipc', dbPath: '/tmp/test.db', stories: stories.length, systemLocale: 'en-US' }),
    'archive:list': ({ offset = 0, limit = 200, ...filters }) => {
      listCalls.push({ offset, limit, ...filters });
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
      // As the core does: the text around each figure, cut from its story.
      return figures
        .filter((f) => f.review === 'unreviewed')
        .slice(0, limit)
        .map((f) => ({ ...f, headline: headlineOf(f.storyId), ...contextAround(stories.find((s) => s.id === f.storyId)?.body ?? '', f) }));
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
    'lexicon:list': ({ query, domain, limit = 50, offset = 0 }) => {
      const needle = lexiconFold(query ?? '');
      const matching = lexicon.filter(
        (e) => (!domain || e.domain === domain) && (!needle || [e.id, ...e.zh, ...e.en, ...e.editorNames.map((n) => n.name)].some((n) => lexiconFold(n).includes(needle))),
      );
      return { total: matching.length, items: matching.slice(offset, offset + limit) };
    },
    'lexicon:addName': ({ indicatorId, language, name }) => {
      const entry = needIndicator(indicatorId, 'lexicon:addName');
      const folded = lexiconFold(name);
      const holder = lexicon.find((e) => [...e[language], ...e.editorNames.filter((n) => n.language === language).map((n) => n.name)].some((n) => lexiconFold(n) === folded));
      if (holder) throw new ApiError({ code: 'conflict', message: `"${name}" is already a name of ${holder.en[0]} (${holder.id}).`, path: 'name' }, 'lexicon:addName');
      return putIndicator({ ...entry, editorNames: [...entry.editorNames, { language, name: name.trim() }] });
    },
    'lexicon:removeName': ({ indicatorId, language, name }) => {
      const entry = needIndicator(indicatorId, 'lexicon:removeName');
      if (!entry.editorNames.some((n) => n.language === language && n.name === name)) {
        throw new ApiError({ code: 'not_found', message: `"${name}" is not a taught name of ${entry.id}.`, path: 'name' }, 'lexicon:removeName');
      }
      return putIndicator({ ...entry, editorNames: entry.editorNames.filter((n) => !(n.language === language && n.name === name)) });
    },

    'settings:get': () => settings,
    'settings:set': (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return settings;
    },
    'archive:import': () => ({ jobId: 'job-1' }),
    'annotations:list': ({ storyId }) => annotations.filter((a) => a.storyId === storyId),
    'annotations:create': (input) => {
      const body = stories.find((s) => s.id === input.storyId)?.body ?? '';
      const a = makeAnnotation(nextAnnotationId++, input.storyId, body, input.start, input.end, {
        type: input.type,
        comment: input.comment ?? '',
        tags: input.tags ?? [],
        figureId: input.figureId ?? null,
        targetId: input.targetId ?? null,
      });
      annotations = [...annotations, a];
      return a;
    },
    'annotations:update': ({ id, patch }) => {
      const a = annotations.find((x) => x.id === id);
      if (!a) throw new ApiError({ code: 'not_found', message: `No annotation ${id}` }, 'annotations:update');
      const { range: _range, ...rest } = patch;
      const next = { ...a, ...rest };
      annotations = annotations.map((x) => (x.id === id ? next : x));
      return next;
    },
    'annotations:delete': ({ id }) => {
      annotations = annotations.filter((x) => x.id !== id);
      return { deleted: true };
    },
    'annotations:reply': ({ annotationId, text }) => {
      const a = annotations.find((x) => x.id === annotationId);
      if (!a) throw new ApiError({ code: 'not_found', message: `No annotation ${annotationId}` }, 'annotations:reply');
      const reply = {
        id: nextAnnotationId++,
        uuid: `00000000-0000-4000-9000-${String(nextAnnotationId).padStart(12, '0')}`,
        annotationId,
        text: text.trim(),
        author: settings.editorName || 'editor',
        createdAt: '2024-01-02T09:30:00.000Z',
      };
      const next = { ...a, replies: [...a.replies, reply] };
      annotations = annotations.map((x) => (x.id === annotationId ? next : x));
      return next;
    },
    'annotations:deleteReply': ({ id }) => {
      const a = annotations.find((x) => x.replies.some((r) => r.id === id));
      if (!a) return null;
      const next = { ...a, replies: a.replies.filter((r) => r.id !== id) };
      annotations = annotations.map((x) => (x.id === a.id ? next : x));
      return next;
    },
    'annotations:export': () => file('annotations.jsonld', 'application/ld+json'),
    'annotations:import': () => ({ imported: 2, existing: 0, skipped: [], orphaned: 0, warnings: [] }),
    'drafts:list': () => ({ total: drafts.length, items: drafts.map(({ doc: _doc, ...rest }) => rest) }),
    'drafts:get': ({ id }) => draftOf(id),
    'drafts:create': ({ title = '', language, doc = { type: 'doc', content: [] } }) => {
      const d = makeDraft(nextDraftId++, { title, language, doc: doc as DraftDoc, counts: countDoc(doc as DraftDoc) });
      addVersion(d, 'created');
      return putDraft(d);
    },
    'drafts:save': ({ id, title, doc, baseRevision, explicit }) => {
      const d = draftOf(id);
      if (baseRevision !== undefined && baseRevision !== d.revision) {
        throw new ApiError({ code: 'conflict', message: `Draft ${id} was saved elsewhere`, path: 'baseRevision' }, 'drafts:save');
      }
      const next = putDraft({ ...d, title: title ?? d.title, doc: doc as DraftDoc, revision: d.revision + 1, counts: countDoc(doc as DraftDoc), updatedAt: now() });
      if (explicit) addVersion(next, 'save');
      return next;
    },
    'drafts:delete': ({ id }) => {
      drafts = drafts.filter((x) => x.id !== id);
      return { deleted: true };
    },
    'drafts:versions': ({ id }) => versions.filter((v) => v.draftId === id).map(({ doc: _doc, ...rest }) => rest),
    'drafts:version': ({ versionId }) => {
      const v = versions.find((x) => x.id === versionId);
      if (!v) throw new ApiError({ code: 'not_found', message: `No version ${versionId}` }, 'drafts:version');
      return v;
    },
    'drafts:restore': ({ id, versionId }) => {
      const v = versions.find((x) => x.id === versionId)!;
      const d = draftOf(id);
      const next = putDraft({ ...d, title: v.title, doc: v.doc, revision: d.revision + 1, counts: v.counts });
      addVersion(next, 'restore');
      return next;
    },
    'drafts:scaffold': ({ targetIds, language }) => {
      const picked = targets.filter((tg) => targetIds.includes(tg.id));
      const doc: DraftDoc = {
        type: 'doc',
        content: picked.map((tg) => ({ type: 'paragraph', content: [{ type: 'text', text: tg.explanation?.[language === 'zh-CN' ? 'zh' : 'en'] ?? tg.metric }] })),
      };
      const d = makeDraft(nextDraftId++, { title: language === 'zh-CN' ? '跟进稿' : 'Follow-up', language, doc, counts: countDoc(doc) });
      addVersion(d, 'created');
      return putDraft(d);
    },
    'drafts:staleCitations': () => [],
    'export:draft': ({ id, format }) => file(`draft-${id}.${format === 'markdown' ? 'md' : format}`, 'application/octet-stream'),
    'export:story': ({ storyId, format }) => {
      if (format === 'pdf') throw new ApiError({ code: 'unavailable', message: 'PDF export needs Chromium, which is not available here.' }, 'export:story');
      return file(`story-${storyId}.${format === 'markdown' ? 'md' : format}`, 'application/octet-stream');
    },
    'backup:list': () => ({ folder: '/data/backups', backups }),
    'backup:now': () => {
      const made = { name: 'archive-2026-12-06T10-00-00Z.db', path: '/data/backups/archive-2026-12-06T10-00-00Z.db', at: '2026-12-06T10:00:00Z', bytes: 40960 };
      backups = [made, ...backups];
      return { path: made.path, bytes: made.bytes, stories: stories.length };
    },
    'backup:restore': () => ({ aside: '/data/archive.before-restore-2026-12-06T10-05-00Z.db', stories: stories.length }),
    'imports:list': () => batches,
    'imports:resume': ({ batchId }) => {
      batches = batches.map((b) => (b.id === batchId ? { ...b, resumable: false, resumedBy: batchId + 1 } : b));
      return { jobId: job?.progress.jobId ?? 'job-resume' };
    },
    'jobs:get': () => job,
    'jobs:cancel': () => ({ cancelled: true }),
    'archive:reindex': () => ({ jobId: job?.progress.jobId ?? 'job-1' }),

    'targets:list': ({ status, sourceStoryId }) => targets.filter((t) => (!status || status.includes(t.status)) && (sourceStoryId === undefined || t.sourceStoryId === sourceStoryId)),
    'targets:get': ({ id }) => ({
      target: needTarget(id, 'targets:get'),
      events: (options.targetEvents ?? []).filter((e) => e.targetId === id),
      evidence: options.targetEvidence?.[id]?.evidence ?? [],
      links: options.targetEvidence?.[id]?.links ?? [],
    }),
    'targets:fromFigure': ({ figureId }) => {
      const figure = figures instanceof Error ? undefined : figures.find((f) => f.id === figureId);
      if (!figure) throw new ApiError({ code: 'not_found', message: `Figure ${figureId} was not found.` }, 'targets:fromFigure');
      const target = makeTarget(100 + targets.length, { metric: figure.metric, value: figure.value, unit: figure.unit, quote: figure.quote, sourceFigureId: figure.id, sourceStoryId: figure.storyId });
      targets = [...targets, target];
      return target;
    },
    'targets:create': (input) => {
      const target = makeTarget(100 + targets.length, { ...input, entity: input.entity ?? null, valueMax: input.valueMax ?? null, sourceStoryId: null, sourceHeadline: null } as Partial<Target>);
      targets = [...targets, target];
      return target;
    },
    'targets:update': ({ id, patch }) => putTarget({ ...needTarget(id, 'targets:update'), ...patch } as Target),
    'targets:override': ({ id, override }) => {
      const target = needTarget(id, 'targets:override');
      return putTarget({
        ...target,
        override: override ? { ...override, at: '2024-02-01T00:00:00.000Z' } : null,
        status: override ? override.status : target.computedStatus,
      });
    },
    'targets:history': ({ id }) => (options.targetEvents ?? []).filter((e) => e.targetId === id),
    'targets:dueSoon': () => targets.filter((t) => t.status === 'not_due' || t.status === 'on_track'),
    'targets:overdue': () => targets.filter((t) => t.status === 'unclear'),
    'targets:series': ({ metricKey }) => options.series ?? { metricKey, unit: null, targets: [], points: [] },
    'targets:export': ({ format }) => exported(`figure-desk-targets.${format}`, format === 'csv' ? 'text/csv' : 'application/json', 'id,metric\n'),
    'targets:import': ({ text }) => {
      if (!text.includes(',')) throw new ApiError({ code: 'invalid_input', message: 'Line 2: value is not a number', path: 'value' }, 'targets:import');
      return { imported: 1, warnings: ['Line 3: story 99 is not in this archive; the link was dropped.'] };
    },
    'targets:delete': ({ id }) => {
      targets = targets.filter((t) => t.id !== id);
      return { deleted: true };
    },
    'check:story': ({ storyId }) => options.checks?.[storyId] ?? [],
    'check:confirm': ({ targetId, accept }) => {
      if (targetId === undefined) return { aliasLearned: null, target: null, rejected: !accept };
      const target = needTarget(targetId, 'check:confirm');
      if (!accept) return { aliasLearned: null, target, rejected: true };
      return { aliasLearned: null, target: putTarget({ ...target, status: 'met', computedStatus: 'met' }), rejected: false };
    },
    'check:export': ({ storyId }) => exported(`story-${storyId}-check.csv`, 'text/csv', 'quote,verdict\n'),
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
    get annotations() {
      return annotations;
    },
    get drafts() {
      return drafts;
    },
    get lexicon() {
      return lexicon;
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
