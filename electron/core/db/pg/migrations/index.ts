/**
 * The team archive's schema, with SQLite's discipline: numbered migrations that only add,
 * all pending ones applied in one transaction, and an archive from a newer Figure Desk
 * refused untouched. PostgreSQL migration N brings the data model to SQLite's schema N, so
 * archives of both engines at one version hold the same tables, columns and ids.
 *
 * The version lives in schema_migrations (one row per migration applied, with when); the
 * archive's version is the highest. Two apps opening a new team archive at once would both
 * migrate it, so the transaction first takes an advisory lock and reads the version under it.
 */
import type { Pool, PoolClient } from 'pg';
import { archiveFailure } from '../../errors';
import m0001 from './0001-archive';
import m0002 from './0002-search';
import m0003 from './0003-figures';
import m0004 from './0004-targets';
import m0005 from './0005-annotations-drafts';
import m0006 from './0006-rejection-index';
import m0007 from './0007-indicator-names';
import m0008 from './0008-import-recovery';
import m0009 from './0009-authors';
import m0010 from './0010-figure-values';
import m0011 from './0011-annotation-replies';
import m0012 from './0012-page-indexes-rejection-authors';
import m0013 from './0013-check-lookups';
import m0014 from './0014-annotation-revisions';
import m0015 from './0015-earlier-reporting-walks';
import m0016 from './0016-editors-at-once';

export interface PgMigration {
  version: number;
  name: string;
  /** Statements run as one script inside the migration transaction. */
  sql: string;
}

/** Every migration ever shipped, in order. Migrations only add: never edit a shipped one. */
export const pgMigrations: readonly PgMigration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013, m0014, m0015, m0016];

export const PG_LATEST_SCHEMA_VERSION = pgMigrations.length;

/** Any constant will do, as long as only Figure Desk's migrations take it. */
const MIGRATION_LOCK = 0x46_44_4d_47; // "FDMG"

const VERSION_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;

async function versionOf(client: PoolClient): Promise<number> {
  const exists = await client.query<{ present: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`);
  if (!exists.rows[0]!.present) return 0;
  const { rows } = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM schema_migrations`);
  return rows[0]!.version ?? 0;
}

/** The archive's schema version (0 for an empty database). */
export async function pgSchemaVersion(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    return await versionOf(client);
  } finally {
    client.release();
  }
}

/**
 * Applies every pending migration in one transaction, so an archive is fully at the new
 * version or untouched. `archive` names it in errors (its URL without the password).
 */
export async function migratePg(pool: Pool, archive: string, migrations: readonly PgMigration[] = pgMigrations): Promise<{ from: number; to: number }> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  const latest = migrations.length;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const from = await versionOf(client);
      if (from > latest) {
        throw archiveFailure('archive_newer', { file: archive, found: from, supported: latest });
      }
      if (from < latest) {
        await client.query(VERSION_TABLE);
        for (const m of migrations.slice(from)) {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        }
      }
      await client.query('COMMIT');
      return { from, to: Math.max(from, latest) };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    client.release();
  }
}
