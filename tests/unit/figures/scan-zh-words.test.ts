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
  ['sui-bounds-a-group', '5岁以下儿童死亡率下降', null],
  ['sui-bounds-a-group', '人均预期寿命79.5岁', '79.5岁=79.5岁'],
  ['cheng-is-tenths', '占比两成五', '两成五=25%'],
  ['ren-runs-into-a-word', '新增5人才', null],
  ['zhe-is-tenths-unless-converting', '按汇率6.8985折算', '6.8985=6.8985'],
  ['li-is-a-percent', '債息跌穿4厘水平', '4厘=4%'],
  ['hui-counts-circuits', '累计建成15回高电压等级跨境输电线路', '15回=15回'],
  ['hui-counts-circuits', '这是两回事', null],
  ['hui-counts-circuits', '透过2025回望“十四五”', null],
  ['fa-counts-launches', '连续12发圆满成功', '12发=12发'],
  ['fa-counts-launches', '推动3发展', null],
  ['qun-counts-groups', '长臂猿种群恢复至7群42只', '7群=7群'],
  ['qun-counts-groups', '服务5群众', null],
  ['qun-counts-groups', '推进“六链五群”建设', null],
  ['an-counts-motions', '本项提案1案，保留', '1案=1案'],
  ['qiang-counts-points', '全台公共充電樁達1.5萬槍', '1.5万枪=15000枪'],
  ['qiang-counts-points', '今年新增充电枪3200枪', '3200枪=3200枪'],
  ['qiang-counts-points', '嫌犯身中3枪送医', '3枪=3枪'],
  ['qiang-counts-points', '警方收缴5枪支', null],
  ['qiang-counts-points', '发生2枪击案', null],
  ['zhan-counts-stations', '預定達到625站及6200輛自行車的營運規模', '达到625站=625站'],
  ['zhan-counts-stations', '朝下一阶段500站目标持续前进', '500站=500站'],
  ['zhan-counts-stations', '朝下一階段五百站目標持續前進', '五百站=500站'],
  ['zhan-counts-stations', '推行“三站一中心”服务', null],
  ['zhan-counts-stations', '本次巡演第3站来到成都', null],
  ['zhan-counts-stations', '改造2站台', null],
  ['places-counted-in-a-list', '迭部、碌曲、玛曲、镇原4县高速项目全部开工', '4县=4县'],
  ['places-counted-in-a-list', '位于亚太地区49国中', '49国=49国'],
  ['places-counted-in-a-list', '家住望京5区', null],
  ['places-counted-in-a-list', '望京1-5区', null],
  ['places-counted-in-a-list', '长三角、珠三角“三区”联动', null],
  ['medals-in-a-tally', '贡献9金、5银、6铜，金牌数创新高', '5银=5银牌'],
  ['medals-in-a-tally', '注入5金融机构', null],
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
