-- user_version = 16
-- index annotation_replies_by_annotation
CREATE INDEX annotation_replies_by_annotation ON annotation_replies (annotation_id, created_at, id);

-- index annotations_by_figure
CREATE INDEX annotations_by_figure ON annotations (figure_id) WHERE figure_id IS NOT NULL;

-- index annotations_by_story
CREATE INDEX annotations_by_story ON annotations (story_id, start_offset);

-- index annotations_by_target
CREATE INDEX annotations_by_target ON annotations (target_id) WHERE target_id IS NOT NULL;

-- index draft_versions_by_draft
CREATE INDEX draft_versions_by_draft ON draft_versions (draft_id, id);

-- index drafts_by_updated
CREATE INDEX drafts_by_updated ON drafts (updated_at);

-- index figures_by_metric
CREATE INDEX figures_by_metric ON figures (metric_key, entity);

-- index figures_by_metric_period
CREATE INDEX figures_by_metric_period ON figures (metric_key, period_to);

-- index figures_by_metric_span
CREATE INDEX figures_by_metric_span ON figures (metric_key, period_to, period_from, story_id) WHERE review <> 'rejected';

-- index figures_by_metric_value
CREATE INDEX figures_by_metric_value ON figures (metric_key, value);

-- index figures_by_review
CREATE INDEX figures_by_review ON figures (review, story_id);

-- index figures_by_story
CREATE INDEX figures_by_story ON figures (story_id, start_offset);

-- index figures_by_value
CREATE INDEX figures_by_value ON figures (value, story_id);

-- index figures_latest_by_metric
CREATE INDEX figures_latest_by_metric ON figures (metric_key, id, story_id) WHERE review <> 'rejected';

-- index figures_readings_by_metric
CREATE INDEX figures_readings_by_metric ON figures (metric_key, period_to) WHERE kind IN ('actual', 'projection') AND review <> 'rejected';

-- index figures_unreviewed_by_story
CREATE INDEX figures_unreviewed_by_story ON figures (story_id, start_offset) WHERE review = 'unreviewed';

-- index import_batches_by_status
CREATE INDEX import_batches_by_status ON import_batches (status);

-- index indicator_names_by_indicator
CREATE INDEX indicator_names_by_indicator ON indicator_names (indicator_id);

-- index match_rejections_by_keys
CREATE INDEX match_rejections_by_keys ON match_rejections (figure_key, other_key);

-- index match_rejections_by_other_figure
CREATE INDEX match_rejections_by_other_figure ON match_rejections (other_figure_id);

-- index match_rejections_by_pair
CREATE UNIQUE INDEX match_rejections_by_pair ON match_rejections (figure_id, ifnull(target_id, 0), ifnull(other_figure_id, 0));

-- index metric_aliases_by_canonical
CREATE INDEX metric_aliases_by_canonical ON metric_aliases (canonical_key);

-- index stories_by_batch
CREATE INDEX stories_by_batch ON stories (import_batch_id);

-- index stories_by_date
CREATE INDEX stories_by_date ON stories (date, id);

-- index stories_by_publication
CREATE INDEX stories_by_publication ON stories (publication_id, date);

-- index stories_date_by_id
CREATE INDEX stories_date_by_id ON stories (id, date);

-- index target_events_by_target
CREATE INDEX target_events_by_target ON target_events (target_id, id);

-- index target_evidence_by_figure
CREATE INDEX target_evidence_by_figure ON target_evidence (figure_id);

-- index targets_by_deadline
CREATE INDEX targets_by_deadline ON targets (deadline);

-- index targets_by_figure
CREATE INDEX targets_by_figure ON targets (source_figure_id);

-- index targets_by_match_key
CREATE INDEX targets_by_match_key ON targets (match_key, entity);

-- index targets_by_status
CREATE INDEX targets_by_status ON targets (status, deadline);

-- index targets_by_story
CREATE INDEX targets_by_story ON targets (source_story_id);

-- table annotation_replies
CREATE TABLE annotation_replies (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
        body TEXT NOT NULL CHECK (length(body) > 0),
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;

-- table annotations
CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        tags_json TEXT NOT NULL DEFAULT '[]',
        figure_id INTEGER REFERENCES figures (id) ON DELETE SET NULL,
        target_id INTEGER REFERENCES targets (id) ON DELETE SET NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
        orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      , author TEXT NOT NULL DEFAULT '', revision INTEGER NOT NULL DEFAULT 1, updated_by TEXT NOT NULL DEFAULT '') STRICT;

-- table draft_versions
CREATE TABLE draft_versions (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        doc_json TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('created', 'autosave', 'save', 'restore')),
        created_at TEXT NOT NULL
      , author TEXT NOT NULL DEFAULT '') STRICT;

