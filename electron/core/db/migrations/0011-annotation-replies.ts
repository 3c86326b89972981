import type { Migration } from './index';

/**
 * Replies to an annotation, as an editor answers a note in Word or Hypothesis: each keeps
 * its author and time and a uuid of its own, so a W3C reply (`motivation: replying`) can
 * be exported and imported again without doubling. A reply goes with its annotation.
 */
const migration: Migration = {
  version: 11,
  name: '0011-annotation-replies',
  up(db) {
    db.exec(`
      CREATE TABLE annotation_replies (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
        body TEXT NOT NULL CHECK (length(body) > 0),
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX annotation_replies_by_annotation ON annotation_replies (annotation_id, created_at, id);
    `);
  },
};

export default migration;
