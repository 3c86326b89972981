/**
 * How figures are read in Chinese news, simplified and traditional: numerals and units as
 * Taiwan, Hong Kong and Macau papers set them, metric noun phrases, owners and kinds.
 * Every sentence here is written for the test (in the manner of government reports,
 * statistics bulletins and Taiwan/Hong Kong news), not taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../../shared/domain/figure';

const zh = (text: string, date = '2024-05-20', city: string | null = null): ExtractedFigure[] => extractFigures(text, { date, city, language: 'zh' });
const byQuote = (figs: ExtractedFigure[], quote: string): ExtractedFigure => {
  const f = figs.find((x) => x.quote === quote);
  expect(f, `${quote} in ${figs.map((x) => x.quote).join(' | ')}`).toBeDefined();
  return f!;
};

describe('numerals and units', () => {
  it.each([
    ['去年再生能源發電占比為百分之十三點○九，較前年提高。', '百分之十三點○九', 13.09, '%'],
    ['二○二四年本澳失業率為百分之一點七。', '百分之一點七', 1.7, '%'],
    ['全年綠電比率達到百分之廿，目標兩度推遲。', '達到百分之廿', 20, '%'],
    ['該區人口自然增長率為千分之三點○五。', '千分之三點○五', 3.05, '‰'],
    ['失業率較上季下降零點三個百分點。', '下降零點三個百分點', 0.3, '个百分点'],
  ])('a Chinese-numeral decimal with 點 and a circle zero: %s', (text, quote, value, unit) => {
    const f = byQuote(zh(text), quote);
    expect([f.value, f.unit]).toEqual([value, unit]);
  });

  it.each([
    ['糧食產量達到 1.43 兆斤。', '達到 1.43 兆斤', 1.43e12, '斤'],
    ['政府總預算歲出規模約新台幣 2.9 兆元。', '約新台幣 2.9 兆元', 2.9e12, 'TWD'],
    ['全年出口總值達4.7兆元，創歷史新高。', '4.7兆元', 4.7e12, 'CNY'],
    ['今年粮食产量预计达1.3兆斤左右。', '1.3兆斤左右', 1.3e12, '斤'],
  ])('兆 is a trillion before a unit: %s', (text, quote, value, unitOrCurrency) => {
    const f = byQuote(zh(text), quote);
    expect(f.value).toBe(value);
    expect(f.currency ?? f.unit).toBe(unitOrCurrency);
  });

  it('兆 before 瓦 is the megawatt, not a trillion', () => {
    const f = byQuote(zh('一期工程装机容量50兆瓦。'), '50兆瓦');
    expect([f.value, f.unit]).toEqual([50, '兆瓦']);
  });

  it.each([
    ['光電目前是16GW，目標今年底18GW。', '18GW', 18, '吉瓦'],
    ['離岸風電今年7月為3.13GW。', '3.13GW', 3.13, '吉瓦'],
    ['该项目建成后装机容量达到200MW。', '达到200MW', 200, '兆瓦'],
    ['全年光伏发电量约1.2TWh。', '约1.2TWh', 1.2, '太瓦时'],
    ['屋頂型太陽光電新增裝置容量120萬瓩。', '120萬瓩', 1.2e6, '千瓦'],
    ['储能电站容量为 500 MWh。', '500 MWh', 500, '兆瓦时'],
  ])('power and energy symbols are units: %s', (text, quote, value, unit) => {
    const f = byQuote(zh(text), quote);
    expect([f.value, f.unit]).toEqual([value, unit]);
  });

  it('5G is still not a figure', () => {
    expect(zh('全市新建5G基站3000个。').map((f) => f.quote)).toEqual(['3000个']);
  });

  it.each([
    ['國內生產毛額增長 5%', '增長 5%', 5, '%', 'increase', 'eq'],
    ['城鎮新增就業 1,267 萬人', '1,267 萬人', 12_670_000, '人', 'level', 'eq'],
    ['消費者物價指數升幅 2% 左右', '2% 左右', 2, '%', 'level', 'approx'],
    ['能源綜合生產能力達到 58 億噸標準煤', '達到 58 億噸', 5.8e9, '吨', 'level', 'gte'],
    ['新能源車年產量超過 1,600 萬輛', '超過 1,600 萬輛', 16_000_000, '辆', 'level', 'gt'],
    ['赤字規模比上年增加人民幣 2,300 億元', '增加人民幣 2,300 億元', 2.3e11, '元', 'increase', 'eq'],
  ])('a number set apart by spaces keeps its unit, cue and suffix: %s', (text, quote, value, unit, change, qualifier) => {
    const f = byQuote(zh(text), quote);
    expect([f.value, f.unit, f.change, f.qualifier]).toEqual([value, unit, change, qualifier]);
  });

  it.each([
    ['一、2025 年工作回顧'],
    ['製造業增加值規模連續 16 年保持全球第一'],
    ['第 3 名為新北市'],
  ])('a spaced year, duration or rank is still not a figure: %s', (text) => {
    expect(zh(text)).toEqual([]);
  });
});
