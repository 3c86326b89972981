import type { Migration } from './index';

/**
 * Two lookups the check makes on every story, at 1,000,000 figures and 10,000 targets.
 *
 * Earlier reporting of a metric walks its figures from the checked period's start
 * upward (figures_by_metric_period) and keeps those whose period began by its end. For a
 * key with few readings in that period the walk runs on through every later period, and
 * each step read the table row and its story to test the period's start, the story and
 * the review: thousands of row reads for a dozen kept. This index carries those columns,
 * so the walk tests them in the index and reads rows only for figures it keeps. It holds
 * no rejected figure, as the lookup never wants one.
 *
 * The register's version counts every change to the targets table (added, edited,
 * re-keyed, deleted, imported, unlinked from a deleted story), so the check's in-memory
 * copy of the register knows when it is stale by reading one row, not by scanning the
 * register for its latest edit.
 */
const migration: Migration = {
  version: 13,
  name: '0013-check-lookups',
  up(db) {
    db.exec(`
      CREATE INDEX figures_by_metric_span ON figures (metric_key, period_to, period_from, story_id) WHERE review <> 'rejected';

      CREATE TABLE register_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL
      ) STRICT;
      INSERT INTO register_version (id, version) VALUES (1, 0);
      CREATE TRIGGER register_version_on_insert AFTER INSERT ON targets BEGIN
        UPDATE register_version SET version = version + 1 WHERE id = 1;
      END;
      CREATE TRIGGER register_version_on_update AFTER UPDATE ON targets BEGIN
        UPDATE register_version SET version = version + 1 WHERE id = 1;
      END;
      CREATE TRIGGER register_version_on_delete AFTER DELETE ON targets BEGIN
        UPDATE register_version SET version = version + 1 WHERE id = 1;
      END;
    `);
  },
};

export default migration;
