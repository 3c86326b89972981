/**
 * Relative targets: "halve inflation", 「翻一番」, "cut by a third". The promise names no
 * number, so it is resolved from the baseline the archive holds: the latest reading of the
 * same indicator and place before the target's period began ("inflation was 10.7% in the
 * final quarter of last year"). Without one, the check says so and asks the editor.
 */
import type { Explanation, Target } from '../../../shared/domain/target';
import type { Repositories } from '../db/repositories';
import type { SourcedFigure } from '../db/repositories/check-figures';
import { formatEn, formatZh } from '../targets/format';
import type { TargetTerms } from '../targets/status';
import { placeRelation } from '../metrics/places';
import { comparableUnits, signedValue } from '../metrics/match-key';
import { unitClassOf } from '../metrics/key';

export function isRelativeTarget(t: Pick<Target, 'unit'>): boolean {
  return t.unit === 'ratio';
}

/**
 * 'reduce households in emergency housing by 75% by 2030' held against a count ('there were 591'):
 * a goal of a change in percent, read against the level itself, is relative to the level before it
 * began, as 'halve' is. Against a percentage ('an 81% reduction') it is compared as it stands.
 */
export function isChangeOfLevel(t: Pick<Target, 'unit' | 'change' | 'metric' | 'metricKey' | 'period'>, figure: Pick<SourcedFigure, 'unit' | 'currency' | 'change'>): boolean {
  if (t.unit !== '%' || t.change === 'level' || figure.change !== 'level' || !figure.unit) return false;
  // Output growth (地区生产总值增长5.5%, economic growth) is real, at constant prices: a level in current prices says
  // nothing of it. Price indices are rates of their own. Revenue, sales and counts grow as their levels do.
  if (!t.period || REAL_OR_PRICE_GROWTH.test(`${t.metric} ${t.metricKey}`)) return false;
  const cls = unitClassOf({ unit: figure.unit, currency: figure.currency });
  return cls !== null && cls !== 'percent' && cls !== 'ratio';
}

const REAL_OR_PRICE_GROWTH = /生产总值|增加值|GDP|经济|价格|物价|CPI|PPI|涨幅|收入.*实际|economic|economy|value added|output|price|inflation|@gdp|@.*value-added|@cpi|@ppi/i;

/** Whether the target must be resolved from a baseline before this figure can be held against it. */
export function isRelativeTo(t: Pick<Target, 'unit' | 'change' | 'metric' | 'metricKey' | 'period'>, figure: Pick<SourcedFigure, 'unit' | 'currency' | 'change'>): boolean {
  return (isRelativeTarget(t) && !isPercentChange(figure)) || isChangeOfLevel(t, figure);
}

function isPercentChange(figure: Pick<SourcedFigure, 'unit' | 'change'>): boolean {
  return figure.unit === '%' && figure.change !== 'level';
}

/**
 * 'halving road deaths' held against 'deaths fell by 36%': the relative goal as the change in
 * percent it asks for (a fall of 50%), which a change in percent is compared with as it stands.
 */
export function asPercentChange<T extends Pick<Target, 'unit' | 'value' | 'change' | 'comparator' | 'direction'>>(t: T, figure: Pick<SourcedFigure, 'unit' | 'change'>): T {
  if (!isRelativeTarget(t) || !isPercentChange(figure)) return t;
  const down = t.change === 'decrease';
  // Signed changes: a fall of 23% (-23) falls short of a fall of two thirds (-66.7), so a fall is held as a ceiling.
  return { ...t, unit: '%', value: Number((Math.abs(factorOf(t) - 1) * 100).toPrecision(12)), comparator: down ? 'lte' : 'gte', direction: down ? 'ceiling' : 'floor' };
}

/** ×0.5 for halve (0.5, decrease), ×2 for double (2, increase), ×⅔ for a cut by a third, ×0.25 for a cut by 75%. */
function factorOf(t: Pick<Target, 'value' | 'change' | 'unit'>): number {
  const share = t.unit === '%' ? t.value / 100 : t.value;
  if (t.unit !== '%' && share >= 1) return share;
  return t.change === 'decrease' ? 1 - share : 1 + share;
}

export type Resolved = { terms: TargetTerms & Pick<Target, 'metric' | 'metricKey'>; baseline: SourcedFigure } | { needsBaseline: Explanation };

export function resolveRelative(repos: Repositories, rawKeys: string[], target: Target, figure: SourcedFigure): Resolved {
  const start = target.period?.from ?? target.sourceDate;
  const baseline = rawKeys
    .flatMap((raw) => repos.checkFigures.series(raw, 200))
    .filter((f) => f.kind === 'actual' && f.period && start && f.period.to < start && f.unit !== 'ratio' && comparableUnits(f, figure))
    .filter((f) => placeRelation(f.entity, target.entity) !== 'different')
    .sort((a, b) => (a.period!.to < b.period!.to ? 1 : -1))[0];
  if (!baseline) {
    return {
      needsBaseline: {
        code: 'needs_baseline',
        zh: `目标是相对的（“${target.quote}”），档案中没有目标开始前的基准数字；请在目标中填写基准值`,
        en: `The target is relative ("${target.quote}") and the archive holds no reading from before it began; enter the baseline on the target`,
      },
    };
  }
  const down = target.change === 'decrease';
  const value = Number((signedValue(baseline) * factorOf(target)).toPrecision(12));
  return {
    baseline,
    terms: {
      ...target,
      value,
      valueMax: null,
      unit: baseline.unit,
      currency: baseline.currency,
      change: baseline.change,
      // 增长6%左右 from 440.5亿元: about 466.9亿元, with the goal's tolerance on the rate (±0.6 points) as a share of the level.
      ...(target.comparator === 'approx' && target.unit === '%'
        ? { comparator: 'approx' as const, tolerance: (target.tolerance * target.value) / 100 / factorOf(target) }
        : { comparator: down ? ('lte' as const) : ('gte' as const) }),
      direction: down ? 'ceiling' : 'floor',
      // A change of a level (households, tonnes) is read against the level: the level is what is kept.
      accumulation: isChangeOfLevel(target, figure) ? 'stock' : target.accumulation,
      fromBaseline: true,
    },
  };
}

/** The sentence that says where the resolved number came from, in both languages. */
export function baselineNote(target: Target, baseline: SourcedFigure, value: number): { zh: string; en: string } {
  const p = baseline.period!;
  return {
    zh: `（“${target.quote}”以${p.label}的${formatZh(signedValue(baseline), baseline.unit)}为基准，即${formatZh(value, baseline.unit)}）`,
    en: ` ("${target.quote}" from ${formatEn(signedValue(baseline), baseline.unit)} in ${p.label}, so ${formatEn(value, baseline.unit)})`,
  };
}
