/**
 * Chinese words that point at a place (该省, 全国, 全市): which place owns the figures after them.
 * Every sentence is written for the test, in several forms, not taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../../shared/domain/figure';

const zh = (text: string, city: string | null = null): ExtractedFigure[] => extractFigures(text, { date: '2024-02-01', city, language: 'zh' });
const entityOf = (text: string, quote: string, city: string | null = null): string | null => {
  const f = zh(text, city).find((x) => x.quote.includes(quote));
  expect(f, `${quote} in ${text}`).toBeDefined();
  return f!.entity;
};

describe('该省, 该市, 该区 point back to the place of that level named last', () => {
  it.each([
    ['该省, past a word for the mainland', '其核心省份辽宁省长年来均为大陆重工业重镇，但该省2023年地区生产总值增长5.3%，高于预期。', '5.3%', '辽宁省'],
    ['该市', '记者来到江西省赣州市采访。该市去年新增城镇就业5.2万人。', '5.2万人', '赣州市'],
    ['该市, whatever the paper’s own city', '记者来到江西省赣州市采访。该市去年新增城镇就业5.2万人。', '5.2万人', '赣州市', '重庆市'],
    ['该区', '成都市郫都区发布数据。该区去年引进项目42个。', '42个', '郫都区'],
  ])('%s', (_name, text, quote, entity, city: string | null = null) => {
    expect(entityOf(text, quote, city)).toBe(entity);
  });
});

describe('全国 that is not whose figures follow', () => {
  it.each([
    ['a ranking after it (全国排名)', '山西省数字经济加快发展。综合算力指数全国排名第八，5G基站达到12万座。', '12万座', '山西省'],
    ['a name that goes out to the country (叫响全国)', '云南省文旅发展成效明显。“有一种叫云南的生活”叫响全国，2025年旅居人数超550万。', '550万', '云南省'],
    ['renown (享誉全国)', '湖南省浏阳市花炮享誉全国，全年花炮产值达到300亿元。', '300亿元', '浏阳市'],
  ])('%s', (_name, text, quote, entity) => {
    expect(entityOf(text, quote)).toBe(entity);
  });

  it.each([
    ['coverage (覆盖全省)', '贵州省医保改革推进。率先实行覆盖全省的异地就医直接结算，惠及群众120万人次。', '120万人次', '贵州省'],
    ['spread (遍布全市)', '台南市公共自行车上线。现有三百处站点遍布全市，使用人次突破一百四十万人次。', '一百四十万人次', '台南市'],
  ])('but %s says whose', (_name, text, quote, entity) => {
    expect(entityOf(text, quote)).toBe(entity);
  });
});

describe('a city named bare as the subject of its clause', () => {
  it.each([
    ['owns the figures of its sentence', '郑州市今年提出增长7%左右。南阳更是提出了“保8争9”的目标，力争地区生产总值增长8%。', '增长8%', '南阳市'],
    ['after a time word', '2023年洛阳地区生产总值增长5.1%，高于全省。', '5.1%', '洛阳市'],
    ['but not the figures after its sentence in a province’s report', '河南省政府工作报告显示，洛阳去年地区生产总值增长5.1%。全省粮食产量达到1300亿斤。', '1300亿斤', '河南省'],
  ])('%s', (_name, text, quote, entity) => {
    expect(entityOf(text, quote)).toBe(entity);
  });

  it.each([
    ['a street of the same name', '家住南阳路的居民说，小区新增车位300个。', '300个'],
    ['a province’s short name', '海南去年接待游客9000万人次。', '9000万人次'],
  ])('is not %s', (_name, text, quote) => {
    expect(String(entityOf(text, quote))).not.toMatch(/南阳市|海南市/);
  });
});

describe('a value said of a list of places is each one’s', () => {
  const figs = (text: string) => extractFigures(text, { date: '2023-01-16', city: null, language: 'zh' });
  it('江西、新疆为7%左右 gives a figure for each province, in order', () => {
    const seven = figs('其中，海南为9.5%左右，江西、新疆为7%左右，安徽、宁夏、湖南、湖北为6.5%左右。').filter((f) => f.value === 7);
    expect(seven.map((f) => f.entity)).toEqual(['江西省', '新疆维吾尔自治区']);
  });
  it('a place named on its own keeps one figure', () => {
    expect(figs('其中，海南为9.5%左右，西藏为8%左右。').filter((f) => f.value === 9.5).map((f) => f.entity)).toEqual(['海南省']);
  });
  it('a list that ends before another clause does not own the value', () => {
    expect(figs('安徽、宁夏两省区代表发言，湖北为6.5%左右。').filter((f) => f.value === 6.5).map((f) => f.entity)).toEqual(['湖北省']);
  });
  it('其余省份为6%左右 gives a figure for each place of the list that no value was said of since', () => {
    const text = '重庆、甘肃、河南、吉林、黑龙江、山西、贵州7个省市目标同时锚定6%，重庆为6%以上，甘肃、河南为6%，其余省份为6%左右。';
    expect(figs(text).filter((f) => f.quote === '6%左右').map((f) => f.entity)).toEqual(['吉林省', '黑龙江省', '山西省', '贵州省']);
  });
  it('bare 吉林 in a list of provinces is the province; on its own it is not taken for one', () => {
    expect(figs('河南、吉林为6%左右。').filter((f) => f.value === 6).map((f) => f.entity)).toEqual(['河南省', '吉林省']);
    expect(figs('吉林市今年地区生产总值增长5%。')[0]!.entity).toBe('吉林市');
  });
});

describe('the items of a list of places take the goal the passage named', () => {
  const figs = (text: string) => extractFigures(text, { date: '2023-01-16', city: null, language: 'zh' });
  it('从各地GDP目标来看…海南为9.5%左右: each item is a goal of GDP growth', () => {
    const items = figs('从各地GDP目标来看，多数省份高于5%。其中，海南为9.5%左右，江西、新疆为7%左右。').filter((f) => f.value === 9.5 || f.value === 7);
    expect(items.map((f) => [f.entity, f.metric, f.change])).toEqual([
      ['海南省', 'GDP增速', 'increase'],
      ['江西省', 'GDP增速', 'increase'],
      ['新疆维吾尔自治区', 'GDP增速', 'increase'],
    ]);
  });
  it('a value in a quoted slogan named as a goal (“保8%、争9%”的目标) is such an item too', () => {
    const slogan = figs('驻马店2023年GDP增速目标为7%左右，南阳更是提出了“保8%、争9%”的目标。').find((f) => f.value === 8);
    expect([slogan?.entity, slogan?.metric]).toEqual(['南阳市', 'GDP增速']);
  });
  it('a sum in its own unit keeps the level', () => {
    expect(figs('从各地GDP目标来看，规模各不相同。其中，海南为7500亿元。').find((f) => f.value === 7.5e11)?.metric).toBe('GDP');
  });
});

describe('a slogan’s parts glossed as goals', () => {
  const figs = (text: string) => extractFigures(text, { date: '2025-12-30', city: null, language: 'zh' });
  it('「一下」是指失业率要稳定保持在3.5%以下: the measure and the kind, though 去年 dates the plan', () => {
    const f = figs('他说，2024年提出目标，也就是去年的未来四年，「一下」是指失业率要稳定保持在3.5%以下，「一平稳」是CPI要保持在2%以下。');
    expect(f.map((x) => [x.value, x.metric, x.kind])).toEqual([
      [3.5, '失业率', 'target'],
      [2, 'CPI', 'target'],
    ]);
  });
  it('去年 that dates a figure is still a reading', () => {
    expect(figs('去年全市新增就业5万人。')[0]?.kind).toBe('actual');
  });
});
