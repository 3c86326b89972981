/**
 * Arithmetic a story states within itself: a growth rate against the two levels it
 * links (产值120亿元，同比增长20%; 去年100亿元), a share against its part and whole,
 * a 个百分点 change against two percentages. % is a ratio of levels and 个百分点 a
 * difference of percentages; the two are never read as each other.
 */
import type { Explanation } from '../../../shared/domain/target';
import type { CheckVerdict } from '../../../shared/domain/check';
import type { SourcedFigure } from '../db/repositories/check-figures';
import { formatEn, formatZh, oneDecimal, round2 } from '../targets/format';
import { dice, entityScore, matchKey, unitKey } from '../metrics/match-key';
import { statedInterval, type Interval } from './precision';

const GROWTH_WORDS = /(同比|比上年|较上年|比去年|年均)?(增速|增长率|增长|增幅|涨幅|下降|降幅|提高|提升|减少|growth rate|growth|increase|rise|fall|decrease|change)$/i;
const SHARE_ZH = /^(.*?)占(.+?)(?:的)?(?:比重|比例|份额|总量的比重)?$/;
const SHARE_ZH_BARE = /^(.*?)(?:占比|比重|所占比例)$/;
const SHARE_EN = /^(.*?)\s*(?:as a )?share of\s+(.+)$/i;

function stripGrowth(metric: string): string {
  return metric.replace(GROWTH_WORDS, '').trim();
}

function sameQuantity(a: string, b: string): boolean {
  const ka = matchKey(a);
  const kb = matchKey(b);
  return ka.length > 0 && (ka === kb || dice(ka, kb) >= 0.8);
}

function isRate(f: SourcedFigure): boolean {
  const u = unitKey(f.unit);
  if (u === 'pp') return f.change !== 'level' || GROWTH_WORDS.test(f.metric);
  return u === '%' && (f.change !== 'level' || GROWTH_WORDS.test(f.metric));
}

/** The interval of a level for arithmetic: rounding only, no 左右 slack. */
function levelInterval(f: SourcedFigure): Interval {
  const iv = statedInterval({ ...f, qualifier: f.qualifier === 'approx' ? 'eq' : f.qualifier }, 0);
  return { low: Number.isFinite(iv.low) ? iv.low : f.value, high: Number.isFinite(iv.high) ? iv.high : f.value };
}

function signedInterval(f: SourcedFigure): Interval {
  const iv = levelInterval(f);
  return f.change === 'decrease' ? { low: -iv.high, high: -iv.low } : iv;
}

function verdict(
  f: SourcedFigure,
  related: SourcedFigure[],
  consistent: boolean,
  explanation: Explanation,
): CheckVerdict {
  return {
    against: 'internal',
    id: related[0]?.id ?? null,
    verdict: consistent ? 'consistent' : 'conflict',
    explanation,
    score: 1,
    suggestion: false,
    source: { storyId: f.storyId, headline: f.headline, date: f.storyDate, quote: related.map((r) => r.quote).join(' / ') },
    relatedFigureIds: related.map((r) => r.id),
    attached: false,
  };
}

function periodEnd(f: SourcedFigure): string {
  return f.period?.to ?? '';
}

/** The current and base levels a rate speaks of: same quantity, two different periods. */
function levelsFor(rate: SourcedFigure, figures: SourcedFigure[], levelUnit: (u: string) => boolean): [SourcedFigure, SourcedFigure] | null {
  const base = stripGrowth(rate.metric) || rate.metric;
  const levels = figures.filter(
    (g) => g.id !== rate.id && g.change === 'level' && levelUnit(unitKey(g.unit)) && g.period && entityScore(g.entity, rate.entity) > 0 && sameQuantity(g.metric, base),
  );
  if (levels.length < 2) return null;
  const byEnd = levels.slice().sort((a, b) => (periodEnd(a) < periodEnd(b) ? 1 : -1));
  const current = rate.period ? byEnd.find((g) => g.period!.to === rate.period!.to) ?? byEnd[0]! : byEnd[0]!;
  const earlier = byEnd.find((g) => periodEnd(g) < periodEnd(current) && g.unit === current.unit && g.currency === current.currency);
  return earlier ? [current, earlier] : null;
}

