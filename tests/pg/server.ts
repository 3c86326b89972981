/**
 * What a PostgreSQL test file uses of the run's cluster (tests/pg/global-setup.ts):
 * `describePg` skips, with the reason, where PostgreSQL is not installed; `useDatabase()`
 * gives the file its own database, dropped at its end, and each test a fresh schema in it
 * (a schema costs milliseconds where a database costs half a second).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, inject } from 'vitest';
import { createPgPool } from '../../electron/core/db/pg/pool';

const server = inject('postgres');

/** `describe`, or its skipped form naming why, where the run has no PostgreSQL. */
export function describePg(name: string, body: () => void): void {
  if (server.url) describe(name, body);
  else describe.skip(`${name} (skipped: ${server.skipped})`, body);
}

export interface TestSchema {
  pool: pg.Pool;
  /** The URL of the file's database, as errors name the archive. */
  url: string;
  schema: string;
}

/** A database for the calling test file; `schema()` makes a fresh, empty schema for one test. */
export function useDatabase(): { schema(): Promise<TestSchema> } {
  const database = `fd_test_${randomBytes(6).toString('hex')}`;
  let url = '';
  let schemas = 0;
  const pools: pg.Pool[] = [];

  async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client(server.url!);
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    if (!server.url) return;
    await admin((c) => c.query(`CREATE DATABASE ${database}`));
    url = server.url.replace(/\/postgres$/, `/${database}`);
  });
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
  });
  afterAll(async () => {
    if (!server.url) return;
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  });

  return {
    async schema() {
      const schema = `fd_t${++schemas}`;
      const pool = createPgPool({ connectionString: url, options: `-c search_path=${schema}`, max: 4 });
      pools.push(pool);
      await pool.query(`CREATE SCHEMA ${schema}`);
      return { pool, url, schema };
    },
  };
}
