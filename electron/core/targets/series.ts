/**
 * A metric's series for its chart: the register's targets as lines or bands and the
 * stored readings of the same quantity as points, kept to one measure.
 */
import type { MetricSeries } from '../../../shared/domain/target';
import type { Repositories } from '../db/repositories';
import { comparableUnits, entityKey, entityVariants, matchKey } from '../metrics/match-key';
import { indicatorOfKey, unitClassOf } from '../metrics/key';
import type { UnitClass } from '../metrics/lexicon/types';

/**
 * One metric for a chart: each target as a line (or band for approx/range) and every
 * stored actual or projection of the same quantity as a point.
 */
export function metricSeries(repos: Repositories, metricKey: string, entity: string | null = null, limit = 500): MetricSeries {
  const key = matchKey(metricKey);
  const keys = new Set([key, ...repos.metricAliases.related(key)]);
  const variants = entity ? new Set(entityVariants(entity).map((e) => entityKey(e))) : null;
  const targets = [...keys].flatMap((k) => repos.targets.byMatchKey(k)).filter((t) => !variants || variants.has(entityKey(t.entity)));
  const rawKeys = new Set<string>([metricKey, ...keys, ...targets.map((t) => t.metricKey)]);
  const candidates = [...rawKeys]
    .flatMap((k) => repos.checkFigures.series(k, limit))
    .filter((f) => !variants || f.entity === null || variants.has(entityKey(f.entity)))
    .filter((f, i, all) => all.findIndex((g) => g.id === f.id) === i);
  // One chart, one measure: a growth multiple (增长3.1倍), money or a share never lands on a chart of counts.
  const measure = targets[0] ?? candidates[0];
  // …and the measure is the indicator's when the key names one, whatever the first target says.
  const unitClass = indicatorOfKey(key)?.unitClass ?? (measure ? unitClassOf(measure) : null);
  const points = candidates
    .filter((f) => !measure || comparableUnits(measure, f))
    .filter((f) => sameMeasure(unitClass, unitClassOf(f)))
    .slice(0, limit);
  return {
    metricKey: key,
    unit: targets[0]?.unit ?? points[0]?.unit ?? null,
    unitClass,
    targets: targets.map((t) => {
      const slack = t.comparator === 'approx' ? Math.abs(t.value) * t.tolerance : 0;
      return {
        targetId: t.id,
        status: t.status,
        value: t.value,
        low: t.value - slack,
        high: (t.comparator === 'range' && t.valueMax !== null ? t.valueMax : t.value) + slack,
        period: t.period,
        deadline: t.deadline,
        entity: t.entity,
      };
    }),
    points: points.map((f) => ({
      figureId: f.id,
      storyId: f.storyId,
      headline: f.headline,
      date: f.storyDate,
      kind: f.kind as 'actual' | 'projection',
      value: f.value,
      period: f.period,
      entity: f.entity,
      quote: f.quote,
      unitClass: unitClassOf(f),
    })),
  };
}

/** A reading fits a chart of `chart` when it is of that measure; a bare number counts. */
export function sameMeasure(chart: UnitClass | null, reading: UnitClass | null): boolean {
  if (chart === null) return true;
  return (reading ?? 'count') === chart;
}
