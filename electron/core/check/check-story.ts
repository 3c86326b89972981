/**
 * Checking a story: for each of its figures, the registered targets and earlier
 * reporting it speaks to, and the story's own arithmetic. Lookups go by metric key
 * (exact, folded, confirmed alias, then near keys from the in-memory index) through
 * indexed SQL; entity and period narrow the few rows each key returns. How candidates
 * are scored is in candidate-score.ts.
 */
import { mirroredKey } from '../metrics/mirrored-balance';
import { mirroredNote } from './mirrored-balance';
import { coreFailure } from '../../../shared/core-errors';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { Target } from '../../../shared/domain/target';
import {
  CheckOptions,
  ConfirmMatchInput,
  type CheckVerdict,
  type ConfirmMatchResult,
  type FigureCheck,
  type Verdict,
} from '../../../shared/domain/check';
import { AppFailure } from '../../../shared/result';
import type { Repositories } from '../db/repositories';
import type { SourcedFigure } from '../db/repositories/check-figures';
import type { MatchRejection } from '../db/repositories/metric-aliases';
import { nowIso } from '../clock';
import { attachEvidence, sameQuantityTargets } from '../targets/register';
import { comparableUnits, entityScore, matchKey, periodScore, quantityKey } from '../metrics/match-key';
import { metricIndex, type MetricIndex } from './metric-index';
import { registerSnapshot, targetsByMatchKey, type RegisterSnapshot } from './register-snapshot';
import { verdictBasis } from './basis';
import { internalChecks } from './internal';
import { nearestNote, nearestTargets, targetShelf, type Shelf } from './nearest-targets';
import { sentenceWithAntecedent } from '../text/sentence';
import { keyMatches, round, type KeyMatch } from './candidate-score';
import { againstTarget, type TargetContext } from './against-target';
import { comparisonOf, readComparison, type Comparison } from './consistency';
import { distinctIndicators } from './comparability';
import { verdictAgainstTarget } from './target-verdict';

const CANDIDATES_PER_KEY = 50;
/** Near keys looked up among stored figures (targets take all): each is an SQL range, and far ones only add suggestions. */
const NEAR_FIGURE_KEYS = 3;

export interface CheckStoryOptions extends CheckOptions {
  /**
   * The approxTolerance setting. The check runs synchronously and settings are read through
   * the async stores, so its callers (check/handlers.ts) read it once per request and pass
   * it in; the default setting's when omitted.
   */
  approxTolerance?: number;
  /** The date for statuses of targets the check attaches evidence to; the story date when omitted. */
  today?: string;
}

type Attachment = { targetId: number; figureId: number; verdict: Verdict; score: number };

export async function checkStory(repos: Repositories, storyId: number, options: CheckStoryOptions = {}): Promise<FigureCheck[]> {
  const opts = CheckOptions.parse(options);
  // The story is the one thing the check reads through the async stores, so it is read
  // once, here, body and all (nearest targets quote its sentences), and the check below
  // stays synchronous over the repositories it reads thousands of times.
  const story = await repos.stores.stories.get(storyId);
  if (!story) throw coreFailure('not_found', 'story_not_found', { id: storyId }, 'storyId');
  const tolerance = options.approxTolerance ?? DEFAULT_SETTINGS.approxTolerance;
  const storyToday = story.date ?? nowIso().slice(0, 10);
  const figures = repos.checkFigures.byStory(storyId).filter((f) => f.review !== 'rejected');
  const body = (): string => story.body;
  const internal = internalChecks(figures);
  // Read once per check: nothing the loop below does changes the archive (attachments wait for the end).
  const register = registerSnapshot(repos);
  const index = metricIndex(repos);
  // The register by measure, for nearest targets: read at most once per check, not once per figure.
  let shelf: Shelf | null = null;
  const shelfOnce = (): Shelf => (shelf ??= targetShelf(repos, register));
  const candidates = candidatesOnce(repos, storyId, story.date);
  const out: FigureCheck[] = [];
  const attachments: Attachment[] = [];

  for (const figure of figures) {
    const verdicts: CheckVerdict[] = [];
    const keys = keyMatches(repos, index, figure);
    const rejectedTargets = repos.metricAliases.targetRejections(figure.id);
    // Matches settled before (confirmed by the editor or attached by an earlier check) stay settled when the story is checked again,
    // and say so: who settled them and when. A rejected one is listed last, as rejected.
    const links = new Map(repos.targets.linksOfFigure(figure.id).map((l) => [l.targetId, l]));
    const rejectedVerdicts: CheckVerdict[] = [];
    const coveredFigureIds = new Set<number>();
    const speaks = figure.kind === 'actual' || figure.kind === 'projection' || figure.kind === 'target';
    const ctx: TargetContext = { repos, storyId, storyToday, threshold: opts.threshold, attach: opts.attach, body, rejectedTargets, links, rejectedVerdicts, attachments };

    if (speaks) verdicts.push(...targetVerdicts(ctx, figure, keys, register, shelfOnce, coveredFigureIds));
    const earlier: EarlierReading = { repos, index, candidates, tolerance, storyToday, threshold: opts.threshold, coveredFigureIds };
    if (speaks) verdicts.push(...earlierReportingVerdicts(earlier, figure, keys, opts.maxFigureMatches));
    verdicts.push(...(internal.get(figure.id) ?? []));

    if (!verdicts.length) verdicts.push(unmatchedVerdict(figure));
    listRejectedTargets(repos, rejectedTargets, rejectedVerdicts);
    verdicts.push(...rejectedVerdicts);
    out.push({ figure: stripSource(figure), verdicts });
  }

  if (attachments.length) attachAll(repos, out, attachments, { approxTolerance: tolerance, today: options.today ?? storyToday });
  return out;
}

