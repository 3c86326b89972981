import type { Migration } from './index';

/**
 * Who did it: the editor's name on every audit entry, confirmation, annotation and draft
 * version. Rows written before this version have no author (''), which the UI shows as
 * unknown rather than guessing.
 */
const migration: Migration = {
  version: 9,
  name: '0009-authors',
  up(db) {
    db.exec(`
      ALTER TABLE target_events ADD COLUMN author TEXT NOT NULL DEFAULT '';
      ALTER TABLE target_evidence ADD COLUMN author TEXT NOT NULL DEFAULT '';
      ALTER TABLE annotations ADD COLUMN author TEXT NOT NULL DEFAULT '';
      ALTER TABLE draft_versions ADD COLUMN author TEXT NOT NULL DEFAULT '';
    `);
  },
};

export default migration;
