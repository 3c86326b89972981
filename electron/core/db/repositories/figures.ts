import type { Db } from '../connection';
import type { ExtractedFigure, Figure } from '../../../../shared/domain/figure';
import type { SearchFigure } from '../../../../shared/domain/archive';
import { contextAround, type FigureContext } from '../../../../shared/figure-context';

/** A figures row as SQLite returns it (shared with the checker's read-only queries). */
export interface FigureRow {
  id: number;
  story_id: number;
  start_offset: number;
  end_offset: number;
  quote: string;
  value: number;
  value_max: number | null;
  unit: string;
  currency: string | null;
  qualifier: Figure['qualifier'];
  kind: Figure['kind'];
  change: Figure['change'];
  metric: string;
  metric_key: string;
  entity: string | null;
  period_from: string | null;
  period_to: string | null;
  period_label: string | null;
  confidence: number;
  rule: string;
  cues_json: string;
  review: Figure['review'];
  source: Figure['source'];
}

export function toFigure(row: FigureRow): Figure {
  return {
    id: row.id,
    storyId: row.story_id,
    start: row.start_offset,
    end: row.end_offset,
    quote: row.quote,
    value: row.value,
    valueMax: row.value_max,
    unit: row.unit,
    currency: row.currency,
    qualifier: row.qualifier,
    kind: row.kind,
    change: row.change,
    metric: row.metric,
    metricKey: row.metric_key,
    entity: row.entity,
    period:
      row.period_from && row.period_to ? { from: row.period_from, to: row.period_to, label: row.period_label ?? '' } : null,
    confidence: row.confidence,
    rule: row.rule,
    cues: JSON.parse(row.cues_json) as string[],
    review: row.review,
    source: row.source,
  };
}

function toParams(f: ExtractedFigure & { review?: Figure['review']; source?: Figure['source'] }) {
  return {
    start: f.start,
    end: f.end,
    quote: f.quote,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    currency: f.currency,
    qualifier: f.qualifier,
    kind: f.kind,
    change: f.change,
    metric: f.metric,
    metricKey: f.metricKey,
    entity: f.entity,
    periodFrom: f.period?.from ?? null,
    periodTo: f.period?.to ?? null,
    periodLabel: f.period?.label ?? null,
    confidence: f.confidence,
    rule: f.rule,
    cuesJson: JSON.stringify(f.cues),
    review: f.review ?? 'unreviewed',
    source: f.source ?? 'auto',
  };
}

export type FigureRepository = ReturnType<typeof figureRepository>;

/** Values a search asks for: one value, or a range open or closed at either end. */
export interface ValueBounds {
  lo: number | null;
  hi: number | null;
  /** The bound itself is excluded (> rather than >=). */
  loOpen: boolean;
  hiOpen: boolean;
}

const SEARCH_FIGURE_COLUMNS = `f.id, f.story_id, f.quote, f.value, f.value_max, f.unit, f.qualifier, f.metric, s.headline, s.date`;
const IN_BOUNDS = `value BETWEEN @lo AND @hi AND (@loOpen = 0 OR value > @lo) AND (@hiOpen = 0 OR value < @hi)`;
type SearchFigureRow = Pick<FigureRow, 'id' | 'story_id' | 'quote' | 'value' | 'value_max' | 'unit' | 'qualifier' | 'metric'> & {
  headline: string;
  date: string | null;
};

