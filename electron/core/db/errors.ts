import { dirname } from 'node:path';
import { archiveProblemMessage, type ArchiveProblem } from '../../../shared/archive-problems';
import { AppFailure } from '../../../shared/result';

/** A failure about the archive file itself, with an English message and the parameters to render it in any language. */
export function archiveFailure(code: ArchiveProblem, params: Record<string, string | number>): AppFailure {
  return new AppFailure(code, archiveProblemMessage(code, params, 'en'), undefined, params);
}

/** SQLite result codes (extended codes start with the primary one) that are about the file, not the request. */
const SQLITE_FILE_PROBLEMS: ReadonlyArray<{ prefix: string; problem: ArchiveProblem }> = [
  { prefix: 'SQLITE_BUSY', problem: 'archive_busy' },
  { prefix: 'SQLITE_LOCKED', problem: 'archive_busy' },
  { prefix: 'SQLITE_READONLY', problem: 'archive_read_only' },
  { prefix: 'SQLITE_NOTADB', problem: 'archive_not_ours' },
  { prefix: 'SQLITE_CORRUPT', problem: 'archive_damaged' },
];

const OS_FILE_PROBLEMS: ReadonlyArray<{ code: string; problem: ArchiveProblem }> = [
  { code: 'EACCES', problem: 'archive_read_only' },
  { code: 'EPERM', problem: 'archive_read_only' },
  { code: 'EROFS', problem: 'archive_read_only' },
];

/**
 * A raw SQLite or OS error about the archive (locked, read-only, not a database, damaged)
 * as a failure that names the file and says what to do; null for any other error.
 */
export function archiveFailureFrom(error: unknown, file: string): AppFailure | null {
  if (error instanceof AppFailure || !(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  const problem =
    SQLITE_FILE_PROBLEMS.find((p) => code === p.prefix || code.startsWith(`${p.prefix}_`))?.problem ??
    OS_FILE_PROBLEMS.find((p) => p.code === code)?.problem;
  if (!problem) return null;
  return archiveFailure(problem, { file, folder: dirname(file), reason: error.message });
}

/** Runs `fn`, turning a raw error about the archive file into one that names it. */
export function naming<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw archiveFailureFrom(error, file) ?? error;
  }
}
