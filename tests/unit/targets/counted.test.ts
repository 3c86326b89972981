import { describe, expect, it } from 'vitest';
import { countedAsTarget } from '../../../electron/core/targets/counted';

describe('readings of one counted indicator, in the target\'s terms', () => {
  it('holds chargers against a target of charging stations', () => {
    const target = { metric: 'electric vehicle charging stations', unit: 'stations', currency: null, change: 'level' };
    expect(countedAsTarget(target, [{ unit: 'chargers', currency: null, change: 'level', value: 170_000 }])).toEqual([{ unit: 'stations', currency: null, change: 'level', value: 170_000 }]);
  });

  it('reads "a million more homes" and "one million homes delivered" as one statement of a flow', () => {
    const target = { metric: 'homes', unit: 'homes', currency: null, change: 'increase' };
    expect(countedAsTarget(target, [{ unit: 'homes', currency: null, change: 'level' }])[0]).toMatchObject({ change: 'increase' });
  });

  it('leaves other readings alone: money, rates, and metrics the lexicon does not know', () => {
    const homes = { metric: 'homes', unit: 'homes', currency: null, change: 'level' };
    expect(countedAsTarget(homes, [{ unit: '元', currency: 'CNY', change: 'level' }])[0]).toMatchObject({ unit: '元' });
    const unknown = { metric: 'play sites refurbished', unit: 'playgrounds', currency: null, change: 'level' };
    expect(countedAsTarget(unknown, [{ unit: 'swings', currency: null, change: 'level' }])[0]).toMatchObject({ unit: 'swings' });
  });
});
