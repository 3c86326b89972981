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

interface Terms {
  metric: string;
  metricKey?: string;
  unit: string;
  currency: string | null;
  change: string;
}

/** `key` is the target's match key when the caller has it (the check looked the target up by it). */
export function countedAsTarget<E extends { unit: string; currency: string | null; change: string }>(target: Terms, readings: readonly E[], key = quantityKey(target)): E[] {
  const indicator = indicatorOfKey(key);
  if (!indicator || indicator.unitClass !== 'count' || unitClassOf(target) !== 'count') return [...readings];
  return readings.map((e) => {
    if (unitClassOf(e) !== 'count') return e;
    const flowChange = indicator.measure === 'flow' && e.change !== target.change && e.change !== 'decrease' && target.change !== 'decrease';
    return { ...e, unit: target.unit, ...(flowChange ? { change: target.change } : {}) };
  });
}
