-- user_version = 3
-- index figures_by_metric
CREATE INDEX figures_by_metric ON figures (metric_key, entity);

-- index figures_by_review
CREATE INDEX figures_by_review ON figures (review, story_id);

-- index figures_by_story
CREATE INDEX figures_by_story ON figures (story_id, start_offset);

-- index stories_by_batch
CREATE INDEX stories_by_batch ON stories (import_batch_id);

-- index stories_by_date
CREATE INDEX stories_by_date ON stories (date, id);

-- index stories_by_publication
CREATE INDEX stories_by_publication ON stories (publication_id, date);

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
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'cancelled')),
        files INTEGER NOT NULL DEFAULT 0,
        stories INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        report_json TEXT
      ) STRICT;

-- table publications
CREATE TABLE publications (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        city TEXT,
        language TEXT
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
