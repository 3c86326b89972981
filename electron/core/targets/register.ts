/**
 * The target register: creating targets from figures or by hand, editing them,
 * linking evidence, overriding status, and the audit trail every status change leaves.
 * Writes go through one transaction each so a target never stands half-updated.
 */
import { coreFailure } from '../../../shared/core-errors';
import type { Figure } from '../../../shared/domain/figure';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import {
  NewTarget,
  TargetPatch,
  TargetQuery,
  type Target,
  type TargetEvent,
  type TargetEventCause,
  type TargetStatus,
} from '../../../shared/domain/target';
import { AppFailure } from '../../../shared/result';
import type { TargetDetail } from '../../../shared/contract';
import type { Repositories } from '../db/repositories';
import type { StoredTarget } from '../db/repositories/targets';
import { nowIso } from '../clock';
import { need } from '../need';
import { entityKey, matchKey, periodsOverlap, quantityKey } from '../metrics/match-key';
import { textKey } from '../metrics/key';
import { figureContext, inferAccumulation, inferBinding, inferDirection } from './infer';
import { countedAsTarget } from './counted';
import { targetStatusAfter } from './status';
import { auditNote } from '../../../shared/audit-notes';

export interface RegisterOptions {
  /**
   * Default tolerance for approx targets: the approxTolerance setting, which the register's
   * handlers read once per request (the register is synchronous, settings come from the
   * async stores); the default setting's when omitted.
   */
  approxTolerance?: number;
  /** The date statuses are computed for, ISO; the current date when omitted. */
  today?: string;
}

function todayOf(opts: RegisterOptions): string {
  return opts.today ?? nowIso().slice(0, 10);
}

function toleranceOf(opts: RegisterOptions): number {
  return opts.approxTolerance ?? DEFAULT_SETTINGS.approxTolerance;
}

/** A target's terms read off a figure of kind target; pure, so the check engine can hold actuals against unregistered target figures too. */
export function targetDraftFromFigure(
  figure: Figure,
  story: { date: string | null; headline: string | null },
  approxTolerance: number,
): StoredTarget {
  const context = figureContext(figure);
  const key = figure.metricKey || textKey(figure.metric);
  return {
    metric: figure.metric,
    metricKey: key,
    matchKey: quantityKey(figure),
    entity: figure.entity,
    value: figure.value,
    valueMax: figure.valueMax,
    unit: figure.unit,
    currency: figure.currency,
    change: figure.change,
    comparator: figure.qualifier,
    direction: inferDirection(figure.qualifier, figure.metric, context, figure.unit, figure.change),
    tolerance: approxTolerance,
    accumulation: inferAccumulation(figure.unit, figure.currency, figure.metric, context),
    period: figure.period,
    // 今年 in a story of 2023-02-24 is due 2023-12-31: the period's end.
    deadline: figure.period?.to ?? null,
    binding: inferBinding(context),
    sourceStoryId: figure.storyId,
    sourceFigureId: figure.id,
    sourceHeadline: story.headline,
    sourceDate: story.date,
    quote: figure.quote,
    notes: '',
    status: 'not_due',
    computedStatus: 'not_due',
    explanation: null,
    override: null,
    revisesTargetId: null,
    revisedByTargetId: null,
  };
}

function stored(t: Target): StoredTarget & { id: number } {
  const { createdAt: _c, updatedAt: _u, ...rest } = t;
  return { ...rest, matchKey: quantityKey(t) };
}

function sameTerms(a: Pick<Target, 'value' | 'valueMax' | 'unit' | 'currency' | 'comparator' | 'change'>, b: typeof a): boolean {
  const close = (x: number | null, y: number | null) => (x === null || y === null ? x === y : Math.abs(x - y) <= Math.max(Math.abs(x), 1) * 1e-9);
  return close(a.value, b.value) && close(a.valueMax, b.valueMax) && a.unit === b.unit && a.currency === b.currency && a.change === b.change;
}

