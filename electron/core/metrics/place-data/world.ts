/**
 * Places outside the mainland's administrative tree, by hand: the world, unions, countries and
 * the parts of them that set their own targets. One row a place; `short` holds weaker names that
 * give way to another place's full name (德州 is 德州市 before it is Texas).
 *
 * Sources of the lists (names are facts; Chinese forms are the usual Xinhua/press ones):
 * - EU member states: the 27 of the Treaty on European Union as of 2020-02-01 (after the UK left);
 * - US states and Canadian provinces and territories, with Chinese names: ISO 3166-2:US and
 *   ISO 3166-2:CA, cross-checked against KignorChan/NODEJS.FILESERVICES src/utils/apiUtils/data;
 * - Australian states and territories: ISO 3166-2:AU;
 * - Indian states and union territories: ISO 3166-2:IN after the 2019 and 2020 reorganisations
 *   (28 states, 8 union territories), as listed in kushalgupta1203/RTS-Analysis constants.py;
 * - UK nations, the nine English regions (ONS ITL1) and the 32 London boroughs with the City of
 *   London (ONS local authority districts).
 */
import { COUNTRIES } from './countries';
import type { PlaceLevel } from './types';

export interface HandPlace {
  id: string;
  level: PlaceLevel;
  parent: string | null;
  names: string[];
  short?: string[];
}

const place = (id: string, level: PlaceLevel, parent: string | null, names: string[], short?: string[]): HandPlace =>
  short ? { id, level, parent, names, short } : { id, level, parent, names };

