/**
 * Units as written after a number and the base unit each is stored as.
 *
 * Canonical base units (one spelling across languages, so figures compare):
 *  - money: 元 for renminbi, otherwise the ISO 4217 code (USD, GBP, EUR, HKD, JPY, TWD …);
 *    `currency` always carries the ISO code (CNY for 元);
 *  - percent '%', per mille '‰', percentage points '个百分点' (zh 个百分点 and en
 *    "percentage points" alike), multiples '倍' (zh 倍 and en "N times");
 *  - fractions written as words (a third, half) are unit 'ratio' with value in 0–1;
 *  - Chinese measure words keep their simplified form (家, 个, 项, 台, 吨, 公里 …),
 *    with person classifiers 名/位 folded to 人;
 *  - English counts take the counted noun's head as written, lower-cased (homes, jobs).
 */
import { escapeRegex } from '../text/escape-regex';
import { shiftDecimal } from './numbers';

export interface UnitInfo {
  unit: string;
  currency: string | null;
  /** A classifier for counting things (家, 个, 项), as opposed to a measure (吨, 元, %). */
  classifier: boolean;
  /** The power of ten from the written unit to the stored one (兆瓦 → 千瓦: 3), when they differ. */
  power?: number;
}

const CLASSIFIERS = [
  '家', '个', '项', '台', '辆', '套', '件', '座', '所', '条', '只', '头', '株', '棵', '栋', '处', '场', '种', '类', '款',
  '部', '架', '艘', '列', '张', '床', '户', '例', '起', '宗', '笔', '篇', '册', '份', '批次', '人次', '人', '名', '位',
  '间', '枚', '颗', '根', '块', '片', '支', '个项目', '大',
  // Counted things reports name without a unit table of their own: 22轮强降水, 214对友城, 20余组数据, 300城, 2061万架次.
  '次', '轮', '对', '组', '城', '批', '架次', '辆次',
  // Train runs and aspects: 开行4000班次, 从5方面提出.
  '班次', '方面',
  // Rarer counted things (scan-zh-words.ts says when the word is a count): 2152航次, 1,400頁, 15回输电线路,
  // 连续12发, 7群42只, 提案1案, 2業別.
  '航次', '页', '回', '发', '群', '案', '业别',
  // Stations and stops of a bike-share or a network: 预定达到625站, 朝下一阶段500站目标.
  '站',
  // Charging points as Taiwan's and the mainland's energy press counts them: 公共充電樁達1萬3482槍, 新增充电枪1.2万枪.
  '枪',
  // Places counted without a classifier, in a list or a total only (scan-zh-words.ts): 镇原4县, 49國中, 等12州.
  '县', '州', '国', '区',
  // Personnel as Taiwan's forces count them (招募目標1萬4563員), stored as people; Hong Kong's flats (落成量約20862伙), stored as 套.
  '员', '伙',
];

/** Medals in a tally (9金、5银、6铜), stored as the medal counted. */
const MEDALS: Record<string, string> = { 金: '金牌', 银: '银牌', 铜: '铜牌' };

/** Symbols of power and energy units, stored under the Chinese name of the same unit so either spelling compares. */
const POWER_SYMBOLS: Record<string, string> = {
  GW: '吉瓦', MW: '兆瓦', kW: '千瓦', KW: '千瓦', GWh: '吉瓦时', MWh: '兆瓦时', kWh: '千瓦时', KWh: '千瓦时', TWh: '太瓦时',
  瓩: '千瓦', 瓩时: '千瓦时', 太瓦时: '太瓦时',
};

/**
 * Power and energy are stored in one base each, 千瓦 and 千瓦时, as English figures are (scan-en-units.ts) and as
 * Chinese reports count (万千瓦, 亿千瓦时): so 18GW, 200MW, 1.6万千瓦 and '116 GW' all compare.
 */
const POWER_BASE: Record<string, [string, number]> = {
  兆瓦: ['千瓦', 3], 吉瓦: ['千瓦', 6], 兆瓦时: ['千瓦时', 3], 吉瓦时: ['千瓦时', 6], 太瓦时: ['千瓦时', 9],
};

