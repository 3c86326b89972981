/**
 * Checking a story: for each of its figures, the registered targets and earlier
 * reporting it speaks to, and the story's own arithmetic. Lookups go by metric key
 * (exact, folded, confirmed alias, then near keys from the in-memory index) through
 * indexed SQL; entity and period narrow the few rows each key returns.
 *
 * Scores multiply three parts: metric (1 same key, 0.97 confirmed alias, Dice for
 * near keys), entity (1 same, 0.9 one side unstated) and period (1 same, 0.95
 * overlapping, 0.85 one side unstated). Below the threshold a match is a suggestion.
 */
import { coreFailure } from '../../../shared/core-errors';
import {
  asEvidence,
  type EvidenceLink,
  type Explanation,
  type StatusAssessment,
  type Target,
} from '../../../shared/domain/target';
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
import { readSettings } from '../settings';
import { attachEvidence, sameQuantityTargets, targetDraftFromFigure } from '../targets/register';
import { targetStatusAfter, type TargetTerms } from '../targets/status';
import { formatEn, formatZh, round2 } from '../targets/format';
import { comparableUnits, entityScore, matchKey, periodScore, quantityKey } from '../metrics/match-key';
import { metricIndex, type MetricIndex } from './metric-index';
import { registerSnapshot, targetsByMatchKey } from './register-snapshot';
import { placeOf, placeRelation } from '../metrics/places';
import { countedAsTarget } from '../targets/counted';
import { verdictBasis } from './basis';
import { baselineNote, isRelativeTarget, resolveRelative } from './relative';
import { displayRange, overlaps, statedInterval, statedStep, type Interval } from './precision';
import { internalChecks } from './internal';
import { outlookAround, type ReadOutlook } from './outlook';
import { nearestNote, nearestTargets, targetShelf, type Shelf } from './nearest-targets';
import { sentenceAround } from '../text/sentence';
import { readingTiming } from './timing';

/** Keys closer than this (Dice) are looked up at all; lower ones are noise. */
const NEAR_MIN = 0.5;
const ALIAS_SCORE = 0.97;
/** Below the default match threshold (0.75): a neighbouring indicator comes as a suggestion, not a verdict. */
const INDICATOR_NEIGHBOUR_SCORE = 0.5;
const CANDIDATES_PER_KEY = 50;
/** Near keys looked up among stored figures (targets take all): each is an SQL range, and far ones only add suggestions. */
const NEAR_FIGURE_KEYS = 3;

export interface CheckStoryOptions extends CheckOptions {
  approxTolerance?: number;
  /** The date for statuses of targets the check attaches evidence to; the story date when omitted. */
  today?: string;
}

interface KeyMatch {
  key: string;
  score: number;
  /** Exact or alias: a rejected key pair does not suppress it, only a rejected pair of items. */
  near: boolean;
}

function keyMatches(repos: Repositories, index: MetricIndex, figure: SourcedFigure): KeyMatch[] {
  const own = quantityKey(figure);
  const out = new Map<string, KeyMatch>([[own, { key: own, score: 1, near: false }]]);
  for (const k of repos.metricAliases.related(own)) if (!out.has(k)) out.set(k, { key: k, score: ALIAS_SCORE, near: false });
  for (const n of index.near(own, NEAR_MIN)) {
    if (out.has(n.key) || repos.metricAliases.keyPairRejected(own, n.key)) continue;
    // Two indicators of the lexicon are different indicators, however alike their names read:
    // the other is offered only as a suggestion for the editor, never held as a verdict.
    const score = own.startsWith('@') && n.key.startsWith('@') ? Math.min(n.score, INDICATOR_NEIGHBOUR_SCORE) : n.score;
    out.set(n.key, { key: n.key, score, near: true });
  }
  return [...out.values()];
}

const STATUS_TO_VERDICT: Record<string, Verdict> = {
  met: 'meets',
  missed: 'misses',
  on_track: 'on_track',
  off_track: 'off_track',
};

