/**
 * Connections to a team archive on PostgreSQL. node-postgres hands 64-bit integers (ids,
 * counts) over as strings, since they may exceed what a JavaScript number holds exactly;
 * SQLite's rows give numbers, and both engines must return the same shapes, so this pool
 * reads them as numbers and refuses one too large to read exactly rather than round it.
 */
import pg, { type QueryConfig, type QueryResultRow } from 'pg';

const INT8 = 20;

function readInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`The team archive returned the integer ${text}, too large to read exactly.`);
  return n;
}

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary' ? readInt8 : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A pool over `config` (a URL, or node-postgres options) whose rows read as SQLite's do. */
export function createPgPool(config: string | pg.PoolConfig): pg.Pool {
  const options = typeof config === 'string' ? { connectionString: config } : config;
  const pool = new pg.Pool({ ...options, types });
  // An idle connection the server closes (a restart, an administrator, a dropped database) is emitted on the
  // pool; unheard, that event would end the process. The pool has already discarded the client and opens a
  // new one for the next query, and a query in flight still rejects with its own error.
  pool.on('error', () => {});
  return pool;
}

/** A pool, or the one client a transaction holds: what a store runs its statements on. */
export interface Queryable {
  query<R extends QueryResultRow>(config: QueryConfig): Promise<{ rows: R[]; rowCount: number | null }>;
}