const MEASURES: Record<string, string> = {
  吨: '吨', 公吨: '吨', 分钟: '分钟', 小时: '小时', 公斤: '公斤', 千克: '公斤', 克: '克', 斤: '斤', 亩: '亩', 公顷: '公顷',
  平方米: '平方米', 平方公里: '平方公里', 平方千米: '平方公里', 立方米: '立方米', 公里: '公里', 千米: '公里', 米: '米',
  千瓦时: '千瓦时', 千瓦: '千瓦', 兆瓦: '兆瓦', 吉瓦: '吉瓦', 标准箱: '标准箱', 标箱: '标准箱', 升: '升', 岁: '岁',
  倍: '倍', 个百分点: '个百分点', 百分点: '个百分点', '%': '%', '‰': '‰', 成: '%',
  兆瓦时: '兆瓦时', 吉瓦时: '吉瓦时',
  // Lengths below the metre (耕层厚度20.6厘米, Taiwan's 16奈米 chips) and an earthquake's magnitude (6.2级地震).
  厘米: '厘米', 公分: '厘米', 毫米: '毫米', 纳米: '纳米', 奈米: '纳米', 级地震: '级',
  // Shares and rates in other words: 市值7折 (70%), 债息4厘 (4%); computing power in petaflops: 算力4.8万P, 1.3万PF.
  折: '%', 厘: '%', PF: 'PF', P: 'PF',
  // Heating value of coal: 550大卡以上热值煤矸石.
  大卡: '千卡', 千卡: '千卡',
  // Air quality and tariffs: PM2.5年平均浓度降至25微克/立方米, 电价下降5分/千瓦时.
  '微克/立方米': '微克/立方米', 微克: '微克', '分/千瓦时': '分/千瓦时', 千伏: '千伏',
  // Rates per head of population: 孕产妇死亡率17.8/10万 (per 100,000), 每万人口发明专利拥有量的 /万.
  '/10万': '/10万', '/十万': '/10万', '/万': '/万',
  // Power and energy as the energy press writes them: Latin symbols (光电目标18GW) and Taiwan's 瓩 for the kilowatt.
  ...POWER_SYMBOLS,
};

const MONEY: Record<string, string> = {
  元人民币: 'CNY', 元: 'CNY', 圆: 'CNY', 块钱: 'CNY', 美元: 'USD', 欧元: 'EUR', 英镑: 'GBP', 日元: 'JPY', 港元: 'HKD', 港币: 'HKD',
  澳元: 'AUD', 新台币: 'TWD', 台币: 'TWD', 澳门元: 'MOP', 卢布: 'RUB', 韩元: 'KRW',
};

const UNIT_TABLE = new Map<string, UnitInfo>();
for (const c of CLASSIFIERS) {
  const unit = c === '名' || c === '位' || c === '员' ? '人' : c === '伙' ? '套' : c === '大' ? '个' : c === '个项目' ? '个' : c;
  UNIT_TABLE.set(c, { unit, currency: null, classifier: true });
}
for (const [surface, unit] of Object.entries(MEDALS)) UNIT_TABLE.set(surface, { unit, currency: null, classifier: true });
for (const [surface, unit] of Object.entries(MEASURES)) {
  const base = POWER_BASE[unit];
  UNIT_TABLE.set(surface, base ? { unit: base[0], currency: null, classifier: false, power: base[1] } : { unit, currency: null, classifier: false });
}
for (const [surface, code] of Object.entries(MONEY)) {
  UNIT_TABLE.set(surface, { unit: code === 'CNY' ? '元' : code, currency: code, classifier: false });
}


/** Longest-first alternation of every unit surface, anchored where it is tried. */
const surfaces = [...UNIT_TABLE.keys()].sort((a, b) => b.length - a.length);
export const ZH_UNIT_RE = new RegExp(`(?:${surfaces.map(escapeRegex).join('|')})`, 'y');

export function zhUnit(surface: string): UnitInfo | undefined {
  return UNIT_TABLE.get(surface);
}

