/**
 * The jobs worker: runs one long job on its own connection so the main process never
 * blocks. It reports progress as messages and stops between files when cancelled.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection';
import { createRepositories, type Repositories } from '../db/repositories';
import { runImport, type ProgressSink } from './import-job';
import { runReindex } from './reindex-job';
import type { JobOutcome, JobRequest, MainMessage, WorkerInput, WorkerMessage } from './messages';
import { toAppError } from '../invoke';
import { archiveFailureFrom } from '../db/errors';
import { loadEditorNames } from '../indicators/names';
import { previewSources } from '../archive/store-preview';
import { storeReviewedPages } from '../archive/store-reviewed';

const input = workerData as WorkerInput;
const port = parentPort!;
let cancelled = false;
port.on('message', (message: MainMessage) => {
  if (message.type === 'cancel') cancelled = true;
});
const post = (message: WorkerMessage) => port.postMessage(message);
const isCancelled = () => cancelled;

async function run(repos: Repositories, request: JobRequest, progress: ProgressSink): Promise<JobOutcome> {
  switch (request.kind) {
    case 'import':
      return { kind: 'import', report: await runImport(repos, request.sources, request.options, progress, isCancelled, request.resumes) };
    case 'reindex':
      return { kind: 'reindex', reindex: runReindex(repos, { search: request.search, figures: request.figures }, progress, isCancelled) };
    case 'preview': {
      const preview = await previewSources(request.sources, request.options, (done, total, message) => progress({ phase: 'segmenting', done, total, message }));
      return { kind: 'preview', preview };
    }
    case 'save':
      progress({ phase: 'storing', done: 0, total: request.pages.length, message: '' });
      return { kind: 'save', report: storeReviewedPages(repos, request.pages) };
  }
}

async function main(): Promise<void> {
  const db = openDatabase(input.dbPath, input.nativeBinding ? { nativeBinding: input.nativeBinding } : {});
  try {
    const repos = createRepositories(db);
    // The worker has its own copy of the lookup: give it the names editors taught.
    loadEditorNames(repos);
    const progress: ProgressSink = (p) => post({ type: 'progress', progress: p });
    post({ type: 'done', outcome: await run(repos, input.request, progress) });
  } finally {
    db.close();
  }
}

main()
  .catch((error: unknown) => post({ type: 'error', error: toAppError(archiveFailureFrom(error, input.dbPath) ?? error) }))
  // The cancel listener must not keep a finished worker (and so a CLI process) alive.
  .finally(() => port.unref());
