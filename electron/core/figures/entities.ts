/**
 * Who a figure belongs to: places and organisations named in the text, and
 * deictic forms (我市, 全区, 本港) resolved to them. A figure takes the last
 * mention before it in its sentence, else the mention carried from earlier.
 */

import { containsWord, matchesAt, wordOccurrences } from './word-search';

export interface EntityMention {
  start: number;
  end: number;
  name: string;
  /** 区/县 level: what 全区/我区 refers back to. */
  district: boolean;
  /** A deictic or back-reference that needs resolving at use time (全区 → last district). */
  ref?: 'district' | 'province' | 'carry' | 'project';
  /** The noun of an English back-reference (the council, the force): what kind of body it points back to. */
  refNoun?: string;
  /** A named body (香港机场管理局), whose short form (机管局) may follow. */
  org?: boolean;
  /** A known country, region or city rather than an organisation (English). */
  place?: boolean;
}

/** Regions and cities usually written without a suffix. */
const BARE_PLACES: Record<string, string> = {
  全球: '全球', 中国: '中国', 北京: '北京市', 上海: '上海市', 天津: '天津市', 重庆: '重庆市', 香港: '香港', 澳门: '澳门', 台湾: '台湾',
  // Taiwan's six special municipalities, which its press names bare (新北、桃园明年底…).
  台北: '台北市', 新北: '新北市', 桃园: '桃园市', 台中: '台中市', 台南: '台南市', 高雄: '高雄市',
};

/**
 * Provinces and autonomous regions, which reports name without 省 as often as with it
 * (●广东地区生产总值…, 2023年，浙江新增就业…). 吉林 is left out: bare, it is as often the city.
 */
const PROVINCES_BY_SHORT_NAME: Record<string, string> = {
  ...Object.fromEntries('河北 山西 辽宁 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海'.split(' ').map((p) => [p, `${p}省`])),
  内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区',
};
/** Names that stand before 省: the provinces, with 吉林 and Taiwan's own usage. */
const PROVINCE_NAMES = new Set([...Object.keys(PROVINCES_BY_SHORT_NAME), '吉林', '台湾']);
/**
 * A bare province owns what follows only as the subject of its clause, at a line, bullet or
 * punctuation start or after a time word; inside a phrase (视察河南, 现代化河南建设) it is not.
 */
