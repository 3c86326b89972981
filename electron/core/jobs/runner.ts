import { randomUUID } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JobProgress } from '../../../shared/domain/jobs';
import { AppFailure, type ErrorCode } from '../../../shared/result';
import type { JobState, JobUpdate } from '../../../shared/contract';
import type { JobOutcome, JobRequest, MainMessage, WorkerInput, WorkerMessage } from './messages';

export interface JobRunnerOptions {
  dbPath: string;
  nativeBinding?: string;
  /**
   * The worker script. The built app passes its bundled worker.js; from source (CLI,
   * browser mode, tests) the TypeScript file runs through tsx.
   */
  workerFile?: string;
  /** Pushes progress to whoever listens (IPC webContents, SSE clients); the last update carries the report or error. */
  emit(update: JobUpdate): void;
  /** Called once a job ends, whatever the outcome. */
  onFinished?(jobId: string, state: FinishedJob): void;
  /**
   * How long a cancelled job may take to reach its next safe point before its thread is
   * stopped (ms). One file can take longer than an editor will wait (a huge page being
   * segmented), and what was committed is kept either way.
   */
  cancelGraceMs?: number;
}

/** A job's last state with what it handed back (a preview's pages, a reindex's counts), null when it failed. */
export interface FinishedJob extends JobState {
  outcome: JobOutcome | null;
}

interface RunningJob {
  state: JobState;
  worker: Worker | null;
  finished: Promise<FinishedJob>;
  /** Set once cancel's grace ran out and the thread is being stopped. */
  stopping: boolean;
  forceTimer: NodeJS.Timeout | null;
}

export const DEFAULT_CANCEL_GRACE_MS = 1500;
const SHUTDOWN_GRACE_MS = 800;

/**
 * V8 lets a heap grow far past what is live before it collects: reading a 47 MB page left
 * 300 MB of garbage on a 44 MB live set, and the process peaked near 1 GB. A capped old
 * generation makes the worker collect instead (an import measured in `npm run bench`).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 320 };

const KEEP_FINISHED = 100;

const FINISHED_PHASES: ReadonlySet<string> = new Set(['done', 'failed', 'cancelled']);

/** A .ts worker (running from source) goes through a small loader that registers tsx first. */
function workerEntry(file: string): { entry: string; sourceFile?: string } {
  if (!file.endsWith('.ts')) return { entry: file };
  return { entry: fileURLToPath(new URL('./worker-from-source.mjs', import.meta.url)), sourceFile: pathToFileURL(file).href };
}

/** Starts jobs in worker threads and remembers their last progress and outcome. */
export class JobRunner {
  private readonly jobs = new Map<string, RunningJob>();
  private readonly workerFile: string;

  constructor(private readonly options: JobRunnerOptions) {
    this.workerFile = options.workerFile ?? fileURLToPath(new URL('./worker.ts', import.meta.url));
  }

