/**
 * Chinese counts as Taiwan's and Hong Kong's press print them, goals said with 力拼, and counts of what is
 * added kept apart from totals. Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../../shared/domain/figure';

const zh = (text: string, date = '2025-10-21'): ExtractedFigure[] => extractFigures(text, { date, city: null, language: 'zh' });
const byQuote = (figs: ExtractedFigure[], quote: string): ExtractedFigure => {
  const f = figs.find((x) => x.quote.includes(quote));
  expect(f, `${quote} in ${figs.map((x) => x.quote).join(' | ')}`).toBeDefined();
  return f!;
};

describe('personnel and flats counted with their own classifiers', () => {
  it.each([
    ['國防部指出，今年度招募目標1萬4563員。', '1萬4563員', 14563, '人'],
    ['差估署估算，今年整體私人住宅落成量約20862伙。', '20862伙', 20862, '套'],
  ])('%s', (text, quote, value, unit) => {
    const f = byQuote(zh(text), quote);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
  });
});

describe('a goal said with 力拼', () => {
  it('is a target, not a forecast', () => {
    expect(byQuote(zh('台鐵今年祭出新招，力拚今年準點率達到97.7％。', '2026-02-06'), '97.7').kind).toBe('target');
  });
});

describe('a count of what is added', () => {
  it.each([
    ['到2027年底，全国城市新增160万个直流充电枪。', '160万个', '新增直流充电枪'],
    ['今年全区新增3所学校。', '3所', '新增学校'],
  ])('names the addition, not the stock: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });
  it('leaves a stock a stock', () => {
    expect(byQuote(zh('截至去年底，全国充电基础设施总数达到2009.2万个。'), '2009.2万个').metric).not.toMatch(/新增/);
  });
});
