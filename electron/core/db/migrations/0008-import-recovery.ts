import type { Migration } from './index';

const RUNNING_STATUSES = `status IN ('running', 'done', 'failed', 'cancelled')`;
const WITH_INTERRUPTED = `status IN ('running', 'done', 'failed', 'cancelled', 'interrupted')`;

/**
 * Imports that a crash or kill cut short: a batch left `running` by a process that is gone
 * becomes `interrupted`, and keeps what it needs to be resumed.
 *
 * - `status` may also be 'interrupted'. SQLite cannot alter a CHECK constraint; widening
 *   the allowed values leaves every stored row valid, which is the case SQLite documents
 *   for editing the stored CREATE TABLE text (https://sqlite.org/lang_altertable.html#otheralter).
 * - `sources_json`: the files and folders asked for, with the import options, so the batch can be run again.
 * - `runner`: the process running the batch (pid and start time), so a start can tell a dead
 *   batch from one another process is still running.
 * - `resumed_by`: the batch that picked an interrupted one up.
 */
const migration: Migration = {
  version: 8,
  name: '0008-import-recovery',
  up(db) {
    const sql = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'import_batches'`).pluck().get() as string;
    if (!sql.includes(RUNNING_STATUSES)) throw new Error('import_batches has an unexpected status constraint; not widening it');
    const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
    // better-sqlite3 opens connections in defensive mode, which forbids writing sqlite_master.
    db.unsafeMode(true);
    try {
      db.pragma('writable_schema = ON');
      db.prepare(`UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'import_batches'`).run(sql.replace(RUNNING_STATUSES, WITH_INTERRUPTED));
      // Other connections re-read the schema when its version changes.
      db.pragma(`schema_version = ${schemaVersion + 1}`);
      db.pragma('writable_schema = OFF');
    } finally {
      db.unsafeMode(false);
    }
    db.exec(`
      ALTER TABLE import_batches ADD COLUMN sources_json TEXT;
      ALTER TABLE import_batches ADD COLUMN runner TEXT;
      ALTER TABLE import_batches ADD COLUMN resumed_by INTEGER REFERENCES import_batches (id) ON DELETE SET NULL;
      CREATE INDEX import_batches_by_status ON import_batches (status);
    `);
  },
};

export default migration;