/** Registered targets for the same quantity: metric key or a confirmed alias, same entity, overlapping period. */
export function sameQuantityTargets(repos: Repositories, t: Pick<Target, 'metric' | 'metricKey' | 'unit' | 'currency' | 'change' | 'entity' | 'period'>): Target[] {
  const key = quantityKey(t);
  const keys = new Set([key, ...repos.metricAliases.related(key)]);
  const out: Target[] = [];
  for (const k of keys) {
    for (const other of repos.targets.byMatchKey(k)) {
      if (entityKey(other.entity) !== entityKey(t.entity)) continue;
      if ((other.period === null) !== (t.period === null) || !periodsOverlap(other.period, t.period)) continue;
      out.push(other);
    }
  }
  return out;
}

function insertAndSettle(repos: Repositories, draft: StoredTarget, cause: TargetEventCause, opts: RegisterOptions): Target {
  const now = nowIso();
  // A restatement of a live target with the same terms is the same target.
  const peers = sameQuantityTargets(repos, draft).filter((p) => p.revisedByTargetId === null);
  const same = peers.find((p) => sameTerms(p, draft));
  if (same) return same;
  const id = repos.targets.insert(draft, now);
  repos.targets.addEvent({ targetId: id, at: now, fromStatus: null, toStatus: draft.status, cause, figureId: draft.sourceFigureId, note: draft.quote ? auditNote('stated_as', { quote: draft.quote }) : '', snapshot: null });
  for (const old of peers) linkRevision(repos, old, repos.targets.get(id)!, opts);
  // Settling a new target is part of creating it: no evidence came in (a deadline already past is the why).
  return recompute(repos, id, { ...opts, cause });
}

/**
 * The later statement revises the earlier one; both stay in the register, linked,
 * and the earlier one's status becomes `revised`.
 */
function linkRevision(repos: Repositories, a: Target, b: Target, opts: RegisterOptions): void {
  const order = (t: Target) => t.sourceDate ?? t.createdAt.slice(0, 10);
  const [older, newer] = order(a) <= order(b) ? [a, b] : [b, a];
  const now = nowIso();
  repos.targets.update({ ...stored(older), revisedByTargetId: newer.id }, now);
  repos.targets.update({ ...stored(repos.targets.get(newer.id)!), revisesTargetId: older.id }, now);
  recompute(repos, older.id, { ...opts, cause: 'revision', note: auditNote('revised_by', { id: newer.id, quote: newer.quote }) });
}

/** Registers the target a figure of kind target states; returns the existing one for a restatement. */
export function targetFromFigure(repos: Repositories, figureId: number, opts: RegisterOptions = {}): Target {
  return repos.transaction(() => {
    // The figure is read with its story's date and headline (one row of figures joined to
    // stories), so the register stays synchronous without a read of the async story store.
    const figure = repos.checkFigures.get(figureId);
    if (!figure) throw coreFailure('not_found', 'figure_not_found', { id: figureId }, 'figureId');
    if (figure.kind !== 'target') {
      throw coreFailure('invalid_input', 'figure_not_target', { id: figureId, kind: figure.kind }, 'figureId');
    }
    const existing = repos.targets.bySourceFigure(figureId)[0];
    if (existing) return existing;
    const draft = targetDraftFromFigure(figure, { date: figure.storyDate, headline: figure.headline }, toleranceOf(opts));
    return insertAndSettle(repos, draft, 'created', opts);
  });
}

/**
 * A target the editor enters by hand. Its source story is read through the story store, in
 * a stores transaction so the story cannot go before the target names it; the register's
 * own writes are not on the storage interfaces yet and run synchronously inside it.
 */
