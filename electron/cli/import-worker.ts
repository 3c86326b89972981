/**
 * The CLI's import runs in the jobs worker, as the app's does, so that Ctrl+C (SIGINT) and
 * SIGTERM are answered even while one huge file is being parsed: the worker is asked to stop
 * at its next safe point, and its thread is stopped if that takes too long. Pages committed
 * before the stop are kept.
 */
import type { ImportReport } from '../../shared/domain/archive';
import type { JobProgress } from '../../shared/domain/jobs';
import { AppFailure, type ErrorCode } from '../../shared/result';
import type { JobRunner } from '../core/jobs/runner';

interface Io {
  err(text: string): void;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

const showsProgress = (json: boolean) => !json && process.stderr.isTTY;

/** The runner's progress as one line on a terminal's stderr, rewritten in place. */
export function importProgress(json: boolean, io: Io): (p: JobProgress) => void {
  return (p) => {
    if (showsProgress(json) && p.phase === 'segmenting') io.err(`\r[${p.done + 1}/${p.total}] ${p.message}\x1b[K`);
  };
}

/** The report of import job `jobId`, or null when it was stopped before it could write one (already told on stderr). */
export async function followImport(runner: JobRunner, jobId: string, json: boolean, io: Io): Promise<ImportReport | null> {
  let signalled = false;
  const onSignal = () => {
    if (signalled) return;
    signalled = true;
    io.err('\nCancelling: stopping within 2 seconds; stories already stored are kept…\n');
    runner.cancel(jobId);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  try {
    const state = await runner.wait(jobId);
    if (showsProgress(json)) io.err('\r\x1b[K');
    if (state.report) return state.report;
    const error = state.error ?? { code: 'internal', message: 'The import stopped without a report.' };
    if (state.progress.phase === 'cancelled') {
      const stored = state.progress.stories ?? 0;
      io.err(json ? `${JSON.stringify({ error: { ...error, storiesKept: stored } })}\n` : `${error.message} (${stored} stories stored before the stop are kept.)\n`);
      return null;
    }
    throw new AppFailure(error.code as ErrorCode, error.message);
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  }
}
