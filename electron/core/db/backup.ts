/**
 * Backups through SQLite's online backup: a consistent copy of the archive, -wal included,
 * made page by page while the archive stays open (copying archive.db by hand loses what is
 * still in archive.db-wal). better-sqlite3 steps it between turns of the event loop, so the
 * main process keeps answering.
 */
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { AppFailure } from '../../../shared/result';
import type { Db } from './connection';
import { archiveFailure, naming } from './errors';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations';

export interface BackupProgress {
  done: number;
  total: number;
}

export interface BackupResult {
  path: string;
  bytes: number;
  stories: number;
}

/** Pages per step: small enough that one step never holds the event loop long. */
const PAGES_PER_STEP = 256;

/**
 * Opens a file read-only and says whether it is a sound archive: integrity (a full read
 * of the file, so not on the app's main thread for a routine backup), version, our tables.
 */
export function checkArchiveFile(path: string, options: { integrity: boolean } = { integrity: true }): { version: number; stories: number } {
  if (!existsSync(path) || !statSync(path).isFile()) throw new AppFailure('not_found', `${path} is not a file. Check the path and try again.`);
  const db = naming(path, () => new Database(path, { readonly: true, fileMustExist: true }));
  try {
    return naming(path, () => {
      const integrity = options.integrity ? (db.pragma('integrity_check', { simple: true }) as string) : 'ok';
      if (integrity !== 'ok') throw archiveFailure('archive_damaged', { file: path, reason: `integrity check: ${integrity}` });
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > LATEST_SCHEMA_VERSION) throw archiveFailure('archive_newer', { file: path, found: version, supported: LATEST_SCHEMA_VERSION });
      const hasStories = db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'stories'`).pluck().get() === 1;
      if (version === 0 || !hasStories) throw archiveFailure('archive_not_ours', { file: path, reason: 'it has no Figure Desk tables' });
      return { version, stories: db.prepare('SELECT count(*) FROM stories').pluck().get() as number };
    });
  } finally {
    db.close();
  }
}

/**
 * Copies the open archive to `out` (through `out.part`, renamed at the end, so `out` is
 * never half-written) and checks the copy before saying it is done.
 */
export async function backupArchive(
  db: Db,
  out: string,
  onProgress: (p: BackupProgress) => void = () => undefined,
  options: { integrity: boolean } = { integrity: true },
): Promise<BackupResult> {
  const part = `${out}.part`;
  try {
    await db.backup(part, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress({ done: totalPages - remainingPages, total: totalPages });
        return PAGES_PER_STEP;
      },
    });
    // The copy takes the archive's WAL mode; a backup is one self-contained file.
    const copy = new Database(part);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const { stories } = checkArchiveFile(part, options);
    renameSync(part, out);
    return { path: out, bytes: statSync(out).size, stories };
  } catch (error) {
    for (const file of [part, `${part}-wal`, `${part}-shm`]) rmSync(file, { force: true });
    throw error;
  }
}

/** `archive.before-restore-2026-12-06T10-30-00Z.db` beside the archive. */
export function asideName(dbPath: string, now: Date): string {
  const stem = basename(dbPath, extname(dbPath));
  return join(dirname(dbPath), `${stem}.before-restore-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z.db`);
}

/**
 * Replaces the archive's contents with a backup, in place, through the same online
 * backup (so open connections simply see the restored archive). The file is checked
 * first; the current archive is kept aside as archive.before-restore-<time>.db.
 */
export async function restoreArchive(
  db: Db,
  dbPath: string,
  from: string,
  now: Date,
  onProgress: (p: BackupProgress) => void = () => undefined,
): Promise<{ aside: string; stories: number }> {
  const checked = checkArchiveFile(from);
  const aside = asideName(dbPath, now);
  await backupArchive(db, aside, undefined, { integrity: false });
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await naming(dbPath, () =>
      source.backup(dbPath, {
        progress: ({ totalPages, remainingPages }) => {
          onProgress({ done: totalPages - remainingPages, total: totalPages });
          return PAGES_PER_STEP;
        },
      }),
    );
  } finally {
    source.close();
  }
  // A backup from an older version is brought up to date like any archive it opens.
  naming(dbPath, () => migrate(db));
  return { aside, stories: checked.stories };
}
