import type { Migration } from './index';

/**
 * Deleting a figure (re-extraction) checks match_rejections for rows naming it as the
 * other figure; without an index that check scans the whole table for every figure.
 */
const migration: Migration = {
  version: 6,
  name: '0006-rejection-index',
  up(db) {
    db.exec(`CREATE INDEX match_rejections_by_other_figure ON match_rejections (other_figure_id)`);
  },
};

export default migration;
