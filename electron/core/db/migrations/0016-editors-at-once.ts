import type { Migration } from './index';

/**
 * Two editors saving one draft at once (the team archive): each save records who made it,
 * so a save from an older copy is refused naming who saved since and when, with their
 * version to compare. Drafts already in the archive were saved by no one known ('').
 */
const migration: Migration = {
  version: 16,
  name: '0016-editors-at-once',
  up(db) {
    db.exec(`ALTER TABLE drafts ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';`);
  },
};

export default migration;
