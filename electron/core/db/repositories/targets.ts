import type { Db } from '../connection';
import {
  asEvidence,
  type Evidence,
  type EvidenceLink,
  type Explanation,
  type Target,
  type TargetEvent,
  type TargetEventCause,
  type TargetStatus,
} from '../../../../shared/domain/target';
import { SOURCED_FIGURE_COLUMNS, toSourced, type SourcedFigureRow } from './check-figures';

interface TargetRow {
  id: number;
  metric: string;
  metric_key: string;
  match_key: string;
  entity: string | null;
  value: number;
  value_max: number | null;
  unit: string;
  currency: string | null;
  change: Target['change'];
  comparator: Target['comparator'];
  direction: Target['direction'];
  tolerance: number;
  accumulation: Target['accumulation'];
  period_from: string | null;
  period_to: string | null;
  period_label: string | null;
  deadline: string | null;
  binding: Target['binding'];
  source_story_id: number | null;
  source_figure_id: number | null;
  source_headline: string | null;
  source_date: string | null;
  quote: string;
  notes: string;
  status: TargetStatus;
  computed_status: TargetStatus;
  explanation_json: string | null;
  override_status: TargetStatus | null;
  override_reason: string | null;
  override_at: string | null;
  revises_target_id: number | null;
  revised_by_target_id: number | null;
  created_at: string;
  updated_at: string;
}

