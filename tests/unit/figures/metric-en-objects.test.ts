/**
 * English figures whose measure is the object of a verb or a goal's own name. Every sentence is
 * written for the test, in several forms of each frame, not taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import { EN_OBJECT_FRAMES, measureOfFrame, sumNamedAfter } from '../../../electron/core/figures/metric-en-objects';
import type { ExtractedFigure } from '../../../shared/domain/figure';

const en = (text: string): ExtractedFigure[] => extractFigures(text, { date: '2024-05-02', city: null, language: 'en' });
const metricAt = (text: string, quote: string): string => {
  const f = en(text).find((x) => x.quote.includes(quote));
  expect(f, `${quote} in ${text}`).toBeDefined();
  return f!.metric;
};

describe('the object a verb moves to the figure is its measure', () => {
  it.each([
    ['a bound word in the quote closes the object', 'We need to reach older smokers if we are to get the smoking rate below 5 per cent by 2025.', '5 per cent', 'smoking rate'],
    ['a particle before the object', 'The budget plans to bring down the fiscal deficit below 4.5 per cent by 2026.', '4.5 per cent', 'fiscal deficit'],
    ['a gerund', 'The agency is raising its hospital capacity to 12,000 beds.', '12,000', 'hospital capacity'],
    ['a past tense, for a reading', 'Last year the council cut the waiting list to 2,300 families.', '2,300', 'waiting list'],
    ['a goal with its verb', 'Ministers renewed the pledge to lift the minimum wage to £12 an hour.', '£12', 'minimum wage'],
    ["whose measure it is, is not the measure", "The plan sets a target of reducing Hong Kong's carbon intensity by 65 per cent by 2030.", '65 per cent', 'carbon intensity'],
  ])('%s', (_name, text, quote, metric) => {
    expect(metricAt(text, quote)).toBe(metric);
  });

  it.each([
    ['a manner word', 'Quarterly revenue at the port grew strongly to $5bn.', '$5bn', /strongly/],
    ['a goal word alone', 'Three years ago the governor moved to expand the goal to 10 GW by 2030.', '10 GW', /^goal/],
  ])('%s is not a measure', (_name, text, quote, not) => {
    expect(metricAt(text, quote)).not.toMatch(not);
  });

  it("an object that points back takes the measure of the figure before it: 'increasing that figure to'", () => {
    const text = 'Wind and solar now meet 40 per cent of electricity demand in the state. But increasing that figure to 80 per cent by 2030 looks ambitious.';
    expect(metricAt(text, '80 per cent')).toBe(metricAt(text, '40 per cent'));
  });
});

describe("a goal's own name, with the year it is for, is the measure", () => {
  it.each([
    ['at', 'The assembly adopted a resolution with the GDP growth target for the year at 6.5%.', '6.5%', 'GDP growth'],
    ['of a year', 'The bank kept its inflation forecast for 2025 of 3.1% in the statement.', '3.1%', 'inflation'],
    ['is', 'The regional housing goal for this year is 1,200 homes, officials said.', '1,200', 'regional housing'],
  ])('%s', (_name, text, quote, metric) => {
    expect(metricAt(text, quote)).toBe(metric);
  });
});

describe('a sum followed by the balance or flow it is', () => {
  it.each([
    ['an adjective before the sum', 'A razor-thin $1.5 billion surplus will be the centrepiece of the budget.', '$1.5 billion', 'surplus'],
    ['a record', 'The treasury expects a record $40 billion deficit next year.', '$40 billion', 'deficit'],
    ['a modifier of the noun', 'The country ran a $9bn trade deficit in March.', '$9bn', 'trade deficit'],
  ])('%s', (_name, text, quote, metric) => {
    expect(metricAt(text, quote)).toBe(metric);
  });

  it('a noun after a clause word is not the sum’s', () => {
    expect(sumNamedAfter(' in profit before tax')).toBeNull();
    expect(sumNamedAfter(' surplus for 2012-13')).toBe('surplus');
  });
});

describe('a balance told as one flow outrunning the other', () => {
  it.each([
    ['income over spending is a surplus', "Alberta's revenue will outpace expenses by $511 million in the 2022-23 fiscal year.", '$511 million', 'surplus'],
    ['spending over income is a deficit', 'Last year spending exceeded revenue by $2.4 billion, the auditor said.', '$2.4 billion', 'deficit'],
  ])('%s', (_name, text, quote, metric) => {
    expect(metricAt(text, quote)).toBe(metric);
  });
});

describe('the frames are named rows', () => {
  it('every row has a name and matches its own example', () => {
    expect(EN_OBJECT_FRAMES.map((f) => f.name)).toEqual([
      'a goal of moving its object',
      'an object kept within a goal',
      'a verb moving its object to the figure',
      'a subject moved within a goal',
      "a goal's own name, with its year",
    ]);
    expect(measureOfFrame('forecasts are for inflation to return to the target range of')).toBe('inflation');
    expect(measureOfFrame("a 2020 goal of reducing its statewide greenhouse gas (GHG) emissions limit to")).toBe('statewide greenhouse gas (GHG) emissions');
    // A goal's frame around a clause ('its contribution to the Kingdom's GDP from') names no one measure.
    expect(measureOfFrame("aims to increase its contribution to the Kingdom's GDP from")).toBeNull();
    expect(measureOfFrame('a pledge to bring inflation down to')).toBe('inflation');
    expect(measureOfFrame('to keep prices below the target of')).toBe('prices');
    expect(measureOfFrame('increasing that figure to')).toBe('that figure');
    expect(measureOfFrame('the GDP growth target for the year at')).toBe('GDP growth');
    expect(measureOfFrame('Revenue grew strongly to')).toBeNull();
  });
});