/** A value written in a unit stored in another base (200兆瓦 → 200000 千瓦), in that base; other units as they are. */
export function inBaseUnit(unit: UnitInfo, value: number): { unit: UnitInfo; value: number } {
  if (!unit.power) return { unit, value };
  const { power, ...base } = unit;
  return { unit: base, value: shiftDecimal(String(value), power) };
}

/** The money unit for an ISO code: 元 for renminbi, the code otherwise. */
export function moneyUnit(code: string): UnitInfo {
  return { unit: code === 'CNY' ? '元' : code, currency: code, classifier: false };
}

/**
 * What a bare 元 means depends on where the paper is: Hong Kong dollars in Hong
 * Kong, New Taiwan dollars in Taiwan, patacas in Macau, renminbi elsewhere.
 */
export function localYuan(city: string | null): string {
  if (!city) return 'CNY';
  if (/香港|香港|^hk|hong kong/i.test(city)) return 'HKD';
  if (/澳门|澳門|macau|macao/i.test(city)) return 'MOP';
  if (/台湾|台灣|台北|臺北|新北|台中|臺中|台南|臺南|高雄|桃园|桃園|taiwan|taipei/i.test(city)) return 'TWD';
  return 'CNY';
}

/** 1,885.2亿元(澳门元,下同): a currency the text declares for every bare 元 after it. */
const DECLARED_YUAN = /[（(]\s*(?:单位[:：]\s*)?(澳门元|澳门币|葡币|港元|港币|新台币|人民币)\s*[,，、]\s*下同\s*[)）]/;
const DECLARED_CODE: Record<string, string> = { 澳门元: 'MOP', 澳门币: 'MOP', 葡币: 'MOP', 港元: 'HKD', 港币: 'HKD', 新台币: 'TWD', 人民币: 'CNY' };
/** Institutions whose own statistics count in patacas (Macau's statistics and gaming bureaus). */
const MACAU_INSTITUTION = /统计暨普查局|博彩监察协调局|澳门特区政府|澳门特别行政区政府/;

/** The currency a text declares for a bare 元, or null. */
export function declaredYuan(folded: string): string | null {
  const declared = DECLARED_YUAN.exec(folded);
  return declared ? (DECLARED_CODE[declared[1]!] ?? null) : null;
}

// Renminbi is left out: a story that names it once (以人民币计价的债券…亿元人民币) says so of that figure only.
const NAMED_YUAN = /港元|港币|澳门元|澳门币|葡币|新台币/g;

/** 收入为5,596亿港元…利得税1,777亿元: the one currency a text names outright is what its bare 元 counts. */
export function soleNamedYuan(folded: string): string | null {
  let code: string | null = null;
  for (const m of folded.matchAll(NAMED_YUAN)) {
    const c = DECLARED_CODE[m[0]] ?? (m[0] === '港币' ? 'HKD' : null);
    if (!c || (code !== null && c !== code)) return null;
    code = c;
  }
  return code;
}

/** Hong Kong's Financial Secretary (Macau's is the 经济财政司司长) and government. */
// 本财年 with 财政储备: a financial year and fiscal reserves, as only Hong Kong's accounts speak (Macau's year is the calendar's).
const HONG_KONG_INSTITUTION = /(?<!经济)财政司司长|港府|香港特区政府|香港特别行政区政府|库务署|差饷物业估价署|本财(?:政)?年[\s\S]*财政储备|财政储备[\s\S]*本财(?:政)?年/;

/** Whether a text is told by Hong Kong's institutions, whose figures count in Hong Kong dollars. */
export function isHongKongInstitutionStory(folded: string): boolean {
  return HONG_KONG_INSTITUTION.test(folded);
}

/** Whether a text is told by Macau's institutions, whose figures count in patacas. */
export function isMacauInstitutionStory(folded: string): boolean {
  return MACAU_INSTITUTION.test(folded);
}

/**
 * English currency signs and codes written before a number → ISO code, as the world's English press
 * prints them. The scanner's alternation is built from this table (longest first), and a sign is
 * looked up as written: 'TRY' is the lira, 'try' is a verb.
 */
