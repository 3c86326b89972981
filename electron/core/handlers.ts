import { systemUserName } from './db/repositories/author';
import { storyLead } from './figures/lead';
import { statSync } from 'node:fs';
import { AppFailure } from '../../shared/result';
import type { Settings } from '../../shared/domain/settings';
import type { EventName, EventOf } from '../../shared/contract';
import type { Repositories } from './db/repositories';
import type { Handlers } from './invoke';
import type { JobRunner } from './jobs/runner';
import { searchArchive } from './archive/search';
import { updateStory, deleteStories } from './archive/store-edit';
import { readSettings, writeSettings, cityFor } from './settings';
import { extractFigures } from './figures/extract';
import { updateFigure } from './figures/edit';
import { nowIso } from './clock';
import type { PdfRenderer } from './export/pdf';
import { createTrackingHandlers, invalidateMetricIndex } from './handlers-tracking';
import { createLexiconHandlers } from './handlers-lexicon';
import { resumeRequest } from './jobs/recovery';
import { createBackupHandlers } from './handlers-backup';

export interface HandlerContext {
  repos: Repositories;
  jobs: JobRunner;
  transport: 'ipc' | 'http';
  dbPath: string;
  version: string;
  systemLocale: string;
  emit<E extends EventName>(event: E, payload: EventOf<E>): void;
  /** Renders HTML to PDF: printToPDF in the app, the system Chromium elsewhere. */
  pdfRenderer?: PdfRenderer;
  /** Lets the core react to settings (the watched folder). */
  onSettingsChanged?(settings: Settings): void;
}

function assertFolder(path: string): void {
  let ok = false;
  try {
    ok = statSync(path).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new AppFailure('invalid_input', `The watched folder "${path}" does not exist or is not a folder. Choose an existing folder.`, 'watchFolder');
}

function need<T>(value: T | null, what: string): T {
  if (value === null) throw new AppFailure('not_found', `${what} was not found. It may have been deleted; refresh the list.`);
  return value;
}

/** Every contract channel's handler, over one set of repositories. */
export function createHandlers(ctx: HandlerContext): Handlers {
  const { repos } = ctx;
  return {
    ...createTrackingHandlers(ctx),
    ...createLexiconHandlers(repos),
    ...createBackupHandlers(ctx),
    'app:info': () => ({
      name: 'Figure Desk',
      version: ctx.version,
      transport: ctx.transport,
      dbPath: ctx.dbPath,
      stories: repos.stories.count(),
      systemLocale: ctx.systemLocale,
      systemUser: systemUserName(),
    }),

    'archive:list': ({ offset, limit, from, to, publication, byline }) => {
      const filters = { from: from ?? null, to: to ?? null, publication: publication ?? null, byline: byline ?? null };
      return { total: repos.stories.count(filters), items: repos.stories.list(offset, limit, filters) };
    },
    'archive:get': ({ id }) => need(repos.stories.get(id), `Story ${id}`),
    'archive:search': (query) => searchArchive(repos, query),
    'archive:update': ({ id, patch }) => {
      const story = updateStory(repos, id, patch);
      ctx.emit('archive:changed', { reason: 'update' });
      return story;
    },
    'archive:delete': ({ ids }) => {
      const deleted = deleteStories(repos, ids);
      ctx.emit('archive:changed', { reason: 'delete' });
      return { deleted };
    },
    'archive:import': ({ sources, options }) => ({ jobId: ctx.jobs.start({ kind: 'import', sources, options }) }),
    // The review step reads and stores in the jobs worker too; the caller waits for the answer.
    'archive:preview': async ({ sources, options }) => (await ctx.jobs.outcome({ kind: 'preview', sources, options })).preview,
    'archive:save': async ({ pages }) => (await ctx.jobs.outcome({ kind: 'save', pages })).report,

    'archive:reindex': ({ search, figures }) => ({ jobId: ctx.jobs.start({ kind: 'reindex', search, figures }) }),
    'imports:list': ({ limit }) => repos.importBatches.recent(limit),
    'imports:resume': ({ batchId }) => {
      const { sources, options } = resumeRequest(repos, batchId);
      return { jobId: ctx.jobs.start({ kind: 'import', sources, options, resumes: batchId }) };
    },
    'jobs:get': ({ jobId }) => need(ctx.jobs.get(jobId), `Job ${jobId}`),
    'jobs:cancel': ({ jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),

    'figures:list': ({ storyId }) => {
      need(repos.stories.summary(storyId), `Story ${storyId}`);
      return repos.figures.byStory(storyId);
    },
    'figures:update': ({ id, patch }) => {
      const figure = updateFigure(repos, id, patch);
      // A renamed metric changes the near-match index the checker keeps.
      if (patch.metric !== undefined) invalidateMetricIndex(repos.db);
      return figure;
    },
    'figures:queue': ({ limit }) => repos.figures.queue(limit),
    'figures:reextract': ({ storyId }) => {
      const story = need(repos.stories.get(storyId), `Story ${storyId}`);
      const city = cityFor(repos, story.publication);
      repos.db.transaction(() => {
        repos.figures.replaceAuto(storyId, extractFigures(story.body, { date: story.date, city, language: story.language, lead: storyLead(story) }), nowIso());
      }).immediate();
      return repos.figures.byStory(storyId);
    },

    'settings:get': () => readSettings(repos),
    'settings:set': (patch) => {
      if (patch.watchFolder) assertFolder(patch.watchFolder);
      const settings = writeSettings(repos, patch);
      ctx.onSettingsChanged?.(settings);
      return settings;
    },
  };
}
