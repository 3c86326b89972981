import { describe, expect, it } from 'vitest';
import { countedAsTarget } from '../../../electron/core/targets/counted';

describe('readings of one counted indicator, in the target\'s terms', () => {
  it('holds chargers against a target of charging stations', () => {
    const target = { metric: 'electric vehicle charging stations', unit: 'stations', currency: null, change: 'level' };
    expect(countedAsTarget(target, [{ unit: 'chargers', currency: null, change: 'level', value: 170_000 }])).toEqual([{ unit: 'stations', currency: null, change: 'level', value: 170_000 }]);
  });

  it('reads "a million more homes" and "one million homes delivered" as one statement of a flow', () => {
    const target = { metric: 'homes', unit: 'homes', currency: null, change: 'increase' };
    expect(countedAsTarget(target, [{ unit: 'homes', currency: null, change: 'level', value: 1e6 }])[0]).toMatchObject({ change: 'increase' });
  });

  it('leaves other readings alone: money, rates, and metrics the lexicon does not know', () => {
    const homes = { metric: 'homes', unit: 'homes', currency: null, change: 'level' };
    expect(countedAsTarget(homes, [{ unit: '元', currency: 'CNY', change: 'level', value: 5e9 }])[0]).toMatchObject({ unit: '元' });
    const unknown = { metric: 'play sites refurbished', unit: 'playgrounds', currency: null, change: 'level' };
    expect(countedAsTarget(unknown, [{ unit: 'swings', currency: null, change: 'level', value: 40 }])[0]).toMatchObject({ unit: 'swings' });
  });

  it.each([
    ['grain in 万吨 against a goal in 斤', { unit: '吨', value: 27_770_400 }, '斤', 55_540_800_000],
    ['a harvest in 公斤 against a goal in 吨', { unit: '公斤', value: 2_500_000 }, '吨', 2_500],
    ['farmland in 亩 against a goal in 公顷', { unit: '亩', value: 1_500_000 }, '公顷', 100_000],
    ['roads in miles against a goal in kilometres', { unit: 'miles', value: 100 }, 'km', 160.9344],
    ['kilograms against a goal in tonnes', { unit: 'kg', value: 30_000 }, 'tonnes', 30],
  ])('converts %s into the target\'s unit', (_, reading, unit, value) => {
    const target = { metric: '粮食产量', unit, currency: null, change: 'level' };
    const [held] = countedAsTarget(target, [{ ...reading, currency: null, change: 'level', valueMax: null }]);
    expect(held).toMatchObject({ unit });
    expect(held!.value).toBeCloseTo(value, 6);
  });

  it('converts both ends of a range, and leaves a change in % and money alone', () => {
    const target = { metric: '粮食产量', unit: '斤', currency: null, change: 'level' };
    expect(countedAsTarget(target, [{ unit: '吨', currency: null, change: 'level', value: 10, valueMax: 20 }])[0]).toMatchObject({ value: 20_000, valueMax: 40_000 });
    expect(countedAsTarget(target, [{ unit: '%', currency: null, change: 'increase', value: 2 }])[0]).toMatchObject({ unit: '%', value: 2 });
    expect(countedAsTarget(target, [{ unit: '元', currency: 'CNY', change: 'level', value: 9 }])[0]).toMatchObject({ unit: '元', value: 9 });
  });
});
