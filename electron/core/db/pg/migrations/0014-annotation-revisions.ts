import type { PgMigration } from './index';

/** SQLite's 0014-annotation-revisions: each change to an annotation counts a revision and records who made it. */
const migration: PgMigration = {
  version: 14,
  name: '0014-annotation-revisions',
  sql: `
    ALTER TABLE annotations ADD COLUMN revision integer NOT NULL DEFAULT 1;
    ALTER TABLE annotations ADD COLUMN updated_by text NOT NULL DEFAULT '';
  `,
};

export default migration;
