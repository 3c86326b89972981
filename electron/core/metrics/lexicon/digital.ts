import type { Indicator } from './types';

const PLAN14 = '《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》专栏1 主要指标';
const MIIT = '工业和信息化部《通信业统计公报》';
const CNNIC = '中国互联网络信息中心（CNNIC）《中国互联网络发展状况统计报告》';
const OFCOM = 'Ofcom: Connected Nations';
const NBS_ONLINE = '国家统计局 主要统计指标解释：网上零售额';

export const DIGITAL: readonly Indicator[] = [
  {
    id: 'digital-economy-core-share',
    zh: ['数字经济核心产业增加值占GDP比重', '数字经济核心产业增加值占国内生产总值比重', '数字经济核心产业增加值占地区生产总值比重', '数字经济核心产业增加值占比', '数字经济核心产业占比', '数字经济核心产业占GDP比重'],
    en: ['digital economy core industries share of gdp', 'value added of core digital economy industries as a share of gdp'],
    measure: 'share', unitClass: 'percent', statistic: 'annual', better: 'higher', domain: 'digital',
    source: `${PLAN14}：数字经济核心产业增加值占GDP比重; 国家统计局《数字经济及其核心产业统计分类（2021）》`,
  },
  {
    id: 'digital-economy-core-value-added',
    zh: ['数字经济核心产业增加值', '数字经济核心产业规模'],
    en: ['value added of core digital economy industries', 'digital economy core industries value added'],
    measure: 'level', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'digital',
    source: '国家统计局《数字经济及其核心产业统计分类（2021）》',
  },
  {
    id: 'digital-economy-size',
    zh: ['数字经济规模', '数字经济增加值', '数字经济总量'],
    en: ['digital economy size', 'size of the digital economy', 'digital economy value added'],
    measure: 'level', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'digital',
    source: '中国信息通信研究院《中国数字经济发展研究报告》',
  },
  {
    id: 'digital-economy-share',
    zh: ['数字经济占GDP比重', '数字经济规模占GDP比重', '数字经济增加值占GDP比重', '数字经济占比', '数字经济占地区生产总值比重'],
    en: ['digital economy share of gdp', 'digital economy as a share of gdp'],
    measure: 'share', unitClass: 'percent', statistic: 'annual', better: 'higher', domain: 'digital',
    source: '中国信息通信研究院《中国数字经济发展研究报告》',
  },
  {
    id: '5g-base-stations',
    zh: ['5G基站', '5G基站数', '5G基站总数', '累计建成5G基站', '5G基站数量'],
    en: ['5g base stations', '5g masts'],
    measure: 'count', unitClass: 'count', statistic: 'year_end', better: 'higher', domain: 'digital',
    source: `${MIIT}：5G基站`,
  },
  {
    id: '5g-base-stations-new',
    zh: ['新建5G基站', '新增5G基站', '新开通5G基站'],
    en: ['new 5g base stations', '5g base stations built'],
    measure: 'flow', unitClass: 'count', statistic: 'annual', better: 'higher', domain: 'digital',
    source: `${MIIT}：5G基站`,
  },
  {
    id: '5g-users',
    zh: ['5G移动电话用户', '5G用户', '5G手机用户', '5G用户数'],
    en: ['5g subscribers', '5g users', '5g mobile phone users'],
    measure: 'count', unitClass: 'count', statistic: 'year_end', better: 'higher', domain: 'digital',
    source: `${MIIT}：5G移动电话用户`,
  },
  {
    id: 'fixed-broadband-users',
    zh: ['固定宽带接入用户', '固定互联网宽带接入用户', '宽带用户', '固定宽带用户'],
    en: ['fixed broadband subscribers', 'broadband subscribers', 'fixed broadband users'],
    measure: 'count', unitClass: 'count', statistic: 'year_end', better: 'higher', domain: 'digital',
    source: `${MIIT}：固定互联网宽带接入用户`,
  },
  {
    id: 'gigabit-broadband-users',
    zh: ['千兆宽带用户', '千兆光网用户', '千兆及以上接入速率的固定互联网宽带接入用户', '千兆用户'],
    en: ['gigabit broadband subscribers', 'gigabit broadband users'],
    measure: 'count', unitClass: 'count', statistic: 'year_end', better: 'higher', domain: 'digital',
    source: `${MIIT}：千兆及以上接入速率用户`,
  },
  {
    id: 'gigabit-coverage',
    zh: ['千兆网络覆盖率', '千兆光网覆盖率', '千兆宽带覆盖率', '千兆光网覆盖'],
    en: ['gigabit coverage', 'gigabit-capable broadband coverage', 'gigabit broadband coverage', 'gigabit-capable coverage', 'premises with gigabit-capable broadband', 'broadband coverage', 'gigabit-capable broadband', 'gigabit broadband', 'full-fibre broadband', 'able to get gigabit-capable broadband', 'access gigabit-capable broadband'],
    measure: 'share', unitClass: 'percent', statistic: 'point_in_time', better: 'higher', domain: 'digital',
    source: `${OFCOM}; DSIT: Project Gigabit; 工业和信息化部《“双千兆”网络协同发展行动计划》`,
  },
  {
    id: 'full-fibre-coverage',
    zh: ['全光纤覆盖率', '光纤到户覆盖率', '光纤覆盖率'],
    en: ['full fibre coverage', 'full-fibre coverage', 'fibre to the premises coverage', 'full fibre broadband coverage'],
    measure: 'share', unitClass: 'percent', statistic: 'point_in_time', better: 'higher', domain: 'digital',
    source: OFCOM,
  },
  {
    id: 'mobile-coverage',
    zh: ['5G网络覆盖率', '4G网络覆盖率', '移动网络覆盖率', '5G覆盖率'],
    en: ['mobile coverage', '4g coverage', '5g coverage', 'standalone 5g coverage', 'mobile signal coverage', 'geographic mobile coverage'],
    measure: 'share', unitClass: 'percent', statistic: 'point_in_time', better: 'higher', domain: 'digital',
    source: `${OFCOM}; ${MIIT}`,
  },
  {
    id: 'internet-penetration',
    zh: ['互联网普及率', '网络普及率'],
    en: ['internet penetration', 'internet penetration rate', 'share of population online'],
    measure: 'share', unitClass: 'percent', statistic: 'point_in_time', better: 'higher', domain: 'digital',
    source: CNNIC,
  },
  {
    id: 'internet-users',
    zh: ['网民规模', '网民', '网民数量', '互联网用户'],
    en: ['internet users', 'netizens', 'number of internet users'],
    measure: 'count', unitClass: 'count', statistic: 'point_in_time', better: 'higher', domain: 'digital',
    source: CNNIC,
  },
  {
    id: 'data-centre-racks',
    zh: ['数据中心机架', '数据中心标准机架', '标准机架', '在用数据中心机架'],
    en: ['data centre racks', 'data center racks'],
    measure: 'count', unitClass: 'count', statistic: 'year_end', better: 'higher', domain: 'digital',
    source: `${MIIT}：数据中心机架`,
  },
  {
    id: 'software-revenue',
    zh: ['软件业务收入', '软件和信息技术服务业收入', '软件和信息技术服务业营业收入', '软件业收入', '软件收入'],
    en: ['software revenue', 'software and it services revenue', 'software business revenue'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'digital',
    source: '工业和信息化部《软件和信息技术服务业统计公报》',
  },
  {
    id: 'telecom-business-volume',
    zh: ['电信业务总量', '电信业务收入', '电信业务量'],
    en: ['telecommunications business volume', 'telecom revenue', 'telecoms business volume'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'digital',
    source: `${MIIT}：电信业务总量、电信业务收入`,
  },
  {
    id: 'ecommerce-transactions',
    zh: ['电子商务交易额', '电商交易额', '电子商务交易总额'],
    en: ['e-commerce transaction volume', 'e-commerce transactions', 'value of e-commerce transactions'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'digital',
    source: '商务部《中国电子商务报告》; 国家统计局 电子商务交易额',
  },
  {
    id: 'online-retail-sales',
    zh: ['网上零售额', '全国网上零售额', '网络零售额', '网络零售交易额'],
    en: ['online retail sales', 'online sales', 'internet retail sales'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'digital',
    source: `${NBS_ONLINE}; ONS: Retail sales (internet sales)`,
  },
  {
    id: 'online-retail-sales-growth',
    zh: ['网上零售额增长', '网络零售额增长', '网上零售额增速'],
    en: ['online retail sales growth', 'online sales growth'],
    measure: 'growth_rate', unitClass: 'percent', statistic: 'annual', better: 'higher', domain: 'digital',
    source: NBS_ONLINE,
  },
  {
    id: 'physical-goods-online-retail-sales',
    zh: ['实物商品网上零售额'],
    en: ['online retail sales of physical goods'],
    measure: 'flow', unitClass: 'money', statistic: 'annual', better: 'higher', domain: 'digital',
    source: `${NBS_ONLINE}（实物商品）`,
  },
  {
    id: 'online-share-of-retail',
    zh: ['实物商品网上零售额占社会消费品零售总额比重', '实物商品网上零售额占社会消费品零售总额的比重', '网上零售额占比', '实物商品网上零售额占比', '网购渗透率'],
    en: ['online share of retail sales', 'internet sales as a percentage of total retail sales', 'online penetration'],
    measure: 'share', unitClass: 'percent', statistic: 'annual', better: 'higher', domain: 'digital',
    source: `${NBS_ONLINE}; ONS: Retail sales (internet sales as a percentage of total retail sales)`,
  },
];
