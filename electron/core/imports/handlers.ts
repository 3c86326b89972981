/** Bringing pages in: import jobs, the review step's preview and save, and the imports the archive remembers. */
import type { HandlerContext, HandlersOf } from '../handler-context';
import { resumeRequest } from '../jobs/recovery';

type ImportChannels = 'archive:import' | 'archive:preview' | 'archive:save' | 'imports:list' | 'imports:resume';

export function importHandlers(ctx: HandlerContext): HandlersOf<ImportChannels> {
  const { repos } = ctx;
  return {
    'archive:import': ({ sources, options }) => ({ jobId: ctx.jobs.start({ kind: 'import', sources, options }) }),
    // The review step reads and stores in the jobs worker too; the caller waits for the answer
    // (the runner announces the stored pages as archive:changed when the job ends).
    'archive:preview': async ({ sources, options }) => (await ctx.jobs.outcome({ kind: 'preview', sources, options })).preview,
    'archive:save': async ({ pages }) => (await ctx.jobs.outcome({ kind: 'save', pages })).report,
    'imports:list': ({ limit }) => repos.stores.importBatches.recent(limit),
    'imports:resume': async ({ batchId }) => {
      const { sources, options } = await resumeRequest(repos, batchId);
      return { jobId: ctx.jobs.start({ kind: 'import', sources, options, resumes: batchId }) };
    },
  };
}
