/**
 * Import batches on the team archive: the cases SQLite passes
 * (tests/unit/db/import-batch-cases.ts), then what several apps on one archive add.
 */
import type pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { markInterruptedImports } from '../../electron/core/jobs/recovery';
import { migratePg } from '../../electron/core/db/pg/migrations';
import { createPgPool } from '../../electron/core/db/pg/pool';
import { pgStores } from '../../electron/core/db/pg/stores';
import { importBatchCases } from '../unit/db/import-batch-cases';
import { describePg, useDatabase } from './server';

describePg('import batches on PostgreSQL', () => {
  const database = useDatabase();
  const others: pg.Pool[] = [];
  afterEach(async () => {
    await Promise.all(others.splice(0).map((p) => p.end()));
  });
  async function open() {
    const { pool, url, schema } = await database.schema();
    await migratePg(pool, url);
    const storeStoryOf = async (batchId: number, contentHash: string) =>
      void (await pool.query(
        `INSERT INTO stories (headline, body, content_hash, import_batch_id, created_at, updated_at) VALUES ('标题', '正文', $1, $2, 'now', 'now')`,
        [contentHash, batchId],
      ));
    /** Another app on the same archive: a pool of its own, already connected. */
    const otherApp = async () => {
      const own = createPgPool({ connectionString: url, options: `-c search_path=${schema}`, max: 2 });
      others.push(own);
      await Promise.all([own.query('SELECT 1'), pool.query('SELECT 1')]);
      return { stores: pgStores(own) };
    };
    return { deps: { stores: pgStores(pool) }, storeStoryOf, otherApp };
  }

  importBatchCases(open);

  it('two apps starting at once on one archive: each dead import is marked interrupted by one of them, once, with what it stored', async () => {
    for (let round = 0; round < 5; round++) {
      const { deps, storeStoryOf, otherApp } = await open();
      const batches = deps.stores.importBatches;
      const dead = [];
      for (let i = 0; i < 6; i++) {
        const id = await batches.start('t', 1, { paths: [`/p${i}.txt`], options: {} }, '999999999@0');
        await storeStoryOf(id, `h${i}`);
        dead.push(id);
      }
      const other = await otherApp();
      const [mine, theirs] = await Promise.all([markInterruptedImports(deps), markInterruptedImports(other)]);
      expect([...mine, ...theirs].sort((a, b) => a - b)).toEqual(dead);
      expect((await batches.recent(10)).map((b) => [b.status, b.stories])).toEqual(dead.map(() => ['interrupted', 1]));
    }
  });
});
