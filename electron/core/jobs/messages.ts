import type { ImportOptions, ImportReport, ImportSource } from '../../../shared/domain/archive';
import type { JobProgress } from '../../../shared/domain/jobs';
import type { AppError } from '../../../shared/result';
import type { ReindexReport } from './reindex-job';

/** A job as the main thread hands it to the worker. */
export type JobRequest =
  | { kind: 'import'; sources: ImportSource[]; options: ImportOptions; resumes?: number }
  | { kind: 'reindex'; search: boolean; figures: boolean };

export interface WorkerInput {
  dbPath: string;
  nativeBinding?: string;
  request: JobRequest;
}

export type WorkerMessage =
  | { type: 'progress'; progress: Omit<JobProgress, 'jobId' | 'kind'> }
  | { type: 'done'; report: ImportReport | null; reindex?: ReindexReport }
  | { type: 'error'; error: AppError };

export type MainMessage = { type: 'cancel' };
