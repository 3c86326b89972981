/**
 * A financial year is the government's own: 'FY24' in a Kenyan, Australian or Pakistani story runs July to
 * June, in a US federal story October to September, in a Nigerian one with the calendar, and in a story that
 * names no place it keeps the April year (the UK's, India's, Canada's).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import { fiscalStartFor } from '../../../electron/core/figures/fiscal-calendars';

function periodOf(text: string, quote: string, date: string): [string, string] {
  const f = extractFigures(text, { date, city: null, language: 'en' }).find((x) => x.quote.includes(quote));
  expect(f?.period, text).toBeTruthy();
  return [f!.period!.from, f!.period!.to];
}

describe('a financial year is read by the calendar of the place the story names', () => {
  it.each([
    ['Kenya: this FY', 'The Kenya Revenue Authority is optimistic about raising Sh2.768 trillion in this FY.', 'Sh2.768 trillion', '2023-10-25', '2023-07-01', '2024-06-30'],
    ['Pakistan: FY25', 'Pakistan’s finance ministry set a primary surplus target of 2 percent of GDP for FY25.', '2 percent', '2024-06-12', '2024-07-01', '2025-06-30'],
    ['New Zealand: 2014/15', 'New Zealand’s government forecast a surplus of NZ$372 million in 2014/15.', 'NZ$372 million', '2014-05-15', '2014-07-01', '2015-06-30'],
    ['Australia: the next financial year', 'Australia’s Treasurer expects net overseas migration of 260,000 in the next financial year.', '260,000', '2024-05-14', '2024-07-01', '2025-06-30'],
    ['US federal: fiscal 2012', 'The Congressional Budget Office said the United States ran a deficit of $1.089 trillion in fiscal 2012.', '$1.089 trillion', '2012-10-12', '2011-10-01', '2012-09-30'],
    ['Nigeria: the 2024 fiscal year', 'Nigeria’s government projected inflation at 21.4% for the 2024 fiscal year.', '21.4%', '2023-11-30', '2024-01-01', '2024-12-31'],
    ['India: FY24', 'India’s ministry set a target of 13,814 km of highways in FY24.', '13,814 km', '2024-02-23', '2023-04-01', '2024-03-31'],
    ['no place named: the April year', 'The department spent £4.2 billion in 2023-24.', '£4.2 billion', '2024-06-01', '2023-04-01', '2024-03-31'],
  ])('%s', (_name, text, quote, date, from, to) => {
    expect(periodOf(text, quote, date)).toEqual([from, to]);
  });

  it('the calendar named most wins: a Kenyan story that mentions the UK once is still Kenyan', () => {
    expect(fiscalStartFor('Kenya’s Treasury said Kenya would borrow from the UK and Kenya’s banks.', 'en')).toBe(7);
  });
});
