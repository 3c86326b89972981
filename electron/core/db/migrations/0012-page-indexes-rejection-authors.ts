import type { Migration } from './index';

/**
 * The figure queue lists unreviewed figures newest story first. Sorting every unreviewed
 * figure by its story's date took seconds at 200,000 stories; with this index the queue
 * walks stories by date (stories_by_date) and reads each one's unreviewed figures in text
 * order, stopping at the page's limit. It holds unreviewed figures only, so it shrinks as
 * editors review.
 *
 * A metric's chart (the Targets page draws one per metric) reads that metric's actual and
 * projected figures. figures_by_metric also hands the metric's target figures, every one
 * read and dropped: thousands per chart at 200,000 stories. The readings index holds only
 * the figures a chart can show.
 *
 * A rejected match says who turned it down, as a confirmed one does (0009): rows written
 * before this version have no author ('').
 */
const migration: Migration = {
  version: 12,
  name: '0012-page-indexes-rejection-authors',
  up(db) {
    db.exec(`
      CREATE INDEX figures_unreviewed_by_story ON figures (story_id, start_offset) WHERE review = 'unreviewed';
      CREATE INDEX figures_readings_by_metric ON figures (metric_key, period_to) WHERE kind IN ('actual', 'projection') AND review <> 'rejected';
      ALTER TABLE match_rejections ADD COLUMN author TEXT NOT NULL DEFAULT '';
    `);
  },
};

export default migration;
