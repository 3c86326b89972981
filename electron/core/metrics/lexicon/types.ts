export type MeasureType = 'level' | 'count' | 'flow' | 'growth_rate' | 'share' | 'intensity' | 'ratio' | 'rank' | 'index' | 'money' | 'duration';
// level: a stock or amount at a point (GDP value, 常住人口); count: number of units (企业数, officers); flow: an amount over a period (新增就业, homes built, 技术合同成交额); growth_rate: % change over a period (GDP增长, CPI涨幅); share: a part of a whole in % (城镇化率, renewables share); intensity: per unit of output (研发经费投入强度 % of GDP, 单位GDP能耗); ratio: per capita / per 10k (每万人口发明专利拥有量, 人均可支配收入 when per-capita money use 'money'); rank; index (PMI); money; duration (waiting times).
export type UnitClass = 'percent' | 'count' | 'money' | 'mass' | 'area' | 'volume' | 'energy' | 'power' | 'length' | 'duration' | 'index' | 'ratio' | 'concentration' | 'rank';
export type Statistic = 'annual' | 'year_end' | 'average' | 'cumulative' | 'point_in_time' | 'period';
export type Better = 'higher' | 'lower' | 'neither';
export type IndicatorDomain = 'economy' | 'workforce' | 'prices' | 'science' | 'housing' | 'health' | 'environment' | 'energy' | 'budget' | 'education' | 'transport' | 'trade' | 'agriculture' | 'social' | 'industry' | 'finance' | 'population' | 'digital' | 'culture' | 'safety';
export interface Indicator {
  /** Stable slug, never reused: 'gdp-growth', 'rd-intensity', 'police-officers'. */
  id: string;
  /** Simplified Chinese names: the canonical name first, then synonyms, abbreviations and common printed variants (no traditional forms: lookups fold through OpenCC). */
  zh: readonly string[];
  /** English names: canonical first, then synonyms ('gdp growth', 'economic growth', 'growth of gross domestic product'); lower case. */
  en: readonly string[];
  measure: MeasureType;
  unitClass: UnitClass;
  statistic: Statistic;
  /** Which way is good, for approximate targets: more growth is better, less unemployment is better. */
  better: Better;
  domain: IndicatorDomain;
  /** Where the definition comes from: e.g. '国家统计局 主要统计指标解释', 'ONS: CPI', 'Home Office: Police workforce, England and Wales', '国务院《“十四五”…规划》附表'. */
  source: string;
}