const PROVINCE_AS_SUBJECT_BEFORE = /(?:^|[\n\s，。；：、！？,;:●■◆▲★○〇•·（(“]|年|月|日|今年|去年|全年)$/;

/** The national-level new areas (国家级新区), places in their own right though named like a development zone. */
const NATIONAL_NEW_AREAS = /(?:浦东|滨海|两江|舟山群岛|兰州|南沙|西咸|贵安|西海岸|金普|天府|湘江|江北|福州|滇中|哈尔滨|长春|赣江|雄安)新区/g;

/** Full name of the publication's city: 重庆 → 重庆市, 香港 stays 香港. */
export function fullCityName(city: string | null): string | null {
  if (!city) return null;
  const c = city.trim();
  if (BARE_PLACES[c]) return BARE_PLACES[c]!;
  if (/[市省区县]$|香港|澳门|台湾/.test(c)) return c;
  if (/^[\u4e00-\u9fff]+$/.test(c)) return `${c}市`;
  return c;
}

// Characters that begin a clause rather than a name (从武侯区 → 武侯区).
const FUNCTION_CHARS = new Set('从在由对于和与及是为的据将向把被到至往赴经、，。；：全我本各该每市区县省个级而喊说称讲');
// Words ending in 区/市 that are not places (城区, 示范区, 上市, 超市 …).
// 棚户区, 矿区, 厂区, 工业区, 地级市, 经济大省, 制造强市: kinds of area and ranks of place, not names.
const NOT_PLACE_END = /(?:小|校|城|园|社|景|片|辖|地|山|灾|街|市|全|我|本|各|该|主|都会|上|股|楼|车|门|夜|超|城市|新|开发|试验|示范|承载|创新|合作|功能|保护|统筹|自贸|协同|核心|集聚|先行|风景|特|户|矿|厂|宅|业|疫|战|库|牧|游|活|住|级|大|强|一|二|三|四|五|六|七|八|九|十|两|几|多)$/;
const ADMIN_SUFFIX = /[市区县省]/g;
const ADMIN_PAIR = /^(?:区县|县区|市县|县市|省市|市区|省区|区市)$/;
// Words before 市/省 that are not a name: 我代表市人民政府, 突破13万亿元的省份, 各位代表.
// 许昌等市 closes a list of places; 省会郑州市 is the capital, named after 省会; 完成省下达的任务 is a verb before 省.
const NOT_PLACE_NAME = /[的了是和与及对把被等]|^(?:代表|人民|各位|同志|部分|一些|这些|所有|全体|兄弟|周边|沿海|内陆|中心|重点|副省|城)|^会(?=[\u4e00-\u9fff]{2}$)|^(?:完成|实现|达到|超过|突破|推动|建设|打造|支持|服务|带动|引领|领先|盘点|研议|前往|来到|走进|进入|回到|返回|抵达|覆盖|遍及|遍布)|^大都$|际大都$|^(?:特别)?行政$/;
const ORG_TAIL = /^[^\s\d市区县省，。、；：（）“”]{0,8}?(?:产业园|工业园区|工业园|园区|开发区|高新区|经开区|新区|保税区)(?:项目)?/;
/** A body named after its place: 香港机场管理局, 深圳证券交易所, 上海电气集团. */
const BODY_TAIL = /^[\u4e00-\u9fff]{0,6}?(?:管理局|发展局|委员会|交易所|集团|公司|银行|协会)/;
/**
 * A project as the subject of its own figures: a clause-opening name ending in 项目/大桥/隧道… followed at
 * once by one of its attributes (颍河大桥全长1.86公里, 某某产业园项目总投资35亿元).
 */
const PROJECT_SUBJECT = /(?<=^|[\n，。；：！？])(?:其中，?|目前，?)?([\u4e00-\u9fff“”]{2,16}?(?:项目|大桥|特大桥|隧道|工程|机场|高速公路|铁路|水库|码头|港区|产业园|园区|医院|场馆))(?=总投资|计划投资|估算投资|全长|全线|规划用地|规划面积|占地|总占地|建筑面积|总建筑面积|设计|年产|年设计|建成后|投产后|总规模|总装机)/g;
const ZONE = /([\u4e00-\u9fff]{2})(高新区|经开区|新区|自贸区)/g;
const DEICTIC_ZH = /(?:我市|全市|本市|市内|我区|全区|本区|区内|我县|全县|本县|我省|全省|本省|本港|全港|本澳|全澳|全国|我国)/g;

/** Datelines name where the reporter filed from, not whose figures follow: 本报北京1月17日电, 中评社桃园2月3日电, 〔记者…／台北报导〕. */
const DATELINE_ZH = /(?:本报|新华社|中新社|人民网|央视网|[\u4e00-\u9fff]{1,4}社)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电|〔[^〕\n]{0,30}〕|【[^】\n]{0,30}】|（记者[^）\n]{0,20}）|记者[^／/\n]{1,12}[／/]\s*[\u4e00-\u9fff]{2,4}(?:报导|报道)/g;
/**
 * Mentions of the country that do not make it the owner of nearby figures, as [before, after]
 * tests: 中国特色社会主义 (a set phrase), 居全国首位 / 全国首个 / 超全国平均 (a ranking or a
 * comparison), 党中央、国务院决策部署 (a chain of command in a local report).
 */
const NOT_SUBJECT_NATIONAL: Array<[RegExp | null, RegExp | null]> = [
  [null, /^(?:特色|式现代化|式|梦|共产党|人民政治|人民银行)/],
  [/(?:居|列|在|超|于|比|较|占|领跑|领先)$/, null],
  [null, /^(?:首个|首位|第[一二三四五六七八九十\d]|前列|前[一二三四五六七八九十\d]|平均|同类|\d+个|领先|各地|首家|唯一)/],
  // 贡献了全国近4成的贸易增量: a share of the national total, said of the place named before.
  [null, /^(?:的)?(?:近|约|超过?|逾|将近|接近)?[\d一二三四五六七八九十半]+(?:\.\d+)?(?:成|%|分之)/],
  [/(?:党中央、?|中央和|省委、?)$/, null],
  [null, /^(?:决策|部署|批复|批准|印发|关于)/],
  // 跻身2022年中国创新百强区排行榜: a ranking's name, not whose figures follow.
  [null, /^[\u4e00-\u9fff]{0,6}?(?:百强|十强|五十强|排行榜|榜单)/],
  // 获国务院督查表扬, 经国务院批准: the national body acts on the place; it owns nothing here.
  [/(?:获|经|受|被|向|报请|得到)$/, null],
];

/** National institutions stand for their country: 国家统计局 → 中国, 主计总处 → 台湾. */
const NATIONAL_BODIES: Array<[RegExp, string]> = [
  [/国家统计局(?![\u4e00-\u9fff]{2,3}调查)|国务院|国家发展改革委|国家发改委|海关总署|中国人民银行/g, '中国'],
  [/行政院|主计总处|主计处|国发会|劳动部|金管会|经济部|能源署|立法院|内政部|台湾电力公司|台电/g, '台湾'],
];
/**
 * In a story about Taiwan, told by its own institutions, 全国 and 我国 are Taiwan (全国电力资源供需报告);
 * mainland ministries have other names (商务部, 民政部), so these bodies tell the two apart.
 */
const TAIWAN_BODIES = /行政院|主计总处|国发会|金管会|经济部|能源署|立法院|内政部|台电/;

/** A story told by Taiwan's own institutions (see TAIWAN_BODIES): its 全国 is Taiwan and its 元 the New Taiwan dollar. */
export function isTaiwanStory(folded: string): boolean {
  return TAIWAN_BODIES.test(folded);
}

const PROJECT_AFTER_DE = /的([\u4e00-\u9fff]{4,20}?(?:项目|大桥|隧道|工程))(?=(?:[\d一二三四五六七八九十]{1,3}日|日前|近日|今天|今日|昨日|昨天)?(?:在|开工|建成|投产|正式|签约|落户|开建|动工)|[，。；])/g;
const PROJECT_REF = /(?:^|[\n，。；：])(?:该|这个|这一)?(项目|大桥|该桥|隧道)(?=[\u4e00-\u9fff])/g;

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (const ch of long) if (j < short.length && ch === short[j]) j++;
  return j === short.length;
}

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';
}

