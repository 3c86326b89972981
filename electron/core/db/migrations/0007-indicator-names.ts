import type { Migration } from './index';

/**
 * Names editors taught the indicator lexicon (a paper's house term for a statistic), kept
 * beside the built-in lexicon, which is code. A name means one indicator per language;
 * indicator_id is a lexicon slug, not a row, so there is no foreign key.
 */
const migration: Migration = {
  version: 7,
  name: '0007-indicator-names',
  up(db) {
    db.exec(`
      CREATE TABLE indicator_names (
        id INTEGER PRIMARY KEY,
        indicator_id TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('zh', 'en')),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (language, name)
      ) STRICT;
      CREATE INDEX indicator_names_by_indicator ON indicator_names (indicator_id);
    `);
  },
};

export default migration;