export function figureRepository(db: Db) {
  // Positional parameters: an import inserts tens of thousands of figures, and binding 24
  // named parameters per row cost more than SQLite's own work.
  const insertStmt = db.prepare(`
    INSERT INTO figures (story_id, start_offset, end_offset, quote, value, value_max, unit, currency, qualifier, kind, change,
      metric, metric_key, entity, period_from, period_to, period_label, confidence, rule, cues_json, review, source, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unreviewed', 'auto', ?, ?)`);
  const byStoryStmt = db.prepare(`SELECT * FROM figures WHERE story_id = ? ORDER BY start_offset, id`);
  const getStmt = db.prepare(`SELECT * FROM figures WHERE id = ?`);
  const deleteAutoStmt = db.prepare(`DELETE FROM figures WHERE story_id = ? AND source = 'auto' AND review <> 'confirmed'`);
  const keptSpansStmt = db.prepare(`SELECT start_offset, end_offset FROM figures WHERE story_id = ?`);
  // Newest story first. CROSS JOIN keeps stories the outer loop: they are walked in date order
  // (stories_by_date) and each one's unreviewed figures read in text order
  // (figures_unreviewed_by_story), stopping at the limit. Left to choose, SQLite read every
  // unreviewed figure and sorted them all by date: seconds at 200,000 stories.
  const queueStmt = db.prepare(`
    SELECT f.*, s.headline, s.body FROM stories s CROSS JOIN figures f ON f.story_id = s.id
    WHERE f.review = 'unreviewed' ORDER BY s.date DESC, s.id DESC, f.start_offset LIMIT ?`);
  const updateStmt = db.prepare(`
    UPDATE figures SET value = @value, value_max = @valueMax, unit = @unit, currency = @currency, qualifier = @qualifier,
      kind = @kind, change = @change, metric = @metric, metric_key = @metricKey, entity = @entity, period_from = @periodFrom,
      period_to = @periodTo, period_label = @periodLabel, review = @review, source = @source, updated_at = @now
    WHERE id = @id`);

  // Search by value. The inner query picks the candidates from figures alone, latest stories
  // first (figures_by_value hands one value's figures in that order; a metric's are few
  // enough to sort), and only those are joined to their stories: joining every figure of a
  // common value such as 1.2 to read its story's date cost more than the rest of the search.
  // A range of any metric is read nearest its bound first, so the index walk stops at the limit.
  const UNIT_FITS = `(@unit IS NULL OR (unit <> '' AND substr(@unit, 1, length(unit)) = unit))`;
  const candidates = (where: string, order: string) =>
    db.prepare(`
      SELECT ${SEARCH_FIGURE_COLUMNS} FROM (
        SELECT * FROM figures WHERE ${where} AND ${UNIT_FITS} AND review <> 'rejected' ORDER BY ${order} LIMIT @limit
      ) f JOIN stories s ON s.id = f.story_id`);
  const ofValueStmt = candidates(`value = @lo`, `story_id DESC, id DESC`);
  const ofMetricStmt = candidates(`metric_key IN (SELECT value FROM json_each(@keys)) AND ${IN_BOUNDS}`, `story_id DESC, id DESC`);
  const aboveStmt = candidates(IN_BOUNDS, `value, story_id DESC`);
  const belowStmt = candidates(IN_BOUNDS, `value DESC, story_id DESC`);
  const toSearchFigure = (r: SearchFigureRow): SearchFigure => ({
    figureId: r.id,
    storyId: r.story_id,
    headline: r.headline,
    date: r.date,
    quote: r.quote,
    value: r.value,
    valueMax: r.value_max,
    unit: r.unit,
    qualifier: r.qualifier,
    metric: r.metric,
  });

  return {
    /**
     * Figures (not rejected) whose value lies in the bounds, whose unit begins `unit` (家 for
     * 家企业) and of one of the metric keys when given, with their stories' headlines and dates.
     */
    inBounds(bounds: ValueBounds, unit: string | null, metricKeys: string[] | null, limit: number): SearchFigure[] {
      const params = {
        lo: bounds.lo ?? -Number.MAX_VALUE,
        hi: bounds.hi ?? Number.MAX_VALUE,
        loOpen: bounds.loOpen ? 1 : 0,
        hiOpen: bounds.hiOpen ? 1 : 0,
        unit,
        limit,
      };
      let rows: unknown[];
      if (metricKeys) rows = ofMetricStmt.all({ ...params, keys: JSON.stringify(metricKeys) });
      else if (bounds.lo !== null && bounds.lo === bounds.hi && !bounds.loOpen) rows = ofValueStmt.all({ lo: params.lo, unit, limit });
      else rows = (bounds.lo === null ? belowStmt : aboveStmt).all(params);
      const found = (rows as SearchFigureRow[]).map(toSearchFigure);
      // Ranges keep their nearest-the-bound order; a value or a metric reads newest first.
      return metricKeys || bounds.lo === bounds.hi ? found.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.figureId - a.figureId) : found;
    },
    /**
     * Replaces a story's automatic figures; editor-made or confirmed ones stay, and a new
     * automatic figure overlapping one of them is dropped so corrections win.
     */
    replaceAuto(storyId: number, figures: ExtractedFigure[], now: string): void {
      deleteAutoStmt.run(storyId);
      const kept = keptSpansStmt.all(storyId) as Array<{ start_offset: number; end_offset: number }>;
      this.insertAuto(
        storyId,
        figures.filter((f) => !kept.some((k) => f.start < k.end_offset && k.start_offset < f.end)),
        now,
      );
    },
    /** A story just stored has no figures yet: skip looking for corrections to keep. */
    insertAuto(storyId: number, figures: ExtractedFigure[], now: string): void {
      for (const f of figures) {
        insertStmt.run(
          storyId, f.start, f.end, f.quote, f.value, f.valueMax, f.unit, f.currency, f.qualifier, f.kind, f.change,
          f.metric, f.metricKey, f.entity, f.period?.from ?? null, f.period?.to ?? null, f.period?.label ?? null,
          f.confidence, f.rule, JSON.stringify(f.cues), now, now,
        );
      }
    },
    byStory(storyId: number): Figure[] {
      return (byStoryStmt.all(storyId) as FigureRow[]).map(toFigure);
    },
    get(id: number): Figure | null {
      const row = getStmt.get(id) as FigureRow | undefined;
      return row ? toFigure(row) : null;
    },
    /** The figures with the text around each, cut here so the list does not carry whole stories. */
    queue(limit: number): Array<Figure & { headline: string } & FigureContext> {
      return (queueStmt.all(limit) as Array<FigureRow & { headline: string; body: string }>).map((r) => {
        const figure = toFigure(r);
        return { ...figure, headline: r.headline, ...contextAround(r.body, figure) };
      });
    },
    update(figure: Figure, now: string): void {
      updateStmt.run({ ...toParams(figure), id: figure.id, now });
    },
  };
}
