import type { Migration } from './index';

/** Figures read from stories; editor corrections (source = 'editor') survive re-extraction. */
const migration: Migration = {
  version: 3,
  name: '0003-figures',
  up(db) {
    db.exec(`
      CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        quote TEXT NOT NULL,
        value REAL NOT NULL,
        value_max REAL,
        unit TEXT NOT NULL,
        currency TEXT,
        qualifier TEXT NOT NULL CHECK (qualifier IN ('eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range')),
        kind TEXT NOT NULL CHECK (kind IN ('target', 'actual', 'projection', 'budget', 'other')),
        change TEXT NOT NULL CHECK (change IN ('level', 'increase', 'decrease')),
        metric TEXT NOT NULL,
        metric_key TEXT NOT NULL,
        entity TEXT,
        period_from TEXT,
        period_to TEXT,
        period_label TEXT,
        confidence REAL NOT NULL,
        rule TEXT NOT NULL,
        cues_json TEXT NOT NULL DEFAULT '[]',
        review TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review IN ('unreviewed', 'confirmed', 'rejected')),
        source TEXT NOT NULL DEFAULT 'auto' CHECK (source IN ('auto', 'editor')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX figures_by_story ON figures (story_id, start_offset);
      CREATE INDEX figures_by_metric ON figures (metric_key, entity);
      CREATE INDEX figures_by_review ON figures (review, story_id);
    `);
  },
};

export default migration;
