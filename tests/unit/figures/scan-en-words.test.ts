/**
 * The English scanner's named rules for numbers that belong to a date or an age: each on a
 * sentence where, without it, the number would be read as a figure. A final check keeps the
 * table whole: every rule has a row.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../electron/core/figures/fold';
import { EN_DATE_OR_AGE, scanEn } from '../../../electron/core/figures/scan-en';

const quotes = (text: string): string[] => {
  const folded = foldText(text);
  return scanEn(folded).map((f) => `${folded.slice(f.start, f.end)}=${f.value}`);
};

const ROWS: Array<[rule: string, text: string, read: string[]]> = [
  ['month-after', 'Prices rose by 30 July, up from 20,000.', ['20,000=20000']],
  ['month-before', 'Sales on July 30 reached over 87,000.', ['over 87,000=87000']],
  ['age-or-time-after', 'Prices rose by 4-week highs.', []],
  ['age-or-time-after', 'Mortgage approvals dropped by 3-month lows.', []],
];

describe('numbers that are part of a date or an age', () => {
  it.each(ROWS)('%s: %s', (rule, text, read) => {
    expect(quotes(text)).toEqual(read);
    expect(EN_DATE_OR_AGE.map((r) => r.name)).toContain(rule);
  });

  it('every rule has a row', () => {
    expect(EN_DATE_OR_AGE.map((r) => r.name).filter((n) => !ROWS.some((row) => row[0] === n))).toEqual([]);
  });
});
