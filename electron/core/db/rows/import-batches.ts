/**
 * Import batches as both engines store them: the columns of `import_batches` and how a
 * row becomes the batch the stores return. SQLite's repository and PostgreSQL's store
 * share these.
 */
import type { ImportOptions } from '../../../../shared/domain/archive';
import type { ImportBatch, ImportBatchStatus } from '../../../../shared/domain/imports';

/** What a batch was asked to import, kept so an interrupted one can be run again. */
export interface BatchRequest {
  paths: string[];
  options: ImportOptions;
}

/** An `import_batches` row as the database hands it over. */
export interface BatchRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  status: ImportBatchStatus;
  files: number;
  stories: number;
  skipped: number;
  failed: number;
  sources_json: string | null;
  runner: string | null;
  resumed_by: number | null;
}

/** What the batch was asked to import (nothing, for uploads and pasted text, which are not kept). */
export function requestOf(row: Pick<BatchRow, 'sources_json'>): BatchRequest {
  if (!row.sources_json) return { paths: [], options: {} };
  const parsed = JSON.parse(row.sources_json) as Partial<BatchRequest>;
  return { paths: parsed.paths ?? [], options: parsed.options ?? {} };
}

export function toBatch(row: BatchRow): ImportBatch {
  const { paths } = requestOf(row);
  return {
    id: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status,
    files: row.files,
    stories: row.stories,
    skipped: row.skipped,
    failed: row.failed,
    paths,
    resumable: row.status === 'interrupted' && row.resumed_by === null && paths.length > 0,
    resumedBy: row.resumed_by,
  };
}

/** The columns a batch is read from (not its report, which only the export reads). */
export const BATCH_COLUMNS = `id, started_at, finished_at, status, files, stories, skipped, failed, sources_json, runner, resumed_by`;
