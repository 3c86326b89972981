/**
 * The jobs worker: runs one long job on its own connection so the main process never
 * blocks. It reports progress as messages and stops between files when cancelled.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openRepositories } from '../db/repositories';
import type { ProgressSink } from './import-job';
import { runJob } from './run-job';
import type { MainMessage, WorkerInput, WorkerMessage } from './messages';
import { toAppError } from '../invoke';
import { archiveFailureFrom } from '../db/errors';
import { loadEditorNames } from '../indicators/names';

const input = workerData as WorkerInput;
const port = parentPort!;
let cancelled = false;
port.on('message', (message: MainMessage) => {
  if (message.type === 'cancel') cancelled = true;
});
const post = (message: WorkerMessage) => port.postMessage(message);
const isCancelled = () => cancelled;

async function main(): Promise<void> {
  const repos = openRepositories(input.dbPath, input.nativeBinding ? { nativeBinding: input.nativeBinding } : {});
  try {
    // The worker has its own copy of the lookup: give it the names editors taught.
    loadEditorNames(repos);
    const progress: ProgressSink = (p) => post({ type: 'progress', progress: p });
    post({ type: 'done', outcome: await runJob(repos, input.request, progress, isCancelled) });
  } finally {
    repos.close();
  }
}

main()
  .catch((error: unknown) => post({ type: 'error', error: toAppError(archiveFailureFrom(error, input.dbPath) ?? error) }))
  // The cancel listener must not keep a finished worker (and so a CLI process) alive.
  .finally(() => port.unref());