/** What one figure says about one target, read with the target's status rule. */
export function verdictAgainstTarget(terms: TargetTerms & Pick<Target, 'metric' | 'metricKey'>, figure: SourcedFigure, today: string): { verdict: Verdict; assessment: StatusAssessment } {
  const assessment = targetStatusAfter({ ...terms, revisedByTargetId: null }, countedAsTarget(terms, [asEvidence(figure)]), today);
  return { verdict: STATUS_TO_VERDICT[assessment.status] ?? 'too_early', assessment };
}

const GENERIC_GOVERNMENT = /^(?:the\s+)?(?:(?:federal|state|national|central|local|provincial|regional|city|county|devolved|coalition)\s+)?(?:government|govt|administration|executive)$|^(?:[市省区县]|特区|中央|地方)?政府$|^当局$/i;

/** A body of the state: a police force, a ministry, a health service, a statistics office, 署/局/部. */
const PUBLIC_BODY = /\b(?:police|ministry|department|agency|service|authority|board|office|commission|nhs|council|treasury|cabinet|parliament|government)\b|(?:局|署|部|委|厅|办|政府|警察|统计处|当局)$/i;

function publicBodyOfGovernment(a: string, b: string): boolean {
  return (GENERIC_GOVERNMENT.test(a) && PUBLIC_BODY.test(b)) || (GENERIC_GOVERNMENT.test(b) && PUBLIC_BODY.test(a));
}

/**
 * Owners that are not both places: two bodies must be the same body (Amazon is not Apple);
 * a body against a place (National Cabinet, the Treasury against Australia) cannot be told
 * apart by name, so it counts as the unstated case.
 */
function ownerScore(figureEntity: string | null, targetEntity: string | null): number {
  if (figureEntity && targetEntity && (placeOf(figureEntity) || placeOf(targetEntity))) return 0.9;
  // 'the Government', 'Federal Government', 「政府」 name no one body: the police or a ministry may carry out its pledge.
  if (figureEntity && targetEntity && publicBodyOfGovernment(figureEntity.trim(), targetEntity.trim())) return 0.9;
  return entityScore(figureEntity, targetEntity);
}

const yearSpan = (p: { from: string; to: string }): number => Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) + 1;

const AVERAGE_WORDS = /年均|平均|average|on average|a year over/i;

/**
 * An average over several years (「十四五」以来年均增长5.5%) against a target for one year of them.
 * Only where the wording says average: a figure merely carrying a plan period from its paragraph is one year's.
 */
function spansMoreYears(figure: SourcedFigure, target: { period: { from: string; to: string } | null }): boolean {
  if (!figure.period || !target.period || yearSpan(figure.period) <= 1 || yearSpan(target.period) !== 1) return false;
  return AVERAGE_WORDS.test([figure.metric, figure.quote, ...figure.cues].join(' '));
}

function differentPeriodExplanation(figure: SourcedFigure, target: Target): Explanation {
  const f = figure.period!;
  const t = target.period!;
  return {
    code: 'different_period',
    zh: `未比较：该数字是${f.label}（${f.from}至${f.to}）的，目标是${t.label}（${t.from}至${t.to}）的`,
    en: `Not compared: the figure is for ${f.label} (${f.from} to ${f.to}), the target for ${t.label} (${t.from} to ${t.to})`,
  };
}

function averageOfYearsExplanation(figure: SourcedFigure, target: Target): Explanation {
  const f = figure.period!;
  const t = target.period!;
  return {
    code: 'average_of_years',
    zh: `未比较：该数字是${f.from.slice(0, 4)}—${f.to.slice(0, 4)}年的（${f.label}），而目标只针对${t.to.slice(0, 4)}年`,
    en: `Not compared: the figure covers ${f.from.slice(0, 4)}–${f.to.slice(0, 4)} (${f.label}), the target ${t.to.slice(0, 4)} alone`,
  };
}

