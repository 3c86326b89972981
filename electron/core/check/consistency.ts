/**
 * A figure against earlier reporting of the same quantity: restated or revised goals,
 * and readings that agree or conflict at the precision their wording implies.
 */
import type { Explanation } from '../../../shared/domain/target';
import type { Verdict } from '../../../shared/domain/check';
import type { SourcedFigure } from '../db/repositories/check-figures';
import { targetDraftFromFigure } from '../targets/register';
import { formatEn, formatZh, round2 } from '../targets/format';
import { displayRange, overlaps, statedInterval, statedStep, type Interval } from './precision';
import { verdictAgainstTarget } from './target-verdict';

export function restatement(figure: SourcedFigure, other: { value: number; valueMax: number | null; unit: string; quote: string }, same: boolean): Explanation {
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

export function sameStatedTerms(a: { value: number; valueMax: number | null; unit: string }, b: typeof a): boolean {
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

/** How two statements of one quantity are compared; see readComparison. */
export type Comparison = 'restatement' | 'rounding' | 'forecast' | 'target_rule';

/**
 * Which comparison two statements of one quantity get, or null when they say nothing of
 * each other. Cheap: the check asks it of every candidate, and reads (readComparison) only
 * the few it shows.
 */
export function comparisonOf(figure: SourcedFigure, other: SourcedFigure, covered: Set<number>): Comparison | null {
  if (figure.kind === 'target' && other.kind === 'target') return covered.has(other.id) ? null : 'restatement';
  if (figure.kind === 'actual' && other.kind === 'actual') {
    // Readings of different stretches (1-6月 against 全年) are not the same number.
    if (figure.period && other.period && (figure.period.from !== other.period.from || figure.period.to !== other.period.to)) return null;
    return 'rounding';
  }
  if (figure.kind === 'projection' && other.kind === 'projection') return 'forecast';
  if ((figure.kind === 'actual' || figure.kind === 'projection') && other.kind === 'target' && !covered.has(other.id)) return 'target_rule';
  return null;
}

/**
 * Two statements of one quantity that comparisonOf found comparable. Targets against
 * targets: the same stated number is a restatement, another number a revision (a goal's
 * number is chosen, not measured, so rounding does not excuse it). Actuals against
 * actuals: rounding decides. A projection against a projection: a changed forecast reads
 * as revised. An actual against an unregistered target figure: the target's status rule.
 */
export function readComparison(comparison: Comparison, figure: SourcedFigure, other: SourcedFigure, tolerance: number, today: string): { verdict: Verdict; explanation: Explanation } {
  switch (comparison) {
    case 'restatement': {
      const same = sameStatedTerms(figure, other);
      return { verdict: same ? 'consistent' : 'revised', explanation: restatement(figure, other, same) };
    }
    case 'rounding':
      return consistencyVerdict(figure, other, tolerance);
    case 'forecast':
      if (overlaps(statedInterval(figure, tolerance), statedInterval(other, tolerance))) return consistencyVerdict(figure, other, tolerance);
      return { verdict: 'revised', explanation: { ...consistencyVerdict(figure, other, tolerance).explanation, code: 'forecast_revised' } };
    case 'target_rule': {
      const terms = targetDraftFromFigure(other, { date: other.storyDate, headline: other.headline }, tolerance);
      const read = verdictAgainstTarget(terms, figure, today);
      return { verdict: read.verdict, explanation: read.assessment.explanation };
    }
  }
}
