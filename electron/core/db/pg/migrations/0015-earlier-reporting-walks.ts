import type { PgMigration } from './index';

/**
 * SQLite's 0015-earlier-reporting-walks: the check's walks for earlier reporting test each figure's story
 * date and list a key's figures newest first from indexes alone, reading tables only for the figures kept.
 */
const migration: PgMigration = {
  version: 15,
  name: '0015-earlier-reporting-walks',
  sql: `
    CREATE INDEX stories_date_by_id ON stories (id, date);
    CREATE INDEX figures_latest_by_metric ON figures (metric_key, id, story_id) WHERE review <> 'rejected';
  `,
};

export default migration;
