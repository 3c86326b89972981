/**
 * Imports a crash or a kill cut short. A batch is stored page by page in committed
 * transactions, so what it stored is whole; on start, a batch still marked running by a
 * process that is gone becomes `interrupted`, and running its files again fills in exactly
 * what is missing (stories already stored are recognised by their content hash).
 */
import { coreFailure } from '../../../shared/core-errors';
import type { ImportOptions, ImportSource } from '../../../shared/domain/archive';
import type { Stores } from '../db/repositories/types';
import { nowIso } from '../clock';

/** When this process started (the same in its worker threads, give or take a millisecond). */
const processStartedAt = () => Date.now() - process.uptime() * 1000;

/** This process, as a batch records its runner: a pid alone is reused after a restart. */
export function thisRunner(): string {
  return `${process.pid}@${Math.round(processStartedAt())}`;
}

/** Whether the process that wrote `runner` is still running. */
export function runnerAlive(runner: string | null): boolean {
  const [pidText, startedText] = (runner ?? '').split('@');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  // Our pid: this process only if it started when we did, else an earlier one that had our pid.
  if (pid === process.pid) return Math.abs(Number(startedText) - processStartedAt()) < 2000;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Marks every batch whose process is gone as interrupted; returns their ids. */
export async function markInterruptedImports(deps: { stores: Pick<Stores, 'importBatches'> }, isAlive: (runner: string | null) => boolean = runnerAlive): Promise<number[]> {
  const { importBatches } = deps.stores;
  const gone = (await importBatches.running()).filter((batch) => !isAlive(batch.runner));
  return gone.length === 0 ? [] : importBatches.interrupt(gone.map((batch) => batch.id), nowIso());
}

/** What to run again for an interrupted batch; refuses a batch that is not interrupted or was resumed already. */
export async function resumeRequest(deps: { stores: Pick<Stores, 'importBatches'> }, batchId: number): Promise<{ sources: ImportSource[]; options: ImportOptions }> {
  const batch = await deps.stores.importBatches.get(batchId);
  if (!batch) throw coreFailure('not_found', 'import_not_found', { id: batchId });
  if (batch.status !== 'interrupted') throw coreFailure('conflict', 'import_not_interrupted', { id: batchId, status: batch.status });
  if (batch.resumedBy !== null) throw coreFailure('conflict', 'import_resumed_already', { id: batchId, by: batch.resumedBy });
  if (batch.request.paths.length === 0) {
    throw coreFailure('invalid_input', 'import_not_kept', { id: batchId });
  }
  return { sources: batch.request.paths.map((path) => ({ kind: 'path', path })), options: batch.request.options };
}
