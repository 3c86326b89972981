import type { PgMigration } from './index';

/** SQLite's 0016-draft-saved-by: each save of a draft records who made it. */
const migration: PgMigration = {
  version: 16,
  name: '0016-draft-saved-by',
  sql: `
    ALTER TABLE drafts ADD COLUMN updated_by text NOT NULL DEFAULT '';
  `,
};

export default migration;
