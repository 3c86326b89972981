import type { Indicator } from './types';

const MCT = '文化和旅游部《文化和旅游发展统计公报》';
const MCT_DOMESTIC = '文化和旅游部 国内旅游抽样调查统计结果';
const SPORT = '国家体育总局《全国体育场地统计调查数据》';

export const CULTURE: readonly Indicator[] = [
  {
    id: 'domestic-tourist-trips',
    zh: ['国内旅游人次', '国内出游人次', '国内游客', '国内游客人次', '国内旅游人数'],
    en: ['domestic tourist trips', 'domestic trips', 'domestic tourism trips'],
    measure: 'flow', unitClass: 'count', statistic: 'annual', better: 'higher', domain: 'culture',
    source: MCT_DOMESTIC,
  },
  {
    id: 'domestic-tourism-revenue',
    zh: ['国内旅游收入', '国内游客出游总花费', '国内旅游总花费', '国内游客出游花费'],
    en: ['domestic tourism revenue', 'domestic tourism spending'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'culture',
    source: MCT_DOMESTIC,
  },
  {
    id: 'gaming-revenue',
    zh: ['博彩收入', '博彩毛收入', '幸运博彩毛收入', '幸运博彩收入', '博彩净收入', '赌收', '赌博业收入', '博彩业收入', '赌场收入'],
    en: ['gaming revenue', 'gross gaming revenue', 'casino revenue', 'ggr'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'culture',
    source: '澳门博彩监察协调局：幸运博彩毛收入（月度及年度）; Macao Gaming Inspection and Coordination Bureau: gross gaming revenue',
  },
  {
    id: 'tourism-revenue',
    zh: ['旅游总收入', '旅游收入', '旅游业总收入', '全年旅游总收入'],
    en: ['tourism revenue', 'tourism income', 'total tourism revenue', 'tourism receipts'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'culture',
    source: '省、市统计局《国民经济和社会发展统计公报》：旅游总收入',
  },
  {
    id: 'tourism-revenue-growth',
    zh: ['旅游总收入增长', '旅游收入增长', '旅游总收入增速'],
    en: ['tourism revenue growth'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'higher', domain: 'culture',
    source: '省、市统计局《国民经济和社会发展统计公报》：旅游总收入',
  },
  {
    id: 'tourist-arrivals',
    zh: ['接待游客', '接待游客人次', '旅游接待人次', '游客接待量', '接待国内外游客', '接待游客总人次', '游客人次', '游客量', '旅游人次'],
    en: ['tourist arrivals', 'tourist visits', 'visitor numbers', 'visitors received', 'tourist numbers'],
    measure: 'flow', unitClass: 'count', statistic: 'annual', better: 'higher', domain: 'culture',
    source: '省、市统计局《国民经济和社会发展统计公报》：接待游客',
  },
  {
    id: 'inbound-tourists',
    zh: ['入境游客', '入境旅游人次', '入境游客人次', '入境过夜游客', '接待入境游客', '境外游客', '外国游客', '国际游客', '国际旅客', '外国旅客'],
    en: ['inbound visitors', 'inbound tourists', 'overseas visitors', 'international visitors', 'inbound tourist arrivals', 'visits to the uk by overseas residents', 'foreign tourists', 'foreign visitors', 'foreign tourist arrivals', 'foreign visitor arrivals', 'foreign arrivals', 'international tourists', 'international tourist arrivals', 'international visitor arrivals', 'international arrivals', 'inbound arrivals', 'overseas tourists', 'overseas arrivals'],
    measure: 'flow', unitClass: 'count', statistic: 'annual', better: 'higher', domain: 'culture',
    source: `${MCT}：入境旅游; ONS: Overseas travel and tourism; VisitBritain`,
  },
  {
    id: 'international-tourism-revenue',
    zh: ['国际旅游收入', '旅游外汇收入', '入境旅游收入'],
    en: ['international tourism revenue', 'inbound tourism revenue', 'international tourism receipts', 'spending by overseas visitors'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'culture',
    source: `${MCT}：国际旅游收入`,
  },
  {
    id: 'hong-kong-visitor-arrivals',
    zh: ['访港旅客', '访港旅客人次', '访港旅客总数', '访港旅客量'],
    en: ['visitor arrivals to hong kong', 'hong kong visitor arrivals', 'visitors to hong kong'],
    measure: 'flow', unitClass: 'count', statistic: 'period', better: 'higher', domain: 'culture',
    source: '香港旅游发展局 访港旅客统计',
  },
  {
    // Taiwan's Tourism Administration counts 来台旅客 (visitor arrivals); the press also says 国际旅客来台, 国际观光客.
    id: 'taiwan-visitor-arrivals',
    zh: ['来台旅客', '来台旅客人次', '国际旅客来台', '来台国际旅客', '来台国际观光客', '国际观光客来台', '外籍旅客来台', '来台观光客', '来台观光人次'],
    en: ['visitor arrivals to taiwan', 'visitors to taiwan', 'international visitors to taiwan', 'taiwan visitor arrivals'],
    measure: 'flow', unitClass: 'count', statistic: 'period', better: 'higher', domain: 'culture',
    source: '交通部观光署 观光统计：来台旅客人次',
  },
  {
    // Macau's statistics bureau and police count 入境旅客; the press says 访澳旅客 for the same arrivals.
    id: 'macau-visitor-arrivals',
    zh: ['访澳旅客', '入境访澳旅客', '访澳旅客人次', '访澳旅客总数', '入境旅客'],
    en: ['visitor arrivals to macao', 'visitor arrivals to macau', 'macao visitor arrivals', 'visitors to macau', 'visitors to macao'],
    measure: 'flow', unitClass: 'count', statistic: 'period', better: 'higher', domain: 'culture',
    source: '澳门统计暨普查局 入境旅客统计; 澳门治安警察局 出入境统计',
  },
  {
    id: 'box-office',
    zh: ['电影票房', '票房', '全国电影总票房', '电影总票房', '票房收入'],
    en: ['box office', 'box office takings', 'box office revenue', 'box office receipts'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'culture',
    source: '国家电影局 全国电影票房统计',
  },
  {
    id: 'cinema-screens',
    zh: ['银幕', '银幕数', '银幕总数', '电影银幕'],
    en: ['cinema screens', 'movie screens'],
    measure: 'count', unitClass: 'count', statistic: 'year_end', better: 'higher', domain: 'culture',
    source: '国家电影局 全国电影银幕统计',
  },
  {
    id: 'cultural-industry-share',
    zh: ['文化产业增加值占GDP比重', '文化及相关产业增加值占GDP比重', '文化及相关产业增加值占国内生产总值比重', '文化产业增加值占比', '文化产业占GDP比重'],
    en: ['cultural industries share of gdp', 'cultural and related industries share of gdp'],
    measure: 'share', unitClass: 'percent', statistic: 'annual', better: 'higher', domain: 'culture',
    source: '国家统计局《文化及相关产业分类（2018）》; 全国文化及相关产业增加值',
  },
  {
    id: 'cultural-enterprise-revenue',
    zh: ['规模以上文化及相关产业企业营业收入', '文化企业营业收入', '规上文化企业营业收入', '文化及相关产业企业营业收入'],
    en: ['revenue of cultural enterprises above designated size', 'cultural enterprise revenue'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'culture',
    source: '国家统计局 规模以上文化及相关产业企业营业收入',
  },
  {
    id: 'public-libraries',
    zh: ['公共图书馆', '公共图书馆数量'],
    en: ['public libraries', 'libraries'],
    measure: 'count', unitClass: 'count', statistic: 'year_end', better: 'higher', domain: 'culture',
    source: `${MCT}：公共图书馆; CIPFA: Public library statistics`,
  },
  {
    id: 'museums',
    zh: ['博物馆', '博物馆数量', '备案博物馆'],
    en: ['museums', 'number of museums', 'registered museums'],
    measure: 'count', unitClass: 'count', statistic: 'year_end', better: 'higher', domain: 'culture',
    source: '国家文物局 全国博物馆名录',
  },
  {
    id: 'museum-visits',
    zh: ['博物馆参观人次', '博物馆接待观众', '博物馆观众人次'],
    en: ['museum visits', 'museum visitors', 'visits to museums'],
    measure: 'flow', unitClass: 'count', statistic: 'annual', better: 'higher', domain: 'culture',
    source: '国家文物局 博物馆接待观众统计; DCMS: Sponsored museums annual performance indicators',
  },
  {
    id: 'sports-venue-area-per-capita',
    zh: ['人均体育场地面积', '人均体育场地'],
    en: ['sports venue area per capita', 'sports facility area per person'],
    measure: 'ratio', unitClass: 'area', statistic: 'year_end', better: 'higher', domain: 'culture',
    source: SPORT,
  },
  {
    id: 'regular-exercise-share',
    zh: ['经常参加体育锻炼人数比例', '经常参加体育锻炼人口比例', '经常参加体育锻炼的人数比例'],
    en: ['share of people who exercise regularly', 'regular exercise participation'],
    measure: 'share', unitClass: 'percent', statistic: 'annual', better: 'higher', domain: 'culture',
    source: '国务院《全民健身计划（2021—2025年）》',
  },
  {
    id: 'broadcast-coverage',
    zh: ['广播电视综合人口覆盖率', '电视节目综合人口覆盖率', '广播节目综合人口覆盖率'],
    en: ['broadcast population coverage', 'television population coverage'],
    measure: 'share', unitClass: 'percent', statistic: 'year_end', better: 'higher', domain: 'culture',
    source: '国家广播电视总局《全国广播电视行业统计公报》',
  },
];