function toTarget(row: TargetRow): Target {
  return {
    id: row.id,
    metric: row.metric,
    metricKey: row.metric_key,
    entity: row.entity,
    value: row.value,
    valueMax: row.value_max,
    unit: row.unit,
    currency: row.currency,
    change: row.change,
    comparator: row.comparator,
    direction: row.direction,
    tolerance: row.tolerance,
    accumulation: row.accumulation,
    period: row.period_from && row.period_to ? { from: row.period_from, to: row.period_to, label: row.period_label ?? '' } : null,
    deadline: row.deadline,
    binding: row.binding,
    sourceStoryId: row.source_story_id,
    sourceFigureId: row.source_figure_id,
    sourceHeadline: row.source_headline,
    sourceDate: row.source_date,
    quote: row.quote,
    notes: row.notes,
    status: row.status,
    computedStatus: row.computed_status,
    explanation: row.explanation_json ? (JSON.parse(row.explanation_json) as Explanation) : null,
    override:
      row.override_status && row.override_reason && row.override_at
        ? { status: row.override_status, reason: row.override_reason, at: row.override_at }
        : null,
    revisesTargetId: row.revises_target_id,
    revisedByTargetId: row.revised_by_target_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A target as stored: the register's fields plus the key matching uses. */
export type StoredTarget = Omit<Target, 'id' | 'createdAt' | 'updatedAt'> & { matchKey: string };

function toParams(t: StoredTarget) {
  return {
    metric: t.metric,
    metricKey: t.metricKey,
    matchKey: t.matchKey,
    entity: t.entity,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    currency: t.currency,
    change: t.change,
    comparator: t.comparator,
    direction: t.direction,
    tolerance: t.tolerance,
    accumulation: t.accumulation,
    periodFrom: t.period?.from ?? null,
    periodTo: t.period?.to ?? null,
    periodLabel: t.period?.label ?? null,
    deadline: t.deadline,
    binding: t.binding,
    sourceStoryId: t.sourceStoryId,
    sourceFigureId: t.sourceFigureId,
    sourceHeadline: t.sourceHeadline,
    sourceDate: t.sourceDate,
    quote: t.quote,
    notes: t.notes,
    status: t.status,
    computedStatus: t.computedStatus,
    explanationJson: t.explanation ? JSON.stringify(t.explanation) : null,
    overrideStatus: t.override?.status ?? null,
    overrideReason: t.override?.reason ?? null,
    overrideAt: t.override?.at ?? null,
    revisesTargetId: t.revisesTargetId,
    revisedByTargetId: t.revisedByTargetId,
  };
}

const COLUMNS = `metric, metric_key, match_key, entity, value, value_max, unit, currency, change, comparator, direction, tolerance,
  accumulation, period_from, period_to, period_label, deadline, binding, source_story_id, source_figure_id, source_headline,
  source_date, quote, notes, status, computed_status, explanation_json, override_status, override_reason, override_at,
  revises_target_id, revised_by_target_id`;
const VALUES = `@metric, @metricKey, @matchKey, @entity, @value, @valueMax, @unit, @currency, @change, @comparator, @direction, @tolerance,
  @accumulation, @periodFrom, @periodTo, @periodLabel, @deadline, @binding, @sourceStoryId, @sourceFigureId, @sourceHeadline,
  @sourceDate, @quote, @notes, @status, @computedStatus, @explanationJson, @overrideStatus, @overrideReason, @overrideAt,
  @revisesTargetId, @revisedByTargetId`;

interface EventRow {
  id: number;
  target_id: number;
  at: string;
  from_status: TargetStatus | null;
  to_status: TargetStatus;
  cause: TargetEventCause;
  figure_id: number | null;
  note: string;
  snapshot_json: string | null;
  author: string;
}

function toEvent(row: EventRow): TargetEvent {
  return {
    id: row.id,
    targetId: row.target_id,
    at: row.at,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    cause: row.cause,
    figureId: row.figure_id,
    note: row.note,
    snapshot: row.snapshot_json ? (JSON.parse(row.snapshot_json) as unknown) : null,
    author: row.author,
  };
}

export interface TargetListFilter {
  status: TargetStatus[] | null;
  entity: string | null;
  deadlineFrom: string | null;
  deadlineTo: string | null;
  sourceStoryId: number | null;
  matchKey: string | null;
  offset: number;
  limit: number;
}

export type TargetRepository = ReturnType<typeof targetRepository>;

/** The register's prepared statements, made once per connection. */
function targetStatements(db: Db) {
  const insertStmt = db.prepare(`INSERT INTO targets (${COLUMNS}, created_at, updated_at) VALUES (${VALUES}, @now, @now) RETURNING id`).pluck();
  const insertWithIdStmt = db.prepare(
    `INSERT INTO targets (id, ${COLUMNS}, created_at, updated_at) VALUES (@id, ${VALUES}, @createdAt, @updatedAt)`,
  );
  const updateStmt = db.prepare(`
    UPDATE targets SET metric = @metric, metric_key = @metricKey, match_key = @matchKey, entity = @entity, value = @value,
      value_max = @valueMax, unit = @unit, currency = @currency, change = @change, comparator = @comparator, direction = @direction,
      tolerance = @tolerance, accumulation = @accumulation, period_from = @periodFrom, period_to = @periodTo,
      period_label = @periodLabel, deadline = @deadline, binding = @binding, source_story_id = @sourceStoryId,
      source_figure_id = @sourceFigureId, source_headline = @sourceHeadline, source_date = @sourceDate, quote = @quote,
      notes = @notes, status = @status, computed_status = @computedStatus, explanation_json = @explanationJson,
      override_status = @overrideStatus, override_reason = @overrideReason, override_at = @overrideAt,
      revises_target_id = @revisesTargetId, revised_by_target_id = @revisedByTargetId, updated_at = @now
    WHERE id = @id`);
  const getStmt = db.prepare(`SELECT * FROM targets WHERE id = ?`);
  const byMatchKeyStmt = db.prepare(`SELECT * FROM targets WHERE match_key = ? ORDER BY id`);
  const bySourceFigureStmt = db.prepare(`SELECT * FROM targets WHERE source_figure_id = ? ORDER BY id`);
  const listStmt = db.prepare(`
    SELECT * FROM targets
    WHERE (@status IS NULL OR status IN (SELECT value FROM json_each(@status)))
      AND (@entity IS NULL OR entity = @entity)
      AND (@deadlineFrom IS NULL OR deadline >= @deadlineFrom)
      AND (@deadlineTo IS NULL OR deadline <= @deadlineTo)
      AND (@sourceStoryId IS NULL OR source_story_id = @sourceStoryId)
      AND (@matchKey IS NULL OR match_key = @matchKey)
    ORDER BY deadline IS NULL, deadline, id
    LIMIT @limit OFFSET @offset`);
  // A story's own targets (the reader and the check page ask for them on every open): the
  // catch-all list above cannot use targets_by_story through its "IS NULL OR" filters.
  const ofStoryStmt = db.prepare(`
    SELECT * FROM targets INDEXED BY targets_by_story WHERE source_story_id = @sourceStoryId
    ORDER BY deadline IS NULL, deadline, id
    LIMIT @limit OFFSET @offset`);
  const countStmt = db.prepare(`SELECT count(*) FROM targets`).pluck();
  const dueSoonStmt = db.prepare(`
    SELECT * FROM targets WHERE deadline >= @today AND deadline <= @until AND status NOT IN ('met', 'revised')
    ORDER BY deadline, id`);
  const overdueStmt = db.prepare(`
    SELECT * FROM targets t WHERE t.deadline < @today AND t.status NOT IN ('met', 'missed', 'revised')
      AND NOT EXISTS (SELECT 1 FROM target_evidence e WHERE e.target_id = t.id)
    ORDER BY t.deadline, t.id`);
  const allStmt = db.prepare(`SELECT * FROM targets ORDER BY id`);
  const deleteStmt = db.prepare(`DELETE FROM targets WHERE id = ?`);
  const deleteAllStmt = db.prepare(`DELETE FROM targets`);
  const matchKeysStmt = db.prepare(`SELECT DISTINCT match_key FROM targets`).pluck();
  const maxIdStmt = db.prepare(`SELECT ifnull(max(id), 0) FROM targets`).pluck();
  // register_version counts every change to the table (triggers of migration 0013); the
  // highest id tells an archive filled from an export apart from the empty one it was.
  const stampStmt = db.prepare(`SELECT (SELECT version FROM register_version WHERE id = 1) || ':' || ifnull((SELECT max(id) FROM targets), 0)`).pluck();
  const setMatchKeyStmt = db.prepare(`UPDATE targets SET match_key = ? WHERE id = ?`);

  const insertEventStmt = db.prepare(`
    INSERT INTO target_events (target_id, at, from_status, to_status, cause, figure_id, note, snapshot_json, author)
    VALUES (@targetId, @at, @fromStatus, @toStatus, @cause, @figureId, @note, @snapshotJson, COALESCE(@author, fd_author()))`);
  const eventsStmt = db.prepare(`SELECT * FROM target_events WHERE target_id = ? ORDER BY id`);

  const linkStmt = db.prepare(`
    INSERT INTO target_evidence (target_id, figure_id, verdict, score, confirmed_by, created_at, author)
    VALUES (@targetId, @figureId, @verdict, @score, @confirmedBy, @createdAt, fd_author())
    ON CONFLICT (target_id, figure_id) DO UPDATE SET verdict = excluded.verdict, score = excluded.score,
      author = CASE WHEN target_evidence.confirmed_by = 'editor' THEN target_evidence.author ELSE excluded.author END,
      confirmed_by = CASE WHEN target_evidence.confirmed_by = 'editor' THEN 'editor' ELSE excluded.confirmed_by END`);
  const unlinkStmt = db.prepare(`DELETE FROM target_evidence WHERE target_id = ? AND figure_id = ?`);
  const linksStmt = db.prepare(`SELECT * FROM target_evidence WHERE target_id = ? ORDER BY created_at, figure_id`);
  const figureLinksStmt = db.prepare(`SELECT * FROM target_evidence WHERE figure_id = ?`);
  const linkedTargetsStmt = db.prepare(`SELECT target_id FROM target_evidence WHERE figure_id = ?`).pluck();
  const evidenceStmt = db.prepare(`
    SELECT ${SOURCED_FIGURE_COLUMNS}
    FROM target_evidence e JOIN figures f ON f.id = e.figure_id JOIN stories s ON s.id = f.story_id
    WHERE e.target_id = ? ORDER BY s.date, f.id`);

  return { insertStmt, insertWithIdStmt, updateStmt, getStmt, byMatchKeyStmt, bySourceFigureStmt, listStmt, ofStoryStmt, countStmt, dueSoonStmt, overdueStmt, allStmt, deleteStmt, deleteAllStmt, matchKeysStmt, maxIdStmt, stampStmt, setMatchKeyStmt, insertEventStmt, eventsStmt, linkStmt, unlinkStmt, linksStmt, figureLinksStmt, linkedTargetsStmt, evidenceStmt };
}

/** The target register: targets, their audit trail and the figures linked as evidence. */
export function targetRepository(db: Db) {
  const { insertStmt, insertWithIdStmt, updateStmt, getStmt, byMatchKeyStmt, bySourceFigureStmt, listStmt, ofStoryStmt, countStmt, dueSoonStmt, overdueStmt, allStmt, deleteStmt, deleteAllStmt, matchKeysStmt, maxIdStmt, stampStmt, setMatchKeyStmt, insertEventStmt, eventsStmt, linkStmt, unlinkStmt, linksStmt, figureLinksStmt, linkedTargetsStmt, evidenceStmt } = targetStatements(db);
  return {
    insert(target: StoredTarget, now: string): number {
      return insertStmt.get({ ...toParams(target), now }) as number;
    },
    /** For imports that keep the register's own ids. */
    insertWithId(target: StoredTarget & { id: number; createdAt: string; updatedAt: string }): void {
      insertWithIdStmt.run({ ...toParams(target), id: target.id, createdAt: target.createdAt, updatedAt: target.updatedAt });
    },
    update(target: StoredTarget & { id: number }, now: string): void {
      updateStmt.run({ ...toParams(target), id: target.id, now });
    },
    get(id: number): Target | null {
      const row = getStmt.get(id) as TargetRow | undefined;
      return row ? toTarget(row) : null;
    },
    /** Re-derives every target's match key (after the way keys are made changed), in one transaction. */
    rekey(keyOf: (t: Target) => string): number {
      let changed = 0;
      db.transaction(() => {
        for (const row of allStmt.all() as TargetRow[]) {
          const key = keyOf(toTarget(row));
          if (key !== row.match_key) changed += setMatchKeyStmt.run(key, row.id).changes;
        }
      }).immediate();
      return changed;
    },
    byMatchKey(matchKey: string): Target[] {
      return (byMatchKeyStmt.all(matchKey) as TargetRow[]).map(toTarget);
    },
    bySourceFigure(figureId: number): Target[] {
      return (bySourceFigureStmt.all(figureId) as TargetRow[]).map(toTarget);
    },
    list(filter: TargetListFilter): Target[] {
      const onlyStory = filter.sourceStoryId !== null && !filter.status && filter.entity === null && filter.deadlineFrom === null && filter.deadlineTo === null && filter.matchKey === null;
      if (onlyStory) return (ofStoryStmt.all({ sourceStoryId: filter.sourceStoryId, limit: filter.limit, offset: filter.offset }) as TargetRow[]).map(toTarget);
      return (
        listStmt.all({ ...filter, status: filter.status ? JSON.stringify(filter.status) : null }) as TargetRow[]
      ).map(toTarget);
    },
    count(): number {
      return countStmt.get() as number;
    },
    dueSoon(today: string, until: string): Target[] {
      return (dueSoonStmt.all({ today, until }) as TargetRow[]).map(toTarget);
    },
    overdueWithoutEvidence(today: string): Target[] {
      return (overdueStmt.all({ today }) as TargetRow[]).map(toTarget);
    },
    all(): Target[] {
      return (allStmt.all() as TargetRow[]).map(toTarget);
    },
    /** Every target with the key it is matched by, by id: what the check's copy of the register is built from. */
    keyedForMatching(): Array<{ target: Target; matchKey: string }> {
      return (allStmt.all() as TargetRow[]).map((row) => ({ target: toTarget(row), matchKey: row.match_key }));
    },
    delete(id: number): boolean {
      return deleteStmt.run(id).changes > 0;
    },
    deleteAll(): number {
      return deleteAllStmt.run().changes;
    },
    matchKeys(): string[] {
      return matchKeysStmt.all() as string[];
    },
    maxId(): number {
      return maxIdStmt.get() as number;
    },
    /** Changes whenever a target is added, removed or edited: lets caches of the register know they are stale. */
    stamp(): string {
      return stampStmt.get() as string;
    },

    /** Written by the editor now, unless the entry brings its author (a register imported from another desk). */
    addEvent(e: Omit<TargetEvent, 'id' | 'author'> & { author?: string }): void {
      insertEventStmt.run({ ...e, author: e.author || null, snapshotJson: e.snapshot === null || e.snapshot === undefined ? null : JSON.stringify(e.snapshot) });
    },
    events(targetId: number): TargetEvent[] {
      return (eventsStmt.all(targetId) as EventRow[]).map(toEvent);
    },

    /** The link's author is the editor writing now (fd_author()). */
    link(l: Omit<EvidenceLink, 'author'>): void {
      linkStmt.run({ targetId: l.targetId, figureId: l.figureId, verdict: l.verdict, score: l.score, confirmedBy: l.confirmedBy, createdAt: l.createdAt });
    },
    unlink(targetId: number, figureId: number): boolean {
      return unlinkStmt.run(targetId, figureId).changes > 0;
    },
    links(targetId: number): EvidenceLink[] {
      return (
        linksStmt.all(targetId) as Array<{ target_id: number; figure_id: number; verdict: string; score: number | null; confirmed_by: 'editor' | 'auto'; created_at: string; author: string }>
      ).map((r) => ({ targetId: r.target_id, figureId: r.figure_id, verdict: r.verdict, score: r.score, confirmedBy: r.confirmed_by, createdAt: r.created_at, author: r.author }));
    },
    /** Every target this figure is evidence for, with who linked it and when. */
    linksOfFigure(figureId: number): EvidenceLink[] {
      return (
        figureLinksStmt.all(figureId) as Array<{ target_id: number; figure_id: number; verdict: string; score: number | null; confirmed_by: 'editor' | 'auto'; created_at: string; author: string }>
      ).map((r) => ({ targetId: r.target_id, figureId: r.figure_id, verdict: r.verdict, score: r.score, confirmedBy: r.confirmed_by, createdAt: r.created_at, author: r.author }));
    },
    targetsLinkedTo(figureId: number): number[] {
      return linkedTargetsStmt.all(figureId) as number[];
    },
    evidence(targetId: number): Evidence[] {
      return (evidenceStmt.all(targetId) as SourcedFigureRow[]).map((row) => asEvidence(toSourced(row)));
    },
  };
}
