/**
 * The Chinese scanner's named judgements about the words around a number: each rule on a
 * sentence where it decides, and the same number where it does not. A final check keeps the
 * tables whole: every rule has a row.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../electron/core/figures/fold';
import { scanZh } from '../../../electron/core/figures/scan-zh';
import { ZH_TOKEN_REJECTIONS, ZH_UNIT_WORD_RULES } from '../../../electron/core/figures/scan-zh-words';

const quotes = (text: string): string[] => {
  const folded = foldText(text);
  return scanZh(folded, null).map((f) => `${folded.slice(f.start, f.end)}=${f.value}${f.unit}`);
};

/** [rule, text where the rule says "no figure", the figure read once the rule does not apply]. */
const REJECTION_ROWS: Array<[rule: string, rejected: string, kept: string, keptReading: string]> = [
  ['no-digit', '千万人都说', '逾千万人次参观', '逾千万人次=10000000人次'],
  ['financial-character-word', '大陆架上的油田', '合同金额为壹元', '壹元=1元'],
  ['two-numerals-side-by-side', '这是唯一一个项目', '新建三个项目', '三个项目=3个'],
  ['lone-zero', '汽车零部件产业', '库存为0台', '0台=0台'],
  ['part-of-a-code', '采购iPhone15台', '新建3公里公路', '3公里=3公里'],
  ['ordinal-or-pointer', '第二届博览会有这两个项目', '共有两个项目', '两个项目=2个'],
];

const UNIT_WORD_ROWS: Array<[rule: string, text: string, reading: string | null]> = [
  ['ge-before-duration', '用了三个月时间', null],
  ['ci-names-a-session', '市人大三次会议', null],
  ['da-counts-kinds', '打造三大平台', '三大=3个'],
  ['cheng-is-tenths', '占比两成五', '两成五=25%'],
  ['ren-runs-into-a-word', '新增5人才', null],
  ['zhe-is-tenths-unless-converting', '按汇率6.8985折算', '6.8985=6.8985'],
  ['li-is-a-percent', '长5厘米的零件', null],
];

describe('tokens that are no quantity', () => {
  it.each(REJECTION_ROWS)('%s: %s', (rule, rejected, kept, keptReading) => {
    expect(quotes(rejected)).toEqual([]);
    expect(quotes(kept)).toContain(keptReading);
    expect(ZH_TOKEN_REJECTIONS.map((r) => r.name)).toContain(rule);
  });
});

describe('unit words that change the reading', () => {
  it.each(UNIT_WORD_ROWS)('%s: %s', (rule, text, reading) => {
    const read = quotes(text);
    if (reading === null) expect(read).toEqual([]);
    else expect(read).toContain(reading);
    expect(ZH_UNIT_WORD_RULES.map((r) => r.name)).toContain(rule);
  });
});

describe('the word tables', () => {
  it.each([
    ['token rejections', ZH_TOKEN_REJECTIONS.map((r) => r.name), REJECTION_ROWS.map((r) => r[0])],
    ['unit words', ZH_UNIT_WORD_RULES.map((r) => r.name), UNIT_WORD_ROWS.map((r) => r[0])],
  ])('every rule of %s has a row', (_table, names, rows) => {
    expect(names.filter((n) => !rows.includes(n))).toEqual([]);
  });
});
