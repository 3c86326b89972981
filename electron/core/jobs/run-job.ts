/**
 * What a job does, once it has a connection: the one switch over job kinds, shared by the
 * worker thread and by runners that run jobs in process (an archive in memory in tests).
 */
import type { Repositories } from '../db/repositories';
import { previewSources } from '../archive/store-preview';
import { storeReviewedPages } from '../archive/store-reviewed';
import { runImport, type ProgressSink } from './import-job';
import { runReindex } from './reindex-job';
import type { JobOutcome, JobRequest } from './messages';

export async function runJob(repos: Repositories, request: JobRequest, progress: ProgressSink, isCancelled: () => boolean): Promise<JobOutcome> {
  switch (request.kind) {
    case 'import':
      return { kind: 'import', report: await runImport(repos, request.sources, request.options, progress, isCancelled, request.resumes) };
    case 'reindex':
      return { kind: 'reindex', reindex: await runReindex(repos, { search: request.search, figures: request.figures }, progress, isCancelled) };
    case 'preview': {
      const preview = await previewSources(request.sources, request.options, (done, total, message) => progress({ phase: 'segmenting', done, total, message }));
      return { kind: 'preview', preview };
    }
    case 'save':
      progress({ phase: 'storing', done: 0, total: request.pages.length, message: '' });
      return { kind: 'save', report: await storeReviewedPages(repos, request.pages) };
  }
}
