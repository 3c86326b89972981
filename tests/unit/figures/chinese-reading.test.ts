/**
 * How figures are read in Chinese news, simplified and traditional: numerals and units as
 * Taiwan, Hong Kong and Macau papers set them, metric noun phrases, owners and kinds.
 * Every sentence here is written for the test (in the manner of government reports,
 * statistics bulletins and Taiwan/Hong Kong news), not taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { findEntitiesZh } from '../../../electron/core/figures/entities';
import { extractFigures } from '../../../electron/core/figures/extract';
import { foldText } from '../../../electron/core/figures/fold';
import type { ExtractedFigure } from '../../../shared/domain/figure';
import { metricIdentity } from '../../../electron/core/metrics/key';

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

  it('兆 before 瓦 is the megawatt, not a trillion (stored as 50,000 千瓦)', () => {
    const f = byQuote(zh('一期工程装机容量50兆瓦。'), '50兆瓦');
    expect([f.value, f.unit]).toEqual([50_000, '千瓦']);
  });

  it.each([
    ['光電目前是16GW，目標今年底18GW。', '18GW', 1.8e7, '千瓦'],
    ['離岸風電今年7月為3.13GW。', '3.13GW', 3.13e6, '千瓦'],
    ['该项目建成后装机容量达到200MW。', '达到200MW', 200_000, '千瓦'],
    ['全年光伏发电量约1.2TWh。', '约1.2TWh', 1.2e9, '千瓦时'],
    ['屋頂型太陽光電新增裝置容量120萬瓩。', '120萬瓩', 1.2e6, '千瓦'],
    ['储能电站容量为 500 MWh。', '500 MWh', 500_000, '千瓦时'],
    ['今年離岸風電併網容量預估2.03到2.43GW。', '2.03到2.43GW', 2.03e6, '千瓦'],
  ])('power and energy symbols are units, stored in 千瓦 and 千瓦时 as English figures are: %s', (text, quote, value, unit) => {
    const f = byQuote(zh(text), quote);
    expect([f.value, f.unit]).toEqual([value, unit]);
  });

  it.each([
    ['全年營收1萬2千億元。', '1萬2千億元', 1.2e12],
    ['受惠人數達12萬8千人。', '12萬8千人', 128_000],
    ['总投资1亿2000万元。', '1亿2000万元', 120_000_000],
    ['平均月薪為2萬8590元。', '2萬8590元', 28_590],
    ['全年進出口總額達3萬5百億元。', '3萬5百億元', 3.05e12],
    ['全市共有充电桩1万3482个。', '1万3482个', 13_482],
    ['目前全台公共充電樁已達1萬3482槍。', '1萬3482槍', 13_482],
    ['项目总投资2亿3000万元。', '2亿3000万元', 230_000_000],
    ['参加活动的群众达3万2千人。', '3万2千人', 32_000],
    ['核定金額20億4,938萬餘元。', '20億4,938萬餘元', 2_049_380_000],
    ['社會住宅總數只有3萬7000多戶。', '3萬7000多戶', 37_000],
  ])('a 万/亿 group and the group below it, with its own small scale, are one number: %s', (text, quote, value) => {
    expect(byQuote(zh(text), quote).value).toBe(value);
  });

  it.each([
    ['全年营业收入2亿3000万，同比增长5%。', '2亿3000万', 230_000_000],
    ['全区常住人口达1万3482。', '1万3482', 13_482],
    ['啤酒進口2億4,700萬，占75.8%。', '2億4,700萬', 247_000_000],
    ['全年營收1萬2千億，年增3%。', '1萬2千億', 1.2e12],
    ['歲入總額2兆9,124億，較上年增加。', '2兆9,124億', 2.9124e12],
  ])('with no unit after it, a lower group that fills the places below its scale is still one number: %s', (text, quote, value) => {
    expect(byQuote(zh(text), quote).value).toBe(value);
  });

  it.each([
    ['全年新增就业1万3、4月份回升。', 13],
    ['累计培训3万2024年起扩大。', 32_024],
    ['新增岗位1万5，其余待定。', 10_005],
  ])('a scale followed by a few digits that do not fill its places, or by a year, stays apart: %s', (text, notValue) => {
    expect(zh(text).map((f) => f.value)).not.toContain(notValue);
    expect(zh(text).map((f) => f.value)).not.toContain(notValue * 10 ** 3);
  });

  it.each([
    ['全年訪港旅客逾千萬人次。', '逾千萬人次', 1e7, 'gt'],
    ['去年共有逾百萬人次訪澳。', '逾百萬人次', 1e6, 'gt'],
    ['全市近万人参加义务植树。', '近万人', 1e4, 'approx'],
    ['打造超万亿元的产业集群。', '超万亿元', 1e12, 'gt'],
    ['票房突破十亿元。', '突破十亿元', 1e9, 'gt'],
  ])('a scale with no digit after a word of degree counts one of it: %s', (text, quote, value, qualifier) => {
    const f = byQuote(zh(text), quote);
    expect([f.value, f.qualifier]).toEqual([value, qualifier]);
  });

  it.each([
    ['核定本年度總預算歲入2兆9,124億元。', '2兆9,124億元', 2.9124e12],
    ['外匯存底達5,700億美元，折合新台幣18兆2,400億元。', '18兆2,400億元', 1.824e13],
    ['全年營收1萬2千億元。', '1萬2千億元', 1.2e12],
    ['全國總預算2兆8,000億元。', '2兆8,000億元', 2.8e12],
  ])('a 兆 group keeps the 亿 below it apart (2兆9,124亿 = 2.9124兆): %s', (text, quote, value) => {
    expect(byQuote(zh(text), quote).value).toBe(value);
  });

  it.each([
    ['旅遊業收入年增兩成五。', '增兩成五', 25],
    ['約三成五的企業表示將加薪。', '約三成五', 35],
    ['出口額下降一成二。', '下降一成二', 12],
    ['三成的受訪者表示支持。', '三成', 30],
  ])('a digit after 成 is the next tenth (两成五 = 25%): %s', (text, quote, value) => {
    const f = byQuote(zh(text), quote);
    expect([f.value, f.unit]).toEqual([value, '%']);
  });

  it.each([['千万不要忘记。'], ['万众一心，共克时艰。'], ['百万雄师过大江。'], ['亿万人民的心愿。']])('a bare scale in a set phrase is not a figure: %s', (text) => {
    expect(zh(text)).toEqual([]);
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

describe('metric noun phrases', () => {
  it.each([
    ['香港经济今年上半年稳步发展，录得2.5%的温和增长。', '2.5%', 'increase', '经济增速'],
    ['香港經濟去年錄得3.2%實質增長。', '3.2%', 'increase', '经济增速'],
    ['出口录得1.5%的下降。', '1.5%', 'decrease', '出口降幅'],
    ['失业率为3.1%。', '3.1%', 'level', '失业率'],
  ])('a rate followed by the change it measures is that change, of the subject before it: %s', (text, quote, change, metric) => {
    const f = byQuote(zh(text), quote);
    expect([f.change, f.metric]).toEqual([change, metric]);
  });

  it.each([
    ['●广东地区生产总值突破13万亿元、增长4.8%。', '增长4.8%', '地区生产总值增速'],
    ['■城镇调查失业率控制在5.5%以内', '5.5%以内', '城镇调查失业率'],
    ['一、全市粮食产量达到285万吨。', '达到285万吨', '粮食产量'],
    ['（三）社会消费品零售总额增长6.3%。', '增长6.3%', '社会消费品零售总额增速'],
    ['◆居民人均可支配收入增长5.1%', '增长5.1%', '居民人均可支配收入增速'],
    ['2. 进出口总额增长3.4%。', '增长3.4%', '进出口总额增速'],
    ['发展主要预期目标之一是单位国内生产总值能耗降低2.5%左右。', '降低2.5%左右', '单位国内生产总值能耗降幅'],
  ])('a bullet or list number, or the goal word that introduces it, is not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['去年再生能源發電占總發電量比率為百分之十三點○九。', '百分之十三點○九', '再生能源发电占总发电量比率'],
    ['全市共享单车投放量控制在12万辆以内。', '12万辆以内', '共享单车投放量'],
    ['今年对外贸易进出口总额增长8.2%。', '增长8.2%', '对外贸易进出口总额增速'],
    ['全区在校学生人数达到8.6万人。', '达到8.6万人', '在校学生人数'],
    ['其他收入增长4.5%。', '增长4.5%', '其他收入增速'],
  ])('a word that begins with an opener character keeps it (再生, 共享, 对外, 在校, 其他): %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['全港有約 7.5 萬個公營房屋單位。', '約 7.5 萬個', '公营房屋单位'],
    ['全市现有3所高校。', '3所', '高校'],
    ['全县拥有12家上市公司。', '12家', '上市公司'],
    ['目前共有86个重点项目在建。', '86个', '重点项目'],
  ])('a count after 有 counts the noun after it: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['目前全台公共充電樁已達1萬3482槍。', '1萬3482槍', '公共充电桩'],
    ['全臺失業人數為43萬6千人。', '43萬6千人', '失业人数'],
    ['全台灣機車登記數達1,450萬輛。', '1,450萬輛', '机车登记数'],
    ['全港失業人數為12.9萬人。', '12.9萬人', '失业人数'],
  ])('全台 (全臺, 全台湾), like 全港 and 全市, scopes the figure and is not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['2017年，全国各类棚户区改造开工609万套。', '609万套', '棚户区改造开工'],
    ['全市各级医疗机构床位数达到5.2万张。', '达到5.2万张', '医疗机构床位数'],
    ['全年各种农作物播种面积稳定在120万亩以上。', '120万亩以上', '农作物播种面积'],
    ['各项贷款余额增长9.1%。', '增长9.1%', '贷款余额增速'],
  ])('各类, 各种, 各级, 各项 quantify over kinds and are not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['儘管較前年占比百分之十一點七一提高，綠電仍落後。', '百分之十一點七一', '占比'],
    ['虽然出口额增长4.6%，但利润下降。', '增长4.6%', '出口额增速'],
    ['不过社会消费品零售总额仍下降1.2%。', '下降1.2%', '社会消费品零售总额降幅'],
    ['但是规模以上工业增加值增长2.1%。', '增长2.1%', '规模以上工业增加值增速'],
  ])('a conjunction that links to the sentence before is not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['人均预期寿命再提高1岁。', '提高1岁', '人均预期寿命'],
    ['光電目前是16GW。', '16GW', '光电'],
    ['赤字率拟按3%安排。', '3%', '赤字率'],
    ['全市营业收入都将增长5%。', '增长5%', '营业收入增速'],
    ['全市经营主体数量均突破100万户。', '突破100万户', '经营主体数量'],
    ['城镇调查失业率平均为5%。', '5%', '城镇调查失业率平均'],
  ])('adverbs between the subject and its verb are not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['並預期明年賭收進一步升至2160億澳門元。', '2160億澳門元', '赌收'],
    ['今年再生能源占比可達15%。', '15%', '再生能源占比'],
    ['全市外贸依存度继续回升至35%。', '35%', '外贸依存度'],
    ['住房公积金贷款利率持续下调至2.85%。', '2.85%', '住房公积金贷款利率'],
    ['今年许可证发放数量增至120件。', '120件', '许可证发放数量'],
  ])('a change to a new level and its adverbs (进一步升至, 可达) are not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['确保完成今年开工600万套棚改任务。', '600万套', '棚改开工'],
    ['今年新开工2.5万套保障性租赁住房。', '2.5万套', '保障性租赁住房新开工'],
    ['全年竣工1.8万套安置房。', '1.8万套', '安置房竣工'],
    ['力争新建12所中小学校。', '12所', '中小学校'],
    ['完成改造3200户老旧小区任务。', '3200户', '老旧小区'],
  ])('a count after bare verbs counts the noun after it, at the stage of works named: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['多地均将2023年GDP增速目标拟定为7%及以上。', '7%', 'GDP增速'],
    ['安阳市则将2023年GDP增速目标明确为6.5%。', '6.5%', 'GDP增速'],
    ['澳门政府把明年博彩毛收入预算定为2160亿澳门元。', '2160亿澳门元', '博彩毛收入预算'],
    ['省政府将全年粮食产量目标确定为1300万吨。', '1300万吨', '粮食产量'],
  ])('将/把 X 定为 N: X is the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['能源署表示，今明兩年光電併網目標為18GW、20GW。', '18GW', '光电并网'],
    ['今明两年新建改造城市燃气管道1.2万公里。', '1.2万公里', '新建改造城市燃气管道'],
    ['近三年全市新增城镇就业18.6万人。', '18.6万人', '新增城镇就业'],
    ['近5年全市固定资产投资累计完成4200亿元。', '4200亿元', '累计固定资产投资'],
  ])('a span of years at the start (今明两年, 近三年) is a time, not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['广东2023年地区生产总值预期目标为增长5%以上。', '增长5%以上', '地区生产总值增速'],
    ['今年光電併網目標為18GW。', '18GW', '光电并网'],
    ['全年城镇新增就业目标值为110万人。', '110万人', '城镇新增就业'],
    ['经济增长预期目标为5%左右。', '5%左右', '经济增速'],
    ['新增城镇就业年度目标完成率为126%。', '126%', '新增城镇就业年度目标完成率'],
  ])('a goal word after the metric is the kind, not the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['地區生產總值突破1萬億元（人民幣，下同），年均增長8%。', '增長8%', '年均'],
    ['原訂2025年再生能源發電占比達20%。', '20%', '再生能源发电占比'],
    ['森林覆盖率将从24.02%提高到25%。', '24.02%', '森林覆盖率'],
    ['原定全年新建保障房5000套。', '5000套', '新建保障房'],
  ])('a bracket tail, 原订 and 将从 are not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).not.toMatch(/下同|原订|原定|将从|[)）]/);
    if (metric !== '年均') expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['中長期規劃上，仍以綠電佔比30%邁進。', '30%', '绿电占比'],
    ['出口总额仅增长0.6%。', '增长0.6%', '出口总额增速'],
    ['預計2024年該省GDP邁上14萬億元新臺階。', '14萬億元', 'GDP'],
    ['这意味着居民人均可支配收入要增长6%。', '增长6%', '居民人均可支配收入增速'],
    ['以旧换新补贴资金达到12亿元。', '达到12亿元', '以旧换新补贴资金'],
  ])('a preposition, limiter, back-reference or gloss (以, 仅, 该省, 这意味着) opens no metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['台電表示，今夏尖峰用電量創下4,180萬瓩新高。', '4,180萬瓩', '尖峰用电量'],
    ['去冬用电负荷刷新1.2亿千瓦纪录。', '1.2亿千瓦', '用电负荷'],
    ['今春全市客流量创出320万人次新高。', '320万人次', '客流量'],
    ['全年外贸进出口创下4.2万亿元历史新高。', '4.2万亿元', '外贸进出口'],
  ])('a season (今夏) and setting a record (创下, 刷新) are not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['全省地区生产总值迈上6万亿元台阶。', '6万亿元', '地区生产总值'],
    ['全市经济总量跃上2万亿元新台阶。', '2万亿元', '经济总量'],
    ['城鎮新增就業超143萬人、超額完成國家下達的110萬人年度任務。', '超143萬人', '城镇新增就业'],
    ['上级下达的专项债券额度为85亿元。', '85亿元', '上级下达的专项债券额度'],
  ])('reaching a level (迈上, 跃上) is not part of the metric, 下达 keeps its 达: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['1-10月，全國棚戶區改造已開工600萬套。', '600萬套', '棚户区改造开工'],
    ['过去8年，全国棚户区改造已累计开工3287万套。', '3287万套', '棚户区改造累计开工'],
    ['该项目一期工程已完成投资9.2亿元。', '9.2亿元', '一期工程完成投资'],
    ['全市已经建成充电桩1.2万个。', '1.2万个', '建成充电桩'],
  ])('已 marks the aspect, not what is counted: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['台積電第三季營收新台幣7,596.9億元，季增12.8%。', '增12.8%', '台积电营收增速'],
    ['出口金額月減3.5%。', '減3.5%', '出口金额降幅'],
    ['截至6月底，全市共有各類市場主體108.2萬戶。', '108.2萬戶', '市场主体'],
    ['我國人均GDP連續兩年超過1.2萬美元。', '超過1.2萬美元', '人均GDP'],
    ['有效发明专利拥有量达到3.2万件。', '达到3.2万件', '有效发明专利拥有量'],
  ])('季增/月减, 共有 and 连续两年 are not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['全年确定的目标任务完成率达到105%。', '达到105%', '确定的目标任务完成率'],
    ['提出要把粮食产量稳定在1300万吨以上。', '1300万吨以上', '粮食产量'],
    ['浙江、江苏、广东三省GDP均超过8万亿元。', '超过8万亿元', 'GDP'],
    ['两市常住人口合计达到3500万人。', '达到3500万人', '常住人口'],
  ])('确定的 is no handover, 把 and a count of places (三省) are not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['2大目标包括再生能源占比20%。', '20%', '再生能源占比'],
    ['經濟部承諾今年十一月要達到再生能源占比百分之廿。', '百分之廿', '再生能源占比'],
    ['前總統任內定下二○二五年綠電比率達到百分之廿的目標。', '達到百分之廿', '绿电比率'],
    ['报告提出研发经费投入强度突破2.6%。', '突破2.6%', '研发经费投入强度'],
    ['主要任务包括新建保障性住房1.2万套。', '1.2万套', '新建保障性住房'],
  ])('what follows 包括, 定下, 提出 or 要达到 is the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['广东地区生产总值(GDP)增长4.8%。', '增长4.8%', '地区生产总值增速'],
    ['居民消费价格指数（CPI）上涨0.2%。', '上涨0.2%', '居民消费价格指数增速'],
    ['研究与试验发展(R&D)经费投入强度达到2.67%。', '达到2.67%', '研究与试验发展经费投入强度'],
    ['採購經理指數（PMI）為50.2%。', '50.2%', '采购经理指数'],
  ])('a Latin gloss in brackets is not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['2018年，浦东新区地区生产总值和规模以上工业总产值预计都将突破1万亿元大关。', '突破1万亿元', ['地区生产总值', '规模以上工业总产值']],
    ['全市进出口总额与实际使用外资均增长12%。', '增长12%', ['进出口总额增速', '实际使用外资增速']],
    ['今年粮食播种面积和产量双双超过去年。全区粮食播种面积和总产量双双突破100万亩。', '突破100万亩', ['粮食播种面积', '总产量']],
    ['一般公共预算收入及税收收入均增长6.5%。', '增长6.5%', ['一般公共预算收入增速', '税收收入增速']],
  ])('a value said of each coordinated subject (都, 均, 双双) is a figure for each: %s', (text, quote, metrics) => {
    expect(zh(text).filter((f) => f.quote === quote).map((f) => f.metric)).toEqual(metrics);
  });

  it.each([
    ['研究与试验发展经费支出增长8.1%。', '增长8.1%', ['研究与试验发展经费支出增速']],
    ['进出口总额和增速均居全省第一，达到3200亿元。', '达到3200亿元', ['进出口总额和增速均居全省第一']],
  ])('one name with 与/和 in it, or no 都/均 before the value, stays one figure: %s', (text, quote, metrics) => {
    expect(zh(text).filter((f) => f.quote === quote).map((f) => f.metric)).toHaveLength(metrics.length);
  });
});

describe('owners', () => {
  it.each([
    ['●广东地区生产总值突破13万亿元、增长4.8%。', '增长4.8%', '广东省'],
    ['2023年，浙江全体居民人均可支配收入增长5.9%。', '增长5.9%', '浙江省'],
    ['據統計，四川全年糧食產量達到3593.8萬噸。', '達到3593.8萬噸', '四川省'],
    ['去年广西外贸进出口总额增长4.2%。', '增长4.2%', '广西壮族自治区'],
    ['山东全省规模以上工业增加值增长7.1%。', '增长7.1%', '山东省'],
  ])('a province named bare as the subject of its clause owns its figures: %s', (text, quote, entity) => {
    expect(byQuote(zh(text), quote).entity).toBe(entity);
  });
  it.each([
    ['年末全省常住人口城镇化率为56.45%，比上年末提高1.02个百分点。', '2021年河南省国民经济和社会发展统计公报', '56.45%', '河南省'],
    ['全区实现地区生产总值2887.8亿元，增长5.0%。', '滨江区2024年国民经济和社会发展计划执行情况', '增长5.0%', '滨江区'],
    ['——2021年1月28日在安徽省第十三届人民代表大会第四次会议上\n今年发展的主要预期目标是:全省生产总值增长8%。', '', '增长8%', '安徽省'],
  ])('全省 or 全区 in a body that never names the place as an owner is the headline’s place, or the province the story names: %s', (text, headline, quote, entity) => {
    const figs = extractFigures(text, { date: '2025-03-12', city: null, language: 'zh', lead: headline });
    expect(byQuote(figs, quote).entity).toBe(entity);
  });
  it.each([
    [
      '在市委、市政府和区委坚强领导下，认真落实总书记对重庆提出的“两点”定位要求，保持了经济持续健康发展。\n预计地区生产总值360亿元、增长8.5%。',
      '潼南报',
      '增长8.5%',
      '潼南区',
    ],
    ['深入贯彻习近平总书记对北京重要讲话精神，圆满完成目标任务。\n预计地区生产总值增长6%。', '海淀报', '增长6%', '海淀区'],
    ['全区上下深入学习领会总书记考察浙江重要讲话精神。\n全年，全区实现地区生产总值2887.8亿元、增长5.0%。', '杭州市滨江区人民政府', '增长5.0%', '滨江区'],
    ['在全省“勇当先行者、谱写新篇章”中勇攀高峰。\n2024年主要预期目标：地区生产总值增长5.5%左右。', '杭州日报', '增长5.5%左右', '杭州市'],
  ])(
    'a place a leader addressed (对重庆提出的要求) or an unresolved 全省 paragraphs before owns nothing; the district or city whose paper it is does: %s',
    (text, publication, quote, entity) => {
      const city = publication === '杭州日报' ? '杭州' : null;
      const figs = extractFigures(text, { date: '2025-01-20', city, publication, language: 'zh' });
      expect(byQuote(figs, quote).entity).toBe(entity);
    },
  );
  it('新中国成立75周年 dates the year and leaves the paragraph to the province before it', () => {
    const text = '江苏省第十四届人民代表大会第二次会议开幕。\n今年是新中国成立75周年。报告定下了今年主要预期目标：城镇新增就业120万人以上。';
    expect(byQuote(zh(text, '2024-01-23'), '120万人以上').entity).toBe('江苏省');
  });
  it.each([
    ['全区地区生产总值23159亿元，比上年增长4.2%。', '2022年内蒙古自治区国民经济和社会发展统计公报', '增长4.2%', '内蒙古自治区'],
    ['全年居民消费价格比上年上涨1.8%。', '2022年内蒙古自治区国民经济和社会发展统计公报', '上涨1.8%', '内蒙古自治区'],
    ['在宁夏回族自治区十三届人大一次会议上，自治区政府提出：地区生产总值增长6.5%左右。', '', '增长6.5%左右', '宁夏回族自治区'],
    ['2023年新疆维吾尔自治区城镇新增就业48.9万人。', '', '48.9万人', '新疆维吾尔自治区'],
  ])('an autonomous region is named in full, and 全区 or a bare 自治区 in its report is the region: %s', (text, headline, quote, entity) => {
    const figs = extractFigures(text, { date: '2023-03-17', city: null, language: 'zh', lead: headline });
    expect(byQuote(figs, quote).entity).toBe(entity);
  });
  it('a city before its congress’s ordinal (执行市十七届人大决议) is the city’s own congress, not a place called 执行市', () => {
    const text = '天津市2019年计划执行情况。认真执行市十七届人大二次会议决议，新增就业首次突破50万人。';
    const fig = byQuote(zh(text, '2020-02-21'), '突破50万人');
    expect(fig.entity).toBe('天津市');
    expect(fig.metric).toBe('新增就业');
  });
  it('a known city before its congress’s ordinal is still the city: 深圳市七届人大六次会议', () => {
    const text = '深圳市七届人大六次会议开幕。报告指出，2024年深圳地区生产总值达3.68万亿元、增长5.8%。';
    expect(byQuote(zh(text, '2025-02-25'), '增长5.8%').entity).toBe('深圳市');
  });
  it('the 年 of a date is no part of the place after it: 2023年重庆市', () => {
    expect(byQuote(zh('2023年重庆市科技型企业达到4.28万家。', '2024-01-20'), '达到4.28万家').entity).toBe('重庆市');
  });

  it.each([
    ['深入贯彻视察河南重要讲话精神，郑州市地区生产总值增长7.4%。', '增长7.4%', '郑州市'],
    ['围绕现代化河南建设，郑州市一般公共预算收入增长3.1%。', '增长3.1%', '郑州市'],
    ['对口支援新疆的成都市今年安排资金3.2亿元。', '3.2亿元', '成都市'],
    ['学习浙江经验，合肥市新增市场主体12万户。', '12万户', '合肥市'],
  ])('a province inside a phrase (视察河南, 现代化河南建设) does not take the figures: %s', (text, quote, entity) => {
    expect(byQuote(zh(text), quote).entity).toBe(entity);
  });

  it.each([
    ['上海市浦東新區第六屆人民代表大會開幕。2018年浦東一般公共預算收入突破1000億元。', '突破1000億元', '浦东新区'],
    ['本报上海电 上海浦东高质量发展又传捷报。浦东新区四届区委五次全会召开。2018年，浦东一般公共预算收入超过1000亿元。', '超过1000亿元', '浦东新区'],
    ['天津市滨海新区今年地区生产总值增长5%。', '增长5%', '天津市滨海新区'],
    ['两江新区全年实现地区生产总值5000亿元。', '5000亿元', '两江新区'],
    ['雄安新区今年计划完成投资2000亿元。', '2000亿元', '雄安新区'],
  ])('a 新区 after its city, or a national-level new area, is a place; its bare name is the same place: %s', (text, quote, entity) => {
    expect(byQuote(zh(text), quote).entity).toBe(entity);
  });

  it.each([
    ['兰考县召开人代会。兰考县长表示，今年兰考地区生产总值增长8%。', '增长8%', '兰考县'],
    ['武侯区政府工作报告发布。武侯区委书记指出，去年武侯实现地区生产总值1300亿元。', '1300亿元', '武侯区'],
    ['合肥市发布数据。去年合肥地区生产总值增长5.8%。', '增长5.8%', '合肥市'],
    ['《关于支持区县科技创新发展的指导意见》印发。中国去年研发投入增长8.1%，各方支持力度加大。', '增长8.1%', '中国'],
  ])('a district or county named in full twice (a city once) owns its bare name later: %s', (text, quote, entity) => {
    expect(byQuote(zh(text), quote).entity).toBe(entity);
  });

  it.each([
    ['其中，省会郑州市的2023年GDP增速目标是7%。', '7%', '郑州市'],
    ['而安阳市则将2023年GDP增速目标明确为6.5%。', '6.5%', '安阳市'],
    ['开封、洛阳、许昌等市也将GDP增速目标定为7%。', '7%', null],
    ['省会成都市全年地区生产总值增长6%。', '增长6%', '成都市'],
    ['会泽县今年粮食产量达到40万吨。', '达到40万吨', '会泽县'],
  ])('省会, 而 and 等 are not part of a place name: %s', (text, quote, entity) => {
    expect(byQuote(zh(text), quote).entity).toBe(entity);
  });

  it.each([
    ['經濟部能源署發布全國電力資源供需報告，全國再生能源發電占比約11.7%。', '約11.7%', '台湾'],
    ['行政院會通過總預算案，我國經濟成長率預估為3.26%。', '3.26%', '台湾'],
    ['立法院三讀通過，全國基本工資調升至新台幣2萬8590元。', '2萬8590元', '台湾'],
    ['國務院常務會議指出，全國城鎮新增就業1256萬人。', '1256萬人', '中国'],
    ['特區政府表示，全國GDP增長5.2%，香港經濟增長3.2%。', '增長5.2%', '中国'],
  ])('全国 and 我国 are Taiwan in a story told by Taiwan\'s institutions, China otherwise: %s', (text, quote, entity) => {
    expect(byQuote(zh(text), quote).entity).toBe(entity);
  });

  it.each([
    ['重庆市支持区县发展，全年安排专项资金50亿元。', '50亿元', '重庆市'],
    ['成都市各区县全年新增就业28万人。', '28万人', '成都市'],
    ['广东省市场监管局全年查办案件1.2万件。', '1.2万件', '广东省'],
    ['杭州市区常住人口达到1252万人。', '达到1252万人', '杭州市'],
  ])('a pair of ranks (区县, 省市, 市区) is a collective noun, not a place: %s', (text, quote, entity) => {
    expect(byQuote(zh(text), quote).entity).toBe(entity);
  });

  it.each([
    ['全国确保完成省下达的节能减排目标任务，单位GDP能耗下降3%。', '下降3%', ['中国']],
    ['浙江、江苏、广东三省GDP均超过8万亿元。', '超过8万亿元', ['浙江省', '江苏省', '广东省']],
    ['湖北省带动周边两省，实现旅游收入1200亿元。', '1200亿元', ['湖北省']],
    ['重庆市支持区县发展，全年安排专项资金50亿元。', '50亿元', ['重庆市']],
  ])('a verb or a count before 省/市 (完成省, 三省) is not a place: %s', (text, quote, entities) => {
    // A value said of a list of places is each one's (浙江、江苏、广东三省…均超过): one figure per place.
    expect(zh(text).filter((f) => f.quote.includes(quote)).map((f) => f.entity)).toEqual(entities);
  });

  it.each([
    ['目前全台公共充電樁已達1萬3482槍。', '1萬3482槍', '公共充电桩'],
    ['全臺失業人數為43萬6千人。', '43萬6千人', '失业人数'],
    ['全台灣機車登記數達1,450萬輛。', '1,450萬輛', '机车登记数'],
    ['全港失業人數為12.9萬人。', '12.9萬人', '失业人数'],
  ])('全台 (全臺, 全台湾), like 全港 and 全市, scopes the figure and is not part of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });

  it.each([
    ['2017年，全国各类棚户区改造开工609万套。', '609万套', '中国'],
    ['全国棚户区改造已开工600万套。', '600万套', '中国'],
    ['河南17个地级市中，郑州市地区生产总值增长7.4%。', '增长7.4%', '郑州市'],
    ['广东省坚定扛起经济大省责任，进出口总额增长9.8%。', '增长9.8%', '广东省'],
    ['江苏省作为制造强省，规模以上工业增加值增长7.6%。', '增长7.6%', '江苏省'],
  ])('kinds of area and ranks of place (棚户区, 地级市, 经济大省) are not places: %s', (text, quote, entity) => {
    expect(byQuote(zh(text), quote).entity).toBe(entity);
  });

  it.each([
    ['中國製造業增加值規模連續16年保持全球第一。全國糧食產量達到1.4萬億斤。', '達到1.4萬億斤', '中国'],
    ['我国新能源汽车产销量居全球首位，全国新能源汽车产量达到1288万辆。', '达到1288万辆', '中国'],
    ['广东省进出口总额增长9.8%，贡献了全国近4成的贸易增量，城镇调查失业率为5%。', '5%', '广东省'],
    ['浙江省数字经济规模占全国约一成，增长8.3%。', '增长8.3%', '浙江省'],
  ])('the world or the country named in a ranking or as a share is not the owner: %s', (text, quote, entity) => {
    expect(byQuote(zh(text), quote).entity).toBe(entity);
  });
});

describe('kinds', () => {
  it.each([
    ['2024年我国居民人均预期寿命达到79岁，比2020年提高1.1岁。', '提高1.1岁', 'actual', '2025-09-12'],
    ['2023年全市人均预期寿命为81.2岁。', '81.2岁', 'actual', '2024-02-01'],
    ['據統計，本澳居民預期壽命達到83.1歲。', '達到83.1歲', 'actual', '2024-05-20'],
    ['全省人均预期寿命提高到79.5岁。', '79.5岁', 'actual', '2025-02-01'],
  ])('人均预期寿命 is life expectancy, not an expectation: %s', (text, quote, kind, date) => {
    expect(byQuote(zh(text, date), quote).kind).toBe(kind);
  });

  it.each([
    ['国务院总理在政府工作报告中提出今年发展主要预期目标。其中，国内生产总值增长5.5%左右。', '增长5.5%左右', 'target'],
    ['市政府提出了今年的主要目标任务。其中，一般公共预算收入增长6%。', '增长6%', 'target'],
    ['據統計，去年全港整體經濟表現良好。其中，私人消費開支增長7.3%。', '增長7.3%', 'actual'],
    ['全年力争实现以下目标。其中，城镇新增就业12万人。', '12万人', 'target'],
  ])('a sentence opened by 其中 takes the kind of the sentence before: %s', (text, quote, kind) => {
    expect(byQuote(zh(text, '2024-03-05'), quote).kind).toBe(kind);
  });

  it.each([
    ['棚户区改造超额完成了年初确定的目标任务，当年改造601万套。', '601万套'],
    ['全市顺利完成年度目标任务，全年新增就业12.3万人。', '12.3万人'],
    ['我区超额完成全年目标，引进项目45个。', '45个'],
    ['全省如期完成任务，造林面积达到320万亩。', '达到320万亩'],
    ['全省超额完成“十三五”规划纲要提出的就业指标，农村劳动力转移就业每年保持在620万人以上。', '620万人以上'],
    ['全面完成全年主要目标任务，其中全省生产总值增长6%。', '增长6%'],
    ['粮食播种面积连续5年超额完成国家下达目标任务，粮食单产年均增长1.9%。', '增长1.9%'],
  ])('a goal met (完成…目标任务) is an outcome, though it names the goal: %s', (text, quote) => {
    expect(byQuote(zh(text, '2024-03-05'), quote).kind).toBe('actual');
  });

  it.each([
    ['2024年铁路工作的主要目标包括全面完成国家铁路投资任务，投产新线3000公里以上。', '3000公里以上'],
    ['今年要确保全面完成省下达的减排任务，单位GDP能耗下降3%。', '下降3%'],
  ])('a goal to be met (包括完成…任务, 确保完成) stays a goal: %s', (text, quote) => {
    expect(byQuote(zh(text, '2024-01-05'), quote).kind).toBe('target');
  });

  it.each([
    ['至於光電，李君禮表示，光電目前是16GW，目標今年底18GW。', '16GW'],
    ['全市目前共有高新技术企业1.2万家。', '1.2万家'],
    ['当前，全县5G基站总数达到1860个。', '达到1860个'],
    ['現階段本港經季節性調整失業率為3.1%。', '3.1%'],
  ])('目前, 当前 and 现阶段 mark a reading of where things stand: %s', (text, quote) => {
    expect(byQuote(zh(text, '2025-09-26'), quote).kind).toBe('actual');
  });

  it.each([
    ['“十四五”規劃提出，到2025年，我國森林覆蓋率將從目前的23.04%再提高超1個百分點，達到24.1%。', '達到24.1%'],
    ['规划提出，全市常住人口城镇化率将从当前的68%提高到72%。', '72%'],
    ['计划到2027年，在目前的基础上再新增公园绿地120公顷。', '120公顷'],
    ['力争比目前的水平提高5个百分点，达到60%。', '达到60%'],
  ])('目前的 names the baseline of a goal, which stays a goal: %s', (text, quote) => {
    expect(byQuote(zh(text, '2021-03-13'), quote).kind).toBe('target');
  });

  it.each([
    ['原訂2025年再生能源發電占比達20%，但目標兩度推遲。', '20%', '再生能源发电占比'],
    ['現預訂2026年11月要達到20%。', '達到20%', ''],
    ['全市原定今年新建中小学校12所。', '12所', '新建中小学校'],
    ['新馆原订于明年开放，可容纳观众5000人。', '5000人', '可容纳观众'],
  ])('a goal as first set or rescheduled (原订, 预订要) is a goal: %s', (text, quote, metric) => {
    const f = byQuote(zh(text, '2025-09-16'), quote);
    expect(f.kind).toBe('target');
    if (metric) expect(f.metric).toBe(metric);
  });

  it.each([
    ['“十四五”时期，人均预期寿命再提高1岁。', '提高1岁'],
    ['“十四五”期间，单位国内生产总值能耗再降低13.5%。', '降低13.5%'],
    ['“十四五”时期，城镇化率再提高3个百分点。', '提高3个百分点'],
    ['到2025年前，森林覆盖率再增加1.2个百分点。', '增加1.2个百分点'],
  ])('再 before a change verb is a change still to come: %s', (text, quote) => {
    expect(byQuote(zh(text, '2021-03-05'), quote).kind).toBe('target');
  });
});

describe('Hong Kong and Macau reporting', () => {
  it.each([
    ['本港首季實質本地生產總值按季急升5.3%。', '急升5.3%', 'increase', '本地生产总值增速'],
    ['上一季本地生產總值收縮4.1%。', '收縮4.1%', 'decrease', '本地生产总值降幅'],
    ['本澳博彩毛收入按年回升12.5%。', '回升12.5%', 'increase', '博彩毛收入增速'],
    ['恒生指數全日下挫2.3%。', '下挫2.3%', 'decrease', '恒生指数降幅'],
    ['訪港旅客人次按年飆升38%。', '飆升38%', 'increase', '访港旅客人次增速'],
  ])('change verbs of Hong Kong and Macau copy (急升, 收缩, 回升, 下挫, 飙升): %s', (text, quote, change, metric) => {
    const f = byQuote(zh(text, '2024-05-20', '香港'), quote);
    expect([f.change, f.metric]).toEqual([change, metric]);
  });

  it.each([
    ['預測香港經濟全年實質增長介乎2%至3%。', '增長介乎2%至3%', 2, 3],
    ['出口貨值按年增長介乎5%至7%。', '增長介乎5%至7%', 5, 7],
    ['今年通脹率预计介于1.5%至2.5%。', '1.5%至2.5%', 1.5, 2.5],
    ['整體出口貨值預計增長介乎3%至5%。', '增長介乎3%至5%', 3, 5],
  ])('介乎/介于 opens a range and keeps the change word: %s', (text, quote, value, valueMax) => {
    const f = byQuote(zh(text, '2025-02-26', '香港'), quote);
    expect([f.value, f.valueMax, f.qualifier]).toEqual([value, valueMax, 'range']);
  });

  it.each([
    ['經營主體淨增98萬戶、突破1900萬戶。', '淨增98萬戶', 'increase', '经营主体'],
    ['全年常住人口净增12.8万人。', '净增12.8万人', 'increase', '常住人口'],
    ['本港人口淨減3.2萬人。', '淨減3.2萬人', 'decrease', '人口'],
    ['全区市场主体净增1.5万户。', '净增1.5万户', 'increase', '市场主体'],
  ])('净增 and 净减 are change words: %s', (text, quote, change, metric) => {
    const f = byQuote(zh(text, '2024-05-20', '香港'), quote);
    expect([f.change, f.metric]).toEqual([change, metric]);
  });

  it.each([
    ['去年訪港旅客上升三成至約4500萬人次。', '上升三成', 30],
    ['出口額回升兩成至850億元。', '回升兩成', 20],
    ['全年客運量增長逾一成至1.2億人次。', '增長逾一成', 10],
    ['出口额下降一成到850亿元。', '下降一成', 10],
  ])('a share in 成 may run on into the level it brought (上升三成至…): %s', (text, quote, value) => {
    const f = byQuote(zh(text, '2025-02-26', '香港'), quote);
    expect([f.value, f.unit]).toEqual([value, '%']);
  });

  it.each([
    ['全年實質本地生產總值增長預測由8月覆檢時的2%至3%，向上修訂至3.2%。', '3.2%', '本地生产总值增速'],
    ['2023年全年實質本地生產總值增長預測維持在財政預算案公佈的3.5%至5.5%。', '3.5%至5.5%', '本地生产总值增速'],
    ['本地生產總值按年顯著增長3.8%。', '增長3.8%', '本地生产总值增速'],
    ['香港首季實質本地生產總值回復按年增長2.7%。', '增長2.7%', '本地生产总值增速'],
    ['今年第二季GDP較上年同期實質上升1.5%。', '上升1.5%', 'GDP增速'],
  ])('revisions, sources, adverbs and 回复 are not part of the metric; growth in percent is a rate: %s', (text, quote, metric) => {
    expect(byQuote(zh(text, '2025-11-14', '香港'), quote).metric).toBe(metric);
  });

  it.each([
    ['本港首季本地生產總值按年增長2.7%，遠好於上一季的收縮4.1%。', '收縮4.1%', '本地生产总值降幅'],
    ['全市社会消费品零售总额增长7.7%，明显高于全国的7.2%。', '7.2%', '社会消费品零售总额'],
    ['規模以上工業增加值增長5%，略低於首季的5.2%。', '5.2%', '规模以上工业增加值'],
    ['出口增长4.1%，快于上年同期的2.3%。', '2.3%', '出口'],
  ])('a comparison (远好于, 明显高于) names the base of the metric just counted: %s', (text, quote, metric) => {
    expect(byQuote(zh(text, '2024-05-20', '香港'), quote).metric).toBe(metric);
  });

  it.each([
    ['陳茂波預測，本地生產總值在2026至2029年間平均每年實質增長2.9%。', '增長2.9%', '本地生产总值年均增速'],
    ['基本通脹率預計為平均每年2.5%。', '2.5%', '基本通胀率年均'],
    ['过去五年，全市地区生产总值平均每年增长6.1%。', '增长6.1%', '地区生产总值年均增速'],
    ['居民人均可支配收入年均增长5.4%。', '增长5.4%', '居民人均可支配收入年均增速'],
  ])('平均每年 is an average annual rate, like 年均: %s', (text, quote, metric) => {
    expect(byQuote(zh(text, '2025-02-26', '香港'), quote).metric).toBe(metric);
  });

  it.each([
    ['通脹將大致保持溫和,預測全年基本和整體消費物價通脹率分別維持在2.5%及2.9%。', ['基本消费物价通胀率', '整体消费物价通胀率']],
    ['全年经济平稳,城镇和农村居民人均可支配收入分别增长4.5%和6.5%。', ['城镇居民人均可支配收入增速', '农村居民人均可支配收入增速']],
    ['進出口穩定;出口和進口分別增長8%和5%。', ['出口增速', '进口增速']],
    ['总体看:第二、三产业增加值分别增长4.1%、5.6%。', ['第二产业增加值增速', '第三产业增加值增速']],
  ])('分别 lists find their subjects after an ASCII comma too: %s', (text, metrics) => {
    expect(zh(text, '2024-05-20').map((f) => f.metric)).toEqual(metrics);
  });
});

describe('currencies named in the story', () => {
  it.each([
    ['澳門賭博業10月的淨收入為澳門幣207.87億元（約新台幣831億元）。今年1至10月，澳門博彩收入累計為1901.42億元。', '1901.42億元', 'MOP'],
    ['據報導，市府明年總預算為新台幣1,800億元。其中社福支出為420億元。', '420億元', 'TWD'],
    ['政府向每名合資格長者發放港幣5,000元，合共開支約48億元。', '約48億元', 'HKD'],
    ['项目总投资人民币120亿元，其中一期投资45亿元。', '45亿元', 'CNY'],
  ])('a bare 元 continues the local currency the story first names before a number: %s', (text, quote, currency) => {
    expect(byQuote(zh(text, '2024-11-01'), quote).currency).toBe(currency);
  });

  it.each([
    ['立法院三讀通過總預算，歲出3兆3,076億元。', '3兆3,076億元', 'TWD'],
    ['行政院會通過特別預算，規模約5,450億元。', '約5,450億元', 'TWD'],
    ['經濟部表示，補助款共計12億元。', '12億元', 'TWD'],
    ['国务院常务会议决定，安排资金1000亿元。', '1000亿元', 'CNY'],
  ])('a story told by Taiwan\'s institutions counts in New Taiwan dollars: %s', (text, quote, currency) => {
    expect(byQuote(zh(text, '2024-11-01'), quote).currency).toBe(currency);
  });

  it.each([
    ['本港8月零售業總銷貨價值臨時估計為305億元。', '305億元', 'HKD'],
    ['全澳酒店業收入為82億元。', '82億元', 'MOP'],
    ['本港首季出口貨值為1.1萬億元，以人民幣計價的債券發行額為500億元人民幣。', '1.1萬億元', 'HKD'],
    ['全市一般公共预算收入为1200亿元。', '1200亿元', 'CNY'],
    ['預計本財年的赤字將為1016億元，財政儲備在3月底將為7332億元。', '1016億元', 'HKD'],
  ])('a paper that speaks of 本港 or 本澳, or of Hong Kong\'s financial year and reserves, counts in that place\'s dollars: %s', (text, quote, currency) => {
    expect(byQuote(zh(text, '2024-11-01'), quote).currency).toBe(currency);
  });

  it.each([
    ['本港8月零售業總銷貨價值臨時估計為305億元。', '305億元'],
    ['根據預先估計數字，第二季本地生產總值按年增長1.5%。', '增長1.5%'],
    ['初步統計，全年接待遊客1.2億人次。', '1.2億人次'],
    ['據初步估計，全年糧食產量為1,380萬噸。', '1,380萬噸'],
  ])('a provisional or advance estimate (临时估计, 预先估计) is a count, not a forecast: %s', (text, quote) => {
    expect(byQuote(zh(text, '2024-11-01'), quote).kind).toBe('actual');
  });

  it.each([
    ['淨收入為澳門幣207.87億元。', false],
    ['以澳門元計價的債券發行量增加。', false],
    ['澳門博彩收入累計為1901.42億元。', true],
    ['兌換澳門幣及港幣的匯率保持穩定。', false],
  ])('a currency named after a place (澳门币, 澳门元) is not a mention of the place: %s', (text, isPlace) => {
    expect(findEntitiesZh(foldText(text), null).some((m) => m.name === '澳门')).toBe(isPlace);
  });

  it.each([
    ['淨收入為澳門幣207.87億元（約新台幣831億元）。', '約新台幣831億元'],
    ['全年營收（約合人民幣52億元）創新高。', '52億元'],
    ['(按可比價格計算增長5.2%)', '增長5.2%'],
    ['（其中出口增長8%）', '增長8%'],
  ])('an opening bracket never closed in the clause is not part of the metric: %s', (text, quote) => {
    expect(byQuote(zh(text, '2024-11-01'), quote).metric).not.toMatch(/^[（(]/);
  });
});

describe('Hong Kong, Macau and Taiwan reports: revisions, balances, declared currencies and visitors', () => {
  it.each([
    ['主計總處估計明(2024)年經濟成長率為3.35%，較8月預測上修。', '3.35%', '经济成长率'],
    ['2023年及2024年經濟成長率分別修正為1.08％（原統計為1.12％）及5.27％（4.84％）。', '5.27％', '经济成长率'],
    ['2023年及2024年經濟成長率分別修正為1.08％（原統計為1.12％）及5.27％（4.84％）。', '1.12％', '经济成长率'],
    ['總結去年，香港經濟在複雜多變的外圍環境中穩步發展，錄得2.5%的溫和增長。', '2.5%', '经济增速'],
    ['政府維持今年經濟增長預測2.5%至3.5%。', '2.5%至3.5%', '经济增速'],
    ['計入發行債券所得後，本財政年度錄得803億港元赤字。', '803億港元', '赤字'],
    ['她表示，年初預計全年旅客數字約為3,800至3,900萬人次。', '約為3,800至3,900萬人次', '旅客'],
    ['今年1至11月訪澳旅客已逾2,500萬人次，有信心全年可達2,800萬人次。', '2,800萬人次', '访澳旅客'],
  ])('the metric of %s (%s) is %s', (text, quote, metric) => {
    expect(byQuote(zh(text, '2024-12-10'), quote).metric).toBe(metric);
  });

  it('a relative year with the year in brackets is that year: 明(2024)年', () => {
    expect(byQuote(zh('主計總處估計明(2024)年經濟成長率為3.35%。', '2023-11-28'), '3.35%').period?.from).toBe('2024-01-01');
  });

  it.each([
    ['政府維持今年經濟增長預測2.5%至3.5%。', '2.5%至3.5%', '2024-05-17'],
  ])('a government that keeps its budget’s forecast for the year keeps the benchmark: %s', (text, quote, date) => {
    expect(byQuote(zh(text, date), quote).kind).toBe('target');
  });

  it.each([
    ['市场机构预测今年经济增长3.1%。', '增长3.1%'],
  ])('a forecast by the market stays a projection: %s', (text, quote) => {
    expect(byQuote(zh(text, '2025-02-14'), quote).kind).toBe('projection');
  });

  // Every labeller of the real Taiwan pairs held the year's outcome to the statistics office's forecast.
  it.each([
    ['主計總處今日預估今年消費者物價指數年增率為2.07%。', '2.07%'],
  ])('the statistics office’s official forecast is the benchmark editors hold the year to: %s', (text, quote) => {
    expect(byQuote(zh(text, '2025-02-14'), quote).kind).toBe('target');
  });

  it('confidence that a whole year will reach a number is a goal', () => {
    expect(byQuote(zh('今年1至11月訪澳旅客已逾2,500萬人次，有信心全年可達2,800萬人次。', '2023-12-10'), '2,800萬人次').kind).toBe('target');
  });

  it.each([
    ['行業總收入增加至1,885.2億元(澳門元，下同)；其中幸運博彩收入1,836億元。', '1,836億元'],
    ['統計暨普查局資料顯示，幸運博彩收入1,836億元。', '1,836億元'],
  ])('a bare 元 counts in the currency the text declares or its Macau bureau uses: %s', (text, quote) => {
    expect(byQuote(zh(text), quote).currency).toBe('MOP');
  });

  it('a place that says where visitors come from does not own the forecast that follows', () => {
    const figs = zh('訪澳旅客當中，台灣地區旅客佔2.4%。局長表示，預計全年旅客數字約為3,800萬人次。');
    expect(byQuote(figs, '約為3,800萬人次').entity).not.toBe('台湾');
  });
});

describe('Taiwan city reporting: bare municipalities, speakers and estimates', () => {
  it.each([
    ['北市交通局表示，至12月5日共962輛電動公車上路，估年底破1000輛。', '962輛', '电动公车'],
    ['蔣萬安也在宣示今年底達到1000輛電動公車目標。', '達到1000輛', '电动公车'],
    ['新北、桃園明年底提升公車電動占比35%。', '35%', '公车电动占比'],
  ])('the metric of %s (%s) is %s', (text, quote, metric) => {
    expect(byQuote(zh(text, '2025-12-14'), quote).metric).toBe(metric);
  });

  it('an estimate for the year end is a projection: 估年底破1000輛', () => {
    expect(byQuote(zh('至12月5日共962輛電動公車上路，估年底破1000輛。', '2025-12-14'), '1000輛').kind).toBe('projection');
  });

  it.each([
    ['新北、桃園明年底提升公車電動占比35%。', '35%', ['新北市', '桃园市']],
    ['台中今年新增公車200輛。', '200輛', ['台中市']],
  ])('a Taiwan municipality written bare owns its figure: %s', (text, quote, entities) => {
    expect(zh(text, '2025-10-01').filter((f) => f.quote.includes(quote)).map((f) => f.entity)).toEqual(entities);
  });

  it.each([
    ['打造世界一流的社會主義現代化國際大都市，今年地区生产总值增长5.5%左右。', '增长5.5%左右'],
    ['交通局研議盤點市有地供業者評估，今年設充電樁300座。', '300座'],
  ])('a word ending in 市 that names no city owns nothing: %s', (text, quote) => {
    const f = byQuote(zh(text), quote);
    expect(f.entity === null || !/大都市|盘点市/.test(f.entity)).toBe(true);
  });
});

describe('work reports looking back: estimates, lists and plans named as documents', () => {
  it('an estimate of a year already over, said in January, is the year’s first reading', () => {
    const f = byQuote(zh('2024年，全市经济运行向上向好。预计，地区生产总值增长5.8%左右。', '2025-01-15'), '增长5.8%左右');
    expect(f.kind).toBe('actual');
    expect(f.period?.from).toBe('2024-01-01');
  });

  it('the verb before a list of counts governs each count: 新增上市企业6家、国家高新技术企业341家', () => {
    expect(byQuote(zh('新增上市企业6家、国家高新技术企业341家。', '2023-01-16'), '341家').metric).toBe('新增国家高新技术企业');
  });

  it('a five-year plan named as a document dates only its own clause', () => {
    const f = byQuote(zh('今年是实施“十四五”规划的关键一年。\n经济社会发展主要预期目标：地区生产总值增长6%左右。', '2024-01-16'), '增长6%左右');
    expect(f.period?.from).toBe('2024-01-01');
    expect(f.period?.to).toBe('2024-12-31');
  });

  it.each([
    ['跻身2022年中国创新百强区排行榜“十强”；新增国家高新技术企业341家。', '341家'],
    ['城市生命线工程获国务院督查表扬。预计，地区生产总值增长5.8%左右。', '增长5.8%左右'],
    ['考察上海重要讲话精神，坚决贯彻落实党中央、国务院的决策部署。一年来，全市生产总值增长5%。', '增长5%'],
    ['坚决贯彻中共中央、国务院决策部署，全市地方一般公共预算收入增长0.7%。', '增长0.7%'],
  ])('a country named in a ranking or acting on the place owns nothing: %s', (text, quote) => {
    expect(byQuote(zh(text, '2025-01-15'), quote).entity).not.toBe('中国');
  });

  it.each([
    ['推动长春全面振兴率先实现新突破。\n全市经济社会发展主要预期目标是：地区生产总值增长6.5%以上。', '增长6.5%以上', '长春市'],
    ['推动玉环市高质量发展。全市完成固定资产投资200亿元。', '200亿元', '玉环市'],
  ])('全市 in a paper whose city is not known is the city last named: %s', (text, quote, entity) => {
    expect(byQuote(zh(text, '2024-01-11'), quote).entity).toBe(entity);
  });

  it.each([
    ['现在，我代表市政府向大会报告工作，请予审议，并请市政协委员提出意见。全市地区生产总值增长4.8%。', '增长4.8%'],
    ['提请市人大常委会审议地方性法规9项。', '9项'],
    ['记者从市统计局获悉，全市规上工业增加值增长5.1%。', '增长5.1%'],
    ['深化市属国企改革，完成重组12户。', '12户'],
  ])('a verb before 市 and one of the city’s bodies names no place: %s', (text, quote) => {
    expect(byQuote(zh(text, '2025-01-08'), quote).entity ?? '').not.toMatch(/^(?:并请|提请|记者从|深化)市$/);
  });

  it.each([
    ['上半年，全区地区生产总值完成1312.1亿元、可比增长5.2%。', '1312.1亿元', '地区生产总值'],
    ['上半年，全区地区生产总值完成1312.1亿元、可比增长5.2%。', '增长5.2%', '地区生产总值增速'],
    ['全年重大工程投资完成2510.1亿元，增长5.3%。', '2510.1亿元', '重大工程投资'],
  ])('完成 before a figure and 可比 before its growth are no part of what it measures: %s', (text, quote, metric) => {
    expect(byQuote(zh(text, '2024-07-29'), quote).metric).toBe(metric);
  });

  it.each([
    ['在2025年前起碼要幫助200間新的或現有的家族辦擴展。', '200間', '家族办'],
    ['盧秀燕表示，「公托倍倍增」的60處公共托育中心明年底會全部達標。', '60處', '公共托育中心'],
    ['「區區親子館」的30間親子館也在明年全部完工。', '30間', '亲子馆'],
    ['预计到119年，8年1萬戶自建社宅目标稳健推进中。', '1萬戶', '自建社宅'],
    ['市级高精尖产业基金带动社会投资，设立8支子基金。', '8支', '子基金'],
  ])('the noun after a count, past its modifiers and before its verb, time or adverb: %s', (text, quote, metric) => {
    expect(byQuote(zh(text, '2025-09-01'), quote).metric).toBe(metric);
  });

  it.each([['柯文哲選前喊出「4年2萬戶、8年5萬戶」的公宅目標。', '2萬戶'], ['柯文哲選前喊出「4年2萬戶、8年5萬戶」的公宅目標。', '5萬戶']])(
    'every figure of a quoted slogan is the goal it is named as: %s (%s)',
    (text, quote) => {
      const f = byQuote(zh(text, '2018-06-01'), quote);
      expect([f.kind, f.metric]).toEqual(['target', '公宅']);
    },
  );

  it('a zone named in passing owns the figures of its own paragraph, not those of the paragraphs after it', () => {
    const text = '山东：今年实现地区生产总值增长5%以上\n\n三是扎实打造对外开放新高地。做强济南新旧动能转换起步区等国家级开放平台。\n\n四是扎实推进海洋强省建设。力争近岸海域水质优良比例不低于95.6%。';
    expect(byQuote(zh(text, '2024-04-10'), '不低于95.6%').entity).toBe('山东省');
  });

  it('a district the story keeps naming is its subject and carries on', () => {
    const text = '深圳市龙岗区七届人大二次会议开幕。龙岗区区长作政府工作报告。\n\n今年，龙岗区定下这些具体目标：\n\n全年完成固定资产投资超1400亿元';
    expect(byQuote(zh(text, '2022-04-19'), '超1400亿元').entity).toBe('龙岗区');
  });

  it('an aspect alone (总产, 单产) is the aspect of the crop its sentence is about', () => {
    expect(byQuote(zh('全区粮食播种面积4440万亩，粮食增产42.2亿斤，总产466亿斤。', '2025-01-19'), '466亿斤').metric).toBe('粮食总产');
  });

  it('a ranking in quotes (多个全国“第一”) is no owner of the figures after it', () => {
    const text = '新疆的2024年发展成绩单里实现了多个全国“第一”。这些“第一”包括：粮食总产466亿斤。';
    expect(byQuote(zh(text, '2025-01-19'), '466亿斤').entity).toBe('新疆维吾尔自治区');
  });

  it.each([
    ['到2020年，孕產婦死亡率應小于18/10萬，嬰兒死亡率應小于7.5‰。', '18/10萬', 18, '/10万', '孕产妇死亡率'],
    ['孕产妇死亡率由2015年的20.1/10万下降到2019年的17.8/10万。', '17.8/10万', 17.8, '/10万', '孕产妇死亡率'],
  ])('a rate per 100,000 (%s)', (text, quote, value, unit, metric) => {
    const f = byQuote(zh(text, '2020-05-20'), quote);
    expect([f.value, f.unit, f.metric]).toEqual([value, unit, metric]);
  });

  it.each([
    ['20.1/10万', '孕产妇死亡率'],
    ['8.1‰', '婴儿死亡率'],
    ['17.8/10万', '孕产妇死亡率'],
    ['7.8‰', '5岁以下儿童死亡率'],
  ])('two 分别 lists of the same subjects, from and to (%s)', (quote, metric) => {
    const text = '我国孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别由2015年的20.1/10万、8.1‰、10.7‰下降到2019年的17.8/10万、5.6‰、7.8‰。';
    expect(byQuote(zh(text, '2020-06-01'), quote).metric).toBe(metric);
  });

  it.each([['5岁以下儿童死亡率下降到7.8‰。'], ['65岁及以上人口占比达到14.2%。'], ['每千人口3岁以下婴幼儿托位数达到4.76个。']])('an age that bounds a group of people is no figure: %s', (text) => {
    expect(zh(text, '2020-06-01').map((f) => f.unit)).not.toContain('岁');
  });

  it('where a meeting was held owns nothing: 会议在北京召开', () => {
    const f = byQuote(zh('全国铁路营业里程达到15.5万公里。\n国铁集团工作会议昨日在北京以电视电话会议形式召开。会议提出，投产新线3000公里以上。', '2023-01-04'), '3000公里以上');
    expect(f.entity).not.toBe('北京市');
  });

  it.each([
    ['主計總處預估今年GDP成長率高達7.37%，明年也有3.54%。', '7.37%', 'GDP成长率'],
    ['最新預估今年人均GDP可望達38,748美元。', '38,748美元', '人均GDP'],
  ])('高达 and 最新 stay out of the metric: %s', (text, quote, metric) => {
    expect(byQuote(zh(text, '2025-12-22'), quote).metric).toBe(metric);
  });
});

describe('Hong Kong budgets: the coming year’s estimate, the budget’s old forecast and Hong Kong dollars', () => {
  it.each([
    ['2025/26年度方面，計及發行政府債券後，明年度赤字預計為670億元。', '670億元', '2025-02-26'],
    ['綜合赤字約1000億港元，高於今年2月底公布《財政預算案》時預計的481億港元。', '481億港元', '2024-12-03'],
  ])('the budget’s estimate for a coming year is the benchmark: %s', (text, quote, date) => {
    expect(byQuote(zh(text, date), quote).kind).toBe('target');
  });

  it('a revised estimate of the year under way stays a projection', () => {
    expect(byQuote(zh('財政司司長發表財政預算案，預計2025/26年度綜合帳目將轉為錄得29億元盈餘。', '2026-02-25'), '29億元').kind).toBe('projection');
  });

  it.each([
    ['政府的整體收入修訂預算約為5,596億港元。其中，利得稅收入為1,777億元。', '1,777億元'],
    ['財政司司長預計，明年度赤字為670億元。', '670億元'],
  ])('a bare 元 in a story that names only 港元, or is told by Hong Kong’s Financial Secretary, is HKD: %s', (text, quote) => {
    expect(byQuote(zh(text, '2025-02-26'), quote).currency).toBe('HKD');
  });
});

describe('Taiwan datelines', () => {
  it('the city a reporter filed from (記者…／台北報導) owns nothing', () => {
    const f = byQuote(zh('聯合報／ 記者陳儷方／台北報導\n\n去年再生能源發電占總發電量比率為百分之十三點○九。', '2025-01-20'), '百分之十三點○九');
    expect(f.entity).not.toBe('台北市');
  });
});

describe('expectations for a year just begun or just ended', () => {
  it('a government’s expectation for the year just begun, with a goal’s bound, is the year’s goal', () => {
    expect(byQuote(zh('报告称，2023年，上海地区生产总值预计增长5.5%以上。', '2023-01-14'), '增长5.5%以上').kind).toBe('target');
  });

  it('the same words in the summer stay a projection', () => {
    expect(byQuote(zh('2023年，上海地区生产总值预计增长5.5%以上。', '2023-07-20'), '增长5.5%以上').kind).toBe('projection');
  });

  it('a plan period’s yearly average still under way is a goal', () => {
    expect(byQuote(zh('“十四五”期间全省GDP年均增长7.5%—8%。', '2021-02-08'), '增长7.5%—8%').kind).toBe('target');
  });

  it('预计全年 in a report of January is the estimate of the year just ended', () => {
    const f = byQuote(zh('一年来，全年各项经济指标全面完成，预计全社会固定资产投资全年增长10%。', '2019-01-28'), '增长10%');
    expect(f.kind).toBe('actual');
    expect(f.period?.from).toBe('2018-01-01');
  });
});

describe('Macau papers: the small full stop as a decimal point and the SAR’s full name', () => {
  it('421﹒98億元 is one number', () => {
    expect(byQuote(zh('全年博彩收入約421﹒98億元。', '2023-01-02'), '約421﹒98億元').value).toBeCloseTo(42_198_000_000);
  });
  it('澳門特別行政區 is Macau, not a district called 行政区', () => {
    const names = findEntitiesZh(foldText('我們看到年輕的澳門特別行政區正身處一個前所未有的經濟時代。'), null).map((m) => m.name);
    expect(names).toContain('澳门');
    expect(names).not.toContain('行政区');
  });
});

describe('visitor goals and counts as Taiwan and Hong Kong papers print them', () => {
  it.each([
    ['展望全年旅客人次有望達到4,900萬的目標。', '2025-09-27', '達到4,900萬', 'target', '旅客人次'],
    ['交通部觀光署今日進行專案報告，說明今年預定國際旅客來台目標是1千萬人次。', '2025-10-30', '1千萬人次', 'target', '国际旅客来台'],
    ['2025年來台旅客則有857萬4547人次，較2024年成長9%。', '2026-02-03', '857萬4547人次', 'actual', '来台旅客'],
  ])('%s', (text, date, quote, kind, metric) => {
    const f = byQuote(zh(text, date), quote);
    expect([f.kind, f.metric]).toEqual([kind, metric]);
  });
  it('a news agency’s dateline names where it filed from, not whose figures follow', () => {
    expect(byQuote(zh('中評社桃園2月3日電 2025年來台旅客則有857萬4547人次。', '2026-02-03'), '857萬4547人次').entity).not.toBe('桃园市');
  });
  it('visitors to Taiwan, however the paper names them, are one indicator', () => {
    const goal = byQuote(zh('說明今年預定國際旅客來台目標是1千萬人次。', '2025-10-30'), '1千萬人次');
    const count = byQuote(zh('2025年來台旅客則有857萬4547人次。', '2026-02-03'), '857萬4547人次');
    expect(metricIdentity(goal.metric, goal)).toBe('@taiwan-visitor-arrivals');
    expect(metricIdentity(count.metric, count)).toBe('@taiwan-visitor-arrivals');
  });
});

describe('goals laid down across items and sentences, what a report looks back on, and what a reporter learned', () => {
  it.each([
    ['今后五年经济社会发展的主要目标是：\n——产业结构显著提升。自主创新取得新突破，研发投入占比达3.2%。\n——生态环境明显改善。空气优良天数比率达到80%。', '3.2%', 'target'],
    ['今后五年经济社会发展的主要目标是：\n——产业结构显著提升。自主创新取得新突破，研发投入占比达3.2%。\n——生态环境明显改善。空气优良天数比率达到80%。', '达到80%', 'target'],
    // 报告说/指出 opens the report's look-backs as often as its tasks (政府工作报告说，…森林覆盖率达到24%), so it says nothing alone.
    ['政府工作报告说，过去五年，生态环境明显改善。森林覆盖率达到24%。', '达到24%', 'actual'],
    ['报告指出：\n●2020年地方一般公共预算收入达1.39万亿元、增长4.3%；\n●进出口增长0.3%。', '增长4.3%', 'actual'],
    ['2020年《政府工作报告》提出，新开工改造城镇老旧小区3.9万个。今天，记者从住建部获悉，2020年全国新开工改造城镇老旧小区共40279个。', '40279个', 'actual'],
  ])('%s → %s is %s', (text, quote, kind) => {
    expect(byQuote(zh(text, '2021-01-20'), quote).kind).toBe(kind);
  });
  it('a chain the place joins owns nothing: 由全球产业链的中低端迈向中高端', () => {
    const text = '产业结构由全球产业链的中低端迈向中高端，科技进步贡献率达66%。';
    expect(byQuote(zh(text, '2018-01-26'), '66%').entity).not.toBe('全球');
  });
});

describe('a public body’s forecast of a whole year it names is the benchmark; the verb of fulfilling is no part of the metric', () => {
  it.each([
    ['旅發局預計2025年旅客為5200萬人次，旅客平均留港3.1晚。', '5200萬人次', 'target'],
    ['統計處預測今年經濟增長2.5%至3.5%。', '增長2.5%至3.5%', 'target'],
    ['有分析師預計2025年旅客為5200萬人次。', '5200萬人次', 'projection'],
    ['旅發局預計首季旅客為1200萬人次。', '1200萬人次', 'projection'],
  ])('%s → %s is %s', (text, quote, kind) => {
    expect(byQuote(zh(text, '2025-03-18'), quote).kind).toBe(kind);
  });
  it('要完成地区生产总值增长6%左右: the metric is the growth of GDP', () => {
    expect(byQuote(zh('2022年，全区要完成地区生产总值增长6%左右。', '2022-01-21'), '增长6%左右').metric).toBe('地区生产总值增速');
  });
});

describe('a goal as the subject of its clause', () => {
  it.each([
    ['目標年底將上看1.5萬槍，較去年倍增。', '1.5萬槍'],
    ['公司目标是到2027年达到500万辆。', '达到500万辆'],
    ['全市目标为今年突破3000家。', '突破3000家'],
    ['该省目標2030年將增至800萬千瓦。', '800萬千瓦'],
  ])('%s is a target, whatever forecast verb puts it', (text, quote) => {
    expect(byQuote(zh(text), quote).kind).toBe('target');
  });

  it.each([
    ['全年完成目标，达到520万辆。', '达到520万辆'],
    ['预计全年将达到目标的95%。', '95%'],
  ])('%s: a goal met or a share of one is not the goal', (text, quote) => {
    expect(byQuote(zh(text), quote).kind).not.toBe('target');
  });
});

describe('whose figure: 全台 and the world as a topic', () => {
  it.each([
    ['目前全台公共充電樁已達1萬3482槍。', '1萬3482槍', '台湾'],
    ['全臺用電量去年成長3.2%。', '成長3.2%', '台湾'],
  ])('%s is Taiwan\'s', (text, quote, entity) => {
    expect(byQuote(zh(text, '2025-12-10'), quote).entity).toBe(entity);
  });

  it.each([
    ['為因應全球氣候變遷，交通部推動電動車，公共充電樁已達1萬3482槍。', '1萬3482槍'],
    ['受全球疫情影响，该市旅游收入下降12%。', '下降12%'],
  ])('%s: the world named as a topic owns nothing', (text, quote) => {
    expect(byQuote(zh(text, '2025-12-10'), quote).entity).not.toBe('全球');
  });
});

describe('relative goals without a number: 减半, 翻一番', () => {
  it.each([
    ['鼠患主要黑點數目於2023年底前至少減半。', '至少減半', 0.5, 'decrease', 'gte', '鼠患主要黑点数目'],
    ['到2025年全市碳排放强度减少一半。', '减少一半', 0.5, 'decrease', 'eq', '碳排放强度'],
    ['力争到2020年国内生产总值比2010年翻一番。', '翻一番', 2, 'increase', 'eq', '国内生产总值'],
    ['全省城乡居民收入比2010年翻了一番。', '翻了一番', 2, 'increase', 'eq', '城乡居民收入'],
    ['到2035年人均地区生产总值翻兩番。', '翻兩番', 4, 'increase', 'eq', '人均地区生产总值'],
  ])('%s', (text, quote, value, change, qualifier, metric) => {
    const f = byQuote(zh(text, '2019-03-05'), quote);
    expect([f.value, f.unit, f.change, f.qualifier, f.metric]).toEqual([value, 'ratio', change, qualifier, metric]);
  });

  it.each([['小微企业年应纳税所得额不超过100万元的部分，所得税减半征收。'], ['对符合条件的企业减半收取登记费。']])('a tax or fee at half rate is no goal: %s', (text) => {
    expect(zh(text).filter((f) => f.unit === 'ratio')).toEqual([]);
  });
});

describe('以来: a span from then to the story, for its own sentence', () => {
  it('reads 2022年以来 as the span to the story date', () => {
    const f = byQuote(zh('2022年以来，全省累计新增就业120万人。', '2024-05-20'), '120万人');
    expect(f.period).toMatchObject({ from: '2022-01-01', to: '2024-05-20' });
  });

  it.each([
    ['一季度，广东外贸延续去年底以来的回稳向好势头。据统计，一季度广东外贸进出口2.04万亿元。', '2.04万亿元', '2024-04-16', '2024-01-01'],
    ['2006年以来全省累计建成保障房50万套。今年一季度全省新开工住房1.2万套。', '1.2万套', '2024-04-16', '2024-01-01'],
  ])('a year-less part of a year after it keeps the story year: %s', (text, quote, date, from) => {
    expect(byQuote(zh(text, date), quote).period?.from).toBe(from);
  });
});

describe('what a count counts, past modal words and places', () => {
  it.each([
    ['政府目標在2025年底前起碼要幫助200間家族辦公室在港設立業務。', '200間', '家族办公室'],
    ['投資推廣署至今已協助89間家族辦公室在港落戶。', '89間', '家族办公室'],
    ['台中目前29個行政區只有48個公托。', '48個', '公托'],
    ['屆時簡約公屋會有約30,000個單位。', '約30,000個', '简约公屋'],
    ['全年帮助8万户以上群众，改善居住条件。', '8万户以上', '群众'],
    ['我国平均增速只有5.1%。', '5.1%', '平均增速'],
    ['今年将培育120家左右领军企业。', '120家左右', '领军企业'],
  ])('%s', (text, quote, metric) => {
    expect(byQuote(zh(text), quote).metric).toBe(metric);
  });
});

describe('the opening months of a year: 前10个月, 首十个月', () => {
  it.each([
    ['澳門首十個月的入境旅客達29,056,272人次。', '29,056,272人次', '2024-11-15', ['2024-01-01', '2024-10-31'], '入境旅客'],
    ['今年前10个月全市接待游客1.2亿人次。', '1.2亿人次', '2024-11-15', ['2024-01-01', '2024-10-31'], '接待游客'],
    ['2023年前11个月，全国规模以上工业增加值增长4.3%。', '增长4.3%', '2024-01-20', ['2023-01-01', '2023-11-30'], '规模以上工业增加值增速'],
    ['前11个月，全省进出口增长5%。', '增长5%', '2025-01-10', ['2024-01-01', '2024-11-30'], '进出口增速'],
  ])('%s', (text, quote, date, [from, to], metric) => {
    const f = byQuote(zh(text, date), quote);
    expect([f.period?.from, f.period?.to, f.metric]).toEqual([from, to, metric]);
  });

  it('提前3个月 is ahead of schedule, not the opening months', () => {
    const f = byQuote(zh('保交房项目提前3个月完成，交付率100%。', '2025-06-01'), '100%');
    expect(f.period?.to).not.toBe('2025-03-31');
  });
});

describe('a round scale named as the mark to reach is that many', () => {
  it.each([
    ['高雄輕軌運量朝千萬人次目標邁進。', '千萬人次', 10_000_000, '人次'],
    ['规上工业总产值、进出口总额分别冲过万亿元和千亿美元大关。', '千亿美元', 100_000_000_000, 'USD'],
    ['全市新能源汽车保有量冲刺百万辆大关。', '百万辆', 1_000_000, '辆'],
  ])('%s', (text, quote, value, unit) => {
    const f = byQuote(zh(text, '2024-07-18'), quote);
    expect([f.value, f.currency ?? f.unit]).toEqual([value, unit]);
  });
  it.each([
    ['千万不要大意。'],
    ['经济总量连续跨过3个万亿元大关。'],
  ])('but not a word, nor marks counted: %s', (text) => {
    expect(zh(text, '2024-07-18').filter((f) => f.quote === '千万' || f.quote === '万亿元')).toEqual([]);
  });
});
