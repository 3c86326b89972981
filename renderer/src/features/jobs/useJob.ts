/**
 * Follows one long job of the core (import, reindex, backup, export) by its events alone:
 * `jobs:progress` moves the bar, and the last event (done, failed, cancelled) carries the
 * report or the error, so nothing is polled. Only when the event stream comes back after a
 * drop (browser mode) is the job's state asked for once, in case its end was missed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobState, JobUpdate } from '../../../../shared/contract';
import type { JobProgress } from '../../../../shared/domain/jobs';
import { api, isApiError, onReconnect } from '../../api';

export const FINISHED_PHASES: ReadonlySet<string> = new Set(['done', 'failed', 'cancelled']);

/** Updates for jobs nobody follows yet: the first ones can arrive before the call that started the job answers. */
const EARLY_KEPT = 20;

export interface FollowedJob {
  /** Empty while tracking a call whose job has no id of its own (a backup, an export). */
  jobId: string;
  progress: JobProgress | null;
  cancelling: boolean;
}

export interface JobControl {
  job: FollowedJob | null;
  /** Percent done of the followed job, or null when it has not said how much there is. */
  percent: number | null;
  /** Follows the job with this id; `resync` asks its state once, for a job started elsewhere. */
  follow(jobId: string, options?: { resync?: boolean }): void;
  /** Runs a call whose progress arrives as events of `kind` (backup, restore, export), and returns its answer. */
  track<T>(kind: string, work: () => Promise<T>): Promise<T>;
  /** Asks the core to stop the followed job; its last event ends it. Throws what the core answered. */
  cancel(): Promise<void>;
}

export interface UseJobOptions {
  /** Called once when a followed job ends, with its report or error. */
  onFinished?(state: JobState): void;
}

function stateOf(update: JobUpdate): JobState {
  const { report, error, ...progress } = update;
  return { progress, report: report ?? null, error: error ?? null };
}

export function useJob(options: UseJobOptions = {}): JobControl {
  const [job, setJob] = useState<FollowedJob | null>(null);
  const jobIdRef = useRef<string | null>(null);
  const trackedKind = useRef<string | null>(null);
  const early = useRef(new Map<string, JobUpdate>());
  const onFinished = useRef(options.onFinished);
  onFinished.current = options.onFinished;

  const finish = useCallback((state: JobState) => {
    if (jobIdRef.current !== state.progress.jobId) return;
    jobIdRef.current = null;
    setJob(null);
    onFinished.current?.(state);
  }, []);

  const apply = useCallback(
    (update: JobUpdate) => {
      if (FINISHED_PHASES.has(update.phase)) return finish(stateOf(update));
      const { progress } = stateOf(update);
      setJob((now) => (now && now.jobId === update.jobId ? { ...now, progress } : now));
    },
    [finish],
  );

  /** Asks for the job's state once: after a reconnect, or for a job this window did not start. */
  const resync = useCallback(
    async (jobId: string) => {
      try {
        const state = await api.call('jobs:get', { jobId });
        if (jobIdRef.current === jobId) apply({ ...state.progress, report: state.report, error: state.error });
      } catch (error) {
        if (jobIdRef.current !== jobId || !isApiError(error) || error.code !== 'not_found') return;
        // The core no longer knows the job (it restarted): end it as lost rather than wait forever.
        finish({ progress: { jobId, kind: '', phase: 'failed', done: 0, total: 0, message: '' }, report: null, error: { code: 'not_found', message: error.message } });
      }
    },
    [apply, finish],
  );

  useEffect(
    () =>
      api.subscribe('jobs:progress', (update) => {
        const current = jobIdRef.current;
        if (current === update.jobId) return apply(update);
        if (current === '' && update.kind === trackedKind.current) {
          return setJob((now) => (now ? { ...now, progress: stateOf(update).progress } : now));
        }
        early.current.set(update.jobId, update);
        if (early.current.size > EARLY_KEPT) early.current.delete(early.current.keys().next().value as string);
      }),
    [apply],
  );

  useEffect(
    () =>
      onReconnect(() => {
        if (jobIdRef.current) void resync(jobIdRef.current);
      }),
    [resync],
  );

  const follow = useCallback(
    (jobId: string, followOptions: { resync?: boolean } = {}) => {
      jobIdRef.current = jobId;
      const seen = early.current.get(jobId);
      early.current.delete(jobId);
      setJob({ jobId, progress: null, cancelling: false });
      if (seen) apply(seen);
      else if (followOptions.resync) void resync(jobId);
    },
    [apply, resync],
  );

  const track = useCallback(async <T,>(kind: string, work: () => Promise<T>): Promise<T> => {
    jobIdRef.current = '';
    trackedKind.current = kind;
    setJob({ jobId: '', progress: null, cancelling: false });
    try {
      return await work();
    } finally {
      trackedKind.current = null;
      if (jobIdRef.current === '') {
        jobIdRef.current = null;
        setJob(null);
      }
    }
  }, []);

  const cancel = useCallback(async () => {
    const jobId = jobIdRef.current;
    if (!jobId) return;
    setJob((now) => (now ? { ...now, cancelling: true } : now));
    try {
      await api.call('jobs:cancel', { jobId });
    } catch (error) {
      setJob((now) => (now ? { ...now, cancelling: false } : now));
      throw error;
    }
  }, []);

  const progress = job?.progress;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  return { job, percent, follow, track, cancel };
}