/** The same balance under the other sign is the same measure, named by the lexicon: as sure as a confirmed alias. */
const MIRRORED_SCORE = 0.97;

/** Registered targets under the figure's keys; failing those, its nearest candidates. Notes the figures those targets came from. */
function targetVerdicts(
  ctx: TargetContext,
  figure: SourcedFigure,
  keys: KeyMatch[],
  register: RegisterSnapshot,
  shelf: () => Shelf,
  coveredFigureIds: Set<number>,
): CheckVerdict[] {
  const verdicts: CheckVerdict[] = [];
  // Registered targets.
  const seenTargets = new Set<number>();
  // A figure held to a target of its own indicator (科技型企业 4.28万 against 超过4.8万) is not also offered, as a
  // suggestion, a neighbouring indicator's target (高新技术企业 突破7000): the editor has its answer, and the
  // neighbour's arithmetic (42,800 > 7,000: met) would only mislead.
  let ownTargetFound = false;
  // keyMatches lists the figure's own key and its confirmed aliases before any near key.
  for (const km of keys) {
    for (const target of targetsByMatchKey(register, km.key)) {
      if (target.sourceFigureId !== null) coveredFigureIds.add(target.sourceFigureId);
      seenTargets.add(target.id);
      const v = againstTarget(ctx, figure, target, km);
      if (!v || (km.near && ownTargetFound && v.suggestion)) continue;
      if (!km.near && !v.suggestion) ownTargetFound = true;
      verdicts.push(v);
    }
  }
  // A deficit against a goal of a surplus, or a surplus against a deficit's ceiling: one balance, its sign turned
  // wherever a reading meets a goal (targets/counted.ts), so the verdict and the register's status agree.
  // keyMatches lists the figure's own key first.
  const mirror = figure.kind !== 'target' && keys[0] ? mirroredKey(keys[0].key) : null;
  for (const target of mirror ? targetsByMatchKey(register, mirror) : []) {
    if (seenTargets.has(target.id)) continue;
    seenTargets.add(target.id);
    const v = againstTarget(ctx, figure, target, { key: mirror!, score: MIRRORED_SCORE, near: false });
    if (!v) continue;
    const note = mirroredNote(figure, target.metric);
    verdicts.push({ ...v, explanation: { ...v.explanation, zh: note.zh + v.explanation.zh, en: note.en + v.explanation.en } });
  }
  // Nothing registered under the figure's own key: its nearest candidates, offered for the editor to confirm.
  if (figure.kind !== 'target' && !verdicts.some((v) => v.against === 'target')) {
    for (const near of nearestTargets(shelf(), figure, seenTargets, () => sentenceWithAntecedent(ctx.body(), figure.start, figure.end))) {
      const v = againstTarget({ ...ctx, attach: false }, figure, near.target, { key: quantityKey(near.target), score: near.score, near: true, byWording: true });
      if (!v) continue;
      const note = nearestNote(near, figure.metric);
      verdicts.push({ ...v, suggestion: !v.attached, explanation: { ...v.explanation, zh: note.zh + v.explanation.zh, en: note.en + v.explanation.en } });
    }
  }
  return verdicts;
}

interface EarlierReading {
  repos: Repositories;
  index: MetricIndex;
  candidates: Candidates;
  tolerance: number;
  storyToday: string;
  threshold: number;
  /** Figures a registered target was made from: the target already speaks for them. */
  coveredFigureIds: Set<number>;
}

