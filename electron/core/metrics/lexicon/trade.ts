import type { Indicator } from './types';

const CUSTOMS = '海关总署 海关统计（货物进出口总额）';
const MOFCOM_FDI = '商务部《中国外资统计公报》：实际使用外资金额';
const ONS_TRADE = 'ONS: UK trade';

export const TRADE: readonly Indicator[] = [
  {
    id: 'total-trade',
    zh: ['进出口总额', '货物进出口总额', '进出口', '外贸进出口', '货物贸易进出口', '外贸', '进出口总值', '货物进出口', '外贸总额', '对外贸易进出口', '商品贸易总额'],
    en: ['imports and exports', 'total trade in goods and services', 'exports and imports', 'foreign trade', 'trade in goods', 'total imports and exports', 'goods trade', 'external trade'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'trade',
    source: `${CUSTOMS}; ${ONS_TRADE}`,
  },
  {
    id: 'total-trade-growth',
    zh: ['进出口总额增长', '进出口增长', '进出口增速', '外贸进出口增长', '外贸增速', '货物进出口总额增长', '外贸进出口增速', '货物贸易进出口增长'],
    en: ['trade growth', 'foreign trade growth', 'growth in imports and exports'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'higher', domain: 'trade',
    source: CUSTOMS,
  },
  {
    id: 'exports',
    zh: ['出口', '出口总额', '货物出口', '出口额', '出口总值', '商品出口'],
    en: ['exports', 'goods exports', 'export value', 'value of exports', 'exports of goods'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'trade',
    source: `${CUSTOMS}（出口）; ${ONS_TRADE}`,
  },
  {
    id: 'exports-growth',
    zh: ['出口增长', '出口增速', '出口总额增长', '货物出口增长', '出口同比增长'],
    en: ['export growth', 'exports growth', 'growth in exports'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'higher', domain: 'trade',
    source: `${CUSTOMS}（出口）`,
  },
  {
    id: 'imports',
    zh: ['进口', '进口总额', '货物进口', '进口额', '进口总值', '商品进口'],
    en: ['imports', 'goods imports', 'import value', 'value of imports', 'imports of goods'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'neither', domain: 'trade',
    source: `${CUSTOMS}（进口）; ${ONS_TRADE}`,
  },
  {
    id: 'imports-growth',
    zh: ['进口增长', '进口增速', '进口总额增长', '货物进口增长'],
    en: ['import growth', 'imports growth', 'growth in imports'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'neither', domain: 'trade',
    source: `${CUSTOMS}（进口）`,
  },
  {
    id: 'trade-balance',
    zh: ['贸易差额', '贸易顺差', '贸易逆差', '外贸顺差', '进出口顺差', '货物贸易顺差'],
    en: ['trade balance', 'trade surplus', 'trade deficit', 'trade gap', 'goods trade deficit'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'neither', domain: 'trade',
    source: `${CUSTOMS}（出口减进口）; ${ONS_TRADE}`,
  },
  {
    id: 'current-account-balance',
    zh: ['经常账户差额', '经常账户顺差', '经常项目顺差', '经常账户赤字', '经常项目差额'],
    en: ['current account balance', 'current account deficit', 'current account surplus'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'neither', domain: 'trade',
    source: '国家外汇管理局 国际收支平衡表; ONS: Balance of payments',
  },
  {
    id: 'services-trade',
    zh: ['服务进出口总额', '服务进出口', '服务贸易进出口', '服务贸易', '服务贸易总额'],
    en: ['trade in services', 'services trade', 'services imports and exports'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'trade',
    source: '商务部 服务贸易统计; 国家外汇管理局 国际收支平衡表',
  },
  {
    id: 'cross-border-ecommerce',
    zh: ['跨境电商进出口', '跨境电子商务进出口', '跨境电商交易额', '跨境电商进出口额'],
    en: ['cross-border e-commerce', 'cross-border e-commerce trade'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'trade',
    source: '海关总署 跨境电商进出口统计',
  },
  {
    id: 'belt-and-road-trade',
    zh: ['与共建“一带一路”国家进出口', '对共建“一带一路”国家进出口', '对“一带一路”沿线国家进出口', '与“一带一路”沿线国家进出口', '一带一路进出口'],
    en: ['trade with belt and road countries', 'belt and road trade'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'trade',
    source: '海关总署 海关统计（分国别）',
  },
  {
    id: 'fdi',
    zh: ['实际使用外资', '实际利用外资', '实际使用外资金额', '实际利用外资金额', '外商直接投资', '利用外资', '实际使用外商直接投资', '实到外资', '外资'],
    en: ['foreign direct investment', 'fdi', 'actual use of foreign capital', 'utilised foreign capital', 'utilized foreign capital', 'inward investment', 'inward foreign direct investment'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'trade',
    source: `${MOFCOM_FDI}; Department for Business and Trade: Inward Investment Results`,
  },
  {
    id: 'outward-direct-investment',
    zh: ['对外直接投资', '对外非金融类直接投资', '对外投资', '境外投资'],
    en: ['outward direct investment', 'odi', 'outbound direct investment', 'outward fdi'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'neither', domain: 'trade',
    source: '商务部 国家统计局 国家外汇管理局《中国对外直接投资统计公报》',
  },
  {
    id: 'new-foreign-invested-enterprises',
    zh: ['新设外商投资企业', '新设立外商投资企业', '新设外资企业'],
    en: ['new foreign-invested enterprises', 'newly established foreign-invested firms'],
    measure: 'flow', unitClass: 'count', statistic: 'annual', better: 'higher', domain: 'trade',
    source: MOFCOM_FDI.replace('实际使用外资金额', '新设立外商投资企业'),
  },
  {
    id: 'free-trade-zone-trade',
    zh: ['自贸试验区进出口', '自由贸易试验区进出口', '自贸区进出口'],
    en: ['pilot free trade zone trade', 'free trade zone imports and exports'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'trade',
    source: '海关总署 自由贸易试验区进出口统计',
  },
];
