/**
 * The jobs runner for renderer tests: an archive in memory cannot be opened by a worker
 * thread, so imports and reindexes run here, on the core's own connection, through the same
 * job functions the worker calls (runImport, runReindex), with the same progress and outcome.
 */
import { randomUUID } from 'node:crypto';
import type { JobState } from '../../../shared/contract';
import type { JobProgress } from '../../../shared/domain/jobs';
import type { Repositories } from '../../../electron/core/db/repositories';
import { toAppError } from '../../../electron/core/invoke';
import { runImport } from '../../../electron/core/jobs/import-job';
import type { JobRequest } from '../../../electron/core/jobs/messages';
import { runReindex } from '../../../electron/core/jobs/reindex-job';
import { JobRunner } from '../../../electron/core/jobs/runner';

interface InProcessJob {
  state: JobState;
  cancelled: boolean;
  finished: Promise<JobState>;
}

export class InProcessJobRunner extends JobRunner {
  private readonly inProcess = new Map<string, InProcessJob>();

  constructor(
    private readonly repos: Repositories,
    private readonly emitProgress: (progress: JobProgress) => void,
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
      this.emitProgress(job.state.progress);
    };
    const settle = (state: JobState) => {
      job.state = state;
      this.emitProgress(state.progress);
      this.onJobFinished(state);
      return state;
    };
    job.finished = (async () => {
      // As the worker does: the first step waits a turn, so the caller has the job id first.
      await Promise.resolve();
      try {
        if (request.kind === 'import') {
          const report = await runImport(this.repos, request.sources, request.options, progress, () => job.cancelled, request.resumes);
          return settle({ progress: { ...job.state.progress, phase: report.cancelled ? 'cancelled' : 'done' }, report, error: null });
        }
        const reindex = runReindex(this.repos, { search: request.search, figures: request.figures }, progress, () => job.cancelled);
        return settle({ progress: { ...job.state.progress, phase: reindex.cancelled ? 'cancelled' : 'done' }, report: null, error: null });
      } catch (error) {
        const appError = toAppError(error);
        return settle({ progress: { ...job.state.progress, phase: 'failed', message: appError.message }, report: null, error: appError });
      }
    })();
    this.inProcess.set(jobId, job);
    this.emitProgress(initial);
    return jobId;
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

  override wait(jobId: string): Promise<JobState> {
    const job = this.inProcess.get(jobId);
    return job ? job.finished : Promise.reject(new Error(`no job ${jobId}`));
  }

  override async close(): Promise<void> {
    for (const job of this.inProcess.values()) job.cancelled = true;
    await Promise.all([...this.inProcess.values()].map((job) => job.finished));
  }
}
