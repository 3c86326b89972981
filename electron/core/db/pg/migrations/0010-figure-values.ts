import type { PgMigration } from './index';

/** SQLite's 0010-figure-values: search lists stored figures of a query's value, newest story first, or one metric's within a bound. */
const migration: PgMigration = {
  version: 10,
  name: '0010-figure-values',
  sql: `
    CREATE INDEX figures_by_value ON figures (value, story_id);
    CREATE INDEX figures_by_metric_value ON figures (metric_key, value);
  `,
};

export default migration;
