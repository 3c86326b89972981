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
    ['en.proper counted noun (demonym)', 'This will benefit about 1.6 million Singaporeans, and help them.', '1.6 million Singaporeans', 1_600_000, null, 'singaporeans'],
    ['en.proper noun before the counted noun', 'More than 700,000 Singapore residents have enrolled in Healthier SG.', '700,000 Singapore residents', 700_000, null, 'residents'],
    ['en.capitalised name with a plural head', 'there were 35 International Purchasing Offices (IPOs) in Singapore', '35 International Purchasing Offices', 35, null, 'offices'],
    ['en.mixed-fraction', 'The federal funds rate averaged near 5-1/4 percent, the level expected.', '5-1/4 percent', 5.25, null, '%'],
    ['en.mixed-fraction range', 'a central tendency of 2-1/2 to 2-3/4 percent, reflecting', '2-1/2 to 2-3/4 percent', 2.5, 2.75, '%'],
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
  ])('%s stays as it was: %s', (_why, text) => {
    const figures = read(text, 'zh');
    const wrong = figures.filter((f) => f.unit === '点' || (f.unit === '%' && /[厘折]/.test(f.quote)) || /十四五|二十|416|1\+2/.test(f.quote));
    expect(wrong.map((f) => f.quote)).toEqual([]);
  });

  it('a conversion rate before 折算 is still read as a number', () => {
    expect(read('按2019年美元对人民币的平均汇率6.8985折算，人均生产总值约合2万美元', 'zh').some((f) => f.value === 6.8985)).toBe(true);
  });
});
