/**
 * Forms the differential corpus showed Figure Desk missing (or misreading) against the reference
 * library, each taught as a named rule: counts of kinds with Arabic digits (7大产业集群), train runs
 * and aspects, a share after a degree word (约7成), 折 and 厘, computing power in petaflops, an
 * approximator between two scales (4萬多億元), index points, capitalised counted nouns and the
 * Fed's mixed fractions. Labels and hours stay out.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';

const read = (text: string, language: 'zh' | 'en') => extractFigures(text, { date: '2026-02-01', city: null, language });

describe('forms found by the differential corpus are read', () => {
  it.each([
    ['zh.count-of-kinds (Arabic)', '先进装备、电子信息、新能源汽车等7大产业集群对工业贡献率超过70%', '7大', 7, null, '个'],
    ['zh.count-of-kinds up to twenty', '3大系统、12大总成、56个部件全覆盖', '12大', 12, null, '个'],
    ['zh.classifier 班次', '推动中欧（亚）班列拓线扩量、开行4000班次。', '4000班次', 4000, null, '班次'],
    ['zh.classifier 方面', '并从5方面提出了28个主要指标', '5方面', 5, null, '方面'],
    ['zh.share after a degree word', '东盟、拉美、中东、非洲等新兴市场贡献约7成出口增量；', '约7成', 70, null, '%'],
    ['zh.share 折', '售價約為市值7折，本月1日至14日接受申請', '7折', 70, null, '%'],
    ['zh.rate 厘', '美國10年期債息跌穿4厘水平，低見3.86厘，創半年新低', '3.86厘', 3.86, null, '%'],
    ['zh.computing power', '建成智能算力超4.8万P，公用充电桩覆盖所有乡镇', '4.8万P', 48000, null, 'PF'],
    ['zh.approximator between scales', '明顯是下跌了4萬多億元，而且跌幅達到7.5%。', '4萬多億元', 4e12, null, '元'],
    ['zh.heating value', '推广550大卡以上热值煤矸石规模化降碳综合利用', '550大卡', 550, null, '千卡'],
    ['zh.index points', '恒指ADR指數報22343點，比星期四恒指收市跌507點，跌幅2.2%。', '22343點', 22343, null, '点'],
    ['zh.fraction with a denominator above ten', '爰凍結該項預算二十分之一，俟財政部於1個月內提出報告', '二十分之一', 0.05, null, 'ratio'],
    ['zh.earthquake magnitude', '积石山6.2级地震抢险救灾创造“甘肃速度”', '6.2级地震', 6.2, null, '级'],
    ['zh.length 厘米', '黑土地耕层厚度止跌提升3.5%、达到20.6厘米，有机质增长6.1%', '20.6厘米', 20.6, null, '厘米'],
    ['zh.length 奈米', '擴大投入16奈米（含）以下先進晶片', '16奈米', 16, null, '纳米'],
    ['zh.medals (gold)', '为中国体育代表团贡献9金、5银、6铜，金牌和奖牌数均创历史新高', '9金', 9, null, '金牌'],
    ['zh.medals (bronze)', '为中国体育代表团贡献9金、5银、6铜，金牌和奖牌数均创历史新高', '6铜', 6, null, '铜牌'],
    ['zh.classifier 航次', '南山港服务科考船2152航次。', '2152航次', 2152, null, '航次'],
    ['zh.classifier 页', '第1、2冊頁數加總近1,400頁，過於厚重不便使用者查閱', '1,400頁', 1400, null, '页'],
    ['zh.classifier 回 (power lines)', '累计建成15回高电压等级跨境输电线路。', '15回', 15, null, '回'],
    ['zh.classifier 发 (launches)', '具备双工位常态化发射能力、连续12发圆满成功', '12发', 12, null, '发'],
    ['zh.classifier 群 (troops of animals)', '旗舰物种海南长臂猿种群恢复至7群42只。', '7群', 7, null, '群'],
    ['zh.classifier 案 (motions)', '本項提案1案，保留，送院會處理。', '1案', 1, null, '案'],
    ['zh.classifier 业别 (industries)', '至金屬製程、化學工業2業別近7年溫室氣體排放量降幅則各為9.3%', '2業別', 2, null, '业别'],
    ['zh.places counted after a list', '迭部、碌曲、玛曲、镇原4县高速项目全部开工', '4县', 4, null, '县'],
    ['zh.places counted after 其余', '其餘12縣（市）則有10個縣（市）自110年起均上升', '12縣', 12, null, '县'],
    ['zh.places counted in a total (中)', '位於亞太地區49國中，有41國仍為ADB定義之開發中國家', '49國', 49, null, '国'],
    ['zh.places counted after 有', '位於亞太地區49國中，有41國仍為ADB定義之開發中國家', '41國', 41, null, '国'],
    ['zh.places counted after 等', '美國包含加州、華盛頓州、科羅拉多州等12州亦通過「薪資透明法」', '12州', 12, null, '州'],
    ['en.proper counted noun (demonym)', 'This will benefit about 1.6 million Singaporeans, and help them.', '1.6 million Singaporeans', 1_600_000, null, 'singaporeans'],
    ['en.proper noun before the counted noun', 'More than 700,000 Singapore residents have enrolled in Healthier SG.', '700,000 Singapore residents', 700_000, null, 'residents'],
    ['en.capitalised name with a plural head', 'there were 35 International Purchasing Offices (IPOs) in Singapore', '35 International Purchasing Offices', 35, null, 'offices'],
    ['en.mixed-fraction', 'The federal funds rate averaged near 5-1/4 percent, the level expected.', '5-1/4 percent', 5.25, null, '%'],
    ['en.mixed-fraction range', 'a central tendency of 2-1/2 to 2-3/4 percent, reflecting', '2-1/2 to 2-3/4 percent', 2.5, 2.75, '%'],
    ['en.number words before the wire\'s mln', 'ChemLawn, with about two mln customers, is the largest', 'two mln customers', 2_000_000, null, 'customers'],
    ['en.number words before mln, no noun', 'It raised its capital stock from five mln to 25 mln shares.', 'five mln', 5_000_000, null, ''],
    ['en.versus at the end of a table line', 'Revs 7,075,000 vs 2,330,000\n    12 mths\n', '2,330,000', 2_330_000, null, ''],
    ['en.versus a loss', '    Net loss 7,041,000 vs loss 467,000\n    Rev 138.9 mln vs 131.4 mln\n', '467,000', 467_000, null, ''],
    ['en.versus with mln', '    Revs 25.2 mln vs 19.5 mln\n    Year\n', '19.5 mln', 19_500_000, null, ''],
    ['en.vulgar fraction percent', 'Growth had remained at around ¼% per quarter. Those', '¼%', 0.25, null, '%'],
    ['en.vulgar fraction per cent', 'output had contracted by ¾ per cent in the June quarter', '¾ per cent', 0.75, null, '%'],
    ['en.vulgar fraction after a whole number', 'The bank rate stood at 5½ percent, unchanged.', '5½ percent', 5.5, null, '%'],
    ['zh.approximator after the scale of a range', '規費收入介於555至612億餘元，非營業基金', '555至612億餘元', 555e8, 612e8, '元'],
    ['en.decimal with no leading zero', 'for a purchase price of .125 dlrs per share.', '.125', 0.125, null, 'dlrs'],
    ['en.negative balance after to', 'the survey balance (down to -17 in May) whereas the', '-17', -17, null, ''],
  ])('%s: %s', (_rule, text, quote, value, valueMax, unit) => {
    const figures = read(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en');
    const f = figures.find((x) => x.quote.includes(quote));
    expect(f, figures.map((x) => x.quote).join(' | ')).toBeDefined();
    expect(f!.value).toBeCloseTo(value, 6);
    if (valueMax !== null) expect(f!.valueMax).toBeCloseTo(valueMax, 6);
    expect(f!.unit).toBe(unit);
  });

  it.each([
    ['an hour is no index point', '下午3点开会'],
    ['a length in 厘米 is no rate', '身高增加5厘米'],
    ['a conversion keeps 折算 apart', '按2019年美元对人民币的平均汇率6.8985折算'],
    ['a five-year plan', '“十四五”时期'],
    ['a party congress', '党的二十大和二十届历次全会精神'],
    ['a quoted plan name', '聚焦“1+2+4+N”目标任务体系'],
    ['an address', '位于人民路416号'],
    ['a numbered district in an address', '家住望京5区3号楼'],
    ['a range of numbered districts', '望京1-5区3号楼'],
  ])('%s stays as it was: %s', (_why, text) => {
    const figures = read(text, 'zh');
    const wrong = figures.filter((f) => f.unit === '点' || (f.unit === '%' && /[厘折]/.test(f.quote)) || /十四五|二十|416|1\+2|5区/.test(f.quote));
    expect(wrong.map((f) => f.quote)).toEqual([]);
  });

  it.each([
    ['a vote is no earnings pair', 'The Bank rate vote 5-4 vs 6-3 earlier in the year', '5-4', null],
    ['a count of months before vs lends its noun to nothing', 'for 1986 qtr and six mths vs 2,285,000 or six cts', '2,285,000', ''],
    ['the word after vs is no counted noun', 'Net profit 72,000 vs profit 16,000\n', '72,000', ''],
  ])('%s: %s', (_why, text, quote, unit) => {
    const f = read(text, 'en').find((x) => x.quote.includes(quote));
    expect(f?.unit ?? null).toBe(unit);
  });

  it('a conversion rate before 折算 is still read as a number', () => {
    expect(read('按2019年美元对人民币的平均汇率6.8985折算，人均生产总值约合2万美元', 'zh').some((f) => f.value === 6.8985)).toBe(true);
  });
});
