/** Bringing pages in: import jobs, the review step's preview and save, and the imports the archive remembers. */
import type { HandlerContext, HandlersOf } from '../handler-context';
import { previewSources } from '../archive/store-preview';
import { storeReviewedPages } from '../archive/store-reviewed';
import { resumeRequest } from '../jobs/recovery';

type ImportChannels = 'archive:import' | 'archive:preview' | 'archive:save' | 'imports:list' | 'imports:resume';

export function importHandlers(ctx: HandlerContext): HandlersOf<ImportChannels> {
  const { repos } = ctx;
  return {
    'archive:import': ({ sources, options }) => ({ jobId: ctx.jobs.start({ kind: 'import', sources, options }) }),
    'archive:preview': ({ sources, options }) => previewSources(sources, options),
    'archive:save': ({ pages }) => {
      const report = storeReviewedPages(repos, pages);
      ctx.emit('archive:changed', { reason: 'import' });
      return report;
    },
    'imports:list': ({ limit }) => repos.importBatches.recent(limit),
    'imports:resume': ({ batchId }) => {
      const { sources, options } = resumeRequest(repos, batchId);
      return { jobId: ctx.jobs.start({ kind: 'import', sources, options, resumes: batchId }) };
    },
  };
}
