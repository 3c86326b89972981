/**
 * The indicator lexicon: its data is sound, and printed metric names resolve to the
 * indicator a reader would take them for — in simplified and traditional Chinese and in
 * English, with extra words around the name, keeping levels apart from their growth and
 * stocks apart from their increments.
 */
import { describe, expect, it } from 'vitest';
import { INDICATORS, indicatorById } from '../../../electron/core/metrics/lexicon/index';
import { findIndicator, GROWTH_OF, INCREMENT_OF, lexiconProblems, REDUCTION_OF } from '../../../electron/core/metrics/lexicon/lookup';
import type { IndicatorDomain } from '../../../electron/core/metrics/lexicon/types';
import { indicatorFor } from '../../../electron/core/metrics/key';

const DOMAINS: readonly IndicatorDomain[] = [
  'economy', 'workforce', 'prices', 'science', 'housing', 'health', 'environment', 'energy', 'budget', 'education',
  'transport', 'trade', 'agriculture', 'social', 'industry', 'finance', 'population', 'digital', 'culture', 'safety',
];

describe('lexicon data', () => {
  it('holds at least 320 indicators', () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(320);
  });

  it('has no shared synonyms, duplicate ids, missing names or sources, or dangling table ids', () => {
    expect(lexiconProblems()).toEqual([]);
  });

  it('covers every domain', () => {
    const present = new Set(INDICATORS.map((indicator) => indicator.domain));
    for (const domain of DOMAINS) expect(present.has(domain), domain).toBe(true);
  });

  it('pairs each measure with a unit class it can have', () => {
    const allowed: Partial<Record<string, readonly string[]>> = {
      share: ['percent'],
      growth_rate: ['percent', 'ratio'],
      count: ['count'],
      rank: ['rank'],
      index: ['index'],
      duration: ['duration'],
      money: ['money'],
    };
    for (const indicator of INDICATORS) {
      const units = allowed[indicator.measure];
      if (units) expect(units, indicator.id).toContain(indicator.unitClass);
    }
  });

  it('resolves every id it names', () => {
    expect(indicatorById('gdp-growth')?.measure).toBe('growth_rate');
    expect(indicatorById('police-officers-additional')?.measure).toBe('flow');
    expect(indicatorById('no-such-indicator')).toBeUndefined();
    for (const table of [GROWTH_OF, REDUCTION_OF, INCREMENT_OF]) {
      for (const [from, to] of Object.entries(table)) {
        expect(indicatorById(from), from).toBeDefined();
        expect(indicatorById(to), to).toBeDefined();
      }
    }
  });
});

