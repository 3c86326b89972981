import Database from 'better-sqlite3';
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations';
import { archiveFailure, naming } from './errors';

export type Db = Database.Database;

export interface OpenOptions {
  /**
   * Path to a better_sqlite3.node built for the running ABI. Electron needs its own
   * build (its ABI differs from Node's), which the postinstall script places beside
   * node_modules; plain Node uses the default build.
   */
  nativeBinding?: string;
  readonly?: boolean;
}

/** How long a writer waits for another connection's write lock before the archive counts as busy. */
export const BUSY_TIMEOUT_MS = 5000;

/** Tables every Figure Desk archive has had since its first version. */
const OWN_TABLES = ['stories', 'import_batches', 'settings'];

/**
 * Opens (creating if needed) an archive and brings its schema up to date. An existing
 * file is first looked at read-only, so one this version must refuse (another program's
 * database, a newer archive, a file or folder it cannot write) is never changed.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  if (path !== ':memory:') {
    naming(path, () => mkdirSync(dirname(path), { recursive: true }));
    inspectBeforeWriting(path, binding, options.readonly ?? false);
  }
  const db = naming(path, () => new Database(path, { ...binding, ...(options.readonly ? { readonly: true } : {}), timeout: BUSY_TIMEOUT_MS }));
  try {
    naming(path, () => {
      configure(db, options.readonly ?? false);
      if (!options.readonly) migrate(db);
    });
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Refuses, before anything can write, a file this version must not open for writing. */
function inspectBeforeWriting(path: string, binding: { nativeBinding?: string }, readonly: boolean): void {
  const folder = dirname(path);
  if (!exists(path)) {
    if (!readonly && !writable(folder)) throw archiveFailure('archive_read_only', { file: path, folder });
    return;
  }
  const info = statSync(path);
  if (!info.isFile()) throw archiveFailure('archive_not_ours', { file: path, reason: 'not a regular file' });
  if (info.size > 0) {
    const probe = naming(path, () => new Database(path, { ...binding, readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS }));
    try {
      naming(path, () => {
        const version = probe.pragma('user_version', { simple: true }) as number;
        if (version > LATEST_SCHEMA_VERSION) {
          throw archiveFailure('archive_newer', { file: path, found: version, supported: LATEST_SCHEMA_VERSION });
        }
        const tables = new Set(probe.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
        const ours = version === 0 ? tables.size === 0 : OWN_TABLES.every((t) => tables.has(t));
        if (!ours) throw archiveFailure('archive_not_ours', { file: path, reason: 'a database of another program' });
      });
    } finally {
      probe.close();
    }
  }
  if (!readonly && (!writable(path) || !writable(folder))) throw archiveFailure('archive_read_only', { file: path, folder });
}

function configure(db: Db, readonly: boolean): void {
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // The jobs worker holds a second connection; wait for its short write batches
  // rather than failing with SQLITE_BUSY.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('synchronous = NORMAL');
  // 64 MB of page cache: figure and search indexes are written in random key order, and
  // at archive scale the default 2 MB cache turns each insert into page reads.
  db.pragma('cache_size = -65536');
}
