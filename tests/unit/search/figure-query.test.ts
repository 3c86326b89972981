import { describe, expect, it } from 'vitest';
import { readFigureQuery } from '../../../electron/core/archive/search-figures';

const open = { loOpen: false, hiOpen: false };

describe('a query that is a figure', () => {
  it.each([
    ['4.8万家', { lo: 48000, hi: 48000, ...open }, '家', []],
    ['4.8萬', { lo: 48000, hi: 48000, ...open }, null, []],
    ['>40000 科技型企业', { lo: 40000, hi: null, loOpen: true, hiOpen: false }, null, ['科技型企业']],
    ['科技型企业 超过4万家', { lo: 40000, hi: null, loOpen: true, hiOpen: false }, '家', ['科技型企业']],
    ['≥ 7000家', { lo: 7000, hi: null, ...open }, '家', []],
    ['4.8万家以上', { lo: 48000, hi: null, ...open }, '家', []],
    ['<2万人', { lo: null, hi: 20000, loOpen: false, hiOpen: true }, '人', []],
    ['more than 20,000 homes', { lo: 20000, hi: null, loOpen: true, hiOpen: false }, null, ['homes']],
    ['2.5 per cent', { lo: 2.5, hi: 2.5, ...open }, '%', []],
    ['Hangover 20', { lo: 20, hi: 20, ...open }, null, ['Hangover']],
  ])('%s', (query, bounds, unit, words) => {
    expect(readFigureQuery(query)).toEqual({ bounds, unit, words });
  });

  it.each(['科技型企业', '"4.8万家"', '20000 OR 两万', '4.8万 7000家', '第0001号', '-20000 homes'])('%s is not a figure', (query) => {
    expect(readFigureQuery(query)).toBeNull();
  });
});
