import type { InputOf } from '../../../../../shared/contract';
import type { FailedFile, ImportReport, PagePreview } from '../../../../../shared/domain/archive';
import type { z } from 'zod';
import type { FollowedJob } from '../../jobs/useJob';

export type ImportMode = 'files' | 'text';

export type ImportJob = FollowedJob;

export interface ImportStartInput {
  mode: ImportMode;
  text?: string;
  textName?: string;
  publication?: string;
  date?: string;
  /** Parse with archive:preview and open the review step instead of importing at once. */
  review?: boolean;
}

/** What archive:preview read, waiting for the editor in the review step. */
export interface ReviewState {
  pages: PagePreview[];
  failed: z.infer<typeof FailedFile>[];
}

/** One page as the editor leaves it, for archive:save. */
export type ReviewedPage = InputOf<'archive:save'>['pages'][number];

export interface JobError {
  code: string;
  message: string;
}

export interface ImportContextValue {
  modalOpened: boolean;
  mode: ImportMode;
  setMode: (mode: ImportMode) => void;
  files: File[];
  /** Opens the modal; with files, adds them to the chosen ones. */
  openImport: (mode?: ImportMode, files?: File[]) => void;
  closeImport: () => void;
  chooseFiles: () => void;
  removeFile: (index: number) => void;
  start: (input: ImportStartInput) => Promise<void>;
  /** True while the files are being read (uploads) or checked (desktop paths), before the job starts. */
  reading: boolean;
  /** True while archive:preview parses the sources for the review step. */
  previewing: boolean;
  /** The parsed pages waiting in the review step, or null. */
  review: ReviewState | null;
  /** Stores the reviewed pages (archive:save) and shows the report; throws on failure. */
  saveReview: (pages: ReviewedPage[]) => Promise<void>;
  discardReview: () => void;
  /** Follows a job this window did not start (the watched folder's). */
  adoptJob: (jobId: string) => void;
  job: ImportJob | null;
  cancel: () => Promise<void>;
  report: ImportReport | null;
  jobError: JobError | null;
  dismissReport: () => void;
  /** Bumps when an import finished, so lists refresh. */
  archiveVersion: number;
}
