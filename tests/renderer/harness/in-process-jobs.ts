/**
 * The jobs runner for renderer tests: an archive in memory cannot be opened by a worker
 * thread, so jobs run here, on the core's own connection, through the same runJob the worker
 * calls, with the same progress and outcome.
 */
import { randomUUID } from 'node:crypto';
import type { JobState, JobUpdate } from '../../../shared/contract';
import type { JobProgress } from '../../../shared/domain/jobs';
import type { Repositories } from '../../../electron/core/db/repositories';
import { toAppError } from '../../../electron/core/invoke';
import type { JobOutcome, JobRequest } from '../../../electron/core/jobs/messages';
import { runJob } from '../../../electron/core/jobs/run-job';
import { JobRunner, type FinishedJob } from '../../../electron/core/jobs/runner';

const FINISHED_PHASES: ReadonlySet<string> = new Set(['done', 'failed', 'cancelled']);

interface InProcessJob {
  state: JobState;
  cancelled: boolean;
  finished: Promise<FinishedJob>;
}

export class InProcessJobRunner extends JobRunner {
  private readonly inProcess = new Map<string, InProcessJob>();
  /** While held, jobs start (queued, with an id) but do not run: a test sees a job midway. */
  private held: { gate: Promise<void>; release: () => void } | null = null;

  constructor(
    private readonly repos: Repositories,
    private readonly emitProgress: (update: JobUpdate) => void,
    private readonly onJobFinished: (state: JobState) => void = () => undefined,
  ) {
    // No worker file: this runner starts no thread.
    super({ dbPath: ':memory:', emit: emitProgress, workerFile: 'in-process' });
  }

  override start(request: JobRequest): string {
    const jobId = randomUUID();
    const initial: JobProgress = { jobId, kind: request.kind, phase: 'queued', done: 0, total: 0, message: '' };
    const job: InProcessJob = { state: { progress: initial, report: null, error: null }, cancelled: false, finished: Promise.resolve(null as never) };
    const progress = (p: Omit<JobProgress, 'jobId' | 'kind'>) => {
      job.state = { ...job.state, progress: { ...p, jobId, kind: request.kind } };
      // As the runner does: the job's own last word goes out once, from settle, with the report.
      if (!FINISHED_PHASES.has(p.phase)) this.emitProgress(job.state.progress);
    };
    const settle = (state: JobState, outcome: JobOutcome | null = null): FinishedJob => {
      job.state = state;
      // As the runner does: the last event carries the report or the error.
      this.emitProgress({ ...state.progress, report: state.report, error: state.error });
      this.onJobFinished(state);
      return { ...state, outcome };
    };
    job.finished = (async () => {
      // As the worker does: the first step waits a turn, so the caller has the job id first.
      await Promise.resolve();
      await this.held?.gate;
      try {
        const outcome = await runJob(this.repos, request, progress, () => job.cancelled);
        const report = 'report' in outcome ? outcome.report : null;
        const cancelled = report?.cancelled ?? ('reindex' in outcome && outcome.reindex.cancelled);
        return settle({ progress: { ...job.state.progress, phase: cancelled ? 'cancelled' : 'done' }, report, error: null }, outcome);
      } catch (error) {
        const appError = toAppError(error);
        return settle({ progress: { ...job.state.progress, phase: 'failed', message: appError.message }, report: null, error: appError });
      }
    })();
    this.inProcess.set(jobId, job);
    this.emitProgress(initial);
    return jobId;
  }

  /** Holds the jobs started from now on until the returned release is called. */
  hold(): () => void {
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    this.held = { gate, release };
    return () => {
      this.held = null;
      release();
    };
  }

  override runningCount(): number {
    return [...this.inProcess.values()].filter((job) => !['done', 'failed', 'cancelled'].includes(job.state.progress.phase)).length;
  }

  override get(jobId: string): JobState | null {
    return this.inProcess.get(jobId)?.state ?? null;
  }

  override cancel(jobId: string): boolean {
    const job = this.inProcess.get(jobId);
    if (!job) return false;
    job.cancelled = true;
    return true;
  }

  override wait(jobId: string): Promise<FinishedJob> {
    const job = this.inProcess.get(jobId);
    return job ? job.finished : Promise.reject(new Error(`no job ${jobId}`));
  }

  override async close(): Promise<void> {
    for (const job of this.inProcess.values()) job.cancelled = true;
    await Promise.all([...this.inProcess.values()].map((job) => job.finished));
  }
}
