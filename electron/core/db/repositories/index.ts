import { EDITOR_NAME_KEY, registerAuthor } from './author';
import { openDatabase, type Db, type OpenOptions } from '../connection';
import { backupArchive, restoreArchive, type BackupProgress, type BackupResult } from '../backup';
import { importBatchRepository } from './import-batches';
import { publicationRepository } from './publications';
import { searchIndexRepository } from './search-index';
import { settingsRepository } from './settings';
import { storyRepository } from './stories';
import { figureRepository } from './figures';
import { annotationRepository } from './annotations';
import { draftRepository } from './drafts';
import { targetRepository } from './targets';
import { metricAliasRepository } from './metric-aliases';
import { checkFigureRepository } from './check-figures';
import { indicatorNameRepository } from './indicator-names';
import { tableRepository } from './tables';
import { archiveFailure } from '../errors';
import { ConnectionGate, sqliteStores } from '../sqlite-stores';

/**
 * How a transaction takes its lock. `immediate` (the default) takes the write lock at once,
 * so a writer waits out the busy timeout instead of failing with SQLITE_BUSY between its
 * read and its write; `deferred` suits a read snapshot. Nested in another transaction
 * (an import batch, say), either is a savepoint.
 */
export type TransactionMode = 'deferred' | 'immediate';

/**
 * A write transaction held open across several steps and committed between them, so
 * that FTS5 flushes once per batch rather than once per page (the import job's batches).
 */
export interface WriteBatch {
  /** Whether a transaction is open on the connection. */
  readonly open: boolean;
  /** Opens one, taking the write lock at once. */
  begin(): void;
  commit(): void;
}

/** The archive file as a whole: SQLite's online backup to and from another file. */
export interface ArchiveFile {
  /** Copies the open archive to `out`, checking the copy (see db/backup.ts). */
  backup(out: string, onProgress?: (p: BackupProgress) => void, options?: { integrity: boolean }): Promise<BackupResult>;
  /** Replaces the archive at `dbPath` with the backup `from`, keeping the current one aside. */
  restore(dbPath: string, from: string, now: Date, onProgress?: (p: BackupProgress) => void): Promise<{ aside: string; stories: number }>;
}

const connections = new WeakMap<object, Db>();

/** Every repository over one connection; statements are prepared once, here. */
export function createRepositories(db: Db) {
  const author = registerAuthor(db);
  const gate = new ConnectionGate(db);
  const refuseWhileStoresWrite = () => {
    if (gate.busyElsewhere) throw archiveFailure('archive_busy', { file: db.name });
  };
  const batch: WriteBatch = {
    get open() {
      return db.inTransaction;
    },
    begin() {
      refuseWhileStoresWrite();
      db.exec('BEGIN IMMEDIATE');
    },
    commit: () => db.exec('COMMIT'),
  };
  const archiveFile: ArchiveFile = {
    backup: (out, onProgress, options) => backupArchive(db, out, onProgress, options),
    restore: (dbPath, from, now, onProgress) => restoreArchive(db, dbPath, from, now, onProgress),
  };
  const drafts = draftRepository(db);
  const annotations = annotationRepository(db);
  const importBatches = importBatchRepository(db);
  const stories = storyRepository(db);
  const settings = settingsRepository(db, (key, value) => {
    if (key === EDITOR_NAME_KEY) author.set(value);
  });
  const repos = {
    author,
    /** Synchronous, for an import's page (archive/store.ts) until it moves; everything else reads stories through `stores.stories`. */
    stories,
    publications: publicationRepository(db),
    searchIndex: searchIndexRepository(db),
    figures: figureRepository(db),
    drafts,
    targets: targetRepository(db),
    metricAliases: metricAliasRepository(db),
    checkFigures: checkFigureRepository(db),
    indicatorNames: indicatorNameRepository(db),
    tables: tableRepository(db),
    batch,
    archiveFile,
    /** The storage interfaces (repositories/types.ts) over this connection, for the domains moved onto them. */
    stores: sqliteStores({ drafts, annotations, importBatches, settings, stories }, gate),
    /**
     * Runs `fn` in one transaction over every repository: all of its writes land, or none.
     * Refused while another caller's transaction through `stores` is open (see db/sqlite-stores.ts).
     */
    transaction<T>(fn: () => T, mode: TransactionMode = 'immediate'): T {
      refuseWhileStoresWrite();
      const run = db.transaction(fn);
      return mode === 'immediate' ? run.immediate() : run.deferred();
    },
    /** Closes the connection; the repositories are unusable after. */
    close(): void {
      db.close();
    },
  };
  connections.set(repos, db);
  return repos;
}

export type Repositories = ReturnType<typeof createRepositories>;

/** Opens (creating or upgrading, see openDatabase) the archive at `path` and its repositories. */
export function openRepositories(path: string, options: OpenOptions = {}): Repositories {
  return createRepositories(openDatabase(path, options));
}

/**
 * The connection under a set of repositories, for tests that tune it (a pragma) or look
 * at rows no repository reads. Code in electron/ outside core/db never calls it: the
 * module-graph test fails if it does.
 */
export function connectionOf(repos: Repositories): Db {
  return connections.get(repos)!;
}