export async function createTarget(repos: Repositories, input: NewTarget, opts: RegisterOptions = {}): Promise<Target> {
  const parsed = NewTarget.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppFailure('invalid_input', issue.message, issue.path.join('.'));
  }
  const t = parsed.data;
  return repos.stores.transaction(async (tx) => {
    const story = t.sourceStoryId !== null ? await tx.stories.summary(t.sourceStoryId) : null;
    const key = textKey(t.metric);
    const context = `${t.quote ?? ''} ${t.notes ?? ''}`;
    const draft: StoredTarget = {
      metric: t.metric,
      metricKey: key,
      matchKey: quantityKey({ metric: t.metric, metricKey: key, unit: t.unit, currency: t.currency ?? null, change: t.change }),
      entity: t.entity ?? null,
      value: t.value,
      valueMax: t.valueMax ?? null,
      unit: t.unit,
      currency: t.currency ?? null,
      change: t.change,
      comparator: t.comparator,
      direction: t.direction ?? inferDirection(t.comparator, t.metric, context, t.unit, t.change),
      tolerance: t.tolerance ?? toleranceOf(opts),
      accumulation: t.accumulation ?? inferAccumulation(t.unit, t.currency ?? null, t.metric, context),
      period: t.period ?? null,
      deadline: t.deadline !== undefined ? t.deadline : (t.period?.to ?? null),
      binding: t.binding,
      sourceStoryId: t.sourceStoryId,
      sourceFigureId: t.sourceFigureId,
      sourceHeadline: story?.headline ?? null,
      sourceDate: story?.date ?? null,
      quote: t.quote ?? '',
      notes: t.notes ?? '',
      status: 'not_due',
      computedStatus: 'not_due',
      explanation: null,
      override: null,
      revisesTargetId: null,
      revisedByTargetId: null,
    };
    return insertAndSettle(repos, draft, 'created', opts);
  });
}

function needTarget(repos: Repositories, id: number): Target {
  return need(repos.targets.get(id), 'target_not_found', id, 'id');
}

export function updateTarget(repos: Repositories, id: number, patch: TargetPatch, opts: RegisterOptions = {}): Target {
  const parsed = TargetPatch.safeParse(patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppFailure('invalid_input', issue.message, issue.path.join('.'));
  }
  return repos.transaction(() => {
    const current = needTarget(repos, id);
    const p = parsed.data;
    const next: Target = {
      ...current,
      ...p,
      metricKey: p.metric !== undefined ? textKey(p.metric) : current.metricKey,
      // A new period moves the deadline with it unless the patch sets one.
      deadline: p.deadline !== undefined ? p.deadline : p.period !== undefined ? (p.period?.to ?? null) : current.deadline,
    };
    repos.targets.update(stored(next), nowIso());
    const changed = Object.keys(p).join(',');
    return recompute(repos, id, { ...opts, cause: 'editor', note: changed ? auditNote('edited', { fields: changed }) : '', record: true });
  });
}

/** Sets (or, with null, clears) the editor's status; the computed status stays beside it. */
export function overrideStatus(
  repos: Repositories,
  id: number,
  override: { status: TargetStatus; reason: string } | null,
): Target {
  if (override && !override.reason.trim()) throw coreFailure('invalid_input', 'override_needs_reason', {}, 'reason');
  return repos.transaction(() => {
    const current = needTarget(repos, id);
    const now = nowIso();
    const next: Target = { ...current, override: override ? { status: override.status, reason: override.reason.trim(), at: now } : null };
    next.status = next.override?.status ?? current.computedStatus;
    repos.targets.update(stored(next), now);
    repos.targets.addEvent({
      targetId: id,
      at: now,
      fromStatus: current.status,
      toStatus: next.status,
      cause: 'editor',
      figureId: null,
      note: override ? auditNote('override_set', { reason: override.reason.trim() }) : auditNote('override_cleared'),
      snapshot: { computedStatus: current.computedStatus },
    });
    return repos.targets.get(id)!;
  });
}

export interface RecomputeOptions extends RegisterOptions {
  cause?: TargetEventCause;
  note?: string;
  figureId?: number | null;
  /** An editor's action (evidence linked or removed, fields edited) is in the trail even when the status stays. */
  record?: boolean;
}

/**
 * Recomputes a target's status from its linked evidence and records the change.
 * An override stays in force; a change in what the evidence says is still recorded.
 */