export const EN_CURRENCY_PREFIX: Record<string, string> = {
  'US$': 'USD', 'HK$': 'HKD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'NZ$': 'NZD', 'S$': 'SGD', 'NT$': 'TWD', $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'CNY',
  RMB: 'CNY', CNY: 'CNY', USD: 'USD', GBP: 'GBP', EUR: 'EUR', HKD: 'HKD', JPY: 'JPY', CAD: 'CAD', AUD: 'AUD', NZD: 'NZD', SGD: 'SGD',
  // Rupees as the Indian press writes them: '₹51,000 crore', 'Rs 16,507 crore', 'Rs. 858 crore'; Pakistan's and Sri Lanka's by code.
  '₹': 'INR', INR: 'INR', Rs: 'INR', 'Rs.': 'INR', PKR: 'PKR', LKR: 'LKR',
  // East African shillings: 'Sh2.768 trillion', 'Ksh 50 billion', 'Shs5 trillion', 'USh 1.2 billion'. A bare shilling sign is
  // read as Kenya's, the largest of the three presses, so a Kenyan story's 'Sh' and 'Ksh' compare.
  Sh: 'KES', Shs: 'KES', KSh: 'KES', Ksh: 'KES', Kshs: 'KES', KShs: 'KES', KES: 'KES', USh: 'UGX', UShs: 'UGX', UGX: 'UGX', TSh: 'TZS', TShs: 'TZS', TZS: 'TZS',
  // Africa: 'R1.2 trillion', '₦21.83trn', 'GH¢5 billion' (the cent sign stands in for the cedi's), 'K5 billion', 'E£500 million'.
  R: 'ZAR', ZAR: 'ZAR', '₦': 'NGN', N: 'NGN', NGN: 'NGN', 'GH₵': 'GHS', 'GH¢': 'GHS', GHS: 'GHS', GHC: 'GHS', K: 'ZMW', ZMW: 'ZMW', 'E£': 'EGP', EGP: 'EGP',
  // Asia: 'RM241.51 billion', 'P5,000', 'Rp 5 trillion', 'Tk 7.97 lakh crore', '฿2 billion', '₩1.2 trillion'.
  RM: 'MYR', MYR: 'MYR', '₱': 'PHP', P: 'PHP', PHP: 'PHP', Php: 'PHP', Rp: 'IDR', IDR: 'IDR', Tk: 'BDT', BDT: 'BDT', '฿': 'THB', THB: 'THB', '₩': 'KRW', KRW: 'KRW',
  // The Americas, Europe and the Gulf.
  'R$': 'BRL', BRL: 'BRL', MX$: 'MXN', MXN: 'MXN', CHF: 'CHF', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', '₺': 'TRY', TRY: 'TRY',
  AED: 'AED', Dh: 'AED', Dhs: 'AED', SR: 'SAR', SAR: 'SAR',
};

