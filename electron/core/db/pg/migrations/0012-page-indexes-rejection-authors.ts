import type { PgMigration } from './index';

/**
 * SQLite's 0012-page-indexes-rejection-authors: the figure queue's index of unreviewed
 * figures, a metric chart's readings, and who turned a match down.
 */
const migration: PgMigration = {
  version: 12,
  name: '0012-page-indexes-rejection-authors',
  sql: `
    CREATE INDEX figures_unreviewed_by_story ON figures (story_id, start_offset) WHERE review = 'unreviewed';
    CREATE INDEX figures_readings_by_metric ON figures (metric_key, period_to) WHERE kind IN ('actual', 'projection') AND review <> 'rejected';
    ALTER TABLE match_rejections ADD COLUMN author text NOT NULL DEFAULT '';
  `,
};

export default migration;
