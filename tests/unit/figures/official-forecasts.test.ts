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

describe('a Chinese forecast two or more years ahead states a plan’s mark, unless it is held against a goal already set', () => {
  it.each([
    ['据悉,到2025年,宁波舟山港集装箱吞吐量有望达到3500万标准箱。', '3500万标准箱', '2021-12-18', 'target'],
    ['预计到2020年末,全国城市轨道交通运营总里程将超过7000公里。', '7000公里', '2017-12-01', 'target'],
    ['據悉，預計到2030年，本港的電動車充電泊車位將增至20萬個。', '20萬個', '2026-03-01', 'target'],
    // A year or less ahead: a forecast of the outcome under way.
    ['“十四五”末新能源装机有望突破8000万千瓦。', '8000万千瓦', '2024-03-10', 'projection'],
    ['预计到2025年底，全省光伏装机有望突破3000万千瓦。', '3000万千瓦', '2024-06-01', 'projection'],
    // Held against the goal: how the goal is going, not a new mark.
    ['按此进度，预计到2027年全市新能源汽车保有量有望达到80万辆，完成规划目标。', '80万辆', '2024-05-01', 'projection'],
    // Another forecaster's long view stays theirs.
    ['分析师预计到2030年，全国储能装机有望达到3亿千瓦。', '3亿千瓦', '2024-05-01', 'projection'],
  ])('%s', (text, quote, date, kind) => {
    expect(kindOf(text, quote, date, 'zh')).toBe(kind);
  });

  it('a budget’s medium-term path of the public purse is its plan, and a later statement’s path set against it a projection', () => {
    expect(kindOf('The consolidated fiscal deficit is projected to reach 3.2 per cent in 2025/26.', '3.2 per cent', '2023-02-22', 'en')).toBe('target');
    expect(kindOf('It projected a deficit of 4.2 per cent in 2025/26, wider than the 3.2 per cent seen in February.', '4.2 per cent', '2023-11-01', 'en')).toBe('projection');
  });
});
