import type { Migration } from './index';

/**
 * Annotations keep both W3C selectors (quote with context, and position) so they can be
 * re-found after the story body changes; an annotation whose text is gone is flagged
 * orphaned, never deleted. Figure and target links go to NULL with their row: the
 * comment and quote still say what was meant.
 *
 * Drafts store ProseMirror JSON; draft_versions is an append-only history that a
 * restore adds to rather than rewinds.
 */
const migration: Migration = {
  version: 5,
  name: '0005-annotations-drafts',
  up(db) {
    db.exec(`
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
      ) STRICT;
      CREATE INDEX annotations_by_story ON annotations (story_id, start_offset);
      CREATE INDEX annotations_by_figure ON annotations (figure_id) WHERE figure_id IS NOT NULL;
      CREATE INDEX annotations_by_target ON annotations (target_id) WHERE target_id IS NOT NULL;

      CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL CHECK (language IN ('zh-CN', 'en')),
        doc_json TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drafts_by_updated ON drafts (updated_at);

      CREATE TABLE draft_versions (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        doc_json TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('created', 'autosave', 'save', 'restore')),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX draft_versions_by_draft ON draft_versions (draft_id, id);
    `);
  },
};

export default migration;
