/**
 * How one reading is held against a target's terms, and the sentence that says so in both languages:
 * the bound, the side that is better, the tolerance of an approximate goal, and the arithmetic shown.
 */
import type { Evidence, Explanation, StatusAssessment, Target, TargetStatus } from '../../../shared/domain/target';
import { signedValue } from '../metrics/match-key';
import { formatEn, formatZh, oneDecimal, round2 } from './format';

export type TargetTerms = Pick<
  Target,
  | 'value'
  | 'valueMax'
  | 'unit'
  | 'currency'
  | 'change'
  | 'comparator'
  | 'direction'
  | 'tolerance'
  | 'accumulation'
  | 'period'
  | 'deadline'
  | 'revisedByTargetId'
> &
  Partial<Pick<Target, 'metric' | 'quote'>> & {
    /** Resolved from a baseline ('reduce … by 75%', 'halve'): a goal of getting there, not a bound to keep through the period. */
    fromBaseline?: boolean;
  };


export interface Comparison {
  meets: boolean;
  code: string;
  /** The bound the actual was held against (value, or valueMax for a ceiling range). */
  bound: number;
  diff: number;
  pct: number;
  symbol: string;
}

export function isPointsUnit(unit: string): boolean {
  return unit === '%' || unit === '个百分点';
}

/** Less is better: a ceiling by its measure, or a bound written as one (以内, 'below'). */
export function isCeiling(t: Pick<TargetTerms, 'direction' | 'comparator'>): boolean {
  return t.direction === 'ceiling' || t.comparator === 'lt' || t.comparator === 'lte';
}

/** Holds one number against the target's bound, with the target's sense of better. */
export function compareToTarget(t: TargetTerms, actual: number): Comparison {
  const signedTarget = t.change === 'decrease' ? -t.value : t.value;
  const tol = Math.abs(signedTarget) * t.tolerance;
  const eps = Math.max(Math.abs(signedTarget), 1) * 1e-9;
  let bound = signedTarget;
  let meets: boolean;
  let code: string;
  if (isCeiling(t)) {
    if (t.comparator === 'range' && t.valueMax !== null) bound = t.valueMax;
    const limit = t.comparator === 'approx' ? bound + tol : bound;
    meets = t.comparator === 'lt' ? actual < bound - eps : actual <= limit + eps;
    code = !meets ? 'above_ceiling' : actual <= bound + eps ? (Math.abs(actual - bound) <= eps ? 'reaches' : 'under_ceiling') : 'within_tolerance';
  } else if (t.direction === 'band' && t.comparator !== 'gt' && t.comparator !== 'gte') {
    if (t.comparator === 'range' && t.valueMax !== null) {
      meets = actual >= t.value - eps && actual <= t.valueMax + eps;
      bound = actual > t.valueMax ? t.valueMax : t.value;
    } else {
      meets = Math.abs(actual - bound) <= tol + eps;
    }
    code = meets ? (Math.abs(actual - bound) <= eps ? 'reaches' : 'within_tolerance') : 'outside_band';
  } else {
    const limit = t.comparator === 'approx' ? bound - tol : bound;
    meets = t.comparator === 'gt' ? actual > bound + eps : actual >= limit - eps;
    code = !meets ? 'below_floor' : actual > bound + eps ? 'exceeds' : actual >= bound - eps ? 'reaches' : 'within_tolerance';
  }
  const diff = actual - bound;
  const pct = bound === 0 ? 0 : round2((diff / Math.abs(bound)) * 100);
  const symbol = Math.abs(diff) <= eps ? '=' : diff > 0 ? '>' : '<';
  return { meets, code, bound, diff: cleanNumber(diff), pct, symbol };
}

/** 7565 - 7000 in floating point is exact, 2.4 - 2.35 is not: keep sentences and data clean. */
export function cleanNumber(n: number): number {
  return Number(n.toPrecision(12));
}

export type Outcome = 'met' | 'missed' | 'on_track' | 'off_track';

const LABEL_ZH: Record<Outcome, string> = { met: '已完成', missed: '未完成', on_track: '进度正常', off_track: '进度落后' };
const LABEL_EN: Record<Outcome, string> = { met: 'met', missed: 'missed', on_track: 'on track', off_track: 'off track' };