function partWholeExplanation(relation: 'part' | 'whole', figureEntity: string, targetEntity: string): Explanation {
  return relation === 'part'
    ? {
        code: 'part_of_whole',
        zh: `未比较：该数字是关于${figureEntity}的，而目标是${targetEntity}的；部分的数字不能说明整体的目标`,
        en: `Not compared: the figure is about ${figureEntity}, the target about ${targetEntity}, of which it is a part`,
      }
    : {
        code: 'whole_of_part',
        zh: `未比较：该数字是关于${figureEntity}整体的，而目标只是其中${targetEntity}的`,
        en: `Not compared: the figure is about ${figureEntity} as a whole, the target about ${targetEntity} within it`,
      };
}

function outlookExplanation(said: ReadOutlook, base: Explanation): Pick<Explanation, 'code' | 'zh' | 'en'> {
  const on = said.outlook === 'on_track';
  return {
    code: on ? 'reported_on_track' : 'reported_off_track',
    zh: `${base.zh}；报道对前景的判断是“${said.words}”，因此${on ? '进度正常' : '进度落后'}`,
    en: `${base.en}; the story says "${said.words}", so ${on ? 'on track' : 'off track'}`,
  };
}

/** Says why a reading of another period was compared at all. */
function timingNote(timing: 'before_deadline' | 'as_of_story', base: Explanation): Pick<Explanation, 'zh' | 'en'> {
  return timing === 'before_deadline'
    ? { zh: `${base.zh}（期限前的阶段读数）`, en: `${base.en} (a reading before the deadline)` }
    : { zh: `${base.zh}（未注明时期的累计数，按报道日期计）`, en: `${base.en} (a running count with no period of its own, taken as of the story date)` };
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}

function restatement(figure: SourcedFigure, other: { value: number; valueMax: number | null; unit: string; quote: string }, same: boolean): Explanation {
  const a = { zh: formatZh(figure.value, figure.unit), en: formatEn(figure.value, figure.unit) };
  const b = { zh: formatZh(other.value, other.unit), en: formatEn(other.value, other.unit) };
  return same
    ? { code: 'restated', actual: figure.value, target: other.value, unit: figure.unit, zh: `目标重申：${a.zh}，与此前一致`, en: `Target restated: ${a.en}, as before` }
    : {
        code: 'revised',
        actual: figure.value,
        target: other.value,
        diff: Number((figure.value - other.value).toPrecision(12)),
        pct: other.value === 0 ? 0 : round2(((figure.value - other.value) / Math.abs(other.value)) * 100),
        unit: figure.unit,
        zh: `目标改变：此前为${b.zh}（${other.quote}），现为${a.zh}（${figure.quote}）`,
        en: `Target revised: ${b.en} before ("${other.quote}"), ${a.en} now ("${figure.quote}")`,
      };
}

function sameStatedTerms(a: { value: number; valueMax: number | null; unit: string }, b: typeof a): boolean {
  const close = (x: number | null, y: number | null) => (x === null || y === null ? x === y : Math.abs(x - y) <= Math.max(Math.abs(x), 1) * 1e-9);
  return close(a.value, b.value) && close(a.valueMax, b.valueMax);
}

function rangeText(iv: Interval, step: number, unit: string, fmt: (n: number, u: string) => string): string {
  if (!Number.isFinite(iv.high)) return `≥ ${fmt(Number(iv.low.toPrecision(10)), unit)}`;
  if (!Number.isFinite(iv.low)) return `≤ ${fmt(Number(iv.high.toPrecision(10)), unit)}`;
  const { low, high } = displayRange(iv, step);
  return low === high ? fmt(low, unit) : `${fmt(low, unit)}–${fmt(high, unit)}`;
}

function finiteBounds(bounds: Record<'low' | 'high' | 'otherLow' | 'otherHigh', number>): Partial<Record<'low' | 'high' | 'otherLow' | 'otherHigh', number>> {
  return Object.fromEntries(Object.entries(bounds).filter(([, n]) => Number.isFinite(n)));
}

