import type { Db } from '../connection';
import type { Figure } from '../../../../shared/domain/figure';
import { toFigure, type FigureRow } from './figures';

/** A stored figure with the story facts a verdict cites. */
export interface SourcedFigure extends Figure {
  storyDate: string | null;
  headline: string;
}

export interface SourcedFigureRow extends FigureRow {
  story_date: string | null;
  headline: string;
}

export function toSourced(row: SourcedFigureRow): SourcedFigure {
  return { ...toFigure(row), storyDate: row.story_date, headline: row.headline };
}

/** A figure's columns with its story's date and headline, from `figures f JOIN stories s`. */
export const SOURCED_FIGURE_COLUMNS = `f.id, f.story_id, f.start_offset, f.end_offset, f.quote, f.value, f.value_max, f.unit, f.currency, f.qualifier,
  f.kind, f.change, f.metric, f.metric_key, f.entity, f.period_from, f.period_to, f.period_label, f.confidence, f.rule,
  f.cues_json, f.review, f.source, s.date AS story_date, s.headline`;

export type CheckFigureRepository = ReturnType<typeof checkFigureRepository>;

/**
 * Read-only lookups the check engine makes over figures: always through the
 * figures_by_metric index, never a scan of the table.
 */
export function checkFigureRepository(db: Db) {
  // Earlier reporting of one metric key: periods overlapping the checked figure's, plus a
  // few with no period; never a later story. Walking figures_by_metric_span upward from
  // the figure's start reaches the overlapping periods first and stops at the limit, so a
  // common key (GDP, tens of thousands of rows) costs no more than a rare one; the index
  // holds the period's start and the story, so the later periods a rare key walks through
  // are passed over in the index without reading their rows.
  //
  // Each lookup picks the figures in a subquery that reads indexes only: the story's date
  // comes from stories_date_by_id, not from the story's row. When fewer figures than the
  // limit are dated before the story, the walk passes over every other figure of the key,
  // and reading each one's story (the archive's largest rows) cost a quarter of a second
  // for a common key at 200,000 stories. Only the figures kept are joined to their stories.
  // The outer ORDER BY spells out the order the index walk gives (its columns, then id).
  const EARLIER_STORY = `JOIN stories d INDEXED BY stories_date_by_id ON d.id = f.story_id`;
  const NOT_LATER = `f.story_id <> @storyId AND f.review <> 'rejected' AND (@date IS NULL OR d.date IS NULL OR d.date <= @date)`;
  const SPAN_ORDER = `f.period_to, f.period_from, f.story_id, f.id`;
  const candidatesStmt = db.prepare(`
    SELECT ${SOURCED_FIGURE_COLUMNS} FROM figures f JOIN stories s ON s.id = f.story_id
    WHERE f.id IN (
      SELECT f.id FROM figures f INDEXED BY figures_by_metric_span ${EARLIER_STORY}
      WHERE f.metric_key = @metricKey AND f.period_to >= @periodFrom AND f.period_from <= @periodTo AND ${NOT_LATER}
      ORDER BY ${SPAN_ORDER}
      LIMIT @limit)
    ORDER BY ${SPAN_ORDER}`);
  const undatedCandidatesStmt = db.prepare(`
    SELECT ${SOURCED_FIGURE_COLUMNS} FROM figures f JOIN stories s ON s.id = f.story_id
    WHERE f.id IN (
      SELECT f.id FROM figures f ${EARLIER_STORY}
      WHERE f.metric_key = @metricKey AND f.period_to IS NULL AND ${NOT_LATER}
      ORDER BY f.id DESC
      LIMIT @limit)
    ORDER BY f.id DESC`);
  // A figure with no period takes the latest reports of its key: figures_latest_by_metric
  // lists them newest first with their stories, so the walk stops at the limit instead of
  // reading and sorting every figure of the key.
  const anyPeriodCandidatesStmt = db.prepare(`
    SELECT ${SOURCED_FIGURE_COLUMNS} FROM figures f JOIN stories s ON s.id = f.story_id
    WHERE f.id IN (
      SELECT f.id FROM figures f INDEXED BY figures_latest_by_metric ${EARLIER_STORY}
      WHERE f.metric_key = @metricKey AND ${NOT_LATER}
      ORDER BY f.id DESC
      LIMIT @limit)
    ORDER BY f.id DESC`);
  // The WHERE repeats figures_readings_by_metric's own, word for word, so SQLite can use it;
  // INDEXED BY because after ANALYZE it preferred figures_by_metric_value, whose rows for a
  // common key are mostly targets and other figures: 56,000 rows read for a chart with none
  // (0.4 s per chart, six charts on the Targets page, at 200,000 stories).
  const seriesStmt = db.prepare(`
    SELECT ${SOURCED_FIGURE_COLUMNS} FROM figures f INDEXED BY figures_readings_by_metric JOIN stories s ON s.id = f.story_id
    WHERE f.metric_key = ? AND f.kind IN ('actual', 'projection') AND f.review <> 'rejected'
    ORDER BY coalesce(f.period_to, s.date), f.id
    LIMIT ?`);
  const getStmt = db.prepare(`SELECT ${SOURCED_FIGURE_COLUMNS} FROM figures f JOIN stories s ON s.id = f.story_id WHERE f.id = ?`);
  const byStoryStmt = db.prepare(`SELECT ${SOURCED_FIGURE_COLUMNS} FROM figures f JOIN stories s ON s.id = f.story_id WHERE f.story_id = ? ORDER BY f.start_offset, f.id`);
  // Walks figures_by_metric without touching the table: the distinct keys for the
  // in-memory near-match index.
  const distinctKeysStmt = db.prepare(`SELECT DISTINCT metric_key FROM figures`).pluck();
  const keysAfterStmt = db.prepare(`SELECT DISTINCT metric_key FROM figures WHERE id > ?`).pluck();
  const maxIdStmt = db.prepare(`SELECT ifnull(max(id), 0) FROM figures`).pluck();

  return {
    candidates(q: { metricKey: string; storyId: number; periodFrom: string | null; periodTo: string | null; date: string | null; limit: number }): SourcedFigure[] {
      if (q.periodFrom === null || q.periodTo === null) return (anyPeriodCandidatesStmt.all(q) as SourcedFigureRow[]).map(toSourced);
      const rows = [...(candidatesStmt.all(q) as SourcedFigureRow[]), ...(undatedCandidatesStmt.all({ ...q, limit: Math.min(q.limit, 10) }) as SourcedFigureRow[])];
      return rows.map(toSourced);
    },
    series(metricKey: string, limit: number): SourcedFigure[] {
      return (seriesStmt.all(metricKey, limit) as SourcedFigureRow[]).map(toSourced);
    },
    get(id: number): SourcedFigure | null {
      const row = getStmt.get(id) as SourcedFigureRow | undefined;
      return row ? toSourced(row) : null;
    },
    byStory(storyId: number): SourcedFigure[] {
      return (byStoryStmt.all(storyId) as SourcedFigureRow[]).map(toSourced);
    },
    distinctMetricKeys(): string[] {
      return distinctKeysStmt.all() as string[];
    },
    /** Keys of figures added since the index last looked (a primary-key range, not a scan). */
    distinctMetricKeysAfter(id: number): string[] {
      return keysAfterStmt.all(id) as string[];
    },
    maxFigureId(): number {
      return maxIdStmt.get() as number;
    },
  };
}