export function recompute(repos: Repositories, id: number, opts: RecomputeOptions = {}): Target {
  const current = needTarget(repos, id);
  const assessment = targetStatusAfter(current, countedAsTarget(current, repos.targets.evidence(id)), todayOf(opts));
  const effective = current.override?.status ?? assessment.status;
  const sameExplanation = JSON.stringify(current.explanation) === JSON.stringify(assessment.explanation);
  if (assessment.status === current.computedStatus && effective === current.status && sameExplanation && !opts.record) return current;
  const now = nowIso();
  repos.targets.update({ ...stored(current), computedStatus: assessment.status, status: effective, explanation: assessment.explanation }, now);
  if (assessment.status !== current.computedStatus || effective !== current.status || opts.record) {
    repos.targets.addEvent({
      targetId: id,
      at: now,
      fromStatus: current.status,
      toStatus: effective,
      cause: opts.cause ?? 'evidence',
      figureId: opts.figureId ?? assessment.figureId,
      note: opts.note ?? (current.override ? auditNote('override_kept', { status: assessment.status }) : ''),
      snapshot: { computedStatus: assessment.status, explanation: assessment.explanation },
    });
  }
  return repos.targets.get(id)!;
}

/** Links a figure to a target as evidence and settles the target's status. */
export function attachEvidence(
  repos: Repositories,
  targetId: number,
  figureId: number,
  link: { verdict: string; score: number | null; by: 'editor' | 'auto' },
  opts: RegisterOptions = {},
): Target {
  return repos.transaction(() => {
    needTarget(repos, targetId);
    if (!repos.figures.get(figureId)) throw coreFailure('not_found', 'figure_not_found', { id: figureId }, 'figureId');
    repos.targets.link({ targetId, figureId, verdict: link.verdict, score: link.score, confirmedBy: link.by, createdAt: nowIso() });
    return recompute(repos, targetId, { ...opts, cause: 'evidence', figureId, note: auditNote('evidence_added', { figureId, by: link.by }), record: true });
  });
}

export function detachEvidence(repos: Repositories, targetId: number, figureId: number, opts: RegisterOptions = {}): Target {
  return repos.transaction(() => {
    needTarget(repos, targetId);
    repos.targets.unlink(targetId, figureId);
    return recompute(repos, targetId, { ...opts, cause: 'editor', figureId, note: auditNote('evidence_removed', { figureId }), record: true });
  });
}

export function targetHistory(repos: Repositories, id: number): TargetEvent[] {
  needTarget(repos, id);
  return repos.targets.events(id);
}

/** A target with what the board's timeline shows: its audit trail, its evidence and how each piece was linked. */
export function targetDetail(repos: Repositories, id: number): TargetDetail {
  return { target: needTarget(repos, id), events: targetHistory(repos, id), evidence: repos.targets.evidence(id), links: repos.targets.links(id) };
}

export function deleteTarget(repos: Repositories, id: number): boolean {
  return repos.targets.delete(id);
}

export function listTargets(repos: Repositories, query: TargetQuery = {}): Target[] {
  const q = TargetQuery.parse(query);
  return repos.targets.list({
    status: q.status ?? null,
    entity: q.entity ?? null,
    deadlineFrom: q.deadlineFrom ?? null,
    deadlineTo: q.deadlineTo ?? null,
    sourceStoryId: q.sourceStoryId ?? null,
    matchKey: q.metricKey !== undefined ? matchKey(q.metricKey) : null,
    offset: q.offset,
    limit: q.limit,
  });
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Deadline within `days` of today and not met (nor replaced). */
export function dueSoon(repos: Repositories, days: number, opts: RegisterOptions = {}): Target[] {
  const today = todayOf(opts);
  return repos.targets.dueSoon(today, addDays(today, days));
}

/** Past the deadline with no evidence linked and no outcome settled. */
export function overdueWithoutEvidence(repos: Repositories, opts: RegisterOptions = {}): Target[] {
  return repos.targets.overdueWithoutEvidence(todayOf(opts));
}

/** Re-evaluates every target for today: deadlines pass without new evidence too. */
export function refreshStatuses(repos: Repositories, opts: RegisterOptions = {}): number {
  let changed = 0;
  repos.transaction(() => {
    for (const t of repos.targets.all()) {
      const after = recompute(repos, t.id, { ...opts, cause: 'evidence' });
      if (after.status !== t.status) changed++;
    }
  });
  return changed;
}

/** A metric's chart lives in its own module; importers of the register still find it here. */
export { metricSeries, sameMeasure } from './series';
