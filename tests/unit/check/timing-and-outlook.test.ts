/**
 * Readings of another period that a careful editor still compares (an interim level before a
 * deadline, a running count dated only by its story), and the outlook a story states beside
 * a reading that falls short before the deadline.
 */
import { describe, expect, it } from 'vitest';
import { readingTiming } from '../../../electron/core/check/timing';
import { outlookAround } from '../../../electron/core/check/outlook';
import { comparableUnits, quantityKey } from '../../../electron/core/metrics/match-key';

const span = (from: string, to: string, label = `${from}..${to}`) => ({ from, to, label });

describe('when a reading of another period is compared', () => {
  it.each([
    [
      'a share in 2022 against a share to reach by 2030, set in 2023',
      { period: span('2022-01-01', '2022-12-31'), storyDate: '2023-12-30', change: 'level' },
      { period: span('2030-01-01', '2030-12-31'), accumulation: 'stock' as const, sourceDate: '2023-03-30', deadline: '2030-12-31' },
      'before_deadline',
    ],
    [
      'a growth rate of 2022 against growth in 2030 is another period',
      { period: span('2022-01-01', '2022-12-31'), storyDate: '2023-12-30', change: 'increase' },
      { period: span('2030-01-01', '2030-12-31'), accumulation: 'rate' as const, sourceDate: '2023-03-30', deadline: '2030-12-31' },
      'different',
    ],
    [
      'a level read before the goal was set is not a reading toward it',
      { period: span('2019-01-01', '2019-12-31'), storyDate: '2020-03-01', change: 'level' },
      { period: span('2030-01-01', '2030-12-31'), accumulation: 'stock' as const, sourceDate: '2023-03-30', deadline: '2030-12-31' },
      'different',
    ],
    [
      'an extra count dated only by its story, after the deadline',
      { period: span('2023-01-01', '2023-12-31', 'story year'), storyDate: '2023-04-26', change: 'increase' },
      { period: span('2019-07-04', '2022-07-04'), accumulation: 'flow' as const, sourceDate: '2019-07-04', deadline: '2022-07-04' },
      'as_of_story',
    ],
    [
      'a level dated only by its story after the deadline says nothing of the deadline',
      { period: span('2023-01-01', '2023-12-31', 'story year'), storyDate: '2023-04-26', change: 'level' },
      { period: span('2019-07-04', '2022-07-04'), accumulation: 'stock' as const, sourceDate: '2019-07-04', deadline: '2022-07-04' },
      'different',
    ],
    [
      'a later reading against a goal printed with no time of its own (its story’s year only a guess)',
      { period: span('2019-04-01', '2020-03-31', '2019-20'), storyDate: '2020-06-30', change: 'level' },
      { period: span('2017-01-01', '2017-12-31', 'story year'), accumulation: 'flow' as const, sourceDate: '2017-05-10', deadline: '2017-12-31' },
      'unstated',
    ],
    [
      'but a reading from before such a goal was set is another period',
      { period: span('2015-01-01', '2015-12-31', '2015'), storyDate: '2016-02-01', change: 'level' },
      { period: span('2017-01-01', '2017-12-31', 'story year'), accumulation: 'flow' as const, sourceDate: '2017-05-10', deadline: '2017-12-31' },
      'different',
    ],
    [
      'the same year',
      { period: span('2024-01-01', '2024-12-31'), storyDate: '2025-01-20', change: 'increase' },
      { period: span('2024-01-01', '2024-12-31'), accumulation: 'rate' as const, sourceDate: '2024-03-05', deadline: '2024-12-31' },
      'same',
    ],
  ])('%s', (_name, figure, target, timing) => {
    expect(readingTiming(figure, target).timing).toBe(timing);
  });
});

describe('the outlook a story states beside a reading', () => {
  const at = (text: string, quote: string) => outlookAround(text, text.indexOf(quote), text.indexOf(quote) + quote.length)?.outlook ?? null;
  it.each([
    ['a trajectory to meet the goal', "In 2023, we wrapped up with around 170,000 chargers nationwide, and we're on a trajectory to meet and exceed the president's goal.", '170,000', 'on_track'],
    ['met the targets so far', 'The Department has so far met the targets set for the Programme, with 13,500 additional officers recruited by the end of March 2022.', '13,500', 'on_track'],
    ['not on track', 'With 27,000 homes built, the programme is not on track to meet its target.', '27,000', 'off_track'],
    ['likely to fall short', 'Only 214 homes were built and the scheme is likely to fall short of its goal.', '214', 'off_track'],
    ['达标有所困难 (traditional)', '能源署補充，截至2025年底綠能比重達13.1%，以目前光電、風電發展，今年達標有所困難。', '13.1%', 'off_track'],
    ['有望完成全年目标', '前三季度全市新增就业28万人，有望完成全年目标任务。', '28万人', 'on_track'],
    ['another goal in the next sentence is not this one', '光電目前是16GW，目標今年底18GW。至於離岸風電符合進度，今年7月為3.13GW。', '16GW', null],
    ['no outlook', 'Unemployment was 4.2% in March.', '4.2%', null],
  ])('%s', (_name, text, quote, outlook) => {
    expect(at(text, quote)).toBe(outlook);
  });
});

describe('a count named only by what it counts', () => {
  it.each([
    ['homes and new builds', { metric: 'homes', unit: 'homes' }, { metric: 'new builds', unit: 'builds' }],
    ['chargers and charging stations', { metric: 'chargers', unit: 'chargers' }, { metric: 'charging stations', unit: 'charging stations' }],
  ])('%s are the same quantity', (_name, a, b) => {
    const key = (x: { metric: string; unit: string }) => quantityKey({ ...x, currency: null, change: 'level' });
    expect(key(a)).toBe(key(b));
  });
});

describe('a count printed bare', () => {
  const q = (unit: string, currency: string | null = null, change = 'level') => ({ unit, currency, change });
  it.each([
    ['a bare count against homes', q(''), q('homes'), true],
    ['homes against a bare count', q('homes'), q(''), true],
    ['a bare number against money', q(''), q('元', 'CNY'), false],
    ['a bare number against a rate', q(''), q('%'), false],
    ['a bare increase against a level of homes', q('', null, 'increase'), q('homes'), false],
    ['housing units counted with 个 against flats (伙, 套)', q('个'), q('套'), true],
    ['but 个 against people', q('个'), q('人'), false],
  ])('%s', (_name, a, b, comparable) => {
    expect(comparableUnits(a, b)).toBe(comparable);
  });
});
