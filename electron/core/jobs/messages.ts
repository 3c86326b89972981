import type { ImportOptions, ImportReport, ImportSource } from '../../../shared/domain/archive';
import type { JobProgress } from '../../../shared/domain/jobs';
import type { AppError } from '../../../shared/result';
import type { ReindexReport } from './reindex-job';
import type { PreviewResult } from '../archive/store-preview';
import type { ReviewedPage } from '../archive/store-reviewed';

/** A job as the main thread hands it to the worker. */
export type JobRequest =
  | { kind: 'import'; sources: ImportSource[]; options: ImportOptions; resumes?: number }
  | { kind: 'reindex'; search: boolean; figures: boolean }
  /** The review step: sources read into pages, nothing stored. */
  | { kind: 'preview'; sources: ImportSource[]; options: ImportOptions }
  /** The review step's end: the pages as the editor left them, stored. */
  | { kind: 'save'; pages: ReviewedPage[] };

export type JobKind = JobRequest['kind'];

export interface WorkerInput {
  dbPath: string;
  nativeBinding?: string;
  request: JobRequest;
}

/** What a finished job hands back, by kind. */
export type JobOutcome =
  | { kind: 'import'; report: ImportReport }
  | { kind: 'save'; report: ImportReport }
  | { kind: 'reindex'; reindex: ReindexReport }
  | { kind: 'preview'; preview: PreviewResult };

export type WorkerMessage =
  | { type: 'progress'; progress: Omit<JobProgress, 'jobId' | 'kind'> }
  | { type: 'done'; outcome: JobOutcome }
  | { type: 'error'; error: AppError };

export type MainMessage = { type: 'cancel' };
