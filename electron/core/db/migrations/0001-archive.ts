import type { Migration } from './index';

const migration: Migration = {
  version: 1,
  name: '0001-archive',
  up(db) {
    db.exec(`
      CREATE TABLE publications (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        city TEXT,
        language TEXT
      ) STRICT;

      CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'cancelled')),
        files INTEGER NOT NULL DEFAULT 0,
        stories INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        report_json TEXT
      ) STRICT;

      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        publication_id INTEGER REFERENCES publications (id),
        date TEXT,
        headline TEXT NOT NULL,
        subhead TEXT,
        kicker TEXT,
        byline TEXT,
        dateline TEXT,
        body TEXT NOT NULL,
        truncated INTEGER NOT NULL DEFAULT 0 CHECK (truncated IN (0, 1)),
        genre TEXT NOT NULL DEFAULT 'news' CHECK (genre IN ('news', 'photo', 'commentary')),
        language TEXT NOT NULL DEFAULT 'zh' CHECK (language IN ('zh', 'en')),
        source_path TEXT,
        import_batch_id INTEGER REFERENCES import_batches (id) ON DELETE SET NULL,
        content_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stories_by_date ON stories (date, id);
      CREATE INDEX stories_by_publication ON stories (publication_id, date);
      CREATE INDEX stories_by_batch ON stories (import_batch_id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