describe('findIndicator', () => {
  it.each([
    // The Chinese government work report and the 统计公报
    ['国内生产总值', 'gdp'],
    // Macau: the press's words and the bureaus' for the same statistics
    ['赌收', 'gaming-revenue'],
    ['幸运博彩收入', 'gaming-revenue'],
    ['訪澳旅客', 'macau-visitor-arrivals'],
    ['入境旅客', 'macau-visitor-arrivals'],
    ['GDP', 'gdp'],
    ['地区生产总值', 'gdp'],
    ['经济总量', 'gdp'],
    ['经济增长', 'gdp-growth'],
    ['GDP增速', 'gdp-growth'],
    ['地区生产总值增长', 'gdp-growth'],
    ['人均地区生产总值', 'gdp-per-capita'],
    ['城镇新增就业', 'urban-new-jobs'],
    ['城镇调查失业率', 'surveyed-urban-unemployment-rate'],
    ['城镇登记失业率', 'registered-urban-unemployment-rate'],
    ['居民消费价格涨幅', 'cpi-inflation'],
    ['居民消费价格上涨', 'cpi-inflation'],
    ['CPI增速', 'cpi-inflation'],
    ['粮食产量', 'grain-output'],
    ['单位GDP能耗', 'energy-intensity'],
    ['单位国内生产总值能耗降低', 'energy-intensity-reduction'],
    ['赤字率', 'fiscal-deficit-ratio'],
    ['新增专项债', 'special-bonds'],
    ['居民收入增长', 'per-capita-disposable-income-growth'],
    ['农村居民人均可支配收入实际增速', 'rural-per-capita-disposable-income-growth'],
    ['进出口', 'total-trade'],
    ['规模以上工业增加值', 'industrial-value-added-above-scale'],
    ['规模以上工业增加值增速', 'industrial-value-added-above-scale-growth'],
    ['规上工业增加值同比增长', 'industrial-value-added-above-scale-growth'],
    ['社会消费品零售总额', 'retail-sales'],
    ['一般公共预算收入', 'general-budget-revenue'],
    ['常住人口', 'population'],
    ['常住人口城镇化率', 'urbanisation-rate'],
    ['发电量', 'power-generation'],
    ['货物运输量', 'freight-volume'],
    ['旅游总收入', 'tourism-revenue'],
    // Arrivals from abroad, however a paper or a ministry names them
    ['foreign tourists', 'inbound-tourists'],
    ['international visitor arrivals', 'inbound-tourists'],
    ['境外游客', 'inbound-tourists'],
    // The 十四五 table of indicators
    ['全员劳动生产率增长', 'labour-productivity-growth'],
    ['每万人口高价值发明专利拥有量', 'high-value-invention-patents-per-10k'],
    ['数字经济核心产业增加值占GDP比重', 'digital-economy-core-share'],
    ['单位GDP二氧化碳排放降低', 'carbon-intensity-reduction'],
    ['森林覆盖率', 'forest-coverage'],
    ['地级及以上城市空气质量优良天数比率', 'good-air-days-ratio'],
    ['地表水达到或好于Ⅲ类水体比例', 'surface-water-good-quality'],
    ['劳动年龄人口平均受教育年限', 'working-age-years-of-schooling'],
    ['每千人口拥有执业（助理）医师数', 'doctors-per-1000'],
    ['人均预期寿命', 'life-expectancy'],
    ['基本养老保险参保率', 'basic-pension-coverage'],
    ['每千人口拥有3岁以下婴幼儿托位数', 'childcare-places-per-1000'],
    ['粮食综合生产能力', 'grain-production-capacity'],
    ['PM2.5平均浓度', 'pm25-concentration'],
    ['细颗粒物浓度下降', 'pm25-reduction'],
    ['非化石能源占能源消费总量比重', 'non-fossil-energy-share'],
    ['可再生能源装机', 'renewable-capacity'],
    // Science and technology: level, growth and intensity; stock and increment; revenue is not the firm count
    ['今年力争科技型企业', 'sci-tech-enterprises'],
    ['全市高新技术企业', 'high-tech-enterprises'],
    ['新认定高新技术企业', 'high-tech-enterprises-new'],
    ['高新技术企业营业收入', 'high-tech-enterprise-revenue'],
    ['研发经费', 'rd-expenditure'],
    ['研发经费增长', 'rd-expenditure-growth'],
    ['研发经费投入强度', 'rd-intensity'],
    ['技术合同成交额', 'tech-contract-turnover'],
    ['每万人口发明专利拥有量', 'invention-patents-per-10k'],
    ['科创板上市企业', 'star-market-listed'],
    ['专精特新“小巨人”企业', 'little-giants'],
    ['独角兽企业', 'unicorns'],
    ['新型研发机构', 'new-rd-institutions'],
    ['科学研究和技术服务业营业收入', 'sci-tech-services-revenue'],
    // Housing
    ['保障性租赁住房', 'affordable-rental-housing'],
    ['棚户区改造', 'shantytown-renovation'],
    ['老旧小区改造', 'old-residential-renovation'],
    ['商品房销售面积', 'commercial-housing-sales-area'],
    ['房地产开发投资', 'real-estate-investment'],
    // Traditional characters fold to simplified
    ['研發經費投入強度', 'rd-intensity'],
    ['國內生產總值增長', 'gdp-growth'],
    ['居民消費價格漲幅', 'cpi-inflation'],
    ['規模以上工業增加值', 'industrial-value-added-above-scale'],
    ['訪港旅客', 'hong-kong-visitor-arrivals'],
    // English
    ['GDP', 'gdp'],
    ['GDP growth', 'gdp-growth'],
    ['economic growth', 'gdp-growth'],
    ['growth of gross domestic product', 'gdp-growth'],
    ['inflation', 'cpi-inflation'],
    ['CPI inflation', 'cpi-inflation'],
    ['R&D intensity', 'rd-intensity'],
    ["Purchasing Managers' Index", 'manufacturing-pmi'],
    ['police officers', 'police-officers'],
    ['the number of police officers in England and Wales', 'police-officers'],
    ['20,000 additional police officers', 'police-officers-additional'],
    ['extra officers', 'police-officers-additional'],
    ['officers recruited', 'police-officers-additional'],
    ['police uplift', 'police-officers-additional'],
    ['net additional dwellings', 'housing-supply'],
    ['new homes', 'housing-supply'],
    ['homes built', 'housing-supply'],
    ['affordable homes', 'affordable-homes'],
    ['social homes', 'social-homes'],
    ['NHS waiting list', 'rtt-waiting-list'],
    ['18-week referral to treatment', 'rtt-18-weeks'],
    ['A&E four-hour standard', 'ae-four-hour'],
    ['cancer 62-day standard', 'cancer-62-day'],
    ['ambulance response times', 'ambulance-response-time'],
    ['unemployment rate', 'unemployment-rate'],
    ['employment rate', 'employment-rate'],
    ['public sector net borrowing', 'public-sector-net-borrowing'],
    ['debt as a share of GDP', 'debt-to-gdp'],
    ['greenhouse gas emissions', 'ghg-emissions'],
    ['share of electricity from renewables', 'renewable-electricity-share'],
    ['public chargepoints', 'ev-chargers'],
    ['share of new car sales that are electric', 'ev-sales-share'],
    ['gigabit-capable broadband coverage', 'gigabit-coverage'],
    ['apprenticeship starts', 'apprenticeship-starts'],
    ['children living in poverty', 'child-poverty'],
    ['net migration', 'net-migration'],
    ['trees planted', 'trees-planted'],
    ['bus passenger journeys', 'bus-passenger-journeys'],
    ['defence spending as a percentage of GDP', 'defence-spending-share-of-gdp'],
    ['aid as a percentage of gross national income', 'aid-share-of-gni'],
    ['GPs', 'gps'],
    ['50,000 more nurses', 'nurses-additional'],
    ['6,500 new teachers', 'teachers-additional'],
    ['exports rise', 'exports-growth'],
  ])('%s → %s', (text, id) => {
    expect(findIndicator(text)?.indicator.id).toBe(id);
  });

  it.each(['目标', 'target', 'share', 'july this year', '', '资产负债率', 'officers'])('%s names no indicator', (text) => {
    expect(findIndicator(text)).toBeNull();
  });

  it('says whether the whole metric or a part of it matched, and what', () => {
    expect(findIndicator('全市高新技术企业')).toMatchObject({ how: 'contains', matched: '高新技术企业' });
    expect(findIndicator('Net additional dwellings')).toMatchObject({ how: 'exact', matched: 'net additional dwelling' });
    expect(findIndicator('每千人口拥有执业（助理）医师数')).toMatchObject({ how: 'exact', matched: '每千人口拥有执业助理医师数' });
  });

  it('takes the language when given, and otherwise reads Han characters as Chinese', () => {
    expect(findIndicator('GDP', 'zh')?.indicator.id).toBe('gdp');
    expect(findIndicator('gdp growth', 'en')?.indicator.id).toBe('gdp-growth');
    expect(findIndicator('国内生产总值', 'en')).toBeNull();
  });

  it('does not read a Latin name out of a longer Latin word', () => {
    expect(findIndicator('CPIH涨幅')?.indicator.id).toBe('cpih-inflation');
  });

  it('costs microseconds, not a scan of the lexicon', () => {
    const texts = ['今年全市规模以上工业增加值同比增长幅度达到百分之六点五左右', 'the number of police officers in England and Wales', '居民消費價格漲幅'];
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) for (const text of texts) findIndicator(text);
    // 30,000 lookups; the bound is loose so a loaded machine does not fail it.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('a sum stated as a share of GDP', () => {
  it.each([
    ['fiscal deficit', 'fiscal-deficit-ratio'],
    ['deficit as a share of gdp', 'fiscal-deficit-ratio'],
    ['borrowing as a share of gdp', 'borrowing-share-of-gdp'],
  ])('%s read as a percentage is %s', (metric, id) => {
    expect(indicatorFor(metric, { unit: '%', currency: null, change: 'level' } as never)?.id).toBe(id);
  });
  it.each([['新增国高企业'], ['新增高企']])('a short name of a stock after 新增 is its increment: %s', (metric) => {
    expect(indicatorFor(metric, { unit: '家', currency: null, change: 'level' } as never)?.id).toBe('high-tech-enterprises-new');
  });
  it('the same sum in money stays the sum', () => {
    expect(indicatorFor('fiscal deficit', { unit: '', currency: 'INR', change: 'level' } as never)?.id).toBe('fiscal-deficit');
  });
});