function growthCheck(rate: SourcedFigure, figures: SourcedFigure[]): CheckVerdict | null {
  const pp = unitKey(rate.unit) === 'pp';
  const pair = levelsFor(rate, figures, pp ? (u) => u === '%' : (u) => u !== 'pp');
  if (!pair) return null;
  const [cur, base] = pair;
  const c = levelInterval(cur);
  const b = levelInterval(base);
  const stated = signedInterval(rate);
  const statedValue = rate.change === 'decrease' ? -rate.value : rate.value;
  let implied: number;
  let lo: number;
  let hi: number;
  if (pp) {
    implied = cur.value - base.value;
    lo = c.low - b.high;
    hi = c.high - b.low;
  } else {
    if (base.value === 0 || b.low <= 0) return null;
    implied = (cur.value / base.value - 1) * 100;
    lo = (c.low / b.high - 1) * 100;
    hi = (c.high / b.low - 1) * 100;
  }
  const ok = lo <= stated.high && stated.low <= hi;
  const unitZh = pp ? '个百分点' : '%';
  const fz = (f: SourcedFigure) => formatZh(f.value, f.unit);
  const fe = (f: SourcedFigure) => formatEn(f.value, f.unit);
  const shown = Number(implied.toFixed(2));
  const formulaZh = pp ? `${fz(cur)} − ${fz(base)} = ${shown}个百分点` : `(${fz(cur)} − ${fz(base)}) ÷ ${fz(base)} = ${shown}%`;
  const formulaEn = pp ? `${fe(cur)} − ${fe(base)} = ${shown} points` : `(${fe(cur)} − ${fe(base)}) ÷ ${fe(base)} = ${shown}%`;
  const statedZh = `${statedValue}${unitZh}`;
  const statedEn = pp ? `${statedValue} points` : `${statedValue}%`;
  return verdict(rate, [base, cur], ok, {
    code: ok ? (pp ? 'points_consistent' : 'growth_consistent') : pp ? 'points_conflict' : 'growth_conflict',
    stated: statedValue,
    implied: round2(implied),
    impliedLow: round2(lo),
    impliedHigh: round2(hi),
    actual: cur.value,
    target: base.value,
    unit: pp ? '个百分点' : '%',
    zh: ok ? `${formulaZh}，与所述${statedZh}一致` : `${formulaZh}，与所述${statedZh}不符（按所述精度应在${oneDecimal(lo)}至${oneDecimal(hi)}${unitZh}之间）`,
    en: ok ? `${formulaEn}, consistent with the stated ${statedEn}` : `${formulaEn}, which does not match the stated ${statedEn} (the levels allow ${oneDecimal(lo)} to ${oneDecimal(hi)})`,
  });
}

function shareParts(metric: string): { part: string; whole: string | null } | null {
  const en = SHARE_EN.exec(metric);
  if (en) return { part: en[1]!.trim(), whole: en[2]!.trim() };
  const zh = SHARE_ZH.exec(metric);
  if (zh && zh[1] && zh[2]) return { part: zh[1], whole: zh[2] };
  const bare = SHARE_ZH_BARE.exec(metric);
  if (bare && bare[1]) return { part: bare[1], whole: null };
  return null;
}

function shareCheck(share: SourcedFigure, figures: SourcedFigure[]): CheckVerdict | null {
  if (unitKey(share.unit) !== '%' || share.change !== 'level') return null;
  const names = shareParts(share.metric);
  if (!names) return null;
  const levels = figures.filter((g) => g.id !== share.id && g.change === 'level' && unitKey(g.unit) !== '%' && unitKey(g.unit) !== 'pp');
  const part = levels.find((g) => sameQuantity(g.metric, names.part));
  if (!part) return null;
  const whole = names.whole
    ? levels.find((g) => g.id !== part.id && g.unit === part.unit && sameQuantity(g.metric, names.whole!))
    : levels
        .filter((g) => g.id !== part.id && g.unit === part.unit && g.currency === part.currency && g.value > part.value && g.start < share.start)
        .sort((a, b) => b.start - a.start)[0];
  if (!whole || whole.value === 0) return null;
  const p = levelInterval(part);
  const w = levelInterval(whole);
  const stated = levelInterval(share);
  const implied = (part.value / whole.value) * 100;
  const lo = (p.low / w.high) * 100;
  const hi = (p.high / w.low) * 100;
  const ok = lo <= stated.high && stated.low <= hi;
  const shown = Number(implied.toFixed(2));
  return verdict(share, [part, whole], ok, {
    code: ok ? 'share_consistent' : 'share_conflict',
    stated: share.value,
    implied: round2(implied),
    impliedLow: round2(lo),
    impliedHigh: round2(hi),
    actual: part.value,
    target: whole.value,
    unit: '%',
    zh: `${formatZh(part.value, part.unit)} ÷ ${formatZh(whole.value, whole.unit)} = ${shown}%，${ok ? '与所述' + share.value + '%一致' : '与所述' + share.value + '%不符'}`,
    en: `${formatEn(part.value, part.unit)} ÷ ${formatEn(whole.value, whole.unit)} = ${shown}%, ${ok ? 'consistent with' : 'which does not match'} the stated ${share.value}%`,
  });
}

/** Every internal-arithmetic verdict in one story, by the figure whose statement is checked. */
export function internalChecks(figures: SourcedFigure[]): Map<number, CheckVerdict[]> {
  const out = new Map<number, CheckVerdict[]>();
  const usable = figures.filter((f) => f.review !== 'rejected');
  for (const f of usable) {
    const v = isRate(f) ? growthCheck(f, usable) : shareCheck(f, usable);
    if (v) out.set(f.id, [v]);
  }
  return out;
}