export function findEntitiesZh(folded: string, city: string | null): EntityMention[] {
  const cityFull = fullCityName(city);
  const out: EntityMention[] = [];
  ADMIN_SUFFIX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ADMIN_SUFFIX.exec(folded)) !== null) {
    const at = m.index;
    const suffix = m[0];
    // 区县, 市县, 省市: a pair of ranks is a collective noun, not the end of a name.
    if (ADMIN_PAIR.test(folded.slice(at - 1, at + 1))) continue;
    const next = folded[at + 1];
    // 市长 is a mayor, but 合肥市长丰县 is a city followed by its county.
    if (next === '长' && suffix === '市' && /^长[\u4e00-\u9fff]{1,2}[县区]/.test(folded.slice(at + 1, at + 5))) { /* a place */ }
    else if (next === '场' || next === '民' || next === '级' || next === '委' || next === '长' || next === '值' || next === '域' || next === '间' || next === '别' || next === '块' || (next === '城' && suffix !== '省')) continue;
    let name: string | null = null;
    for (const len of [3, 2]) {
      const s = at - len;
      if (s < 0) continue;
      const cand = folded.slice(s, at);
      if (![...cand].every(isHan)) continue;
      if (FUNCTION_CHARS.has(cand[0]!)) continue;
      // 2023年重庆市: the 年 of a date before the name is no part of it.
      if (/[年月日]/.test(cand[0]!) && /[\d〇零一二三四五六七八九十]/.test(folded[s - 1] ?? '')) continue;
      if (NOT_PLACE_END.test(cand) || NOT_PLACE_NAME.test(cand)) continue;
      // The provinces are a closed list: 紧紧围绕省十四届人大 names no province called 围绕.
      if (suffix === '省' && !PROVINCE_NAMES.has(cand)) continue;
      // A three-character name must start a phrase; otherwise prefer two characters.
      if (len === 3 && isHan(folded[s - 1]) && !FUNCTION_CHARS.has(folded[s - 1]!)) continue;
      name = cand;
      break;
    }
    if (!name) continue;
    const start = at - name.length;
    let end = at + 1;
    let full = name + suffix;
    const tail = ORG_TAIL.exec(folded.slice(end, end + 14));
    if (tail && suffix !== '省') {
      full += tail[0];
      end += tail[0].length;
    }
    out.push({ start, end, name: full, district: suffix === '区' || suffix === '县' });
  }
  ZONE.lastIndex = 0;
  while ((m = ZONE.exec(folded)) !== null) {
    const prefix = m[1]!;
    if (FUNCTION_CHARS.has(prefix[0]!)) continue;
    // 上海市浦东新区: a 新区 written straight after its city is a place; elsewhere 新区 is often just "a new district".
    const afterCity = folded[m.index - 1] === '市';
    if (m[2] === '新区' && !afterCity && !BARE_PLACES[prefix] && !(city && prefix === city.replace(/市$/, ''))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0], district: true });
  }
  NATIONAL_NEW_AREAS.lastIndex = 0;
  while ((m = NATIONAL_NEW_AREAS.exec(folded)) !== null) out.push({ start: m.index, end: m.index + m[0].length, name: m[0], district: true });
  const bare = new Set(Object.keys(BARE_PLACES));
  if (city) bare.add(city.replace(/市$/, ''));
  for (const place of bare) {
    let i = folded.indexOf(place);
    while (i >= 0) {
      const after = folded[i + place.length];
      const body = BODY_TAIL.exec(folded.slice(i + place.length, i + place.length + 10));
      if (body) out.push({ start: i, end: i + place.length + body[0].length, name: place + body[0], district: false, org: true });
      // 澳门币, 澳门元: a currency named after its place, not the place. 新中国成立75周年 dates the year; it owns nothing.
      else if (after !== '市' && after !== '币' && after !== '元' && !(folded[i - 1] === '新' && folded.startsWith('成立', i + place.length))) out.push({ start: i, end: i + place.length, name: place === city?.replace(/市$/, '') ? cityFull! : BARE_PLACES[place]!, district: false });
      i = folded.indexOf(place, i + place.length);
    }
  }
  for (const [short, province] of Object.entries(PROVINCES_BY_SHORT_NAME)) {
    for (let i = folded.indexOf(short); i >= 0; i = folded.indexOf(short, i + short.length)) {
      if (/^[省市]/.test(folded[i + short.length] ?? '') || !PROVINCE_AS_SUBJECT_BEFORE.test(folded.slice(Math.max(0, i - 2), i))) continue;
      out.push({ start: i, end: i + short.length, name: province, district: false });
    }
  }
  // A city named once in full (合肥市), or a district or county named in full more than once
  // (浦东新区, 兰考县), is the same place when written bare anywhere in the story (合肥已集聚…,
  // 上海浦东高质量发展…). Once is not enough for 区 and 县: 支持区县 is no district.
  const fullNames = new Map<string, EntityMention>();
  const timesNamed = new Map<string, number>();
  for (const e of out) timesNamed.set(e.name, (timesNamed.get(e.name) ?? 0) + 1);
  for (const e of out) {
    const stem = /^([\u4e00-\u9fff]{2})(市|新区|区|县)$/.exec(e.name);
    if (!stem || e.org || bare.has(stem[1]!) || fullNames.has(stem[1]!)) continue;
    if (stem[2] === '市' || timesNamed.get(e.name)! > 1) fullNames.set(stem[1]!, e);
  }
  for (const [bareName, full] of fullNames) {
    let i = folded.indexOf(bareName);
    while (i >= 0) {
      if (!/[市区县省新]/.test(folded[i + 2] ?? '')) out.push({ start: i, end: i + 2, name: full.name, district: full.district });
      i = folded.indexOf(bareName, i + 2);
    }
  }
  for (const [re, country] of NATIONAL_BODIES) {
    re.lastIndex = 0;
    while ((m = re.exec(folded)) !== null) out.push({ start: m.index, end: m.index + m[0].length, name: country, district: false });
  }
  const country = isTaiwanStory(folded) ? '台湾' : '中国';
  DEICTIC_ZH.lastIndex = 0;
  while ((m = DEICTIC_ZH.exec(folded)) !== null) {
    const w = m[0];
    const after = folded.slice(m.index + w.length, m.index + w.length + 2);
    const before = folded.slice(Math.max(0, m.index - 2), m.index);
    // 高于全市平均水平: a comparison, not the subject.
    if (/^平均|^水平/.test(after) || /(?:于|比|较|占)$/.test(before)) continue;
    // 位居全国工业百强区榜首, 全市第一: a ranking among the places, not the place the figure is about.
    if (/(?:位居|位列|跻身|居|排名|保持)$/.test(before) || /^(?:第[一二三四五六七八九十\d]|前[列十三五]|首位|榜首|领先|百强|之最|最[高低大多少])/.test(folded.slice(m.index + w.length, m.index + w.length + 6).replace(/^[\u4e00-\u9fff]{0,4}?(?=百强|榜首|第[一二三]|前列)/, ''))) continue;
    const base = { start: m.index, end: m.index + w.length, district: false };
    if (/市/.test(w)) { if (cityFull) out.push({ ...base, name: cityFull }); }
    else if (/[区县]/.test(w)) out.push({ ...base, name: '', ref: 'district' });
    else if (/省/.test(w)) out.push({ ...base, name: '', ref: 'province' });
    else if (/港/.test(w)) out.push({ ...base, name: '香港' });
    else if (/澳/.test(w)) out.push({ ...base, name: '澳门' });
    else if (/国/.test(w)) out.push({ ...base, name: country });
  }
  PROJECT_SUBJECT.lastIndex = 0;
  while ((m = PROJECT_SUBJECT.exec(folded)) !== null) {
    const name = m[1]!.replace(/^[“”]+|[“”]+$/g, '');
    if (name.length < 4 || /^(?:该|本|这个|此|其)/.test(name)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, name, district: false, org: true });
  }
  // 总投资约120亿元的长丰…产业园项目20日开工: the project named after 的 owns the figure before it.
  PROJECT_AFTER_DE.lastIndex = 0;
  while ((m = PROJECT_AFTER_DE.exec(folded)) !== null) {
    const start = m.index + 1;
    out.push({ start, end: start + m[1]!.length, name: m[1]!, district: false, org: true });
  }
  // 项目一期投资…, 该项目建成后…: a bare 项目 at a clause start is the project last named.
  PROJECT_REF.lastIndex = 0;
  while ((m = PROJECT_REF.exec(folded)) !== null) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, name: '', district: false, ref: 'project' });
  }
  // 机管局 for 香港机场管理局: a short form whose characters run in order through a body already named.
  const seenBodies = new Set<string>();
  for (const body of out.filter((e) => e.org && e.name.length >= 5)) {
    if (seenBodies.has(body.name)) continue;
    seenBodies.add(body.name);
    const last = body.name[body.name.length - 1]!;
    const shortRe = new RegExp(`[\\u4e00-\\u9fff]{2,3}${last}`, 'g');
    shortRe.lastIndex = body.end;
    let sm: RegExpExecArray | null;
    while ((sm = shortRe.exec(folded)) !== null) {
      for (let len = sm[0].length; len >= 3; len--) {
        const cand = sm[0].slice(sm[0].length - len);
        if (body.name.includes(cand) || !isSubsequence(cand, body.name)) continue;
        out.push({ start: sm.index + sm[0].length - len, end: sm.index + sm[0].length, name: body.name, district: false, org: true });
        break;
      }
    }
  }
  // The country (or the world) named in a set phrase, a ranking or a chain of command is not whose
  // figures follow: 居全国首位, 保持全球第一.
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i]!;
    if (e.name !== '中国' && e.name !== '全球' && e.name !== country) continue;
    const before = folded.slice(Math.max(0, e.start - 3), e.start);
    const after = folded.slice(e.end, e.end + 4);
    if (NOT_SUBJECT_NATIONAL.some(([b, a]) => (b ? b.test(before) : true) && (a ? a.test(after) : true))) out.splice(i, 1);
  }
  // 台湾地区旅客占2.4%, 内地游客: a place that says where people come from is not whose figures follow.
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i]!;
    if (!e.org && !e.ref && ZH_ORIGIN_OF_PEOPLE.test(folded.slice(e.end, e.end + 5))) out.splice(i, 1);
  }
  // 会议昨日在北京以电视电话会议形式召开: where a meeting was held, not whose figures follow.
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i]!;
    if (!e.org && !e.ref && /在$/.test(folded.slice(e.start - 1, e.start)) && ZH_VENUE_AFTER.test(folded.slice(e.end, e.end + 16))) out.splice(i, 1);
  }
  const datelines: Array<[number, number]> = [];
  DATELINE_ZH.lastIndex = 0;
  while ((m = DATELINE_ZH.exec(folded)) !== null) datelines.push([m.index, m.index + m[0].length]);
  if (datelines.length) {
    const inDateline = (e: EntityMention): boolean => datelines.some(([a, b]) => e.start >= a && e.start < b);
    for (let i = out.length - 1; i >= 0; i--) if (inDateline(out[i]!)) out.splice(i, 1);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the most specific of adjacent admin units (重庆市北碚区… → 北碚区…) and drop overlaps.
  const kept: EntityMention[] = [];
  for (const e of out) {
    const prev = kept[kept.length - 1];
    if (prev && e.start < prev.end) {
      if (e.end > prev.end && e.start >= prev.start) kept[kept.length - 1] = e;
      continue;
    }
    if (prev && e.start === prev.end && !prev.ref && !e.ref) {
      kept[kept.length - 1] = e;
      continue;
    }
    kept.push(e);
  }
  return kept;
}

