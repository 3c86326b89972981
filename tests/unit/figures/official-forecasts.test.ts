/**
 * Who made a forecast decides what an editor holds the year to: a public body's forecast of a whole year,
 * made before the year or in its first half, is the year's benchmark (a target); an analyst's, a bank's, an
 * international body's, or one made late in the year, stays a projection.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';

function kindOf(text: string, quote: string, date: string, language: 'zh' | 'en'): string {
  const figs = extractFigures(text, { date, city: null, language });
  const f = figs.find((x) => x.quote.includes(quote));
  expect(f, figs.map((x) => x.quote).join(' | ')).toBeDefined();
  return f!.kind;
}

describe('a public body’s forecast of a year, made before or early in it, is the year’s benchmark', () => {
  it.each([
    ['The Singapore economy is likely to grow by 0.5 per cent to 2.5 per cent in 2023, the Ministry of Trade and Industry said.', '0.5 per cent to 2.5 per cent', '2023-05-25'],
    ['Meanwhile, the bureau expects a 35.3 per cent increase in visitor arrivals this year, from 34 million to 46 million.', '46 million', '2024-02-28'],
    ['The Monetary Authority of Singapore predicted that core inflation would average 2.5–3.5% in 2024.', '2.5–3.5%', '2023-12-22'],
    ['The Treasury forecasts growth of 1.8% next year.', '1.8%', '2023-11-22'],
    ['香港旅发局总干事程鼎一表示，预计全年访港旅客数目有望达到2600万人次。', '2600万人次', '2023-06-02'],
    ['澳门特区政府预计2024年入境旅客有望达到3300万人次。', '3300万人次', '2024-01-10'],
  ])('%s', (text, quote, date) => {
    expect(kindOf(text, quote, date, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en')).toBe('target');
  });
});

describe('other forecasters, late-year forecasts and compared values stay projections', () => {
  it.each([
    ['Economists expect the economy to grow by 1.5% in 2024.', '1.5%', '2024-01-15', 'en'],
    ['The IMF expects the government’s economy to grow 3.2% this year.', '3.2%', '2024-02-01', 'en'],
    ['The ministry now expects growth of 1.1% this year.', '1.1%', '2024-11-20', 'en'],
    ['Meanwhile, the bureau expects a 35.3 per cent increase in visitor arrivals this year, from 34 million to 46 million.', '34 million', '2024-02-28', 'en'],
    ['分析师预计今年访港旅客有望达到4000万人次。', '4000万人次', '2024-02-01', 'zh'],
    ['旅发局预计全年访港旅客有望达到3400万人次。', '3400万人次', '2024-11-15', 'zh'],
    ['行政院主计总处昨日公布最新经济预测，上修今年经济成长率至3.43%。', '3.43%', '2024-03-01', 'zh'],
    ['The finance ministry revised its forecast for growth this year to 2.1%.', '2.1%', '2024-04-10', 'en'],
  ])('%s', (text, quote, date, language) => {
    expect(kindOf(text, quote, date, language as 'zh' | 'en')).toBe('projection');
  });
});