  start(request: JobRequest): string {
    const jobId = randomUUID();
    const initial: JobProgress = { jobId, kind: request.kind, phase: 'queued', done: 0, total: 0, message: '' };
    const input: WorkerInput = {
      dbPath: this.options.dbPath,
      request,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
    };
    const { entry, sourceFile } = workerEntry(this.workerFile);
    const worker = new Worker(entry, { workerData: sourceFile ? { ...input, sourceFile } : input, resourceLimits: WORKER_LIMITS });
    const job: RunningJob = {
      state: { progress: initial, report: null, error: null },
      worker,
      finished: Promise.resolve(null as never),
      stopping: false,
      forceTimer: null,
    };
    job.finished = new Promise<FinishedJob>((resolve) => {
      const settle = (state: JobState, outcome: JobOutcome | null = null) => {
        if (job.worker === null) return;
        if (job.forceTimer) clearTimeout(job.forceTimer);
        job.state = state;
        job.worker = null;
        this.options.emit({ ...state.progress, report: state.report, error: state.error });
        const finished = { ...state, outcome };
        this.options.onFinished?.(jobId, finished);
        this.prune();
        resolve(finished);
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') {
          job.state = { ...job.state, progress: { ...message.progress, jobId, kind: request.kind } };
          // The worker's own last word (done, cancelled) goes out once, from settle, with the report.
          if (!FINISHED_PHASES.has(message.progress.phase)) this.options.emit(job.state.progress);
        } else if (message.type === 'done') {
          const { outcome } = message;
          const report = 'report' in outcome ? outcome.report : null;
          const cancelled = report?.cancelled ?? ('reindex' in outcome && outcome.reindex.cancelled);
          settle({ progress: { ...job.state.progress, phase: cancelled ? 'cancelled' : 'done' }, report, error: null }, outcome);
        } else {
          settle({ progress: { ...job.state.progress, phase: 'failed', message: message.error.message }, report: null, error: message.error });
        }
      });
      worker.on('error', (error) => {
        settle({ progress: { ...job.state.progress, phase: 'failed', message: error.message }, report: null, error: { code: 'internal', message: error.message } });
      });
      worker.on('exit', (code) => {
        if (job.worker !== null && job.stopping) {
          // The thread is gone, and with it its connection: an open batch was rolled back.
          const message = `Cancelled: the job was stopped in the middle of ${job.state.progress.message || 'its work'}. Everything committed before that is kept; run it again to finish.`;
          settle({ progress: { ...job.state.progress, phase: 'cancelled', message }, report: null, error: { code: 'cancelled', message } });
        } else if (job.worker !== null) {
          const message = `The import stopped unexpectedly (worker exit code ${code}). Nothing from the unfinished file was stored.`;
          settle({ progress: { ...job.state.progress, phase: 'failed', message }, report: null, error: { code: 'internal', message } });
        }
      });
    });
    this.jobs.set(jobId, job);
    this.options.emit(initial);
    return jobId;
  }

  /** Jobs still running (a restore waits for none). */
  runningCount(): number {
    return [...this.jobs.values()].filter((job) => job.worker !== null).length;
  }

  get(jobId: string): JobState | null {
    return this.jobs.get(jobId)?.state ?? null;
  }

  /**
   * Asks the job to stop at its next safe point (between files); if it has not stopped when
   * the grace period ends, its thread is terminated. False if it is not running.
   */
  cancel(jobId: string, graceMs = this.options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS): boolean {
    const job = this.jobs.get(jobId);
    if (!job?.worker) return false;
    const worker = job.worker;
    worker.postMessage({ type: 'cancel' } satisfies MainMessage);
    job.forceTimer ??= setTimeout(() => {
      if (job.worker !== worker) return;
      job.stopping = true;
      void worker.terminate();
    }, graceMs);
    return true;
  }

  /**
   * Runs a job to its end for a caller that waits for the answer (the review step's preview
   * and save): the work leaves the main thread, the caller still gets a plain result.
   */
  async outcome<K extends JobOutcome['kind']>(request: JobRequest & { kind: K }): Promise<Extract<JobOutcome, { kind: K }>> {
    const finished = await this.wait(this.start(request));
    if (!finished.outcome) {
      const error = finished.error ?? { code: 'internal' as const, message: 'The job ended without an answer.' };
      throw new AppFailure(error.code as ErrorCode, error.message);
    }
    return finished.outcome as Extract<JobOutcome, { kind: K }>;
  }

  wait(jobId: string): Promise<FinishedJob> {
    const job = this.jobs.get(jobId);
    if (!job) return Promise.reject(new Error(`no job ${jobId}`));
    return job.finished;
  }

  async close(): Promise<void> {
    const running = [...this.jobs.entries()].filter(([, job]) => job.worker);
    // Shutting down (SIGTERM, quitting the app): a shorter grace, so the whole stop fits in 2 s.
    for (const [id] of running) this.cancel(id, Math.min(SHUTDOWN_GRACE_MS, this.options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS));
    await Promise.all(running.map(([, job]) => job.finished));
  }

  private prune(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.worker === null);
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}
