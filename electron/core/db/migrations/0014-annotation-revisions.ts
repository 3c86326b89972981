import type { Migration } from './index';

/**
 * Two editors changing one annotation at once (the team archive): each change counts a
 * revision and records who made it, so a change made from an older copy is refused with
 * who changed it since and when, rather than silently overwriting their work. Annotations
 * already in the archive start at revision 1, changed by nobody yet.
 */
const migration: Migration = {
  version: 14,
  name: '0014-annotation-revisions',
  up(db) {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE annotations ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
    `);
  },
};

export default migration;