const EN_PLACES = new Set([
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'UK', 'United Kingdom', 'US', 'USA', 'United States',
  'America', 'China', 'Hong Kong', 'Japan', 'Germany', 'France', 'Italy', 'Spain', 'India', 'Canada', 'Australia', 'EU', 'European Union',
  'eurozone', 'euro zone', 'Europe', 'London', 'New York', 'Beijing', 'Shanghai', 'Taiwan', 'Singapore', 'Ireland', 'Russia', 'Brazil',
  // The other EU member states and the economies most often reported on in English.
  'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Czech Republic', 'Denmark', 'Estonia', 'Finland', 'Greece', 'Hungary',
  'Latvia', 'Lithuania', 'Luxembourg', 'Malta', 'Netherlands', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Sweden',
  'Norway', 'Switzerland', 'Iceland', 'Turkey', 'Ukraine', 'Mexico', 'Argentina', 'Chile', 'Colombia', 'South Africa', 'Nigeria', 'Kenya',
  'Egypt', 'Saudi Arabia', 'United Arab Emirates', 'Israel', 'Pakistan', 'Bangladesh', 'Indonesia', 'Malaysia', 'Thailand', 'Vietnam',
  'Philippines', 'South Korea', 'New Zealand', 'Macau', 'Macao',
]);
const EN_PLACE_ADJ: Record<string, string> = {
  British: 'UK', American: 'US', Chinese: 'China', German: 'Germany', French: 'France', Japanese: 'Japan', European: 'Europe', Scottish: 'Scotland', Welsh: 'Wales', English: 'England',
  Australian: 'Australia', Canadian: 'Canada', Indian: 'India', Irish: 'Ireland', Italian: 'Italy', Spanish: 'Spain', Russian: 'Russia', Brazilian: 'Brazil',
};
/** Dotted abbreviations of places, as the capitalised-phrase scan leaves them (its final dot dropped). */
const EN_PLACE_ABBREVIATIONS: Record<string, string> = { 'U.S': 'US', 'U.S.': 'US', 'U.K': 'UK', 'U.K.': 'UK', 'U.S.A': 'US', 'U.S.A.': 'US' };
/**
 * Titles before a person's name. A person is not whose figure it is: a minister's pledge or a
 * mayor's homes are the country's or the city's, so people are left out and the place or body
 * named around them owns the figure.
 */