-- table drafts
CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL CHECK (language IN ('zh-CN', 'en')),
        doc_json TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      , updated_by TEXT NOT NULL DEFAULT '') STRICT;

-- table figures
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

-- table import_batches
CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'cancelled', 'interrupted')),
        files INTEGER NOT NULL DEFAULT 0,
        stories INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        report_json TEXT
      , sources_json TEXT, runner TEXT, resumed_by INTEGER REFERENCES import_batches (id) ON DELETE SET NULL) STRICT;

-- table indicator_names
CREATE TABLE indicator_names (
        id INTEGER PRIMARY KEY,
        indicator_id TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('zh', 'en')),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (language, name)
      ) STRICT;

-- table match_rejections
CREATE TABLE match_rejections (
        id INTEGER PRIMARY KEY,
        figure_id INTEGER NOT NULL REFERENCES figures (id) ON DELETE CASCADE,
        target_id INTEGER REFERENCES targets (id) ON DELETE CASCADE,
        other_figure_id INTEGER REFERENCES figures (id) ON DELETE CASCADE,
        figure_key TEXT NOT NULL,
        other_key TEXT NOT NULL,
        created_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
        CHECK ((target_id IS NULL) <> (other_figure_id IS NULL))
      ) STRICT;

-- table metric_aliases
CREATE TABLE metric_aliases (
        alias_key TEXT PRIMARY KEY,
        canonical_key TEXT NOT NULL,
        confirmed_at TEXT NOT NULL
      ) STRICT;

-- table publications
CREATE TABLE publications (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        city TEXT,
        language TEXT
      ) STRICT;

-- table register_version
CREATE TABLE register_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL
      ) STRICT;

-- table settings
CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

-- table stories
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

-- table story_search
CREATE VIRTUAL TABLE story_search USING fts5 (
        headline_grams,
        body_grams,
        headline_chars,
        body_chars,
        content = '',
        contentless_delete = 1,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );

-- table story_search_config
CREATE TABLE 'story_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table story_search_data
CREATE TABLE 'story_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table story_search_docsize
CREATE TABLE 'story_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table story_search_idx
CREATE TABLE 'story_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table target_events
CREATE TABLE target_events (
        id INTEGER PRIMARY KEY,
        target_id INTEGER NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        from_status TEXT CHECK (from_status IS NULL OR from_status IN ('not_due', 'on_track', 'off_track', 'met', 'missed', 'revised', 'unclear')),
        to_status TEXT NOT NULL CHECK (to_status IN ('not_due', 'on_track', 'off_track', 'met', 'missed', 'revised', 'unclear')),
        cause TEXT NOT NULL CHECK (cause IN ('created', 'evidence', 'editor', 'revision', 'import')),
        figure_id INTEGER,
        note TEXT NOT NULL DEFAULT '',
        snapshot_json TEXT
      , author TEXT NOT NULL DEFAULT '') STRICT;

-- table target_evidence
CREATE TABLE target_evidence (
        target_id INTEGER NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
        figure_id INTEGER NOT NULL REFERENCES figures (id) ON DELETE CASCADE,
        verdict TEXT NOT NULL,
        score REAL,
        confirmed_by TEXT NOT NULL CHECK (confirmed_by IN ('editor', 'auto')),
        created_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (target_id, figure_id)
      ) STRICT;

-- table targets
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
        status TEXT NOT NULL CHECK (status IN ('not_due', 'on_track', 'off_track', 'met', 'missed', 'revised', 'unclear')),
        computed_status TEXT NOT NULL CHECK (computed_status IN ('not_due', 'on_track', 'off_track', 'met', 'missed', 'revised', 'unclear')),
        explanation_json TEXT,
        override_status TEXT CHECK (override_status IS NULL OR override_status IN ('not_due', 'on_track', 'off_track', 'met', 'missed', 'revised', 'unclear')),
        override_reason TEXT,
        override_at TEXT,
        revises_target_id INTEGER REFERENCES targets (id) ON DELETE SET NULL,
        revised_by_target_id INTEGER REFERENCES targets (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

-- trigger register_version_on_delete
CREATE TRIGGER register_version_on_delete AFTER DELETE ON targets BEGIN
        UPDATE register_version SET version = version + 1 WHERE id = 1;
      END;

-- trigger register_version_on_insert
CREATE TRIGGER register_version_on_insert AFTER INSERT ON targets BEGIN
        UPDATE register_version SET version = version + 1 WHERE id = 1;
      END;

-- trigger register_version_on_update
CREATE TRIGGER register_version_on_update AFTER UPDATE ON targets BEGIN
        UPDATE register_version SET version = version + 1 WHERE id = 1;
      END;
