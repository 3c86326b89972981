import type { PgMigration } from './index';

/**
 * SQLite's 0008-import-recovery: a batch may be 'interrupted', and keeps what it needs to
 * be resumed. PostgreSQL replaces the status constraint outright, where SQLite had to edit
 * the stored table text.
 */
const migration: PgMigration = {
  version: 8,
  name: '0008-import-recovery',
  sql: `
    ALTER TABLE import_batches
      DROP CONSTRAINT import_batches_status_check,
      ADD CONSTRAINT import_batches_status_check CHECK (status IN ('running', 'done', 'failed', 'cancelled', 'interrupted')),
      ADD COLUMN sources_json text,
      ADD COLUMN runner text,
      ADD COLUMN resumed_by bigint REFERENCES import_batches (id) ON DELETE SET NULL;
    CREATE INDEX import_batches_by_status ON import_batches (status);
  `,
};

export default migration;