/** Earlier reporting of the same quantity: agreement at the precision the wording implies. */
function consistencyVerdict(figure: SourcedFigure, other: SourcedFigure, tolerance: number): { verdict: Verdict; explanation: Explanation } {
  const a = statedInterval(figure, tolerance);
  const b = statedInterval(other, tolerance);
  const stepA = statedStep(figure.quote, figure.value) ?? 0;
  const stepB = statedStep(other.quote, other.value) ?? 0;
  const ok = overlaps(a, b);
  const fa = { zh: formatZh(figure.value, figure.unit), en: formatEn(figure.value, figure.unit) };
  const fb = { zh: formatZh(other.value, other.unit), en: formatEn(other.value, other.unit) };
  const rb = { zh: rangeText(b, stepB, other.unit, formatZh), en: rangeText(b, stepB, other.unit, formatEn) };
  const ra = { zh: rangeText(a, stepA, figure.unit, formatZh), en: rangeText(a, stepA, figure.unit, formatEn) };
  const diff = Number((figure.value - other.value).toPrecision(12));
  const base = {
    actual: figure.value,
    target: other.value,
    diff,
    pct: other.value === 0 ? 0 : round2((diff / Math.abs(other.value)) * 100),
    // An open side ('超过7000家' has no upper bound) is left out: the contract carries finite numbers only.
    ...finiteBounds({ low: a.low, high: a.high, otherLow: b.low, otherHigh: b.high }),
    unit: figure.unit,
  };
  return ok
    ? {
        verdict: 'consistent',
        explanation: {
          code: 'rounding_consistent',
          ...base,
          zh: `${fa.zh}与此前的“${other.quote}”一致：按所述精度，前者为${ra.zh}，后者为${rb.zh}`,
          en: `${fa.en} is consistent with the earlier "${other.quote}": at the stated precision ${ra.en} and ${rb.en} overlap`,
        },
      }
    : {
        verdict: 'conflict',
        explanation: {
          code: 'rounding_conflict',
          ...base,
          zh: `${fa.zh}与此前的“${other.quote}”（${fb.zh}）不一致：按所述精度，前者为${ra.zh}，后者为${rb.zh}，没有重叠`,
          en: `${fa.en} conflicts with the earlier "${other.quote}" (${fb.en}): at the stated precision ${ra.en} and ${rb.en} do not overlap`,
        },
      };
}

