import type { Migration } from './index';

/**
 * Two walks the check makes for earlier reporting, at 200,000 stories.
 *
 * Earlier reporting keeps only figures from stories dated up to the checked story's date.
 * Walking a common key (tens of thousands of figures), that test read each figure's story
 * row: a random read into the largest table for every figure passed over, a quarter of a
 * second for a key with fewer than fifty earlier figures. stories_date_by_id holds each
 * story's date by id, so the walk tests the date in two small indexes and reads the
 * tables only for the figures it keeps.
 *
 * A figure with no period is held against the latest reports of its key. No index listed
 * a key's figures newest first, so every figure of the key and its story were read and
 * sorted to keep fifty. figures_latest_by_metric lists them in that order, with the story
 * the lookup must skip, and holds no rejected figure, as the lookup never wants one.
 */
const migration: Migration = {
  version: 15,
  name: '0015-earlier-reporting-walks',
  up(db) {
    db.exec(`
      CREATE INDEX stories_date_by_id ON stories (id, date);
      CREATE INDEX figures_latest_by_metric ON figures (metric_key, id, story_id) WHERE review <> 'rejected';
    `);
  },
};

export default migration;
