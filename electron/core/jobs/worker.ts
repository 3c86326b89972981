/**
 * The jobs worker: runs one long job on its own connection so the main process never
 * blocks. It reports progress as messages and stops between files when cancelled.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection';
import { createRepositories } from '../db/repositories';
import { runImport } from './import-job';
import type { MainMessage, WorkerInput, WorkerMessage } from './messages';
import { toAppError } from '../invoke';

const input = workerData as WorkerInput;
const port = parentPort!;
let cancelled = false;
port.on('message', (message: MainMessage) => {
  if (message.type === 'cancel') cancelled = true;
});
const post = (message: WorkerMessage) => port.postMessage(message);

async function main(): Promise<void> {
  const db = openDatabase(input.dbPath, input.nativeBinding ? { nativeBinding: input.nativeBinding } : {});
  try {
    const repos = createRepositories(db);
    const report = await runImport(
      repos,
      input.request.sources,
      input.request.options,
      (progress) => post({ type: 'progress', progress }),
      () => cancelled,
    );
    post({ type: 'done', report });
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => post({ type: 'error', error: toAppError(error) }));
