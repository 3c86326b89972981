/**
 * Rules added while scoring the held-out fixtures: each asserts something an
 * editor would notice, on sentences written for the test (not fixture text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../../shared/domain/figure';

const zh = (text: string, date = '2024-02-01', city: string | null = null): ExtractedFigure[] => extractFigures(text, { date, city, language: 'zh' });
const en = (text: string, date = '2024-11-21'): ExtractedFigure[] => extractFigures(text, { date, city: null, language: 'en' });
const byQuote = (figs: ExtractedFigure[], quote: string): ExtractedFigure => {
  const f = figs.find((x) => x.quote === quote);
  expect(f, `${quote} in ${figs.map((x) => x.quote).join(' | ')}`).toBeDefined();
  return f!;
};
const span = (f: ExtractedFigure): string | null => (f.period ? `${f.period.from}..${f.period.to}` : null);

describe('numbers (zh)', () => {
  it('零 inside a word is not a zero count (零部件, 零售)', () => {
    expect(zh('汽车零部件企业和零售网点增加。')).toEqual([]);
  });
  it('reads a minus sign before a rate', () => {
    expect(byQuote(zh('全年人口自然增长率为-0.51‰。'), '-0.51‰').value).toBe(-0.51);
  });
  it('reads 万 followed by the lower digits as one number (3万4,432美元)', () => {
    expect(byQuote(zh('人均收入预估为5万1,200美元。'), '5万1,200美元').value).toBe(51200);
  });
  it('gives a bare-number list the unit written once at its end', () => {
    const figs = zh('比上年分别提高0.5、1.2和0.3个百分点。');
    expect(figs.map((f) => [f.value, f.unit, f.change])).toEqual([
      [0.5, '个百分点', 'increase'],
      [1.2, '个百分点', 'increase'],
      [0.3, '个百分点', 'increase'],
    ]);
  });
});

describe('metrics (zh)', () => {
  it('drops forecast cue words from the metric (预估…可望)', () => {
    expect(byQuote(zh('市府预估今年零售额可望突破500亿元。'), '突破500亿元').metric).toBe('零售额');
  });
  it('a from–to change keeps the metric of the starting value (由…增加到…)', () => {
    const figs = zh('全县工业产值由2019年的80亿元增加到2023年的120亿元。');
    expect(byQuote(figs, '120亿元').metric).toBe('工业产值');
  });
  it('年增/年减 are year-on-year changes of the metric just named', () => {
    const figs = zh('去年就业人数达500万人，年增3万人。', '2024-03-01', '台北');
    expect(byQuote(figs, '增3万人').metric).toBe('就业人数');
  });
  it('实际增长 after 扣除价格因素 is the real growth of the income just named', () => {
    const figs = zh('农村居民人均可支配收入20000元，增长7.0%，扣除价格因素实际增长6.5%。');
    expect(byQuote(figs, '增长6.5%').metric).toBe('农村居民人均可支配收入实际增速');
  });
  it('a converted amount (折算为…美元) has the metric of the amount before it', () => {
    const figs = zh('人均地区生产总值为100000元，折算为14000美元。');
    expect(byQuote(figs, '14000美元').metric).toBe('人均地区生产总值');
  });
  it('after an enumeration closed by 等, the count takes the noun that follows', () => {
    expect(byQuote(zh('将建设电机、电控等8条生产线。'), '8条').metric).toBe('生产线');
  });
  it('累计 totals are named as running totals', () => {
    expect(byQuote(zh('过去五年，全县税收收入累计完成60亿元。'), '60亿元').metric).toBe('累计税收收入');
  });
  it('a share after 占 belongs to the subject named before it', () => {
    const figs = zh('2023年全县文旅产业产值达到40亿元，占全县生产总值的比重提高到三成。');
    expect(byQuote(figs, '三成')).toMatchObject({ value: 30, unit: '%', metric: '文旅产业产值占生产总值的比重' });
  });
  it('ordinal lists share the head noun (第一、二、三产业)', () => {
    const figs = zh('第一、二、三产业增加值分别为100亿元、400亿元和500亿元。');
    expect(figs.map((f) => f.metric)).toEqual(['第一产业增加值', '第二产业增加值', '第三产业增加值']);
  });
  it('a second 分别 without a subject repeats the subjects of the first', () => {
    const figs = zh('城镇和农村居民收入分别为5万元和2万元，分别增长4.0%和6.0%。');
    expect(figs.slice(2).map((f) => [f.metric, f.change])).toEqual([
      ['城镇居民收入增速', 'increase'],
      ['农村居民收入增速', 'increase'],
    ]);
  });
  it('分别是YEAR的N倍 takes the subjects of the figures before it, and the year is not the period', () => {
    const figs = zh('2023年，城镇居民收入达到3万元，农村居民收入达到1.5万元，分别是2018年的1.3倍和1.5倍。');
    expect(figs.slice(2).map((f) => [f.metric, span(f)])).toEqual([
      ['城镇居民收入', '2023-01-01..2023-12-31'],
      ['农村居民收入', '2023-01-01..2023-12-31'],
    ]);
  });
});

describe('kind (zh)', () => {
  it('what a project yields once built is a projection (建成后)', () => {
    expect(byQuote(zh('项目计划明年投产，全部建成后年产值超过50亿元。'), '超过50亿元').kind).toBe('projection');
  });
  it('a completion rate of a target is an outcome, not a goal (完成年度目标的124%)', () => {
    expect(byQuote(zh('2023年，全县新增就业5000人，完成年度目标的110%。'), '110%').kind).toBe('actual');
  });
  it('较去年 is a comparison base, not a sign that the figure is past', () => {
    const f = zh('市府预估今年旅游收入较去年成长约两成。', '2024-03-01', '台北').find((x) => x.value === 20)!;
    expect([f.kind, f.change, f.unit]).toEqual(['projection', 'increase', '%']);
  });
  it('a small count after a verb of building is a target, not a description', () => {
    const f = byQuote(zh('今年我们将新建两个物流园区。', '2024-01-25'), '两个');
    expect(f.kind).toBe('target');
    expect(span(f)).toBe('2024-01-01..2024-12-31');
  });
  it('but an enumerated count stays a description (三大平台，即…)', () => {
    expect(byQuote(zh('双方将共建三大平台，即数据平台、服务平台和交易平台。'), '三大').kind).toBe('other');
  });
  it('一期投资 is an allotted amount', () => {
    expect(byQuote(zh('项目一期投资约30亿元。'), '约30亿元').kind).toBe('budget');
  });
});

describe('periods (zh)', () => {
  it('年均 and 累计 figures cover the span of years named before them', () => {
    const figs = zh('过去五年，全县生产总值由2018年的200亿元增加到2023年的300亿元，年均增长8.0%。', '2024-01-25');
    expect(span(byQuote(figs, '增长8.0%'))).toBe('2019-01-01..2023-12-31');
    expect(span(byQuote(figs, '200亿元'))).toBe('2018-01-01..2018-12-31');
  });
  it('reads 第四季 without 度 as a quarter', () => {
    expect(span(byQuote(zh('去年第四季经济成长率为4.9%。', '2024-03-01', '台北'), '4.9%'))).toBe('2023-10-01..2023-12-31');
  });
});

describe('entities (zh)', () => {
  it('a dateline city is not the owner of national figures', () => {
    const figs = zh('本报北京1月17日电 国家统计局17日发布，全年国内生产总值增长5.2%。', '2024-01-18');
    expect(byQuote(figs, '增长5.2%').entity).toBe('中国');
  });
  it('a Taiwan dateline does not make national figures the city’s', () => {
    const figs = zh('〔记者王明／台北报导〕主计总处预估今年经济成长率为3.4%。', '2024-03-01', '台北');
    expect(byQuote(figs, '3.4%').entity).toBe('台湾');
  });
  it('全省 resolves to the province named before', () => {
    const figs = zh('浙江省统计局发布公报。全年全省生产总值为82553亿元。', '2024-03-04', '杭州');
    expect(byQuote(figs, '82553亿元').entity).toBe('浙江省');
  });
  it('a city named once with 市 keeps owning figures when written bare', () => {
    const figs = zh('项目位于安徽省合肥市长丰县。目前，合肥已集聚相关企业超过500家。', '2024-05-20');
    expect(byQuote(figs, '超过500家').entity).toBe('合肥市');
  });
});

describe('English', () => {
  it("'held rates at 5.25%' is the rate actually set, owned by the bank, with metric rates", () => {
    const f = byQuote(en('The Bank of England held interest rates at 5.25% on Thursday and said inflation would keep falling.'), '5.25%');
    expect([f.kind, f.metric, f.entity]).toEqual(['actual', 'interest rates', 'Bank of England']);
  });
  it("'the lowest level since January' does not make January the figure's period", () => {
    const f = en('Approvals fell to 61,000 approvals in October, the lowest level since January. Rates peaked at 6.9% in the summer.');
    expect(span(byQuote(f, '6.9%'))).not.toBe('2024-01-01..2024-01-31');
  });
  it("'down from 2.6% in September' keeps September to the compared figure", () => {
    const figs = en('Prices rose 2.3% in October, down from 2.6% in September. Core inflation, which excludes energy, narrowed to 3.3%.');
    expect(span(byQuote(figs, '2.6%'))).toBe('2024-09-01..2024-09-30');
    const core = byQuote(figs, '3.3%');
    expect([core.metric, span(core)]).toEqual(['core inflation', '2024-10-01..2024-10-31']);
  });
  it("'the three months to June' is the quarter ending in June", () => {
    expect(span(byQuote(en('The economy grew 0.5% in the three months to June.'), 'grew 0.5%'))).toBe('2024-04-01..2024-06-30');
  });
  it("'halved' is a ratio of 0.5 and a decrease, metric from its object", () => {
    const f = byQuote(en('The council has roughly halved its use of bed and breakfast hotels since 2021.'), 'roughly halved');
    expect([f.value, f.unit, f.change, f.qualifier, f.metric]).toEqual([0.5, 'ratio', 'decrease', 'approx', 'use of bed and breakfast hotels']);
  });
  it('counts without a noun take the unit of the count they pair with', () => {
    const figs = en('Councillors passed the budget by 40 votes to 12. Mortgage approvals dropped by 3,000 to 58,000 in October.');
    expect(figs.map((f) => [f.value, f.unit])).toEqual([[40, 'votes'], [12, 'votes'], [3000, 'approvals'], [58000, 'approvals']]);
    expect(byQuote(figs, 'dropped by 3,000').change).toBe('decrease');
  });
  it("'a 4.99% tax rise' and 'an increase of £94' are increases", () => {
    const figs = en('Councillors approved a 3.99% tax rise. Bills will go up to £1,900, an increase of £73.');
    expect(byQuote(figs, '3.99%')).toMatchObject({ change: 'increase', metric: 'tax' });
    expect(byQuote(figs, '£73').change).toBe('increase');
  });
  it('an organisation announcing its own plans owns them, and would + deliver is a commitment', () => {
    const f = byQuote(en('Leeds City Council said the scheme would deliver 800 new homes by 2027.'), '800 new homes');
    expect([f.entity, f.kind]).toEqual(['Leeds City Council', 'target']);
  });
  it("'three members voting for a cut' counts members", () => {
    expect(byQuote(en('The committee voted 6-3, with three members voting for a cut.'), 'three members').unit).toBe('members');
  });
  it("'the past five quarters' is a duration, not a count", () => {
    expect(en('Output per head has fallen in each of the past five quarters.')).toEqual([]);
  });
});