/** [english, chinese, chinese short forms]: each a part of `parent` at `level`. */
type Part = readonly [en: string, zh: string, zhShort?: string];
const parts = (parent: string, level: PlaceLevel, rows: readonly Part[], extra: Record<string, string[]> = {}): HandPlace[] =>
  rows.map(([en, zh, zhShort]) => {
    const id = `${parent}-${en.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    const names = [en.toLowerCase(), ...(zh ? [zh] : []), ...(extra[en] ?? [])];
    // 俄亥俄州 → 俄亥俄: the bare transliteration is read as the state only where nothing else bears it.
    // Not for 邦: 中央邦 and 北方邦 without it are 中央 and 北方.
    const short = [...(zh && /[州省]$/.test(zh) ? [zh.slice(0, -1)] : []), ...(zhShort ? zhShort.split(' ') : [])];
    return place(id, level, parent, names, short.length ? short : undefined);
  });

const EU_MEMBERS: readonly Part[] = [
  ['Germany', '德国'], ['France', '法国'], ['Italy', '意大利'], ['Spain', '西班牙'], ['Netherlands', '荷兰'], ['Belgium', '比利时'],
  ['Poland', '波兰'], ['Sweden', '瑞典'], ['Denmark', '丹麦'], ['Finland', '芬兰'], ['Austria', '奥地利'], ['Portugal', '葡萄牙'],
  ['Greece', '希腊'], ['Czechia', '捷克'], ['Hungary', '匈牙利'], ['Romania', '罗马尼亚'], ['Bulgaria', '保加利亚'], ['Croatia', '克罗地亚'],
  ['Slovakia', '斯洛伐克'], ['Slovenia', '斯洛文尼亚'], ['Latvia', '拉脱维亚'], ['Lithuania', '立陶宛'], ['Estonia', '爱沙尼亚'],
  ['Luxembourg', '卢森堡'], ['Malta', '马耳他'], ['Cyprus', '塞浦路斯'], ['Ireland', '爱尔兰'],
];

const US_STATES: readonly Part[] = [
  ['Alabama', '阿拉巴马州'], ['Alaska', '阿拉斯加州'], ['Arizona', '亚利桑那州'], ['Arkansas', '阿肯色州'], ['California', '加利福尼亚州', '加州'],
  ['Colorado', '科罗拉多州'], ['Connecticut', '康涅狄格州'], ['Delaware', '特拉华州'], ['Florida', '佛罗里达州', '佛州'], ['Georgia', '佐治亚州'],
  ['Hawaii', '夏威夷州'], ['Idaho', '爱达荷州'], ['Illinois', '伊利诺伊州'], ['Indiana', '印第安纳州'], ['Iowa', '艾奥瓦州'], ['Kansas', '堪萨斯州'],
  ['Kentucky', '肯塔基州'], ['Louisiana', '路易斯安那州'], ['Maine', '缅因州'], ['Maryland', '马里兰州'], ['Massachusetts', '马萨诸塞州', '麻省 麻州'],
  ['Michigan', '密歇根州'], ['Minnesota', '明尼苏达州'], ['Mississippi', '密西西比州'], ['Missouri', '密苏里州'], ['Montana', '蒙大拿州'],
  ['Nebraska', '内布拉斯加州'], ['Nevada', '内华达州'], ['New Hampshire', '新罕布什尔州'], ['New Jersey', '新泽西州'], ['New Mexico', '新墨西哥州'],
  ['New York State', '纽约州'], ['North Carolina', '北卡罗来纳州', '北卡'], ['North Dakota', '北达科他州'], ['Ohio', '俄亥俄州'],
  ['Oklahoma', '俄克拉何马州'], ['Oregon', '俄勒冈州'], ['Pennsylvania', '宾夕法尼亚州', '宾州'], ['Rhode Island', '罗得岛州'],
  ['South Carolina', '南卡罗来纳州', '南卡'], ['South Dakota', '南达科他州'], ['Tennessee', '田纳西州'], ['Texas', '得克萨斯州', '得州 德州 德克萨斯州'],
  ['Utah', '犹他州'], ['Vermont', '佛蒙特州'], ['Virginia', '弗吉尼亚州'], ['Washington State', '华盛顿州'], ['West Virginia', '西弗吉尼亚州'],
  ['Wisconsin', '威斯康星州'], ['Wyoming', '怀俄明州'],
];

const CANADA: readonly Part[] = [
  ['Alberta', '阿尔伯塔省', '亚伯达省'], ['British Columbia', '不列颠哥伦比亚省', '卑诗省'], ['Manitoba', '曼尼托巴省'], ['New Brunswick', '新不伦瑞克省'],
  ['Newfoundland and Labrador', '纽芬兰与拉布拉多省'], ['Nova Scotia', '新斯科舍省'], ['Ontario', '安大略省'], ['Prince Edward Island', '爱德华王子岛省'],
  ['Quebec', '魁北克省'], ['Saskatchewan', '萨斯喀彻温省'],
  // 西北地区 alone is China's northwest: the territory keeps only its English and its longer Chinese name.
  ['Northwest Territories', '加拿大西北地区'], ['Yukon', '育空地区'], ['Nunavut', '努纳武特地区'],
];

const AUSTRALIA: readonly Part[] = [
  ['New South Wales', '新南威尔士州', '新州'], ['Victoria', '维多利亚州', '维州'], ['Queensland', '昆士兰州', '昆州'],
  ['Western Australia', '西澳大利亚州', '西澳'], ['South Australia', '南澳大利亚州', '南澳'], ['Tasmania', '塔斯马尼亚州'],
  ['Australian Capital Territory', '澳大利亚首都领地'], ['Northern Territory', '北领地'],
];

// The Chinese names of states whose borders China disputes are left out rather than chosen.
const INDIA: readonly Part[] = [
  ['Andhra Pradesh', '安得拉邦'], ['Arunachal Pradesh', ''], ['Assam', '阿萨姆邦'], ['Bihar', '比哈尔邦'], ['Chhattisgarh', '恰蒂斯加尔邦'],
  ['Goa', '果阿邦'], ['Gujarat', '古吉拉特邦'], ['Haryana', '哈里亚纳邦'], ['Himachal Pradesh', '喜马偕尔邦'], ['Jharkhand', '贾坎德邦'],
  ['Karnataka', '卡纳塔克邦'], ['Kerala', '喀拉拉邦'], ['Madhya Pradesh', '中央邦'], ['Maharashtra', '马哈拉施特拉邦'], ['Manipur', '曼尼普尔邦'],
  ['Meghalaya', '梅加拉亚邦'], ['Mizoram', '米佐拉姆邦'], ['Nagaland', '那加兰邦'], ['Odisha', '奥迪沙邦', '奥里萨邦'], ['Punjab', '旁遮普邦'],
  ['Rajasthan', '拉贾斯坦邦'], ['Sikkim', '锡金邦'], ['Tamil Nadu', '泰米尔纳德邦'], ['Telangana', '特伦甘纳邦'], ['Tripura', '特里普拉邦'],
  ['Uttar Pradesh', '北方邦'], ['Uttarakhand', '北阿坎德邦'], ['West Bengal', '西孟加拉邦'],
  ['Andaman and Nicobar Islands', '安达曼和尼科巴群岛'], ['Chandigarh', '昌迪加尔'], ['Dadra and Nagar Haveli and Daman and Diu', ''],
  ['Delhi', '德里'], ['Jammu and Kashmir', ''], ['Ladakh', ''], ['Lakshadweep', '拉克沙群岛'], ['Puducherry', '本地治里'],
];

const ENGLISH_REGIONS: readonly Part[] = [
  ['North East', '英格兰东北部'], ['North West', '英格兰西北部'], ['Yorkshire and the Humber', '约克郡-亨伯'], ['East Midlands', '东米德兰兹'],
  ['West Midlands', '西米德兰兹'], ['East of England', '英格兰东部'], ['South East', '英格兰东南部'], ['South West', '英格兰西南部'],
];

const LONDON_BOROUGHS = [
  'Barking and Dagenham', 'Barnet', 'Bexley', 'Brent', 'Bromley', 'Camden', 'Croydon', 'Ealing', 'Enfield', 'Greenwich', 'Hackney',
  'Hammersmith and Fulham', 'Haringey', 'Harrow', 'Havering', 'Hillingdon', 'Hounslow', 'Islington', 'Kensington and Chelsea',
  'Kingston upon Thames', 'Lambeth', 'Lewisham', 'Merton', 'Newham', 'Redbridge', 'Richmond upon Thames', 'Southwark', 'Sutton',
  'Tower Hamlets', 'Waltham Forest', 'Wandsworth',
] as const;

export const WORLD_PLACES: HandPlace[] = [
  place('world', 'world', null, ['全球', '世界', 'world', 'global', 'the world']),
  place('eu', 'union', 'world', ['欧盟', 'eu', 'european union', 'the eu', 'the european union', 'bloc', 'the bloc']),
  place('cn', 'country', 'world', ['中国', '全国', '我国', '中华人民共和国', 'china', "people's republic of china", 'the country', 'chinese']),
  place('hk', 'province', 'cn', ['香港', '香港特别行政区', '本港', '全港', 'hong kong', 'hksar']),
  place('macau', 'province', 'cn', ['澳门', '澳门特别行政区', '本澳', '全澳', 'macau', 'macao']),
  place('tw', 'province', null, ['台湾', '台湾地区', '台湾省', 'taiwan']),
  place('uk', 'country', 'world', ['英国', 'uk', 'united kingdom', 'britain', 'great britain', 'the uk', 'british']),
  place('gb', 'nation', 'uk', ['gb']),
  place('england-wales', 'nation', 'uk', ['england and wales', '英格兰和威尔士']),
  place('england', 'nation', 'england-wales', ['英格兰', 'england', 'english']),
  place('wales', 'nation', 'england-wales', ['威尔士', 'wales', 'welsh']),
  place('scotland', 'nation', 'uk', ['苏格兰', 'scotland', 'scottish']),
  place('northern-ireland', 'nation', 'uk', ['北爱尔兰', 'northern ireland']),
  ...parts('england', 'province', ENGLISH_REGIONS, {
    'North East': ['north-east', 'north east england', 'the north east'], 'North West': ['north-west', 'north west england', 'the north west'],
    'Yorkshire and the Humber': ['yorkshire and humber'], 'South East': ['south-east', 'south east england'],
    'South West': ['south-west', 'south west england'], 'East of England': ['east england'],
  }),
  place('london', 'city', 'england', ['伦敦', 'london', 'greater london']),
  place('manchester', 'city', 'england-north-west', ['曼彻斯特', 'manchester', 'greater manchester']),
  ...LONDON_BOROUGHS.map((b) => {
    const en = b.toLowerCase();
    return place(`london-${en.replace(/[^a-z]+/g, '-')}`, 'district', 'london', [en, `london borough of ${en}`, `royal borough of ${en}`, `${en} council`]);
  }),
  // Westminster alone is Parliament, not the borough.
  place('london-westminster', 'district', 'london', ['city of westminster', 'westminster city council', 'westminster council']),
  place('london-city', 'district', 'london', ['city of london', 'city of london corporation']),
  place('us', 'country', 'world', ['美国', 'us', 'u.s.', 'usa', 'united states', 'america', 'the us', 'the united states'], ['washington', '华盛顿']),
  ...parts('us', 'province', US_STATES, { 'New York State': ['state of new york'], 'Washington State': ['state of washington'], Georgia: ['georgia state'] }),
  place('us-dc', 'city', 'us', ['washington, d.c.', 'washington dc', 'washington d.c.', 'district of columbia', '华盛顿特区', '哥伦比亚特区']),
  place('new-york', 'city', 'us-new-york-state', ['纽约', '纽约市', 'new york', 'new york city', 'nyc']),
  place('canada', 'country', 'world', ['加拿大', 'canada', 'ottawa']),
  ...parts('canada', 'province', CANADA, { 'British Columbia': ['b.c.'], Quebec: ['québec'], Yukon: ['yukon territory'] }),
  place('toronto', 'city', 'canada-ontario', ['多伦多', 'toronto']),
  place('vancouver', 'city', 'canada-british-columbia', ['温哥华', 'vancouver']),
  place('australia', 'country', 'world', ['澳大利亚', '澳洲', 'australia', 'canberra']),
  ...parts('australia', 'province', AUSTRALIA, { 'New South Wales': ['nsw'] }),
  place('sydney', 'city', 'australia-new-south-wales', ['悉尼', 'sydney']),
  place('melbourne', 'city', 'australia-victoria', ['墨尔本', 'melbourne']),
  place('nz', 'country', 'world', ['新西兰', 'new zealand']),
  place('india', 'country', 'world', ['印度', 'india', 'new delhi']),
  ...parts('india', 'province', INDIA, { Odisha: ['orissa'], Delhi: ['nct of delhi', 'national capital territory of delhi'] }),
  place('japan', 'country', 'world', ['日本', 'japan']),
  place('korea', 'country', 'world', ['韩国', 'south korea', 'korea']),
  place('singapore', 'country', 'world', ['新加坡', 'singapore']),
  // Georgia the country shares its English name with the US state: bare, it is neither.
  place('georgia-country', 'country', 'world', ['格鲁吉亚', 'georgia']),
  ...parts('eu', 'country', EU_MEMBERS, { Czechia: ['czech republic', '捷克共和国'], Netherlands: ['holland'], Ireland: ['irish'] }),
  ...COUNTRIES.map((c) => place(c.id, 'country', 'world', c.names)),
];
