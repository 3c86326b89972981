import type { Migration } from './index';

/**
 * Search lists the stored figures of the value a query names (4.8万家 → 48000); without an
 * index on value that is a scan of every figure in the archive for each such query. The
 * story id after the value hands a common value's figures (1.2, as in 1.2%) newest story
 * first, so the lookup stops at its limit instead of sorting them all. A bounded query with
 * words (>40000 科技型企业) reads one metric's figures within the bound.
 */
const migration: Migration = {
  version: 10,
  name: '0010-figure-values',
  up(db) {
    db.exec(`
      CREATE INDEX figures_by_value ON figures (value, story_id);
      CREATE INDEX figures_by_metric_value ON figures (metric_key, value);
    `);
  },
};

export default migration;
