import { describe, expect, it } from 'vitest';
import { printedNumerals } from '../../../electron/core/text/search-values';
import { gramText, indexText } from '../../../electron/core/text/search-tokens';

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

describe('junction tokens where CJK meets a number or a Latin word', () => {
  const tokens = (text: string) => text.split(/[^\p{L}\p{N}.]+/u).filter(Boolean).join(' ');
  it.each([
    ['4.8万家', '4.8 8万 万家'],
    ['2022年全市', '2022 2022年 年全 全市'],
    // A query's lone edge character may be half a bigram in the text: its junction stands for it.
    ['第0001号', '第0001 0001 0001号'],
    ['GDP增长', 'GDP GDP增 增长'],
    ['GDP 增长', 'GDP GDP增 增长'],
    ['重庆，全市', '重庆 全市'],
    ['增长6.3%，全年', '增长 长6 6.3 全年'],
  ])('query %s → %s', (text, grams) => {
    expect(tokens(gramText(text))).toBe(grams);
  });

  it.each([
    ['为第0001号令', '为第 第0001 0001 0001号 号令'],
    ['力争4.8万，', '力争 争4 4.8 8万 万 nvq48000'],
  ])('index %s → %s', (text, grams) => {
    expect(tokens(indexText(text))).toBe(grams);
  });
});