export function checkStory(repos: Repositories, storyId: number, options: CheckStoryOptions = {}): FigureCheck[] {
  const opts = CheckOptions.parse(options);
  const story = repos.stories.summary(storyId);
  if (!story) throw coreFailure('not_found', 'story_not_found', { id: storyId }, 'storyId');
  const tolerance = options.approxTolerance ?? readSettings(repos).approxTolerance;
  const storyToday = story.date ?? nowIso().slice(0, 10);
  const figures = repos.checkFigures.byStory(storyId).filter((f) => f.review !== 'rejected');
  let storyBody: string | null = null;
  const body = (): string => (storyBody ??= repos.stories.get(storyId)?.body ?? '');
  const internal = internalChecks(figures);
  // Read once per check: nothing the loop below does changes the archive (attachments wait for the end).
  const register = registerSnapshot(repos);
  const index = metricIndex(repos);
  // The register by measure, for nearest targets: read at most once per check, not once per figure.
  let shelf: Shelf | null = null;
  const out: FigureCheck[] = [];
  const attachments: Array<{ targetId: number; figureId: number; verdict: Verdict; score: number }> = [];

  for (const figure of figures) {
    const verdicts: CheckVerdict[] = [];
    const keys = keyMatches(repos, index, figure);
    const rejectedTargets = repos.metricAliases.targetRejections(figure.id);
    // Matches settled before (confirmed by the editor or attached by an earlier check) stay settled when the story is checked again,
    // and say so: who settled them and when. A rejected one is listed last, as rejected.
    const links = new Map(repos.targets.linksOfFigure(figure.id).map((l) => [l.targetId, l]));
    const rejectedVerdicts: CheckVerdict[] = [];
    const rejectedFigures = repos.metricAliases.rejectedFigures(figure.id);
    const coveredFigureIds = new Set<number>();
    const speaks = figure.kind === 'actual' || figure.kind === 'projection' || figure.kind === 'target';
    const ctx: TargetContext = { repos, storyId, storyToday, threshold: opts.threshold, attach: opts.attach, body, rejectedTargets, links, rejectedVerdicts, attachments };

    // Registered targets.
    const seenTargets = new Set<number>();
    for (const km of speaks ? keys : []) {
      for (const target of targetsByMatchKey(register, km.key)) {
        if (target.sourceFigureId !== null) coveredFigureIds.add(target.sourceFigureId);
        seenTargets.add(target.id);
        const v = againstTarget(ctx, figure, target, km);
        if (v) verdicts.push(v);
      }
    }
    // Nothing registered under the figure's own key: its nearest candidates, offered for the editor to confirm.
    if (speaks && figure.kind !== 'target' && !verdicts.some((v) => v.against === 'target')) {
      for (const near of nearestTargets((shelf ??= targetShelf(repos, register)), figure, seenTargets, () => sentenceAround(body(), figure.start, figure.end))) {
        const v = againstTarget({ ...ctx, attach: false }, figure, near.target, { key: quantityKey(near.target), score: near.score, near: true });
        if (!v) continue;
        const note = nearestNote(near, figure.metric);
        verdicts.push({ ...v, suggestion: !v.attached, explanation: { ...v.explanation, zh: note.zh + v.explanation.zh, en: note.en + v.explanation.en } });
      }
    }

    // Earlier reporting of the same quantity.
    const figureVerdicts: CheckVerdict[] = [];
    const seen = new Set<number>();
    const figureKeys = [...keys.filter((k) => !k.near), ...keys.filter((k) => k.near).slice(0, NEAR_FIGURE_KEYS)];
    for (const km of speaks ? figureKeys : []) {
      const rawKeys = new Set([...index.rawKeys(km.key), ...(km.score === 1 ? [figure.metricKey] : [])]);
      for (const raw of rawKeys) {
        const rows = repos.checkFigures.candidates({
          metricKey: raw,
          storyId,
          periodFrom: figure.period?.from ?? null,
          periodTo: figure.period?.to ?? null,
          date: story.date,
          limit: CANDIDATES_PER_KEY,
        });
        for (const other of rows) {
          if (seen.has(other.id) || rejectedFigures.has(other.id)) continue;
          seen.add(other.id);
          if (!comparableUnits(figure, other)) continue;
          const es = entityScore(figure.entity, other.entity);
          const ps = periodScore(figure.period, other.period);
          if (!es || !ps) continue;
          const read = figureAgainstFigure(figure, other, tolerance, storyToday, coveredFigureIds);
          if (!read) continue;
          const score = round(km.score * es * ps);
          figureVerdicts.push({
            against: 'figure',
            id: other.id,
            verdict: read.verdict,
            explanation: { ...read.explanation, basis: verdictBasis(km.key, other.metric, figure, { entity: other.entity, period: other.period, comparator: other.qualifier, direction: 'band' }, read.explanation, 'earlier') },
            score,
            suggestion: score < opts.threshold,
            source: { storyId: other.storyId, headline: other.headline, date: other.storyDate, quote: other.quote },
            relatedFigureIds: [other.id],
            attached: false,
          });
        }
      }
    }
    figureVerdicts.sort((a, b) => b.score - a.score || ((b.source?.date ?? '') < (a.source?.date ?? '') ? -1 : 1));
    verdicts.push(...figureVerdicts.slice(0, opts.maxFigureMatches));
    verdicts.push(...(internal.get(figure.id) ?? []));

    if (!verdicts.length) {
      verdicts.push({
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
      });
    }
    // A rejection can also drop the pair from matching (a near key turned down): it is still listed, as rejected.
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
    verdicts.push(...rejectedVerdicts);
    out.push({ figure: stripSource(figure), verdicts });
  }

  if (attachments.length) {
    for (const a of attachments) {
      attachEvidence(repos, a.targetId, a.figureId, { verdict: a.verdict, score: a.score, by: 'auto' }, { approxTolerance: tolerance, today: options.today ?? storyToday });
      const v = out.find((c) => c.figure.id === a.figureId)?.verdicts.find((x) => x.against === 'target' && x.id === a.targetId);
      const link = repos.targets.linksOfFigure(a.figureId).find((l) => l.targetId === a.targetId);
      if (v) {
        v.attached = true;
        if (link) v.settled = { decision: 'attached', author: link.author, at: link.createdAt };
      }
    }
  }
  return out;
}


