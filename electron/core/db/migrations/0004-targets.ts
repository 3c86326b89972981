import type { Migration } from './index';

const STATUS = `'not_due', 'on_track', 'off_track', 'met', 'missed', 'revised', 'unclear'`;

/**
 * The target register and what the check engine learns. Targets outlive the stories
 * and figures they came from (SET NULL), and events keep a snapshot rather than a
 * foreign key so the audit trail survives re-extraction.
 */
const migration: Migration = {
  version: 4,
  name: '0004-targets',
  up(db) {
    db.exec(`
      CREATE TABLE targets (
        id INTEGER PRIMARY KEY,
        metric TEXT NOT NULL,
        metric_key TEXT NOT NULL,
        match_key TEXT NOT NULL,
        entity TEXT,
        value REAL NOT NULL,
        value_max REAL,
        unit TEXT NOT NULL,
        currency TEXT,
        change TEXT NOT NULL DEFAULT 'level' CHECK (change IN ('level', 'increase', 'decrease')),
        comparator TEXT NOT NULL CHECK (comparator IN ('eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range')),
        direction TEXT NOT NULL CHECK (direction IN ('floor', 'ceiling', 'band')),
        tolerance REAL NOT NULL,
        accumulation TEXT NOT NULL CHECK (accumulation IN ('stock', 'flow', 'rate')),
        period_from TEXT,
        period_to TEXT,
        period_label TEXT,
        deadline TEXT,
        binding TEXT NOT NULL DEFAULT 'unknown' CHECK (binding IN ('binding', 'aspirational', 'unknown')),
        source_story_id INTEGER REFERENCES stories (id) ON DELETE SET NULL,
        source_figure_id INTEGER REFERENCES figures (id) ON DELETE SET NULL,
        source_headline TEXT,
        source_date TEXT,
        quote TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN (${STATUS})),
        computed_status TEXT NOT NULL CHECK (computed_status IN (${STATUS})),
        explanation_json TEXT,
        override_status TEXT CHECK (override_status IS NULL OR override_status IN (${STATUS})),
        override_reason TEXT,
        override_at TEXT,
        revises_target_id INTEGER REFERENCES targets (id) ON DELETE SET NULL,
        revised_by_target_id INTEGER REFERENCES targets (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX targets_by_match_key ON targets (match_key, entity);
      CREATE INDEX targets_by_status ON targets (status, deadline);
      CREATE INDEX targets_by_deadline ON targets (deadline);
      CREATE INDEX targets_by_story ON targets (source_story_id);
      CREATE INDEX targets_by_figure ON targets (source_figure_id);

      CREATE TABLE target_events (
        id INTEGER PRIMARY KEY,
        target_id INTEGER NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        from_status TEXT CHECK (from_status IS NULL OR from_status IN (${STATUS})),
        to_status TEXT NOT NULL CHECK (to_status IN (${STATUS})),
        cause TEXT NOT NULL CHECK (cause IN ('created', 'evidence', 'editor', 'revision', 'import')),
        figure_id INTEGER,
        note TEXT NOT NULL DEFAULT '',
        snapshot_json TEXT
      ) STRICT;
      CREATE INDEX target_events_by_target ON target_events (target_id, id);

      CREATE TABLE target_evidence (
        target_id INTEGER NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
        figure_id INTEGER NOT NULL REFERENCES figures (id) ON DELETE CASCADE,
        verdict TEXT NOT NULL,
        score REAL,
        confirmed_by TEXT NOT NULL CHECK (confirmed_by IN ('editor', 'auto')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (target_id, figure_id)
      ) STRICT;
      CREATE INDEX target_evidence_by_figure ON target_evidence (figure_id);

      CREATE TABLE metric_aliases (
        alias_key TEXT PRIMARY KEY,
        canonical_key TEXT NOT NULL,
        confirmed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX metric_aliases_by_canonical ON metric_aliases (canonical_key);

      CREATE TABLE match_rejections (
        id INTEGER PRIMARY KEY,
        figure_id INTEGER NOT NULL REFERENCES figures (id) ON DELETE CASCADE,
        target_id INTEGER REFERENCES targets (id) ON DELETE CASCADE,
        other_figure_id INTEGER REFERENCES figures (id) ON DELETE CASCADE,
        figure_key TEXT NOT NULL,
        other_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK ((target_id IS NULL) <> (other_figure_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX match_rejections_by_pair ON match_rejections (figure_id, ifnull(target_id, 0), ifnull(other_figure_id, 0));
      CREATE INDEX match_rejections_by_keys ON match_rejections (figure_key, other_key);

      -- The check engine's lookup: one metric key, periods ending on or after the checked
      -- figure's start. figures_by_metric alone leaves every period of a common key to sort.
      CREATE INDEX figures_by_metric_period ON figures (metric_key, period_to);
    `);
  },
};

export default migration;
