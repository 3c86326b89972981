import type { Indicator } from './types';

const NBS_CPI = '国家统计局 主要统计指标解释：居民消费价格指数';
const NBS_PPI = '国家统计局 主要统计指标解释：工业生产者出厂价格指数';
const ONS_CPI = 'ONS: Consumer price inflation, UK';

export const PRICES: readonly Indicator[] = [
  {
    id: 'cpi',
    zh: ['居民消费价格指数', '居民消费价格', 'CPI', '消费者物价指数', '综合消费物价指数', '消费物价指数', '消费者价格指数', '居民消费价格总水平', '物价总水平', '物价'],
    en: ['consumer price index', 'cpi', 'consumer prices', 'consumer prices index'],
    measure: 'index', unitClass: 'index', statistic: 'point_in_time', better: 'neither', domain: 'prices',
    source: `${NBS_CPI}; ${ONS_CPI}; 香港政府统计处 综合消费物价指数`,
  },
  {
    id: 'cpi-inflation',
    zh: ['居民消费价格涨幅', '居民消费价格上涨', '居民消费价格增幅', '居民消费价格增速', '居民消费价格指数涨幅', '居民消费价格指数上涨', '居民消费价格同比上涨', '居民消费价格比上年上涨', 'CPI涨幅', 'CPI上涨', 'CPI同比上涨', 'CPI同比涨幅', 'CPI增幅', 'CPI增速', 'CPI同比', '通胀', '通胀率', '通货膨胀率', '通货膨胀', '通胀水平', '物价涨幅', '物价上涨', '物价上涨幅度', '消费价格涨幅', '整体通胀', '综合消费物价指数升幅', '消费物价通胀'],
    en: ['inflation', 'cpi inflation', 'consumer price inflation', 'inflation rate', 'headline inflation', 'annual inflation', 'rate of inflation', 'consumer prices index inflation', 'consumer price index inflation', 'annual cpi inflation', 'cpi rate', 'annual rate of inflation', 'price inflation'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'lower', domain: 'prices',
    source: `${NBS_CPI}（涨幅）; 国务院《政府工作报告》主要预期目标; ${ONS_CPI}（12-month rate）; Bank of England: inflation target`,
  },
  {
    id: 'core-inflation',
    zh: ['核心CPI', '核心CPI涨幅', '核心CPI上涨', '核心通胀', '核心通胀率', '扣除食品和能源价格的核心CPI', '扣除食品和能源价格后的核心CPI', '扣除食品和能源的CPI', '基本通胀率'],
    en: ['core inflation', 'underlying inflation', 'core cpi', 'core cpi inflation', 'core consumer price inflation', 'core rate of inflation'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'neither', domain: 'prices',
    source: `${NBS_CPI}（扣除食品和能源价格）; ${ONS_CPI}（CPI excluding energy, food, alcohol and tobacco）`,
  },
  {
    id: 'services-inflation',
    zh: ['服务价格涨幅', '服务价格上涨', '服务业通胀'],
    en: ['services inflation', 'services cpi', 'services price inflation'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'lower', domain: 'prices',
    source: `${ONS_CPI}（services）; ${NBS_CPI}（服务价格）`,
  },
  {
    id: 'food-price-inflation',
    zh: ['食品价格涨幅', '食品价格上涨', '食品价格', '食品烟酒价格', '食品价格同比'],
    en: ['food inflation', 'food price inflation', 'food prices', 'food and non-alcoholic beverages inflation'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'neither', domain: 'prices',
    source: `${NBS_CPI}（食品）; ${ONS_CPI}（food and non-alcoholic beverages）`,
  },
  {
    id: 'pork-price-change',
    zh: ['猪肉价格', '猪价', '猪肉价格涨幅', '猪肉价格下降', '生猪价格'],
    en: ['pork prices', 'hog prices', 'pork price inflation'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'neither', domain: 'prices',
    source: `${NBS_CPI}（畜肉类：猪肉）`,
  },
  {
    id: 'ppi',
    zh: ['工业生产者出厂价格指数', '工业生产者出厂价格', 'PPI', '生产者价格指数', '工业品出厂价格指数', '工业品出厂价格'],
    en: ['producer price index', 'ppi', 'producer prices', 'factory-gate prices', 'factory gate prices'],
    measure: 'index', unitClass: 'index', statistic: 'point_in_time', better: 'neither', domain: 'prices',
    source: `${NBS_PPI}; ONS: Producer price inflation, UK`,
  },
  {
    id: 'ppi-change',
    zh: ['工业生产者出厂价格涨幅', '工业生产者出厂价格下降', '工业生产者出厂价格同比', '工业生产者出厂价格降幅', 'PPI涨幅', 'PPI降幅', 'PPI同比', 'PPI同比下降', 'PPI同比上涨', '工业品出厂价格涨幅'],
    en: ['producer price inflation', 'ppi inflation', 'factory-gate inflation', 'factory gate price inflation', 'factory-gate price inflation', 'producer price deflation'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'neither', domain: 'prices',
    source: `${NBS_PPI}（同比涨跌幅）; ONS: Producer price inflation, UK`,
  },
  {
    id: 'producer-purchase-prices',
    zh: ['工业生产者购进价格指数', '工业生产者购进价格'],
    en: ['producer input prices', 'input prices', 'producer purchase price index'],
    measure: 'index', unitClass: 'index', statistic: 'point_in_time', better: 'neither', domain: 'prices',
    source: '国家统计局 主要统计指标解释：工业生产者购进价格指数',
  },
  {
    id: 'rpi',
    zh: ['零售物价指数', 'RPI', '零售价格指数'],
    en: ['retail prices index', 'rpi', 'retail price index'],
    measure: 'index', unitClass: 'index', statistic: 'point_in_time', better: 'neither', domain: 'prices',
    source: 'ONS: Retail Prices Index (RPI)',
  },
  {
    id: 'rpi-inflation',
    zh: ['RPI涨幅', '零售物价指数涨幅', 'RPI通胀率'],
    en: ['rpi inflation', 'retail prices index inflation', 'rpi rate'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'lower', domain: 'prices',
    source: 'ONS: Retail Prices Index (RPI), 12-month rate',
  },
  {
    id: 'cpih-inflation',
    zh: ['CPIH涨幅', 'CPIH', '含自有住房成本的消费价格涨幅'],
    en: ['cpih inflation', 'cpih', 'consumer prices index including owner occupiers housing costs'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'lower', domain: 'prices',
    source: `${ONS_CPI}（CPIH, 12-month rate）`,
  },
  {
    id: 'pce-inflation',
    zh: ['个人消费支出价格指数', 'PCE物价指数', 'PCE通胀', '核心PCE'],
    en: ['pce inflation', 'personal consumption expenditures price index', 'pce price index', 'core pce'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'lower', domain: 'prices',
    source: 'BEA: Personal Consumption Expenditures Price Index',
  },
  {
    id: 'gdp-deflator',
    zh: ['GDP平减指数', '国内生产总值平减指数', 'GDP缩减指数'],
    en: ['gdp deflator', 'implied gdp deflator'],
    measure: 'index', unitClass: 'index', statistic: 'annual', better: 'neither', domain: 'prices',
    source: '国家统计局 国内生产总值核算（现价/不变价）; ONS: GDP deflators',
  },
  {
    id: 'road-fuel-prices',
    zh: ['汽油价格', '油价', '成品油价格', '汽柴油价格'],
    en: ['petrol prices', 'pump prices', 'fuel prices', 'petrol price', 'diesel prices'],
    measure: 'money', unitClass: 'money', statistic: 'point_in_time', better: 'lower', domain: 'prices',
    source: '国家发展改革委 成品油价格调整; DESNZ: Weekly road fuel prices',
  },
  {
    id: 'agricultural-producer-prices',
    zh: ['农产品生产者价格指数', '农产品生产者价格'],
    en: ['agricultural producer prices', 'agricultural producer price index', 'farm-gate prices'],
    measure: 'index', unitClass: 'index', statistic: 'annual', better: 'neither', domain: 'prices',
    source: '国家统计局 主要统计指标解释：农产品生产者价格指数',
  },
];
