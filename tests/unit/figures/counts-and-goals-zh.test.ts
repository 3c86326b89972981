/**
 * Chinese counts as Taiwan's and Hong Kong's press print them, goals said with 力拼, and counts of what is
 * added kept apart from totals. Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../../shared/domain/figure';
import { isZhWeakMetric, ZH_WEAK_METRICS } from '../../../electron/core/figures/metric-zh-weak';

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

describe('words before a figure that name no measure', () => {
  it.each(ZH_WEAK_METRICS.map((row) => row.name))('every rule is tried: %s', (name) => {
    const examples: Record<string, string> = {
      'opens with a preposition, conjunction or adverb': '亦低于当局',
      'ends with a verb of deciding, saying or moving': '各部门确定',
      'opens with a comparison or a change': '低于当局',
      'a word pointing into a list': '当中',
    };
    expect(examples[name], `an example for ${name}`).toBeDefined();
    expect(isZhWeakMetric(examples[name]!)).toBe(true);
  });
  it.each([['更新改造老旧小区'], ['就业困难人员就业'], ['并网光伏装机'], ['朝阳区生产总值'], ['往年同期']])('keeps a measure that only opens like one: %s', (metric) => {
    expect(isZhWeakMetric(metric)).toBe(false);
  });
  it.each([
    ['澳门今年博彩毛收入预计约1800亿元，亦低于当局预计的1300亿元。', '1300亿元', /博彩/],
    ['即博彩税收455亿元。', '455亿元', /^博彩税收$/],
    ['当局指出，当中9000个公营房屋将于明年落成。', '9000个', /^公营房屋/],
  ])('takes the measure the sentence names: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toMatch(metric);
  });
});

describe('a forecast the next sentence calls a promise', () => {
  it('is a goal, even once its year is over', () => {
    const text = '前总统2021年贴文指出，燃煤发电的占比预计2025年下降为27%。环保团体今天痛批该承诺彻底跳票。';
    expect(byQuote(zh(text, '2026-01-22'), '27%').kind).toBe('target');
  });
  it('stays a forecast when nobody calls it one', () => {
    const text = '研究机构指出，燃煤发电的占比预计2027年下降为27%。环保团体今天召开记者会。';
    expect(byQuote(zh(text, '2026-01-22'), '27%').kind).not.toBe('target');
  });
});

describe('the whole a share is of owns none of its figures', () => {
  it('占全国份额 is the province’s share', () => {
    const text = '浙江出口总额增至2023年的5073亿美元，对全国出口的增长贡献居首位，占全国份额为15.0%。';
    expect(byQuote(zh(text, '2024-09-27'), '15.0%').entity).toBe('浙江省');
  });
  it('对全球经济增长的贡献率 is not the world’s figure', () => {
    const text = '2023年中国经济增长5.2%，对全球经济增长的贡献率超过30%。';
    expect(byQuote(zh(text, '2024-03-05'), '30%').entity).not.toBe('全球');
  });
  it('对全省经济增长的贡献率 in a province’s report stays the province’s', () => {
    const text = '甘肃省政府工作报告指出，工业对全省经济增长的贡献率达到36.1%。';
    expect(byQuote(zh(text, '2026-01-20'), '36.1%').entity).toBe('甘肃省');
  });
});
