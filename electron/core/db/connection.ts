import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations';

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

/** Opens (creating if needed) an archive and brings its schema up to date. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true } : {}),
  });
  try {
    configure(db);
    if (!options.readonly) migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // The jobs worker holds a second connection; wait for its short write batches
  // rather than failing with SQLITE_BUSY.
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  // 64 MB of page cache: figure and search indexes are written in random key order, and
  // at archive scale the default 2 MB cache turns each insert into page reads.
  db.pragma('cache_size = -65536');
}