const EN_PERSON_TITLES = [
  'Prime Minister', 'Deputy Prime Minister', 'President', 'Vice President', 'Chancellor', 'Premier', 'Mayor', 'Governor', 'Minister', 'Secretary',
  'Senator', 'Congressman', 'Congresswoman', 'Councillor', 'Cllr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'King', 'Queen',
  'Prince', 'Princess', 'Pope', 'Chief Executive', 'Chairman', 'Chairwoman',
];
const EN_PERSON_TITLE = new RegExp(`^(?:${EN_PERSON_TITLES.join('|')})\\b`);
/** A titled name ('Mr Johnson', 'Mayor Bill de Blasio'): its last word is the person's surname wherever it recurs. */
const EN_TITLED_NAME = new RegExp(`\\b(?:${EN_PERSON_TITLES.join('|')})\\.?\\s+((?:[A-Z][a-z'-]+\\s+|de\\s+|van\\s+|von\\s+){0,3}[A-Z][a-z'-]+)`, 'g');
/** Words before 'at' that make what follows a venue, not an owner: a goal set, a speech given, a meeting held. */
const EN_VENUE_BEFORE_AT = /\b(?:target|targets|goal|goals|pledge|plan|agreed|announced|unveiled|launched|said|told|spoke|speaking|speech|meeting|summit|talks|conference|address|remarks|revealed|confirmed)\s+at\s+$/i;
/** A place after an event held in it is where something was said, not whose figure it is. */
const EN_VENUE_BEFORE_IN = /\b(?:conference|meeting|summit|speech|briefing|talks|event|address|ceremony|session|congress|reporters|forum)\s+in\s+$/i;
/** Political parties speak for themselves, never own a country's statistic: 'Labour's pledge', 'the Conservative Party's manifesto'. */
const EN_PARTY = /^(?:Labour(?: Party)?|Conservatives?(?: Party)?|Tory|Tories|Liberal Democrats?|Lib Dems?|SNP|Scottish National Party|Plaid Cymru|Reform UK|Green Party|Greens|Sinn Féin|Sinn Fein|DUP|Democratic Unionist Party|Democrats?|Democratic Party|Republicans?|Republican Party|GOP|Liberal Party|Liberals|New Democratic Party|NDP|Coalition|Labor(?: Party)?|ALP|Nationals|National Party|One Nation|BJP|Congress Party|Indian National Congress|ANC|African National Congress|Democratic Alliance|EFF|Fine Gael|Fianna F[aá]il|Social Democrats|CDU|CSU|SPD|FDP|AfD|LDP|Liberal Democratic Party|KMT|Kuomintang|DPP|Democratic Progressive Party|PAP|People's Action Party|NZ First|Bloc Qu[eé]b[eé]cois|Alliance Party|SDLP|UUP|Alba)$/;
/** National statistics offices and the country whose figures they publish. */
const EN_STATISTICS_OFFICES: Array<[RegExp, string]> = [
  [/\b(?:Central Statistics Office|CSO)\b/g, 'Ireland'],
  [/\b(?:Statistics New Zealand|Stats NZ)\b/g, 'New Zealand'],
  [/\bStatistics South Africa\b/g, 'South Africa'],
  [/\b(?:Office for National Statistics|ONS)\b/g, 'UK'],
  [/\b(?:Bureau of Labor Statistics|BLS|Bureau of Economic Analysis|Census Bureau)\b/g, 'US'],
  [/\bStatistics Canada\b/g, 'Canada'],
  [/\bAustralian Bureau of Statistics\b/g, 'Australia'],
  [/\bEurostat\b/g, 'EU'],
  [/\bNational Bureau of Statistics\b/g, 'China'],
];
/** Words that make a capitalised phrase an organisation speaking for itself. */
const EN_ORG_WORD = /\b(?:Council|Bank|Committee|Authority|Government|Corporation|Ministry|Department|plc|Inc|Ltd|Police|Constabulary|Trust|Board|Agency|Commission|Office|Service|Group|Holdings|Company|Co|Corp|Foods|Brands|Industries|Motors|Airlines|Airways|Energy|Partners|Systems|Technologies|Pharmaceuticals|Airport|University|Fund|Association|Institute|Railways?|Water|Telecom)\b/;
/** A verb (optionally after a time word) right after a subject: 'Meridian cut', 'Conagra last month reported', 'the council tries'. */
const EN_SUBJECT_VERB = /^\s+(?:(?:last|this|next)\s+(?:week|month|year|quarter)\s+|on\s+[A-Z][a-z]+day\s+|yesterday\s+|today\s+|also\s+|now\s+)?(?:has|have|had|is|was|will|would|said|says|reported|posted|cut|plans|expects|made|employed|rose|fell|grew|held|kept|left|raised|lowered|approved|voted|announced|agreed|set|recorded|[a-z]{2,}(?:ed|ies|es)|(?:tries|wants|aims|needs|hopes|seeks|faces|owns|runs|sells|spends|pays|gets|takes|puts|says))\b/;
/** People before 'in': 'Councillors in Northampton', 'residents in Leeds' are not a place's measure. */
const EN_PEOPLE_BEFORE = /\b(?:[a-z]+(?:ors|ers|ents|ists|ians)|people|officials|staff|police|councillors|residents|families|children|pupils|patients)\s+in\s+$/i;
/** Role nouns written before a company name at a sentence start: 'Rival Conagra Brands', 'Retailer Tesco'. */
const EN_ROLE_NOUN = /^(?:Rival|Rivals|Competitor|Fellow|Peer|Retailer|Chipmaker|Carmaker|Automaker|Lender|Insurer|Supermarket|Airline|Broadcaster|Regulator|Watchdog|Miner|Drugmaker|Brewer|Grocer|Housebuilder|Builder|Operator|Carrier|Startup|Conglomerate|Utility|Bank)$/;
const HAS_CAPITAL = /[A-Z]/;
const PROPER = /\b(?:[A-Z][A-Za-z&.'-]*|of|and|for|&)(?:[ \t]+(?:[A-Z][A-Za-z&.'-]*|of|and|for|&))*/g;

