/**
 * The import job the panel follows, and its report. The editor's own import is followed at
 * once; a job started elsewhere (the watched folder, a resumed batch) is adopted, or queued
 * behind the one running. Everything arrives as events (useJob): no polling.
 */
import { useCallback, useMemo, useRef, useState, type MutableRefObject } from 'react';
import type { JobState } from '../../../../../shared/contract';
import type { ImportReport } from '../../../../../shared/domain/archive';
import type { I18n } from '../../../i18n';
import { notifyError, notifySuccess } from '../../common/notify';
import { useJob, type FollowedJob } from '../../jobs/useJob';
import { reportSummary } from '../importText';
import type { JobError } from './types';

export interface ImportJobControl {
  job: FollowedJob | null;
  report: ImportReport | null;
  jobError: JobError | null;
  archiveVersion: number;
  /** Follows the job the editor just started; one being followed waits behind it. */
  followOwn(jobId: string): void;
  adoptJob(jobId: string): void;
  cancel(): Promise<void>;
  /** Clears the last report before a new import. */
  clearReport(): void;
  /** Shows a report that did not come from a job's last event (the review step's save). */
  showReport(report: ImportReport): void;
  dismissReport(): void;
}

export function useImportJob(i18nRef: MutableRefObject<I18n>): ImportJobControl {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [jobError, setJobError] = useState<JobError | null>(null);
  const [archiveVersion, setArchiveVersion] = useState(0);
  /** Jobs to adopt once the current one is over (watched-folder imports while one runs). */
  const pending = useRef<string[]>([]);
  const following = useRef<string | null>(null);

  const announce = useCallback(
    (saved: ImportReport) => {
      const i18n = i18nRef.current;
      notifySuccess(i18n.t('import.doneNotice', { summary: reportSummary(i18n, saved) }), { title: i18n.t('import.reportTitle') });
    },
    [i18nRef],
  );

  const onFinished = useCallback(
    (state: JobState) => {
      const i18n = i18nRef.current;
      following.current = null;
      const error = state.error?.code === 'not_found' ? { code: 'not_found', message: i18n.t('import.lostJob') } : state.error;
      setReport(state.report);
      setJobError(error);
      setArchiveVersion((v) => v + 1);
      if (error && !state.report) notifyError(i18n, new Error(error.message), i18n.t('import.failedTitle'));
      else if (state.report) announce(state.report);
      const next = pending.current.shift();
      if (next) queueMicrotask(() => adoptNext.current(next));
    },
    [i18nRef, announce],
  );

  const { job, follow, cancel } = useJob({ onFinished });
  const followJob = useCallback(
    (jobId: string, resync: boolean) => {
      following.current = jobId;
      follow(jobId, { resync });
    },
    [follow],
  );
  // onFinished is handed to useJob before followJob exists, so it reaches the next queued job through a ref.
  const adoptNext = useRef<(jobId: string) => void>(() => undefined);
  adoptNext.current = (jobId) => followJob(jobId, true);

  const followOwn = useCallback(
    (jobId: string) => {
      // A watched-folder job is being followed: this one, the editor's own, goes first.
      if (following.current !== null) pending.current.unshift(following.current);
      followJob(jobId, false);
    },
    [followJob],
  );

  const adoptJob = useCallback(
    (jobId: string) => {
      if (following.current === jobId || pending.current.includes(jobId)) return;
      if (following.current !== null) {
        pending.current.push(jobId);
        return;
      }
      setReport(null);
      setJobError(null);
      // Started elsewhere: its first events may have gone by, so ask for its state once.
      followJob(jobId, true);
    },
    [followJob],
  );

  const clearReport = useCallback(() => {
    setReport(null);
    setJobError(null);
  }, []);

  const showReport = useCallback(
    (saved: ImportReport) => {
      setReport(saved);
      setJobError(null);
      setArchiveVersion((v) => v + 1);
      announce(saved);
    },
    [announce],
  );

  return useMemo(
    () => ({ job, report, jobError, archiveVersion, followOwn, adoptJob, cancel, clearReport, showReport, dismissReport: clearReport }),
    [job, report, jobError, archiveVersion, followOwn, adoptJob, cancel, clearReport, showReport],
  );
}
