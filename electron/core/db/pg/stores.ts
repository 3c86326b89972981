/**
 * The storage interfaces over a PostgreSQL pool. Calls outside a transaction take any
 * pooled connection; `transaction(fn)` holds one client from BEGIN to COMMIT and hands
 * `fn` stores bound to it, so everything `fn` does through `tx` is that transaction (and
 * nothing else is: other callers keep using the pool meanwhile). A transaction inside one
 * is a savepoint, undone alone when its body throws.
 *
 * Typed against the stores it implements so far (drafts, annotations, import batches,
 * settings): a domain moved onto the interfaces joins here with its PostgreSQL store.
 */
import type { Pool, PoolClient } from 'pg';
import type { StoresOf } from '../repositories/types';
import { pgAnnotationStore } from './annotations';
import { pgDraftStore } from './drafts';
import { pgImportBatchStore } from './import-batches';
import type { Queryable } from './pool';
import { editorNameSource, pgSettingsStore, type EditorName } from './settings';

export type PgStores = StoresOf<'drafts' | 'annotations' | 'importBatches' | 'settings'>;

export interface PgStoresOptions {
  /**
   * The editor's name the app opens the archive with, which signs what they write ('' or absent: their
   * PostgreSQL role) until Settings give these stores another (pg/settings.ts keeps it per editor).
   */
  editorName?: () => string;
}

interface Options {
  editor: EditorName;
}

interface Binding {
  db: Queryable;
  /** The transaction's client, when these stores are bound to one. */
  client: PoolClient | null;
  savepoints: { next: number };
}

function storesOver(pool: Pool, binding: Binding, options: Options): PgStores {
  const editorName = options.editor.get;
  const stores: PgStores = {
    drafts: pgDraftStore(binding.db, { editorName, inTransaction: binding.client !== null }),
    annotations: pgAnnotationStore(binding.db, { editorName, inTransaction: binding.client !== null }),
    importBatches: pgImportBatchStore(binding.db),
    settings: pgSettingsStore(binding.db, options.editor),
    transaction: (fn) => (binding.client ? savepoint(binding, () => fn(stores)) : transaction(pool, options, fn)),
  };
  return stores;
}

async function transaction<T>(pool: Pool, options: Options, fn: (tx: PgStores) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    try {
      const result = await fn(storesOver(pool, { db: client, client, savepoints: { next: 0 } }, options));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    }
  } finally {
    // A connection that could not even roll back is closed rather than handed to the next caller.
    client.release(broken);
  }
}

async function savepoint<T>(binding: Binding, body: () => Promise<T>): Promise<T> {
  const client = binding.client!;
  const name = `fd_savepoint_${++binding.savepoints.next}`;
  await client.query(`SAVEPOINT ${name}`);
  try {
    const result = await body();
    await client.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
    await client.query(`RELEASE SAVEPOINT ${name}`);
    throw error;
  }
}

/** The stores over `pool`, whose archive is migrated (pg/migrations). */
export function pgStores(pool: Pool, options: PgStoresOptions = {}): PgStores {
  const editor = editorNameSource(options.editorName ?? (() => ''));
  return storesOver(pool, { db: pool, client: null, savepoints: { next: 0 } }, { editor });
}