const JAPAN_WORDS = /\b(?:yen|Japan|Japanese|Tokyo|BOJ|Bank of Japan)\b/g;
const CHINA_WORDS = /\b(?:yuan|renminbi|RMB|China|Chinese|Beijing|PBOC|People's Bank of China)\b/g;

/**
 * '¥912.1 billion' is yen in a story about Japan and yuan in one about China: the sign is read as the
 * currency whose country (and name) the story speaks of more. Chinese stories write 元 and 日元 in words.
 */
export function yenSignCurrency(folded: string): 'JPY' | 'CNY' {
  const japan = folded.match(JAPAN_WORDS)?.length ?? 0;
  const china = folded.match(CHINA_WORDS)?.length ?? 0;
  return japan > china ? 'JPY' : 'CNY';
}

/**
 * Signs that are also a letter or an everyday abbreviation ('N95', 'a P5 class', 'SR 520', 'PHP 8'): money only
 * before a number with a scale or thousands grouped ('R1.2 trillion', 'N21.83trn', 'P5,000', 'SAR 2 billion'),
 * and a single letter only when it touches the digits ('R2 million', never 'R 2 million').
 */
export const EN_LOOSE_CURRENCY_PREFIX: Record<string, { glued: boolean }> = {
  R: { glued: true }, N: { glued: true }, P: { glued: true }, K: { glued: true },
  SR: { glued: false }, SAR: { glued: false }, PHP: { glued: false }, Php: { glued: false }, TRY: { glued: false },
};

/** Currency words after a number: '1.2 trillion rand', '5 billion shillings', '500 crore rupees'. */
export const EN_CURRENCY_WORD: Record<string, string> = {
  yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', dollars: 'USD', dollar: 'USD', pounds: 'GBP', pound: 'GBP', sterling: 'GBP',
  euros: 'EUR', euro: 'EUR', yen: 'JPY',
  // Words that name one currency in one country's press; where several share a word ('rupees', 'pesos', 'kroner', 'shillings'),
  // the one its sign above already reads as ('Rs', 'P', 'Sh'), so a story's sign and word compare. 'Danish kroner' and the like
  // name the others (EN_NATIONAL_CURRENCY).
  shillings: 'KES', rand: 'ZAR', naira: 'NGN', cedis: 'GHS', ringgit: 'MYR', pesos: 'PHP', rupiah: 'IDR', rupees: 'INR',
  taka: 'BDT', baht: 'THB', won: 'KRW', reais: 'BRL', francs: 'CHF', kronor: 'SEK', kroner: 'NOK', dirhams: 'AED',
  riyals: 'SAR', lira: 'TRY', kwacha: 'ZMW',
};

/** Currency words that are everyday words too ('won 3 seats'): money only after a number with a scale or grouping ('1.2 trillion won'). */
export const EN_LOOSE_CURRENCY_WORD: ReadonlySet<string> = new Set(['won']);

/**
 * A currency named by its country after a number: '17.71 trillion U.S. dollars', '5 billion Hong Kong dollars',
 * '300 billion South Korean won', '2 billion Danish crowns'.
 */
export const EN_NATIONAL_CURRENCY: Record<string, string> = {
  ...Object.fromEntries(
    (
      [['u.s.', 'USD'], ['us', 'USD'], ['american', 'USD'], ['hong kong', 'HKD'], ['hk', 'HKD'], ['australian', 'AUD'], ['canadian', 'CAD'],
        ['singapore', 'SGD'], ['new zealand', 'NZD'], ['taiwan', 'TWD'], ['new taiwan', 'TWD']] as const
    ).flatMap(([nation, code]) => [[`${nation} dollars`, code], [`${nation} dollar`, code]]),
  ),
  'kenyan shillings': 'KES', 'kenya shillings': 'KES', 'ugandan shillings': 'UGX', 'uganda shillings': 'UGX', 'tanzanian shillings': 'TZS', 'tanzania shillings': 'TZS',
  'south african rand': 'ZAR', 'nigerian naira': 'NGN', 'ghanaian cedis': 'GHS', 'ghana cedis': 'GHS', 'zambian kwacha': 'ZMW', 'egyptian pounds': 'EGP',
  'malaysian ringgit': 'MYR', 'philippine pesos': 'PHP', 'mexican pesos': 'MXN', 'indonesian rupiah': 'IDR', 'indian rupees': 'INR',
  'pakistani rupees': 'PKR', 'pakistan rupees': 'PKR', 'sri lankan rupees': 'LKR', 'sri lanka rupees': 'LKR', 'bangladeshi taka': 'BDT', 'thai baht': 'THB',
  'south korean won': 'KRW', 'korean won': 'KRW', 'brazilian reais': 'BRL', 'brazilian real': 'BRL', 'swiss francs': 'CHF',
  'swedish crowns': 'SEK', 'swedish kronor': 'SEK', 'norwegian crowns': 'NOK', 'norwegian kroner': 'NOK', 'danish crowns': 'DKK', 'danish kroner': 'DKK',
  'uae dirhams': 'AED', 'emirati dirhams': 'AED', 'saudi riyals': 'SAR', 'turkish lira': 'TRY', 'japanese yen': 'JPY', 'chinese yuan': 'CNY',
};

/** A regex alternation of a table's surfaces, longest first so 'US$' is tried before '$' and 'Rs.' before 'R', each escaped. */
export function surfaceAlternation(surfaces: Iterable<string>): string {
  return [...surfaces].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}