interface TargetContext {
  repos: Repositories;
  storyId: number;
  storyToday: string;
  threshold: number;
  attach: boolean;
  body: () => string;
  /** Targets the editor rejected for this figure, with when and by whom. */
  rejectedTargets: Map<number, MatchRejection>;
  /** Evidence links of this figure, by target: settled matches say who settled them and when. */
  links: Map<number, EvidenceLink>;
  /** Rejected matches, listed after the others. */
  rejectedVerdicts: CheckVerdict[];
  attachments: Array<{ targetId: number; figureId: number; verdict: Verdict; score: number }>;
}

/** What one figure says of one registered target, or null when the two cannot be held together at all. */
function againstTarget(ctx: TargetContext, figure: SourcedFigure, target: Target, km: KeyMatch): CheckVerdict | null {
  const { repos } = ctx;
  if (target.sourceFigureId === figure.id) return null;
  if (figure.kind === 'target' && target.sourceStoryId === ctx.storyId) return null;
  // A relative target (halve) takes its unit from the baseline it is resolved against.
  if (!isRelativeTarget(target) && !comparableUnits(target, countedAsTarget(target, [figure], km.key)[0]!)) return null;
  const places = placeRelation(figure.entity, target.entity);
  if (places === 'different') return null;
  const es = places === 'same' ? 1 : places === 'unknown' ? ownerScore(figure.entity, target.entity) : 1;
  if (!es) return null;
  const { timing, score: ps } = readingTiming(figure, target);
  const source = { storyId: target.sourceStoryId, headline: target.sourceHeadline, date: target.sourceDate, quote: target.quote };
  const explained = (e: Explanation): Explanation => ({ ...e, basis: verdictBasis(km.key, target.metric, figure, target, e) });
  // Candidates the check will not hold against the target are listed with the reason, never dropped.
  const notComparable = !ps
    ? differentPeriodExplanation(figure, target)
    : spansMoreYears(figure, target)
      ? averageOfYearsExplanation(figure, target) // 「十四五」年均增长5.5% is five years' average, not one year's growth
      : places === 'part' || places === 'whole'
        ? partWholeExplanation(places, figure.entity!, target.entity!) // a city's figure is not its country's
        : null;
  const score = round(km.score * es * (ps || 0.5));
  const rejection = ctx.rejectedTargets.get(target.id);
  const link = ctx.links.get(target.id);
  const settled = link ? { decision: link.confirmedBy === 'editor' ? ('confirmed' as const) : ('attached' as const), author: link.author, at: link.createdAt } : null;
  if (notComparable) {
    if (figure.kind === 'target') return null;
    const v: CheckVerdict = { against: 'target', id: target.id, verdict: 'not_comparable', explanation: explained(notComparable), score, suggestion: false, source, relatedFigureIds: [], attached: false, settled: null };
    if (rejection !== undefined) {
      ctx.rejectedVerdicts.push({ ...v, settled: { decision: 'rejected', author: rejection.author, at: rejection.at } });
      return null;
    }
    // The editor may still have confirmed it: it stays confirmed, and says who did.
    return { ...v, attached: link !== undefined, settled };
  }
  let verdict: Verdict;
  let explanation: Explanation;
  if (figure.kind === 'target') {
    const same = sameStatedTerms(figure, target);
    verdict = same ? 'consistent' : 'revised';
    explanation = restatement(figure, target, same);
  } else {
    const relative = isRelativeTarget(target) ? resolveRelative(repos, [...metricIndex(repos).rawKeys(km.key), target.metricKey], target, figure) : null;
    if (relative && 'needsBaseline' in relative) {
      verdict = 'too_early';
      explanation = explained(relative.needsBaseline);
    } else {
      const read = verdictAgainstTarget(relative ? relative.terms : target, figure, ctx.storyToday);
      verdict = read.verdict;
      explanation = explained(read.assessment.explanation);
      // Short of the goal before its deadline: what the story says of the goal's prospects decides the direction.
      if (verdict === 'too_early' && figure.kind === 'actual') {
        const said = outlookAround(ctx.body(), figure.start, figure.end);
        if (said) {
          verdict = said.outlook;
          explanation = { ...explanation, ...outlookExplanation(said, explanation) };
        }
      }
      if (timing === 'before_deadline' || timing === 'as_of_story') explanation = { ...explanation, ...timingNote(timing, explanation) };
      if (relative) {
        const note = baselineNote(target, relative.baseline, relative.terms.value);
        explanation = { ...explanation, zh: explanation.zh + note.zh, en: explanation.en + note.en };
      }
    }
  }
  if (rejection !== undefined) {
    ctx.rejectedVerdicts.push({ against: 'target', id: target.id, verdict, explanation, score, suggestion: false, source, relatedFigureIds: [], attached: false, settled: { decision: 'rejected', author: rejection.author, at: rejection.at } });
    return null;
  }
  const suggestion = score < ctx.threshold;
  const linked = link !== undefined;
  if (ctx.attach && !suggestion && !linked && figure.kind !== 'target') ctx.attachments.push({ targetId: target.id, figureId: figure.id, verdict, score });
  return { against: 'target', id: target.id, verdict, explanation, score, suggestion: suggestion && !linked, source, relatedFigureIds: [], attached: linked, settled };
}