export function detail(c: Comparison, t: TargetTerms): { zh: string; en: string } {
  const pts = isPointsUnit(t.unit);
  const absPct = oneDecimal(Math.abs(c.pct));
  const absDiff = Number(Math.abs(c.diff).toPrecision(6)).toString();
  const amountZh = pts ? `${absDiff}个百分点` : `${absPct}%`;
  const amountEn = pts ? `${absDiff} points` : `${absPct}%`;
  const tolPct = oneDecimal(t.tolerance * 100);
  switch (c.code) {
    case 'exceeds':
      return { zh: `超出${amountZh}`, en: `${amountEn} above` };
    case 'reaches':
      return { zh: '恰好达到目标', en: 'exactly on target' };
    case 'within_tolerance':
      return { zh: `相差${amountZh}，在±${tolPct}%容差内`, en: `${amountEn} off, within the ±${tolPct}% tolerance` };
    case 'under_ceiling':
      return { zh: `低于上限${amountZh}`, en: `${amountEn} under the ceiling` };
    case 'below_floor':
      return { zh: `差${amountZh}`, en: `${amountEn} short` };
    case 'above_ceiling':
      return { zh: `超出上限${amountZh}`, en: `${amountEn} over the ceiling` };
    default:
      return { zh: `偏离${amountZh}，超出±${tolPct}%容差`, en: `${amountEn} off, outside the ±${tolPct}% tolerance` };
  }
}

export function sentence(
  outcome: Outcome,
  c: Comparison,
  t: TargetTerms,
  actual: number,
  qualifierZh = '',
  qualifierEn = '',
): { zh: string; en: string } {
  const d = detail(c, t);
  const a = { zh: formatZh(actual, t.unit), en: formatEn(actual, t.unit) };
  const b = { zh: formatZh(c.bound, t.unit), en: formatEn(c.bound, t.unit) };
  return {
    zh: `${a.zh} ${c.symbol} ${b.zh}：${LABEL_ZH[outcome]}${qualifierZh}，${d.zh}`,
    en: `${a.en} ${c.symbol} ${b.en}: ${LABEL_EN[outcome]}${qualifierEn}, ${d.en}`,
  };
}

export function explain(outcome: Outcome, c: Comparison, t: TargetTerms, actual: number, qualifierZh = '', qualifierEn = ''): Explanation {
  return {
    code: c.code,
    actual,
    target: c.bound,
    targetMax: t.valueMax,
    diff: c.diff,
    pct: c.pct,
    comparator: t.comparator,
    direction: t.direction,
    ...(t.comparator === 'approx' ? { tolerance: t.tolerance } : {}),
    unit: t.unit,
    ...sentence(outcome, c, t, actual, qualifierZh, qualifierEn),
  };
}

/**
 * The value a reading vouches for: 「超过1000亿元」 and 'more than 27,000' say the true
 * number is above what is printed, so they clear a floor of the same number (突破1000亿元).
 */
export function vouched(e: Evidence): number {
  const v = signedValue(e);
  const nudge = Math.max(Math.abs(v), 1) * 1e-6;
  if (e.qualifier === 'gt') return v + nudge;
  if (e.qualifier === 'lt') return v - nudge;
  return v;
}

export function asOf(e: Evidence): string | null {
  return e.period?.to ?? e.storyDate;
}

/**
 * The date a count or a level stands at for a target of one: its period's end, or the day it was
 * told if its period had not yet ended (到今年已完成48个, told in March). A rate or a share keeps its
 * period: 'fully vaccinated 70%' told in August is read as the year's, as the labellers read it.
 */
export function standsAt(target: TargetTerms, e: Evidence): string | null {
  if (target.accumulation === 'stock' && e.unit !== '%' && e.kind === 'actual' && e.period && e.storyDate && e.storyDate < e.period.to) return e.storyDate;
  return asOf(e);
}

export function newestFirst(a: Evidence, b: Evidence): number {
  const da = a.storyDate ?? '';
  const db = b.storyDate ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return b.figureId - a.figureId;
}

export const plain = (status: TargetStatus, code: string, zh: string, en: string, figureId: number | null = null): StatusAssessment => ({
  status,
  explanation: { code, zh, en },
  figureId,
});
