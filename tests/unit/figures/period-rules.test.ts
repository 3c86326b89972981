/**
 * Each named period rule, on a sentence that needs it: which rule reads the time, and the
 * range it stands for on the story date. A final check keeps the table whole: every rule in
 * the Chinese and English tables has a row here.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import { findPeriods } from '../../../electron/core/figures/periods';
import { EN_PERIOD_RULES } from '../../../electron/core/figures/period-rules-en';
import { ZH_PERIOD_RULES } from '../../../electron/core/figures/period-rules-zh';

type Row = [rule: string, text: string, date: string, from: string, to: string];

const ZH_ROWS: Row[] = [
  ['fiscal-year', '2025至26年度财政预算案', '2025-02-26', '2025-04-01', '2026-03-31'],
  ['fiscal-year', '初步估算2024/25财政年度的综合赤字', '2024-12-03', '2024-04-01', '2025-03-31'],
  ['next-fiscal-year', '2025/26年度方面，明年度赤字预计为670亿元', '2025-02-26', '2025-04-01', '2026-03-31'],
  ['this-fiscal-year', '预计本财年的赤字将为1016亿元，财政储备在3月底将为7332亿元', '2024-02-28', '2023-04-01', '2024-03-31'],
  ['this-fiscal-year', '香港上财年录得赤字1222亿元', '2024-05-10', '2023-04-01', '2024-03-31'],
  ['this-fiscal-year', '香港政府公布，本财年首10个月录得1009亿元赤字', '2024-02-28', '2023-04-01', '2024-01-31'],
  ['this-fiscal-year', '公布二○二四至二五年度财务状况，本财政年度录得803亿港元赤字', '2025-04-30', '2024-04-01', '2025-03-31'],
  ['fiscal-year-in-words', '二〇二四至二五年度财务状况的临时数字', '2025-04-30', '2024-04-01', '2025-03-31'],
  ['fiscal-year-in-words', '二○二三至二四年度的整体开支', '2024-04-30', '2023-04-01', '2024-03-31'],
  ['relative-with-year', '估计明(2024)年经济成长率为3.35%', '2023-11-28', '2024-01-01', '2024-12-31'],
  ['relative-with-year', '预估今（2025）年经济成长', '2025-02-14', '2025-01-01', '2025-12-31'],
  ['year-range', '2021—2025年累计投资', '2026-01-10', '2021-01-01', '2025-12-31'],
  ['full-date', '存款余额于2024年3月31日为',  '2024-05-01', '2024-03-31', '2024-03-31'],
  ['month-range', '2024年1—5月，全市工业增加值', '2024-06-20', '2024-01-01', '2024-05-31'],
  ['first-months', '今年前10个月，全市接待游客', '2024-11-15', '2024-01-01', '2024-10-31'],
  ['relative-month', '澳门博监局公布，上月博彩毛收入录得208.88亿澳门元', '2026-01-01', '2025-12-01', '2025-12-31'],
  ['relative-month', '本月新增就业岗位1.2万个', '2024-05-20', '2024-05-01', '2024-05-31'],
  ['relative-month', '上季度地区生产总值增长5%', '2024-04-18', '2024-01-01', '2024-03-31'],
  ['month', '2024年3月居民消费价格同比上涨0.1%，比上月回落0.6个百分点', '2024-04-11', '2024-03-01', '2024-03-31'],
  ['month', '2024年9月失业率由上月的4.40%升至4.43%', '2024-10-20', '2024-09-01', '2024-09-30'],
  ['month', '2025 年 3 月，失业率', '2025-04-18', '2025-03-01', '2025-03-31'],
  ['part-of-year', '2023年上半年，地区生产总值', '2023-07-20', '2023-01-01', '2023-06-30'],
  // Quarters added up from the first: 1-3季度 is January to September, as 前三季度 is.
  ['part-of-year', '2022年1-3季度我区地区生产总值为3297.55亿元', '2022-11-01', '2022-01-01', '2022-09-30'],
  ['part-of-year', '2023年1—2季度，全市规模以上工业增加值', '2023-07-25', '2023-01-01', '2023-06-30'],
  ['part-of-year', '2024年一至三季度，全省固定资产投资', '2024-10-30', '2024-01-01', '2024-09-30'],
  ['part-of-year', '2024 年 前两个季度，社会消费品零售总额', '2024-07-30', '2024-01-01', '2024-06-30'],
  ['part-of-year', '2025年第2-3季度出口回升', '2025-10-30', '2025-04-01', '2025-09-30'],
  ['by-year', '到2027年底，建成充电桩', '2025-01-10', '2025-01-01', '2027-12-31'],
  ['before-year', '期盼在2028年前，平均经济成长率达3%以上', '2025-11-26', '2025-01-01', '2028-12-31'],
  ['year', '2022年，全市常住人口', '2023-03-01', '2022-01-01', '2022-12-31'],
  ['relative', '去年1—11月，外贸进出口', '2024-01-15', '2023-01-01', '2023-11-30'],
  ['relative', '今年1-3季度，全区实现地区生产总值', '2022-11-01', '2022-01-01', '2022-09-30'],
  ['relative', '去年一至三季度，全市进出口总额', '2024-02-01', '2023-01-01', '2023-09-30'],
  ['relative', '今年前3季出口年增', '2025-10-20', '2025-01-01', '2025-09-30'],
  ['relative', '今年第2季經濟增長率初步統計為12.53%', '2025-08-15', '2025-04-01', '2025-06-30'],
  ['span-of-years', '过去五年，累计新增就业', '2023-01-10', '2018-01-01', '2022-12-31'],
  ['five-year-plan', '十四五期间，累计投资', '2022-01-10', '2021-01-01', '2025-12-31'],
  ['part-of-context-year', '前三季度，社会消费品零售总额', '2024-10-18', '2024-01-01', '2024-09-30'],
  ['part-of-context-year', '1至2季度，全市规模以上工业增加值', '2024-07-20', '2024-01-01', '2024-06-30'],
  ['part-of-context-year', '一至三季度，全县完成固定资产投资', '2024-10-28', '2024-01-01', '2024-09-30'],
  ['part-of-context-year', '第一至第三季度全省GDP增长5%', '2024-10-28', '2024-01-01', '2024-09-30'],
  ['part-of-context-year', '1~3季度，外贸进出口', '2024-10-20', '2024-01-01', '2024-09-30'],
  ['part-of-context-year', '預測第4季經濟成長7.91%', '2025-11-28', '2025-10-01', '2025-12-31'],
  ['month-range-of-context-year', '1—8月，规模以上工业增加值', '2024-09-15', '2024-01-01', '2024-08-31'],
  ['month-of-context-year', '9月份，居民消费价格', '2024-10-15', '2024-09-01', '2024-09-30'],
  ['reference-year', '全年，地区生产总值', '2024-01-20', '2024-01-01', '2024-12-31'],
  ['year-in-numerals', '二〇二三年，财政收入', '2024-01-20', '2023-01-01', '2023-12-31'],
  ['minguo-year', '行政院核定113年度预算', '2023-08-24', '2024-01-01', '2024-12-31'],
  ['this-year-and-next', '今明两年光电并网目标', '2025-09-26', '2025-01-01', '2026-12-31'],
  ['now', '光电目前是16GW', '2025-09-26', '2025-09-26', '2025-09-26'],
  ['headline-year', '2025北京全市地区生产总值', '2026-01-26', '2025-01-01', '2025-12-31'],
  ['next-fiscal-year', '台中市政府送出明年度总预算案', '2025-09-01', '2026-01-01', '2026-12-31'],
  ['review-heading-year', '回顾2023\n全省生产总值增长5.5%', '2024-01-21', '2023-01-01', '2023-12-31'],
];

const EN_ROWS: Row[] = [
  ['financial-year', 'spending in 2025-26 will rise', '2025-03-01', '2025-04-01', '2026-03-31'],
  ['financial-year', 'output in the 2024/2025 season fell', '2025-06-10', '2024-04-01', '2025-03-31'],
  ['named-financial-year', 'the deficit in fiscal year 2024 was', '2025-03-01', '2023-04-01', '2024-03-31'],
  ['year-range', 'between 2019 to 2023 the council', '2024-01-10', '2019-01-01', '2023-12-31'],
  ['fy', 'revenue for FY24 rose', '2024-06-01', '2023-04-01', '2024-03-31'],
  ['fy', 'the disinvestment target for FY2024 was cut', '2023-02-01', '2023-04-01', '2024-03-31'],
  ['relative-financial-year', 'the ministry expects to build 9,500 km this fiscal year', '2024-02-23', '2023-04-01', '2024-03-31'],
  ['quarter', 'in the third quarter of 2023 output', '2024-01-10', '2023-07-01', '2023-09-30'],
  ['half', 'in the first half sales', '2024-08-01', '2024-01-01', '2024-06-30'],
  ['month', 'prices rose in March', '2024-04-17', '2024-03-01', '2024-03-31'],
  ['year', 'homes built during 2022 rose', '2023-05-01', '2022-01-01', '2022-12-31'],
  ['relative', 'sales this year are', '2024-05-01', '2024-01-01', '2024-12-31'],
  ['span-of-years', 'over the next five years the city', '2024-05-01', '2024-01-01', '2028-12-31'],
  ['weekday', 'the bank said on Thursday', '2024-05-10', '2024-05-09', '2024-05-09'],
  ['rolling-months', 'in the three months to June output', '2024-08-01', '2024-04-01', '2024-06-30'],
  ['period-ended', 'for the quarter ended September 30, 2023 revenue', '2023-11-01', '2023-07-01', '2023-09-30'],
  ['relative-quarter-or-season', 'next quarter sales', '2024-05-01', '2024-07-01', '2024-09-30'],
  ['full-year', 'it expects full-year sales', '2024-05-01', '2024-01-01', '2024-12-31'],
  ['start-month', 'the cap will rise from April', '2024-02-01', '2024-04-01', '2025-03-31'],
  ['trading-day', 'shares fell in early trading', '2024-05-01', '2024-05-01', '2024-05-01'],
  ['part-of-decade', 'net zero by the mid-2030s', '2024-05-01', '2024-01-01', '2035-12-31'],
  ['end-of-decade', 'cut car use by 20 per cent by the end of the decade', '2022-01-14', '2022-01-01', '2030-12-31'],
  ['parliament', '1.5 million homes over this Parliament', '2024-07-30', '2024-07-30', '2029-08-15'],
  ['years-from-start', 'over five years from 2025', '2024-11-01', '2025-01-01', '2029-12-31'],
  ['within-years', 'within ten years the plant', '2024-01-01', '2024-01-01', '2034-01-01'],
  ['month-span', 'From 23 March 2022 to end September 2023, 15,765 homes', '2024-02-19', '2022-03-23', '2023-09-30'],
  ['month-span', 'delivered between July and November 2024, compared', '2025-01-10', '2024-07-01', '2024-11-30'],
  ['by-day', '70% of adults vaccinated by July 4, officials said', '2021-05-04', '2021-05-04', '2021-07-04'],
  ['by-day', 'the backlog will be cleared by 31 March 2025', '2024-10-01', '2024-10-01', '2025-03-31'],
  ['by-part-of-year', 'rates will fall by mid-2025', '2024-05-01', '2024-05-01', '2025-06-30'],
  ['named-quarter', 'growth in the September quarter', '2024-11-06', '2024-07-01', '2024-09-30'],
  ['year-to-month', 'inflation in the year to May', '2024-06-19', '2024-05-01', '2024-05-31'],
  ['first-months', 'in the first six months of 2023 sales', '2023-08-01', '2023-01-01', '2023-06-30'],
  ['first-months', 'jumped 37 per cent in the first 10 months of this year', '2024-11-29', '2024-01-01', '2024-10-31'],
  ['first-months', 'in the first nine months of last year', '2024-02-01', '2023-01-01', '2023-09-30'],
  ['half', 'growth in the first half of this year', '2024-08-01', '2024-01-01', '2024-06-30'],
  ['half', 'exports in the second half of last year', '2024-02-01', '2023-07-01', '2023-12-31'],
];

describe('Chinese period rules', () => {
  it.each(ZH_ROWS)('%s: %s', (rule, text, date, from, to) => {
    const found = findPeriods(text, 'zh', date, [{ start: 0, end: text.length }]);
    expect(found.map((p) => [p.rule, p.period.from, p.period.to])).toContainEqual([rule, from, to]);
  });
});

describe('English period rules', () => {
  it.each(EN_ROWS)('%s: %s', (rule, text, date, from, to) => {
    const found = findPeriods(text, 'en', date, [{ start: 0, end: text.length }]);
    expect(found.map((p) => [p.rule, p.period.from, p.period.to])).toContainEqual([rule, from, to]);
  });
});

describe('what is not a period of the figure', () => {
  it.each([
    ['zh', '比上年 2023年', '较2022年增长5%', '2023-05-01'],
    ['zh', 'a plan title', '规划和2035年远景目标纲要', '2023-05-01'],
    ['zh', 'the base of a multiple', '是2018年的1.4倍', '2023-05-01'],
    ['zh', 'seasons, not quarters', '一至三季节性用工', '2023-05-01'],
    ['zh', 'a number before a span of quarters', '增长2021-3季度', '2023-05-01'],
    ['en', 'a comparison base', 'higher than the first quarter', '2024-08-01'],
    ['en', 'a record window', 'the lowest level since 2019', '2024-08-01'],
    ['en', 'when it was said', 'Conagra last month reported a 4% drop', '2024-08-01'],
    ['en', 'a dated event', 'on 30 July 2024 the council', '2024-08-01'],
  ] as const)('%s: %s', (language, _name, text, date) => {
    expect(findPeriods(text, language, date, [{ start: 0, end: text.length }])).toEqual([]);
  });
});

describe('the rule tables', () => {
  it.each([
    ['zh', ZH_PERIOD_RULES, ZH_ROWS],
    ['en', EN_PERIOD_RULES, EN_ROWS],
  ] as const)('every %s rule has a row and a unique name', (_language, rules, rows) => {
    const names = rules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !rows.some((row) => row[0] === n))).toEqual([]);
  });
});

describe('a year named as the base of a comparison is not the figure’s period', () => {
  it.each([
    ['the baseline year of', 'The latest figures, for 2021, show emissions were 49.2% lower than the baseline year of 1990.', '49.2%', '2021'],
    ['than that in', 'The carbon intensity in 2019 was about 35 per cent lower than that in 2005.', '35 per cent', '2019'],
    ['below the level of', 'Emissions in 2022 were 20% below the level of 1990.', '20%', '2022'],
    ['as the base', 'Carbon intensity in 2020 was 27 per cent lower, using 2005 as the base.', '27 per cent', '2020'],
  ])('%s', (_name, text, quote, year) => {
    const f = extractFigures(text, { date: '2024-03-20', city: null, language: 'en' }).find((x) => x.quote.includes(quote));
    expect(f?.period?.from.slice(0, 4), text).toBe(year);
  });
});

describe('a yearly statistic told in the first quarter with no word of time is last year’s', () => {
  const zhFigure = (text: string, date: string, quote: string) => extractFigures(text, { date, city: null, language: 'zh' }).find((x) => x.quote.includes(quote));
  it.each([
    ['a review in February', '经济运行延续好态势。生产总值增长4.8%，高于全省0.7个百分点。', '2024-02-21', '4.8%', '2023'],
    ['told in April, it is the year’s own', '经济运行延续好态势。生产总值增长4.8%，高于全省0.7个百分点。', '2024-04-21', '4.8%', '2024'],
    ['a goal with its bound stays this year’s', '今年主要预期目标是：生产总值增长6%左右。', '2024-01-21', '6%', '2024'],
  ])('%s', (_name, text, date, quote, year) => {
    expect(zhFigure(text, date, quote)?.period?.from.slice(0, 4)).toBe(year);
  });
});

describe('a figure told as how things stand does not take a deadline still to come', () => {
  const enFigure = (text: string, quote: string) => extractFigures(text, { date: '2025-10-23', city: null, language: 'en' }).find((x) => x.quote.includes(quote));
  it.each([
    ['from the paragraph before', 'The roadmap targets 70 per cent by 2050.\n\nThe minister said the nation\'s renewable capacity has so far reached 30 per cent.', '30 per cent', '2025-12-31'],
    ['from the sentence before', 'The roadmap targets 70 per cent by 2050. Renewable capacity now stands at 30 per cent.', '30 per cent', '2025-12-31'],
    ['but a goal after a deadline keeps it', 'The roadmap targets 70 per cent by 2050. It also aims for 40 per cent.', '40 per cent', '2050-12-31'],
  ])('%s', (_name, text, quote, to) => {
    expect(enFigure(text, quote)?.period?.to).toBe(to);
  });
});

describe('what will stand at the end of a year nearly over is a forecast', () => {
  const zhKind = (text: string, date: string, quote: string) => extractFigures(text, { date, city: null, language: 'zh' }).find((x) => x.quote.includes(quote))?.kind;
  it.each([
    ['said in November', '到今年底，高速公路建成通车里程将达9000公里以上。', '2020-11-25', 'projection'],
    ['said in March it is the year’s goal', '到今年底，高速公路建成通车里程将达9000公里以上。', '2020-03-25', 'target'],
    ['a figure named as the goal stays the goal', '市长宣示今年底达到1000辆电动公车目标。', '2025-12-14', 'target'],
  ])('%s', (_name, text, date, kind) => {
    expect(zhKind(text, date, text.includes('9000') ? '9000' : '1000')).toBe(kind);
  });
});