function stripSource(f: SourcedFigure): FigureCheck['figure'] {
  const { storyDate: _d, headline: _h, ...figure } = f;
  return figure;
}

/**
 * Two statements of one quantity. Targets against targets: the same stated number is a
 * restatement, another number a revision (a goal's number is chosen, not measured, so
 * rounding does not excuse it). Actuals against actuals: rounding decides. A
 * projection against a projection: a changed forecast reads as revised. An actual
 * against an unregistered target figure: the target's status rule.
 */
function figureAgainstFigure(
  figure: SourcedFigure,
  other: SourcedFigure,
  tolerance: number,
  today: string,
  covered: Set<number>,
): { verdict: Verdict; explanation: Explanation } | null {
  if (figure.kind === 'target' && other.kind === 'target') {
    if (covered.has(other.id)) return null;
    const same = sameStatedTerms(figure, other);
    return { verdict: same ? 'consistent' : 'revised', explanation: restatement(figure, other, same) };
  }
  if (figure.kind === 'actual' && other.kind === 'actual') {
    // Readings of different stretches (1-6月 against 全年) are not the same number.
    if (figure.period && other.period && (figure.period.from !== other.period.from || figure.period.to !== other.period.to)) return null;
    return consistencyVerdict(figure, other, tolerance);
  }
  if (figure.kind === 'projection' && other.kind === 'projection') {
    if (overlaps(statedInterval(figure, tolerance), statedInterval(other, tolerance))) return consistencyVerdict(figure, other, tolerance);
    return { verdict: 'revised', explanation: { ...consistencyVerdict(figure, other, tolerance).explanation, code: 'forecast_revised' } };
  }
  if ((figure.kind === 'actual' || figure.kind === 'projection') && other.kind === 'target' && !covered.has(other.id)) {
    const terms = targetDraftFromFigure(other, { date: other.storyDate, headline: other.headline }, tolerance);
    const read = verdictAgainstTarget(terms, figure, today);
    return { verdict: read.verdict, explanation: read.assessment.explanation };
  }
  return null;
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
