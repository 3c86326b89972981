import { describe, expect, it } from 'vitest';
import { printedNumerals } from '../../../electron/core/archive/search-values';
import { gramText } from '../../../electron/core/archive/search-tokens';

const read = (text: string) => printedNumerals(text).map((n) => [text.slice(n.start, n.end), n.value]);

describe('the value of each printed number, for search', () => {
  it.each([
    ['超过4.8万家', [['4.8万', '48000']]],
    ['超过750亿元', [['750亿', '75000000000']]],
    ['1.3万亿元', [['1.3万亿', '1300000000000']]],
    ['20,000 new homes', [['20,000', '20000']]],
    ['£2.5 million', [['2.5 million', '2500000']]],
    ['强度2.35%左右', [['2.35', '2.35']]],
    ['全区新增就业两万人', [['两万', '20000']]],
    ['一百二十个', [['一百二十', '120']]],
    ['一亿二千万', [['一亿二千万', '120000000']]],
    ['三千零五', [['三千零五', '3005']]],
    ['２０００人', [['２０００', '2000']]],
  ])('%s', (text, numerals) => {
    expect(read(text)).toEqual(numerals);
  });

  it.each([
    ['证书编号为甲0001', 'a serial number keeps its leading zero'],
    ['A380客机', 'part of a code'],
    ['第二十届', 'an ordinal'],
    ['千万不要', 'a scale without a digit'],
    ['十四五规划', 'a plan label, not one number'],
    ['一万五', 'spoken shorthand, too loose to read'],
    ['version 1.2.3', 'a version number'],
  ])('%s gives no value (%s)', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('edge characters', () => {
  it.each([
    ['4.8万家', '4.8 万 万家'],
    ['2022年全市', '2022 年 年全 全市'],
    ['为第0001号', '为第 第 0001 号'],
    ['GDP增长', 'GDP 增 增长'],
    ['重庆，全市', '重庆 全市'],
  ])('%s → %s', (text, grams) => {
    expect(gramText(text).split(/[^\p{L}\p{N}.]+/u).filter(Boolean).join(' ')).toBe(grams);
  });
});