/**
 * English mentions: possessives (Amazon's), known places after 'in'/'at',
 * organisation names after a noun with 'at' (sales at Amazon Web Services),
 * and proper-noun subjects at the start of a sentence (Amazon has cut …).
 * A capitalised word counts as a name only if it is also capitalised somewhere
 * other than a sentence start, so 'Revenue' or 'Shares' never become entities.
 */
// Capitalised words that name a currency, a measure or a fiscal period, never whose figure it is ('Rs 15.77 lakh crore').
const ZH_VENUE_AFTER = /^[^，。；]{0,12}?(?:召开|举行|开幕|闭幕|举办|揭幕)/;
const ZH_ORIGIN_OF_PEOPLE = /^(?:地区|籍|方面)?(?:旅客|游客|访客|过夜旅客|留学生|同胞|移民|买家|投资者)/;
const EN_NOT_OWNER = /^(?:Rs|INR|USD|US\$|GBP|EUR|RMB|CNY|HKD|NT|Ksh|KSh|Tk|GW|MW|GWh|TWh|GDP|GNP|CPI|CPIH|RPI|PMI|Q[1-4]|H[12]|FY\d{0,4}|Fiscal|Financial Year|(?:(?:The|Union|Interim|Spring|Autumn|Federal|State|Provincial)\s+){0,2}Budget(?:\s+Speech)?|Economic Survey|(?:The\s+)?Government|A&Es?|Spending Review|Autumn Statement|Spring Statement)$/;

