/**
 * 多, 余 and 来 on either side of a scale character: 1270多万人 (more than 12.7 million people),
 * 3200余万人, 1万多人. Each sentence is written for the test in the manner of a government report.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';

const zh = (text: string) => extractFigures(text, { date: '2024-05-20', city: null, language: 'zh' });

describe('an approximator next to a scale keeps the number', () => {
  it.each([
    ['全市常住人口达1270多万人。', '1270多万人', 12_700_000, '人', 'gt'],
    ['全年接待游客3200余万人次。', '3200余万人次', 32_000_000, '人次', 'gt'],
    ['当天参与活动的市民有1万多人。', '1万多人', 10_000, '人', 'gt'],
    ['新建保障性住房2万余套。', '2万余套', 20_000, '套', 'gt'],
    ['农村劳动力转移就业960多万人。', '960多万人', 9_600_000, '人', 'gt'],
    ['全省共有十来万家个体工商户。', '十来万家', 100_000, '家', 'approx'],
  ])('%s', (text, quote, value, unit, qualifier) => {
    const f = zh(text).find((x) => x.quote.includes(quote));
    expect(f, zh(text).map((x) => x.quote).join(' | ')).toBeDefined();
    expect([f!.value, f!.unit, f!.qualifier]).toEqual([value, unit, qualifier]);
  });
});
