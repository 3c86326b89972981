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

export function isRelativeTarget(t: Pick<Target, 'unit'>): boolean {
  return t.unit === 'ratio';
}

/** ×0.5 for halve (0.5, decrease), ×2 for double (2, increase), ×⅔ for a cut by a third. */
function factorOf(t: Pick<Target, 'value' | 'change'>): number {
  if (t.value >= 1) return t.value;
  return t.change === 'decrease' ? 1 - t.value : 1 + t.value;
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
      comparator: down ? 'lte' : 'gte',
      direction: down ? 'ceiling' : 'floor',
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