export function findEntitiesEn(folded: string, sentences: Array<{ start: number; end: number }>): EntityMention[] {
  const sentenceStarts = new Set<number>();
  for (const s of sentences) {
    let i = s.start;
    while (i < s.end && /[\s"“'‘(]/.test(folded[i]!)) i++;
    sentenceStarts.add(i);
  }
  const midCapitalised = new Set<string>();
  const wordRe = /\b[A-Z][A-Za-z&-]+/g;
  let m: RegExpExecArray | null;
  while ((m = wordRe.exec(folded)) !== null) {
    if (!sentenceStarts.has(m.index) && !/[:"“]\s*$/.test(folded.slice(Math.max(0, m.index - 2), m.index))) midCapitalised.add(m[0]);
  }
  const surnames = new Set<string>();
  EN_TITLED_NAME.lastIndex = 0;
  while ((m = EN_TITLED_NAME.exec(folded)) !== null) surnames.add(m[1]!.split(/\s+/).pop()!);
  for (const surname of repeatedSurnames(folded)) surnames.add(surname);
  const out: EntityMention[] = [];
  PROPER.lastIndex = 0;
  while ((m = PROPER.exec(folded)) !== null) {
    // A bare 'of', 'and' or 'for' names nothing.
    if (!HAS_CAPITAL.test(m[0])) continue;
    // 'in England. Sunak said': a full stop after a whole word ends the sentence, so the name ends there too
    // (a dot after an abbreviation, 'U.S.' or 'Mr.', does not).
    const stop = /[A-Za-z]{4,}\.[ \t]+/.exec(m[0]);
    if (stop && !/\./.test(m[0].slice(0, stop.index))) {
      const cut = stop.index + stop[0].trimEnd().length;
      PROPER.lastIndex = m.index + cut;
      m[0] = m[0].slice(0, cut);
    }
    let text = m[0].replace(/\.$/, '').replace(/(?:\s+(?:of|and|for|&))+$/, '').replace(/^(?:(?:of|and|for|&)\s+)+/, '');
    if (!text || !/^[A-Z]/.test(text) || EN_NOT_OWNER.test(text)) continue;
    let start = m.index + m[0].indexOf(text);
    // "China's GDP": a possessive inside the capitalised run ends the owner's name.
    const innerPossessive = /^(.+?)'s\s/.exec(text);
    if (innerPossessive) text = `${innerPossessive[1]!}'s`;
    text = text.replace(/'s$/, '');
    const first = text.split(/\s+/)[0]!;
    const possessive = /^'s\b/.test(folded.slice(start + text.length, start + text.length + 3)) || /'s$/.test(m[0]);
    const abbreviation = EN_PLACE_ABBREVIATIONS[text.replace(/^the\s+/i, '')];
    const known = EN_PLACES.has(text) || EN_PLACES.has(text.replace(/^the\s+/i, '')) || !!abbreviation;
    const isName = known || text.split(/\s+/).some((w) => midCapitalised.has(w.replace(/'s$/, '')) && !/^(?:The|A|An|In|By|Last|This|Since|Under|Over|Around|About|More|Notes|Call|Published|For|It|They|He|She|We|Ministers|Analysts|Shares|Sales|Revenue)$/.test(w)) || (sentenceStarts.has(start) && reportingSubject(folded, start, text));
    if (!isName) continue;
    // 'Rival Conagra Brands …': a capitalised sentence-initial word never capitalised elsewhere is not part of the name.
    if (sentenceStarts.has(start) && text.includes(' ') && EN_ROLE_NOUN.test(first) && !midCapitalised.has(first) && !known) {
      const rest = text.slice(first.length).trimStart();
      if (rest.split(/\s+/).some((w) => midCapitalised.has(w))) {
        start += text.length - rest.length;
        text = rest;
      }
    }
    // Where the whole phrase starts and ends ('The Bank of England'), for sentence-start and source checks.
    const nameStart = start;
    const phraseEnd = start + text.length;
    if (/^(?:The|A|An)$/.test(first) && !known) {
      // 'The Bank of England' is a name; 'The Chancellor' is a title.
      const rest = text.replace(/^(?:The|A|An)\s+/, '');
      if (rest === text || !rest.includes(' ')) continue;
      text = rest;
    }
    if (isPersonOrParty(text, surnames)) continue;
    const atSentenceStart = sentenceStarts.has(nameStart);
    const before = folded.slice(Math.max(0, nameStart - 24), nameStart);
    const after = folded.slice(phraseEnd, phraseEnd + 24);
    // Sources and titles are not whose figure it is.
    // An organisation announcing its own plans (West Northamptonshire Council said …) is still their owner.
    // A bare 'Council' or 'Bank' is a title word ('Council leader Jonathan Nunn'), not a name.
    const ownVoice = (EN_ORG_WORD.test(text) && text.includes(' ') || sentenceStarts.has(nameStart) && reportingSubject(folded, nameStart, text)) && !/\b(?:analysts|economists|according to)\s+(?:at\s+)?$/i.test(before);
    if (!ownVoice && (/\b(?:analysts|economists|according to|said|says)\s+(?:at\s+)?$/i.test(before) || /^\s+(?:said|says|had expected|expected|forecast)\b/.test(after))) continue;
    const afterArticle = /\b(?:a|an|the)\s+$/i.test(before) && !known;
    if (afterArticle) continue;
    // '17.71 trillion U.S. dollars' names a currency; 'a news conference in Beijing' names where it was said.
    if (known && /^\.?\s+dollars?\b/i.test(after)) continue;
    if (known && EN_VENUE_BEFORE_IN.test(before)) continue;
    const inPlace = known && /\b(?:in|across|for|of)\s+(?:the\s+)?$/i.test(before);
    // 'sales at Amazon' names an owner; 'agreed … this target at National Cabinet' names where it was said.
    const atOrg = /\b[A-Za-z]+\s+at\s+$/.test(before) && !EN_VENUE_BEFORE_AT.test(before);
    const afterLong = folded.slice(phraseEnd, phraseEnd + 40);
    const subject = atSentenceStart && EN_SUBJECT_VERB.test(afterLong);
    // 'Footfall in Broadmead fell to …': a named place owns the measure before it (but not 'Councillors in Northampton').
    const placeSubject = !known && /^[a-z][a-z' -]*\s+in\s+$/i.test(folded.slice(Math.max(0, start - 40), start).replace(/^[\s\S]*[.,;:\n]\s*/, '')) && !EN_PEOPLE_BEFORE.test(before) && EN_SUBJECT_VERB.test(afterLong);
    if (!(possessive || inPlace || atOrg || subject || placeSubject || (ownVoice && EN_SUBJECT_VERB.test(afterLong)) || (known && !/\boutside\s+(?:the\s+)?$/i.test(before)))) continue;
    out.push({ start, end: start + text.length, name: abbreviation ?? text.replace(/^the\s+/i, ''), district: false, ...(known ? { place: true } : {}) });
  }
  // A national statistics office stands for its country, even as a source ('…, the ONS said'), like 国家统计局 → 中国.
  for (const [re, country] of EN_STATISTICS_OFFICES) {
    re.lastIndex = 0;
    while ((m = re.exec(folded)) !== null) {
      const a = m.index;
      const b = a + m[0].length;
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < b && out[i]!.end > a) out.splice(i, 1);
      out.push({ start: a, end: b, name: country, district: false, place: true });
    }
  }
  // Back-references to the last named organisation.
  const refRe = /\b(?:the|The|its|Its) (company|firm|group|business|retailer|bank|council|authority|force|police|trust|board|government|ministry|agency|operator|airline|maker)\b/g;
  while ((m = refRe.exec(folded)) !== null) out.push({ start: m.index, end: m.index + m[0].length, name: '', district: false, ref: 'carry', refNoun: m[1]!.toLowerCase() });
  const adjRe = new RegExp(`\\b(${Object.keys(EN_PLACE_ADJ).join('|')})\\b`, 'g');
  while ((m = adjRe.exec(folded)) !== null) if (!/^\s+dollars?\b/i.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 10))) out.push({ start: m.index, end: m.index + m[0].length, name: EN_PLACE_ADJ[m[1]!]!, district: false });
  out.sort((a, b) => a.start - b.start);
  // 'Meridian cut 1,500 jobs' after 'Meridian Foods said': a short form of a name already given is that name.
  // Every leading run of whole words of a body's name ('Leeds', 'Leeds City'): a name that is none of them has no longer form to take.
  const leadingWords = new Set<string>();
  for (const x of out) if (!x.ref && !x.place) for (let k = x.name.indexOf(' '); k >= 0; k = x.name.indexOf(' ', k + 1)) leadingWords.add(x.name.slice(0, k));
  for (let i = 0; i < out.length; i++) {
    const e = out[i]!;
    if (e.ref || e.place || !leadingWords.has(e.name)) continue;
    // 'Bus fares in Leeds …, Leeds City Council said': a place that begins a body's name stands for that body.
    const full = out.slice(0, i).find((x) => !x.ref && !x.place && x.name.startsWith(`${e.name} `)) ?? out.find((x) => !x.ref && !x.place && x.name.startsWith(`${e.name} `) && EN_ORG_WORD.test(x.name));
    if (full) out[i] = { ...e, name: full.name };
  }
  return out;
}

/**
 * News names a person in full once and by surname after ('Rishi Sunak has promised …', 'Sunak said …'):
 * a two- or three-word name, neither a place nor a body, whose last word also stands alone.
 */
// A surname inside a longer capitalised name ('Mr Sunak', 'Sunak Foundation') is not one standing alone.
const AFTER_CAPITALISED = /(?<=[A-Z][A-Za-z'-]*\s)/y;
const BEFORE_CAPITALISED = /\s+[A-Z]/y;

function repeatedSurnames(folded: string): Set<string> {
  const out = new Set<string>();
  const fullName = /\b([A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+)?\s+([A-Z][a-z'-]{2,})\b/g;
  // Where each surname stands alone, found once per story however often its full name recurs.
  const alonePlaces = new Map<string, number[]>();
  let m: RegExpExecArray | null;
  while ((m = fullName.exec(folded)) !== null) {
    const surname = m[2]!;
    if (out.has(surname) || EN_PLACES.has(surname) || EN_PLACES.has(m[0]) || EN_ORG_WORD.test(m[0]) || EN_PLACE_ADJ[m[1]!] || /^(?:The|A|An|In|On|At|By|For|Of|And|But|Last|This|Next|New)$/.test(m[1]!)) continue;
    // 'Rishi Sunak has promised …, as he sets out …': a name that the sentence goes on to call he or she.
    const sentenceRest = folded.slice(m.index + m[0].length, m.index + m[0].length + 160).split(/[.!?\n]/)[0]!;
    if (/^\s+[a-z]+\b/.test(sentenceRest) && /\b(?:he|she|his|her|him)\b/.test(sentenceRest) && !/\b(?:it|its)\b/.test(sentenceRest)) {
      out.add(surname);
      continue;
    }
    const own = m.index + m[0].length - surname.length;
    if (!alonePlaces.has(surname)) alonePlaces.set(surname, [...wordOccurrences(folded, surname)].filter((at) => !matchesAt(AFTER_CAPITALISED, folded, at) && !matchesAt(BEFORE_CAPITALISED, folded, at + surname.length)));
    if (alonePlaces.get(surname)!.some((at) => at !== own)) out.add(surname);
  }
  return out;
}

/** Verbs a company is the subject of when it reports: 'Tesco said', 'Apple shipped', 'Nvidia posted'. */
const EN_REPORTING_VERB = /^\s+(?:said|says|reported|reports|announced|posted|shipped|sold|booked|unveiled|confirmed|warned|forecast|raised|cut|delivered)\b/;
/** Capitalised sentence openers that are never a company's name. */
const EN_NOT_COMPANY = /^(?:The|A|An|It|He|She|We|They|This|That|These|Those|There|Officials|Economists|Analysts|Ministers|Experts|Police|Data|Figures|Government|Revenue|Inflation|Unemployment|Output|Production|Spending|Demand|Growth|Profit|Income|Turnover|Retail|Trade|Exports|Imports)$/;

/**
 * A single capitalised word opening a sentence and reporting something is a company named once
 * ('Tesco said group sales rose …'); a plural or a common opener is not.
 */
function reportingSubject(folded: string, at: number, text: string): boolean {
  if (text.includes(' ') || /(?:s|ing|tion|sion|ment|ity|ness|ance|ence)$/.test(text) || EN_NOT_COMPANY.test(text)) return false;
  // A common noun turns up in lower case somewhere ('Funding confirmed …', '… the funding'); a company's name does not.
  if (containsWord(folded, text.toLowerCase())) return false;
  return EN_REPORTING_VERB.test(folded.slice(at + text.length, at + text.length + 20));
}

/** A titled person, a name ending in the surname of one, or a political party. */
// 'Housing and Urban Development Minister Phil Twyford', 'Finance Secretary Jane Doe': a portfolio, a title, then a name.
const EN_TITLE_BEFORE_NAME = /\b(?:Minister|Secretary|Chancellor|President|Premier|Mayor|Governor|Treasurer|Senator|Spokesperson|Spokesman|Spokeswoman|Commissioner|Chairman|Chairwoman|Chair|Director|Leader)\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2}$/;

function isPersonOrParty(text: string, surnames: Set<string>): boolean {
  if (EN_PERSON_TITLE.test(text) || EN_PARTY.test(text) || EN_TITLE_BEFORE_NAME.test(text)) return true;
  const words = text.split(/\s+/);
  // 'Boris Johnson' once 'Mr Johnson' is named; an organisation word keeps 'Johnson Matthey plc' a body.
  return words.length <= 3 && surnames.has(words[words.length - 1]!) && !EN_ORG_WORD.test(text);
}

const REF_NOUN_NAME: Record<string, RegExp> = {
  council: /\bCouncil\b/, authority: /\b(?:Authority|Council)\b/, force: /\b(?:Police|Constabulary)\b/, police: /\b(?:Police|Constabulary)\b/,
  trust: /\bTrust\b/, board: /\bBoard\b/, government: /\bGovernment\b/, ministry: /\bMinistry\b/, agency: /\bAgency\b/, bank: /\bBank\b/,
};

/** What an English back-reference names: the last body of its kind (the force → … Police), else the story's first organisation. */
export function resolveEnRef(mentions: EntityMention[], ref: EntityMention): string | null {
  const kind = ref.refNoun ? REF_NOUN_NAME[ref.refNoun] : undefined;
  if (kind) {
    for (let i = mentions.indexOf(ref) - 1; i >= 0; i--) {
      const x = mentions[i]!;
      if (!x.ref && kind.test(x.name)) return x.name;
    }
  }
  const first = mentions.find((x) => !x.ref && !x.place && !/^(?:UK|US|USA|England|Britain|China|Europe)$/.test(x.name));
  return first ? first.name : null;
}
