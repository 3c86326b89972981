/**
 * Kinds and periods of figures in government reports as they are printed: a budget's
 * forecast for the year, a goal a report lays down, this year and next, "now", a year
 * printed bare, a look-back paragraph after a plan period, and goals that never look back.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import { metricIdentity } from '../../../electron/core/metrics/key';

function figure(text: string, date: string, quote: string) {
  const found = extractFigures(text, { date, city: null, language: 'zh' }).find((f) => f.quote.includes(quote));
  if (!found) throw new Error(`no figure ${quote} in ${text}`);
  return found;
}

describe('what a report figure is', () => {
  it.each([
    ['a budget forecast for the whole year is the benchmark', '香港特區政府財政司司長陳茂波26日發表2025至2026年度財政預算案,預測香港經濟2025年繼續溫和增長,全年實質增長介乎2%至3%。', '2025-02-26', '2%至3%', 'target'],
    ['the forecast a few sentences into the story of the budget is the benchmark', '財政司司長今日發表新一份財政預算案。他表示,考慮到最新形勢,他預測經濟在今年下半年會有較好表現,全年實質經濟增長介乎2%至3.5%。', '2022-02-23', '2%至3.5%', 'target'],
    ['a forecast kept at the budget figure is still the benchmark', '2023年全年實質本地生產總值增長預測維持在財政預算案公佈的3.5%至5.5%。', '2023-05-12', '3.5%至5.5%', 'target'],
    ['a forecast revised in the year is a projection', '政府調高全年經濟增長預測，全年實質本地生產總值增長預測由8月覆檢時的2%至3%，向上修訂至3.2%。', '2025-11-14', '3.2%', 'projection'],
    ['what a report lays down (明确) is a goal', '早前今年的《政府工作報告》明確，2018年全國棚改新開工580萬套。', '2018-11-14', '580萬套', 'target'],
    ['致力于 commits to a goal', '北京市將致力於實現地區生產總值增長5%左右,並努力爭取更好的結果。', '2025-01-14', '5%左右', 'target'],
    ['where things stand now is an outcome', '李君禮表示，光電目前是16GW，目標今年底18GW。', '2025-09-26', '16GW', 'actual'],
    ['a government\'s stated confidence about what it will bring about is its goal', '政府有信心在未來3年每年吸引3.5萬名人才來港。', '2022-12-23', '3.5萬名', 'target'],
    ['a thousands comma does not end the clause: 已经 after it still reads the figure as an outcome', '根據各項人才入境計劃獲批來港人士中,逾81,000人已經到港。', '2023-12-13', '81,000人', 'actual'],
    ['a year still under way, stated with a goal\'s bound (左右), is its goal', '国内生产总值(GDP)增长5%左右、城镇新增就业1200万人以上、2025年粮食产量1.4万亿斤左右……', '2025-03-05', '1.4万亿斤左右', 'target'],
    ['a year that has ended, with the same bound, is a reading', '2024年粮食产量1.4万亿斤左右，再创新高。', '2025-03-05', '1.4万亿斤左右', 'actual'],
    ['a budget\'s forecast for named years is the benchmark', '財政司司長今日發表財政預算案。\n他續指，預測香港經濟在2026—2029年間，平均每年實質增長3.2%。', '2025-02-26', '3.2%', 'target'],
    ['the statistics office\'s official forecast is the benchmark', '主計總處今日公布最新經濟預測，明年經濟成長率3.1%。', '2024-11-29', '3.1%', 'target'],
    ['the office named a few clauses away still owns the forecast', '主計總處表示，出口動能強勁；至於消費者物價指數，預測年增率1.9％。', '2024-11-29', '1.9％', 'target'],
    ['a ministry\'s planning office (发展规划司) is no plan: its figure is a reading', '教育部发展规划司介绍，2023年，学前教育毛入园率91.1%，比上年提高1.4个百分点。', '2024-03-01', '91.1%', 'actual'],
    ['the office\'s estimate for next year is its forecast too', '主計總處估計明(2025)年經濟成長率為3.26%，較8月份預測上修0.03個百分點。', '2024-11-29', '3.26%', 'target'],
    ['the forecast made as the year began is the year\'s benchmark', '局長表示，在今年年初預計全年旅客數字約為3,500萬人次，上半年情況與預測貼近。', '2024-07-08', '3,500萬人次', 'target'],
    ['a revision in brackets glosses the figure before it, not the next one', '主計總處預測明年經濟成長3.1%(上修0.2個百分點)，CPI上漲1.8％。', '2024-11-29', '1.8％', 'target'],
    ['a reading set against the forecast stays a reading', '主計總處指出，當時預測出口偏保守，第四季出口實際表現更強，商品出口達1500億美元，較預測數1400億美元多出100億美元。', '2025-01-31', '1500億美元', 'actual'],
  ])('%s', (_name, text, date, quote, kind) => {
    expect(figure(text, date, quote).kind).toBe(kind);
  });
});

describe('which period a report figure covers', () => {
  it.each([
    ['今明两年 covers this year and next', '能源署長李君禮表示，今明兩年光電併網目標為18GW、20GW。', '2025-09-26', '18GW', '2025-01-01', '2026-12-31'],
    ['目前 is the day of the story', '李君禮表示，光電目前是16GW，目標今年底18GW。', '2025-09-26', '16GW', '2025-09-26', '2025-09-26'],
    ['a time qualifying an earlier forecast stays with it', '全年實質本地生產總值增長預測由8月覆檢時的2%至3%，向上修訂至3.2%。', '2025-11-14', '3.2%', '2025-01-01', '2025-12-31'],
    ['a bare year before a place names the year', '殷勇表示，2025北京全市地區生產總值5.2萬億元人民幣，增長5.4%。', '2026-01-26', '5.4%', '2025-01-01', '2025-12-31'],
    ['a bare year heading a line names the year', '2023年成绩单\n新增养老床位4080张\n2024 新重庆 开新局\n地区生产总值预期目标增长6%左右', '2024-01-21', '6%左右', '2024-01-01', '2024-12-31'],
    ['a goal set early in the year is for that year', '主要预期目标是：\n地区生产总值增长6%左右', '2024-01-21', '6%左右', '2024-01-01', '2024-12-31'],
    ['a whole-year outcome in a report of early March is last year\'s', '主要经济指标恢复好于预期。地区生产总值上半年由负转正，全年增长3.9%，总量达到2.5万亿元。', '2021-03-02', '增长3.9%', '2020-01-01', '2020-12-31'],
    ['a whole-year goal in the same report keeps this year', '主要经济指标恢复好于预期。全年地区生产总值预期目标增长6%以上。', '2021-03-02', '6%以上', '2021-01-01', '2021-12-31'],
    [
      'a look-back paragraph is the report year, not the plan period named before it',
      '全年經濟社會發展主要目標任務順利完成，“十四五”圓滿收官。\n一年來，我國經濟頂壓前行。就業總體穩定，城鎮新增就業1267萬人，城鎮調查失業率平均為5.2%。',
      '2026-03-05',
      '5.2%',
      '2025-01-01',
      '2025-12-31',
    ],
  ])('%s', (_name, text, date, quote, from, to) => {
    const f = figure(text, date, quote);
    expect([f.period?.from, f.period?.to]).toEqual([from, to]);
  });
});

describe('a share of the economy however the whole is named', () => {
  it.each([
    ['the plan names the value added of the sector', '澳門擬爭取非博彩業增加值比重料到2028年達到60%水平。', '2023-08-05', '60%'],
    ['a later story names the sector against the place\'s GDP', '2023年，非博彩業占澳門GDP比例已超六成。', '2024-12-11', '超六成'],
    ['or its share, bare', '2023年非博彩业占比达到60.3%。', '2024-03-01', '60.3%'],
  ])('%s', (_name, text, date, quote) => {
    const f = figure(text, date, quote);
    expect(metricIdentity(f.metric, f)).toBe('非博彩业比重');
  });
});

describe('indicators named the way reports name them', () => {
  it.each([
    ['a growth of the economy named earlier in the sentence', '預測香港經濟2025年繼續溫和增長,全年實質增長介乎2%至3%。', '2025-02-26', '2%至3%', '@gdp-growth'],
    ['gaming revenue under its short name', '並預期明年賭收進一步升至2160億澳門元。', '2023-12-20', '2160億', '@gaming-revenue'],
    ['green power share in Taiwan', '截至2025年底綠能比重達13.1%。', '2026-02-05', '13.1%', '@renewable-electricity-share'],
    ['life expectancy gained in years', '2024年我國居民人均預期壽命達到79歲,比2020年提高1.1歲。', '2025-09-12', '1.1歲', '@life-expectancy'],
  ])('%s', (_name, text, date, quote, key) => {
    const f = figure(text, date, quote);
    expect(metricIdentity(f.metric, f)).toBe(key);
  });

  it.each([
    ["China's economy", '@gdp-growth'],
    ['经济', '@gdp-growth'],
    ['数字经济', '数字经济'],
    ['the digital economy', 'digital economy'],
  ])('%s with a %% change', (metric, key) => {
    expect(metricIdentity(metric, { unit: '%', currency: null, change: 'increase' })).toBe(key);
  });
});

describe('readings that hang on the words around the number', () => {
  const en = (text: string, date: string, quote: string) => {
    const found = extractFigures(text, { date, city: null, language: 'en' }).find((f) => f.quote.includes(quote));
    if (!found) throw new Error(`no figure ${quote}`);
    return found;
  };
  it.each([
    ['a goal word after the number makes it the goal', 'And, of course, this is a valuable contribution towards our 20,000 target.', '2017-05-02', '20,000', 'target', ''],
    ['only so many built by the deadline is an outcome', "The Government's first target of 1000 homes before July 1, 2019 passed with only 214 homes built.", '2019-07-05', '214', 'actual', 'homes'],
  ])('%s', (_name, text, date, quote, kind, unit) => {
    const f = en(text, date, quote);
    expect([f.kind, f.unit]).toEqual([kind, unit]);
  });

  it('reads "by July this year" as a deadline at the end of the coming July', () => {
    const f = en('It will fall well short of its initial target of building 1000 homes by July this year.', '2019-01-24', '1000 homes');
    expect([f.period?.from, f.period?.to]).toEqual(['2019-01-24', '2019-07-31']);
  });

  it.each([
    ['an advance estimate is a reading', '根據預估數字,今年第二季GDP較上年同期實質上升1.5%。', '2023-07-31', '1.5%', 'actual'],
    ['a report opening the paragraph lays down its figures', '政府工作报告提出,就业优先政策要全面发力。今年城镇新增就业1100万人以上,城镇调查失业率5.5%左右。', '2019-03-05', '1100万人', 'target'],
  ])('%s', (_name, text, date, quote, kind) => {
    expect(figure(text, date, quote).kind).toBe(kind);
  });

  it.each([
    ['"this indicator" is the one named before', '高等教育毛入学率是衡量高等教育发展水平的重要指标。该指标不考虑学生年龄差异。2024年我国该指标已达60.8%。', '2025-07-01', '60.8%', '@higher-education-gross-enrolment'],
    ['unchanged prices are zero inflation', '2025年全国居民消费价格与上年持平(0.0%)。', '2026-03-01', '0.0%', '@cpi-inflation'],
  ])('%s', (_name, text, date, quote, key) => {
    const f = figure(text, date, quote);
    expect(metricIdentity(f.metric, f)).toBe(key);
  });

  it('takes a plan\'s full name for a name, not the year of its figures', () => {
    const f = figure('“十四五”规划和2035年远景目标纲要提出,高等教育毛入学率提高到60%。', '2021-03-15', '60%');
    expect([f.period?.from, f.period?.to]).toEqual(['2021-01-01', '2025-12-31']);
  });
});

describe('what a share or a bare verb is about', () => {
  it('a share of GDP after R&D spending is R&D intensity', () => {
    const text = 'The EU was still below its target for 2020, which calls for increasing combined public and private R&D expenditure to reach the target of the 3 % of GDP.';
    const f = extractFigures(text, { date: '2019-10-07', city: null, language: 'en' }).find((x) => x.quote.startsWith('3'))!;
    expect(metricIdentity(f.metric, f)).toBe('@rd-intensity');
  });
  it('a bare verb before capacity takes the indicator its sentence is about', () => {
    const f = figure('台灣發展離岸風電十年,依循政策三部曲,目標是2025年建立5.6GW裝置容量,推動能源轉型。', '2023-06-01', '5.6GW');
    expect(metricIdentity(f.metric, f)).toBe('@offshore-wind-capacity');
  });
});

describe('a share named after its number', () => {
  const en = (text: string, quote: string) => extractFigures(text, { date: '2024-02-01', city: null, language: 'en' }).find((f) => f.quote.startsWith(quote))!;
  it.each([
    ['76% of patients … within four hours', 'The ambition is to improve to 76% of patients being admitted, transferred or discharged within four hours by March 2024.', '76%', '@ae-four-hour'],
    ['65% of patients wait for 18 weeks or less', 'Planning Guidance for 2025/26 set a target that 65% of patients wait for 18 weeks or less by March 2026.', '65%', '@rtt-18-weeks'],
    ['63.4% treated within 18 weeks', 'Interim goals for March 2026 are forecast to be narrowly missed at 63.4% treated within 18 weeks (target 65%).', '63.4%', '@rtt-18-weeks'],
  ])('%s', (_name, text, quote, key) => {
    const f = en(text, quote);
    expect(metricIdentity(f.metric, f)).toBe(key);
  });
});

describe('the twelve months to a month', () => {
  const en = (text: string, date: string, quote: string) => {
    const found = extractFigures(text, { date, city: null, language: 'en' }).find((f) => f.quote.includes(quote));
    if (!found) throw new Error(`no figure ${quote} in ${text}`);
    return found;
  };
  it.each([
    ['a sum in the year to June is the whole year', 'The Government posted a surplus of NZ$414 million in the year to June, the Treasury said.', '2015-10-14', 'NZ$414 million', '2014-07-01', '2015-06-30'],
    ['homes built in the 12 months to March are the whole year', 'Builders completed 41,000 new homes in the 12 months to March, the figures show.', '2024-05-20', '41,000', '2023-04-01', '2024-03-31'],
    ['a 12-month rate in the year to June is June’s reading', 'Annual inflation was 2.1% in the year to June, the statistics office said.', '2015-07-14', '2.1%', '2015-06-01', '2015-06-30'],
  ])('%s', (_name, text, date, quote, from, to) => {
    const f = en(text, date, quote);
    expect([f.period?.from, f.period?.to]).toEqual([from, to]);
  });
});
