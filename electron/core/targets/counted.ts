/**
 * Readings of one indicator that count the same thing under other words. The lexicon knows
 * that "500,000 electric vehicle charging stations" and "170,000 chargers" are both the
 * number of public chargers, and that "a million more homes" over a Parliament is the
 * homes delivered in it (for a flow, the additions are the amount). So, for a target whose
 * indicator is a count, a reading of the same indicator is held against it in the target's
 * unit, and for a flow an increase and a level are one statement.
 */
import { quantityKey } from '../metrics/match-key';
import { indicatorOfKey, unitClassOf } from '../metrics/key';
import { mirroredKey, turnSign } from '../metrics/mirrored-balance';
import { conversionFactor } from '../metrics/unit-conversion';

interface Terms {
  metric: string;
  metricKey?: string;
  unit: string;
  currency: string | null;
  change: string;
}

/** `key` is the target's match key when the caller has it (the check looked the target up by it). */
export function countedAsTarget<E extends Reading>(target: Terms, readings: readonly E[], key = quantityKey(target)): E[] {
  return inTargetUnits(target, countedAsIndicator(target, mirroredAsTarget(readings, key), key));
}

/** A reading of the same balance under the other sign (a deficit against a goal of a surplus), with its sign turned. */
function mirroredAsTarget<E extends Reading>(readings: readonly E[], key: string): E[] {
  const mirror = mirroredKey(key);
  if (!mirror) return [...readings];
  return readings.map((e) => (e.metric !== undefined && quantityKey({ ...e, metric: e.metric }) === mirror ? turnSign(e) : e));
}

interface Reading {
  /** What the reading measures, when known: a reading of the mirrored balance is turned. */
  metric?: string;
  metricKey?: string;
  unit: string;
  currency: string | null;
  change: string;
  value: number;
  valueMax?: number | null;
}

function countedAsIndicator<E extends Reading>(target: Terms, readings: readonly E[], key: string): E[] {
  const indicator = indicatorOfKey(key);
  if (!indicator || indicator.unitClass !== 'count' || unitClassOf(target) !== 'count') return [...readings];
  return readings.map((e) => {
    if (unitClassOf(e) !== 'count') return e;
    const flowChange = indicator.measure === 'flow' && e.change !== target.change && e.change !== 'decrease' && target.change !== 'decrease';
    return { ...e, unit: target.unit, ...(flowChange ? { change: target.change } : {}) };
  });
}

/**
 * A reading printed in another unit of the target's measure (亿斤 against 万吨, 亩 against
 * 公顷) in the target's unit. A change in % is the same in any unit, so only levels convert.
 */
function inTargetUnits<E extends Reading>(target: Terms, readings: readonly E[]): E[] {
  return readings.map((e) => {
    const factor = e.currency || target.currency ? null : conversionFactor(e.unit, target.unit);
    if (factor === null) return e;
    const convert = (v: number): number => Number((v * factor).toPrecision(12));
    return { ...e, unit: target.unit, value: convert(e.value), ...(e.valueMax != null ? { valueMax: convert(e.valueMax) } : {}) };
  });
}
