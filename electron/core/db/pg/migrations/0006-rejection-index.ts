import type { PgMigration } from './index';

/** SQLite's 0006-rejection-index: deleting a figure finds the rejections naming it as the other figure. */
const migration: PgMigration = {
  version: 6,
  name: '0006-rejection-index',
  sql: `CREATE INDEX match_rejections_by_other_figure ON match_rejections (other_figure_id);`,
};

export default migration;