/** Earlier figures of a raw metric key that could speak to a figure of this period, from stories up to the checked one. */
type Candidates = (metricKey: string, period: SourcedFigure['period']) => readonly SourcedFigure[];

/**
 * The candidates lookup for one check, each key and period read once: a story's figures
 * share keys (固定资产投资 and its 完成率 both, each other's near key), so a check asked
 * the same question of SQL three or four times.
 */
function candidatesOnce(repos: Repositories, storyId: number, storyDate: string | null): Candidates {
  const read = new Map<string, readonly SourcedFigure[]>();
  return (metricKey, period) => {
    const key = `${metricKey}\u0000${period?.from ?? ''}\u0000${period?.to ?? ''}`;
    let rows = read.get(key);
    if (!rows) {
      rows = repos.checkFigures.candidates({ metricKey, storyId, periodFrom: period?.from ?? null, periodTo: period?.to ?? null, date: storyDate, limit: CANDIDATES_PER_KEY });
      read.set(key, rows);
    }
    return rows;
  };
}

interface Comparable {
  other: SourcedFigure;
  km: KeyMatch;
  comparison: Comparison;
  score: number;
}

/**
 * Earlier reporting of the same quantity, best first, at most `max`. Every candidate is
 * scored and ranked; only the ones shown are read and explained (the explanation's
 * wording and ranges cost more than everything else the check does with a candidate).
 */
function earlierReportingVerdicts(ctx: EarlierReading, figure: SourcedFigure, keys: KeyMatch[], max: number): CheckVerdict[] {
  const { repos, index } = ctx;
  const rejectedFigures = repos.metricAliases.rejectedFigures(figure.id);
  const comparable: Comparable[] = [];
  const seen = new Set<number>();
  const figureKeys = [...keys.filter((k) => !k.near), ...keys.filter((k) => k.near).slice(0, NEAR_FIGURE_KEYS)];
  for (const km of figureKeys) {
    // Earlier figures of a neighbouring indicator (高新技术企业 beside 科技型企业) are another definition:
    // '51,000 > 7,000: met' would only mislead, so they are not compared at all.
    if (km.near && distinctIndicators(keys[0]!.key, km.key)) continue;
    const rawKeys = new Set([...index.rawKeys(km.key), ...(km.score === 1 ? [figure.metricKey] : [])]);
    for (const raw of rawKeys) {
      for (const other of ctx.candidates(raw, figure.period)) {
        if (seen.has(other.id) || rejectedFigures.has(other.id)) continue;
        seen.add(other.id);
        if (!comparableUnits(figure, other)) continue;
        const es = entityScore(figure.entity, other.entity);
        const ps = periodScore(figure.period, other.period);
        if (!es || !ps) continue;
        const comparison = comparisonOf(figure, other, ctx.coveredFigureIds);
        if (!comparison) continue;
        comparable.push({ other, km, comparison, score: round(km.score * es * ps) });
      }
    }
  }
  comparable.sort((a, b) => b.score - a.score || ((b.other.storyDate ?? '') < (a.other.storyDate ?? '') ? -1 : 1));
  return comparable.slice(0, max).map(({ other, km, comparison, score }): CheckVerdict => {
    const read = readComparison(comparison, figure, other, ctx.tolerance, ctx.storyToday);
    return {
      against: 'figure',
      id: other.id,
      verdict: read.verdict,
      explanation: { ...read.explanation, basis: verdictBasis(km.key, other.metric, figure, { entity: other.entity, period: other.period, comparator: other.qualifier, direction: 'band' }, read.explanation, 'earlier') },
      score,
      suggestion: score < ctx.threshold,
      source: { storyId: other.storyId, headline: other.headline, date: other.storyDate, quote: other.quote },
      relatedFigureIds: [other.id],
      attached: false,
    };
  });
}

function unmatchedVerdict(figure: SourcedFigure): CheckVerdict {
  return {
    against: 'none',
    id: null,
    verdict: 'unmatched',
    explanation: {
      code: 'unmatched',
      zh: `档案中没有与“${figure.metric}”相关的目标或报道`,
      en: `Nothing in the archive speaks to "${figure.metric}"`,
    },
    score: 0,
    suggestion: false,
    source: null,
    relatedFigureIds: [],
    attached: false,
  };
}

