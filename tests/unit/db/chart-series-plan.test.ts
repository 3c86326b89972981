import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { createRepositories } from '../../../electron/core/db/repositories';
import { tempArchive } from '../helpers';

/**
 * A metric's chart (six of them on the Targets page) reads the metric's readings through
 * figures_readings_by_metric. On the 200,000-story bench archive, after ANALYZE, SQLite chose
 * figures_by_metric_value instead and read every figure of a common key (56,000 rows, 0.4 s a
 * chart) to return none. The statistics below are that archive's own.
 */
const BENCH_STATS: Array<[string, string]> = [
  ['figures_readings_by_metric', '111600 1001 1001'],
  ['figures_unreviewed_by_story', '522200 4 1'],
  ['figures_by_metric_value', '522200 1001 1001'],
  ['figures_by_value', '522200 1001 2'],
  ['figures_by_metric_period', '522200 1001 1001'],
  ['figures_by_review', '522200 1001 4'],
  ['figures_by_metric', '522200 1001 1001'],
  ['figures_by_story', '522200 4 1'],
];

describe('the chart series query', () => {
  it('walks the readings index whatever the statistics say', () => {
    const archive = tempArchive();
    try {
      archive.db.exec('ANALYZE');
      archive.db.exec(`DELETE FROM sqlite_stat1 WHERE tbl = 'figures'`);
      const insert = archive.db.prepare(`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('figures', ?, ?)`);
      for (const [idx, stat] of BENCH_STATS) insert.run(idx, stat);
      archive.db.close();

      // A fresh connection reads the statistics; the repositories prepare their statements on it.
      const db = openDatabase(archive.dbPath);
      const prepared: string[] = [];
      const prepare = db.prepare.bind(db);
      db.prepare = ((sql: string) => {
        prepared.push(sql);
        return prepare(sql);
      }) as typeof db.prepare;
      createRepositories(db);
      const series = prepared.find((sql) => /kind IN \('actual', 'projection'\)/.test(sql) && /ORDER BY coalesce\(f\.period_to, s\.date\)/.test(sql))!;
      expect(series).toBeDefined();
      const plan = (prepare(`EXPLAIN QUERY PLAN ${series}`).all('技术合同成交额', 500) as Array<{ detail: string }>).map((r) => r.detail).join('\n');
      db.close();
      expect(plan).toMatch(/USING INDEX figures_readings_by_metric/);
    } finally {
      archive.cleanup();
    }
  });
});