// A rejection can also drop the pair from matching (a near key turned down): it is still listed, as rejected.
function listRejectedTargets(repos: Repositories, rejectedTargets: Map<number, MatchRejection>, rejectedVerdicts: CheckVerdict[]): void {
  for (const [targetId, rejection] of rejectedTargets) {
    if (rejectedVerdicts.some((v) => v.id === targetId)) continue;
    const target = repos.targets.get(targetId);
    if (!target) continue;
    rejectedVerdicts.push({
      against: 'target',
      id: target.id,
      verdict: 'not_comparable',
      explanation: {
        code: 'rejected_by_editor',
        zh: `编辑已判定与目标“${target.metric}”不是同一指标，不再比较`,
        en: `Turned down by the editor as not the same measure as the target "${target.metric}"; not compared`,
      },
      score: 0,
      suggestion: false,
      source: { storyId: target.sourceStoryId, headline: target.sourceHeadline, date: target.sourceDate, quote: target.quote },
      relatedFigureIds: [],
      attached: false,
      settled: { decision: 'rejected', author: rejection.author, at: rejection.at },
    });
  }
}

/** Links the matches the check settled on as evidence, once the loop is done, and marks their verdicts attached. */
function attachAll(repos: Repositories, out: FigureCheck[], attachments: Attachment[], opts: { approxTolerance: number; today: string }): void {
  for (const a of attachments) {
    attachEvidence(repos, a.targetId, a.figureId, { verdict: a.verdict, score: a.score, by: 'auto' }, opts);
    const v = out.find((c) => c.figure.id === a.figureId)?.verdicts.find((x) => x.against === 'target' && x.id === a.targetId);
    const link = repos.targets.linksOfFigure(a.figureId).find((l) => l.targetId === a.targetId);
    if (v) {
      v.attached = true;
      if (link) v.settled = { decision: 'attached', author: link.author, at: link.createdAt };
    }
  }
}

function stripSource(f: SourcedFigure): FigureCheck['figure'] {
  const { storyDate: _d, headline: _h, ...figure } = f;
  return figure;
}

/**
 * The editor's answer to a suggested match. Accepting teaches the alias (the figure's
 * key → the target's or other figure's key) and, for a target, links the figure as
 * evidence and settles the status; rejecting remembers the pair so it is not offered again.
 */
export function confirmMatch(
  repos: Repositories,
  input: ConfirmMatchInput,
  opts: { approxTolerance?: number; today?: string } = {},
): ConfirmMatchResult {
  const parsed = ConfirmMatchInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppFailure('invalid_input', issue.message, issue.path.join('.'));
  }
  const { figureId, targetId, otherFigureId, accept } = parsed.data;
  return repos.transaction((): ConfirmMatchResult => {
    const figure = repos.checkFigures.get(figureId);
    if (!figure) throw coreFailure('not_found', 'figure_not_found', { id: figureId }, 'figureId');
    let target: Target | null = null;
    let otherKey: string;
    if (targetId !== undefined) {
      target = repos.targets.get(targetId);
      if (!target) throw coreFailure('not_found', 'target_not_found', { id: targetId }, 'targetId');
      otherKey = matchKey(target.metricKey);
    } else {
      const other = repos.checkFigures.get(otherFigureId!);
      if (!other) throw new AppFailure('not_found', `Figure ${otherFigureId} was not found.`, 'otherFigureId');
      otherKey = quantityKey(other);
    }
    const figureKey = quantityKey(figure);
    const now = nowIso();
    if (!accept) {
      repos.metricAliases.reject({ figureId, targetId: targetId ?? null, otherFigureId: otherFigureId ?? null, figureKey, otherKey }, now);
      return { aliasLearned: null, target, rejected: true };
    }
    repos.metricAliases.unreject(figureId, targetId ?? null, otherFigureId ?? null);
    const aliasLearned = figureKey !== otherKey ? { aliasKey: figureKey, canonicalKey: otherKey } : null;
    if (aliasLearned) repos.metricAliases.teach(aliasLearned.aliasKey, aliasLearned.canonicalKey, now);
    if (target && (figure.kind === 'actual' || figure.kind === 'projection')) {
      const read = verdictAgainstTarget(target, figure, figure.storyDate ?? now.slice(0, 10));
      target = attachEvidence(repos, target.id, figureId, { verdict: read.verdict, score: 1, by: 'editor' }, opts);
      // The editor vouched for the reading; re-extraction must not drop the evidence.
      if (figure.review === 'unreviewed') repos.figures.update({ ...stripSource(figure), review: 'confirmed' }, now);
    }
    return { aliasLearned, target, rejected: false };
  });
}

/** Targets a target-kind figure restates or revises, for the register's own revision check. */
export { sameQuantityTargets };
/** What one figure says about one target, read with the target's status rule. */
export { verdictAgainstTarget };
