/** Chinese mentions: places, bodies, deictic forms and projects, found step by step (see entities.ts). */
import { placeOf } from '../metrics/places';
import { bareCitySubjects } from '../metrics/zh-bare-cities';
import type { EntityMention } from './entities';
import {
  ADMIN_PAIR,
  ADMIN_SUFFIX,
  BARE_PLACES,
  BODY_TAIL,
  DATELINE_ZH,
  DEICTIC_ZH,
  NOT_SUBJECT_GLOBAL_AFTER,
  FUNCTION_CHARS,
  NATIONAL_BODIES,
  NATIONAL_NEW_AREAS,
  NOT_PLACE_END,
  NOT_PLACE_NAME,
  NOT_SUBJECT_NATIONAL,
  ORG_TAIL,
  PROJECT_AFTER_DE,
  PROJECT_REF,
  PROJECT_SUBJECT,
  PROJECT_SUBJECT_AT_START,
  PROVINCE_AS_SUBJECT_BEFORE,
  PROVINCE_NAMES,
  PROVINCES_BY_SHORT_NAME,
  ZH_ADDRESSED_AFTER,
  ZH_ADDRESSED_BEFORE,
  ZH_ORIGIN_OF_PEOPLE,
  ZH_VENUE_AFTER,
  ZONE,
  AUTONOMOUS_REGIONS,
  CONGRESS_ORDINAL_AFTER,
  RANK_BODY_AFTER,
  fullCityName,
  isTaiwanStory,
} from './entity-rules-zh';

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (const ch of long) if (j < short.length && ch === short[j]) j++;
  return j === short.length;
}

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';
}

/** Names ending in 市, 区, 县 or 省 (武侯区, 合肥市), with a park or zone named after them. */
function findAdminUnits(folded: string, out: EntityMention[]): void {
  ADMIN_SUFFIX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ADMIN_SUFFIX.exec(folded)) !== null) {
    const at = m.index;
    const suffix = m[0];
    // 区县, 市县, 省市: a pair of ranks is a collective noun, not the end of a name.
    if (ADMIN_PAIR.test(folded.slice(at - 1, at + 1))) continue;
    // 内蒙古自治区, 广西壮族自治区: a province-level region, named in full by findAutonomousRegions.
    if (suffix === '区' && folded.slice(at - 2, at) === '自治') continue;
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
    // 执行市十七届人大二次会议决议: 市 before a congress's ordinal is the city's own congress, and what stands before
    // it a verb, unless it is a known place (深圳市七届人大六次会议).
    if (CONGRESS_ORDINAL_AFTER.test(folded.slice(at + 1, at + 6)) && !placeOf(name + suffix)?.id) continue;
    if (suffix !== '省' && RANK_BODY_AFTER.test(folded.slice(at + 1, at + 7)) && !placeOf(name + suffix)?.id) continue;
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
}

/**
 * The five province-level autonomous regions, named in full (内蒙古自治区, 宁夏回族自治区); a bare 自治区
 * (自治区政府, 全自治区) points back to the region the story is about, as 全省 does to its province.
 */
function findAutonomousRegions(folded: string, out: EntityMention[]): void {
  for (let at = folded.indexOf('自治区'); at >= 0; at = folded.indexOf('自治区', at + 3)) {
    const end = at + 3;
    const full = AUTONOMOUS_REGIONS.find((name) => folded.slice(end - name.length, end) === name);
    if (full) out.push({ start: end - full.length, end, name: full, district: false });
    else out.push({ start: at, end, name: '', district: false, ref: 'province' });
  }
}

/** Development zones (成都高新区) and the national-level new areas. */
function findZones(folded: string, city: string | null, out: EntityMention[]): void {
  let m: RegExpExecArray | null;
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
}

/** Places written without a suffix (北京, 香港, the publication's city), and bodies named after them; returns the bare names looked for. */
function findBarePlaces(folded: string, city: string | null, cityFull: string | null, out: EntityMention[]): Set<string> {
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
  return bare;
}

/** Names a list of provinces may hold beside a bare 吉林: the provinces and the municipalities. */
const PROVINCE_LIST_ITEM = `(?:${[...Object.keys(PROVINCES_BY_SHORT_NAME), '北京', '天津', '上海', '重庆'].join('|')})`;
const PROVINCE_ITEM_BEFORE = new RegExp(`${PROVINCE_LIST_ITEM}[、和及]$`);
const PROVINCE_ITEM_AFTER = new RegExp(`^[、和及]${PROVINCE_LIST_ITEM}`);

/** Provinces named without 省, as the subject of their clause. */
function findBareProvinces(folded: string, out: EntityMention[]): void {
  for (const [short, province] of Object.entries(PROVINCES_BY_SHORT_NAME)) {
    for (let i = folded.indexOf(short); i >= 0; i = folded.indexOf(short, i + short.length)) {
      if (/^[省市]/.test(folded[i + short.length] ?? '') || !PROVINCE_AS_SUBJECT_BEFORE.test(folded.slice(Math.max(0, i - 2), i))) continue;
      out.push({ start: i, end: i + short.length, name: province, district: false });
    }
  }
  // 河南、吉林、黑龙江: bare 吉林 is as often the city, but in a list of provinces it is the province.
  for (let i = folded.indexOf('吉林'); i >= 0; i = folded.indexOf('吉林', i + 2)) {
    if (/^[省市]/.test(folded[i + 2] ?? '')) continue;
    if (PROVINCE_ITEM_BEFORE.test(folded.slice(Math.max(0, i - 4), i)) || PROVINCE_ITEM_AFTER.test(folded.slice(i + 2, i + 6))) out.push({ start: i, end: i + 2, name: '吉林省', district: false });
  }
}

/** Prefecture-level cities named bare as the subject of their clause (南阳更是提出…), not inside a phrase. */
function findBareCities(folded: string, out: EntityMention[]): void {
  // A city the story also names in full (长春市 … 长春) is its own subject throughout: findBareAfterFullName carries it.
  for (const m of bareCitySubjects(folded, (before) => PROVINCE_AS_SUBJECT_BEFORE.test(before))) if (!folded.includes(m.name)) out.push({ ...m, district: false, passing: true });
}

/** Places named in full and then bare (合肥市 … 合肥). */
function findBareAfterFullName(folded: string, bare: Set<string>, out: EntityMention[]): void {
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
}

/** National institutions, standing for their country. */
function findNationalBodies(folded: string, out: EntityMention[]): void {
  let m: RegExpExecArray | null;
  for (const [re, country] of NATIONAL_BODIES) {
    re.lastIndex = 0;
    while ((m = re.exec(folded)) !== null) out.push({ start: m.index, end: m.index + m[0].length, name: country, district: false });
  }
}

const QUOTED_TITLE_REACH = 24;

/** Whether `at` lies inside 「…」 or “…” opened at most QUOTED_TITLE_REACH characters before and closed after. */
function insideQuotedTitle(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - QUOTED_TITLE_REACH), at);
  const open = Math.max(before.lastIndexOf('「'), before.lastIndexOf('“'));
  if (open < 0 || /[」”]/.test(before.slice(open))) return false;
  return /^[^「“\n]{0,24}[」”]/.test(folded.slice(at, at + QUOTED_TITLE_REACH + 1));
}

/** Deictic forms (我市, 全区, 本港, 全国), resolved or left as references. */
/** Verbs of renown before a deictic (叫响全国, 享誉全国, 走向全国): where a name goes, not whose figures follow; verbs of coverage (覆盖全省, 遍布全市) do say whose. */
const NOT_SUBJECT_REACH_BEFORE = /(?:叫响|响彻|闻名|享誉|誉满|走向|推向|推广到|推广至)$/;

function findDeictics(folded: string, cityFull: string | null, country: string, out: EntityMention[]): void {
  let m: RegExpExecArray | null;
  DEICTIC_ZH.lastIndex = 0;
  while ((m = DEICTIC_ZH.exec(folded)) !== null) {
    const w = m[0];
    const after = folded.slice(m.index + w.length, m.index + w.length + 2);
    const before = folded.slice(Math.max(0, m.index - 2), m.index);
    // 高于全市平均水平: a comparison, not the subject.
    if (/^平均|^水平/.test(after) || /(?:于|比|较|占)$/.test(before)) continue;
    // 叫响全国, 享誉全国: where a thing's name goes, not whose figures follow.
    if (NOT_SUBJECT_REACH_BEFORE.test(folded.slice(Math.max(0, m.index - 3), m.index))) continue;
    // 位居全国工业百强区榜首, 全市第一, 多个全国“第一”: a ranking among the places, not the place the figure is about.
    if (/(?:位居|位列|跻身|居|排名|保持)$/.test(before) || /^(?:第[一二三四五六七八九十\d]|前[列十三五]|首位|榜首|领先|百强|之最|最[高低大多少]|排名|排位|位次)/.test(folded.slice(m.index + w.length, m.index + w.length + 7).replace(/^[“"「]/, '').replace(/^[\u4e00-\u9fff]{0,4}?(?=百强|榜首|第[一二三]|前列)/, ''))) continue;
    // 「2030年全台公车电动化」目标: a deictic inside a quoted title names the plan, not whose figures follow.
    if (insideQuotedTitle(folded, m.index)) continue;
    const base = { start: m.index, end: m.index + w.length, district: false };
    // With the paper's city unknown, 全市 is the city last named (推动长春全面振兴…全市地区生产总值).
    // 该省, 该市, 该区: the place of that level named last, whatever the paper's own city.
    if (w.startsWith('该')) out.push({ ...base, name: '', ref: /省/.test(w) ? 'province' : /市/.test(w) ? 'city' : 'district' });
    else if (/市/.test(w)) out.push(cityFull ? { ...base, name: cityFull } : { ...base, name: '', ref: 'city' });
    else if (/[区县]/.test(w)) out.push({ ...base, name: '', ref: 'district' });
    else if (/省/.test(w)) out.push({ ...base, name: '', ref: 'province' });
    else if (/港/.test(w)) out.push({ ...base, name: '香港' });
    else if (/澳/.test(w)) out.push({ ...base, name: '澳门' });
    else if (/台/.test(w)) out.push({ ...base, name: '台湾' });
    else if (/国/.test(w)) out.push({ ...base, name: country });
  }
}

/** Projects as subjects of their figures, and bare back-references to them. */
function findProjects(folded: string, out: EntityMention[]): void {
  let m: RegExpExecArray | null;
  PROJECT_SUBJECT_AT_START.lastIndex = 0;
  m = PROJECT_SUBJECT_AT_START.exec(folded);
  PROJECT_SUBJECT.lastIndex = m ? m[0].length : 0;
  m ??= PROJECT_SUBJECT.exec(folded);
  // m[1] ends the match (its attribute is a lookahead), so the name's place is the same with or without the opening punctuation.
  for (; m !== null; m = PROJECT_SUBJECT.exec(folded)) {
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
}

/** Short forms of bodies already named in full. */
function findShortFormsOfBodies(folded: string, out: EntityMention[]): void {
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
}

/** Mentions that own nothing: rankings, set phrases, origins of people, meeting venues, datelines. */
function dropNonOwners(folded: string, country: string, out: EntityMention[]): void {
  let m: RegExpExecArray | null;
  // The country (or the world) named in a set phrase, a ranking or a chain of command is not whose
  // figures follow: 居全国首位, 保持全球第一.
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i]!;
    if (e.name !== '中国' && e.name !== '全球' && e.name !== country) continue;
    const before = folded.slice(Math.max(0, e.start - 3), e.start);
    const after = folded.slice(e.end, e.end + 4);
    if (NOT_SUBJECT_NATIONAL.some(([b, a]) => (b ? b.test(before) : true) && (a ? a.test(after) : true))) out.splice(i, 1);
    else if (e.name === '全球' && NOT_SUBJECT_GLOBAL_AFTER.test(after)) out.splice(i, 1);
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
  // 总书记对重庆提出的…要求: the place a leader's words were addressed to owns nothing.
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i]!;
    if (!e.org && !e.ref && ZH_ADDRESSED_BEFORE.test(folded.slice(e.start - 1, e.start)) && ZH_ADDRESSED_AFTER.test(folded.slice(e.end, e.end + 6))) out.splice(i, 1);
  }
  const datelines: Array<[number, number]> = [];
  DATELINE_ZH.lastIndex = 0;
  while ((m = DATELINE_ZH.exec(folded)) !== null) datelines.push([m.index, m.index + m[0].length]);
  if (datelines.length) {
    const inDateline = (e: EntityMention): boolean => datelines.some(([a, b]) => e.start >= a && e.start < b);
    for (let i = out.length - 1; i >= 0; i--) if (inDateline(out[i]!)) out.splice(i, 1);
  }
}

/** Mentions in text order, overlaps and adjacent units reduced to the most specific. */
function keepMostSpecific(out: EntityMention[]): EntityMention[] {
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

export function findEntitiesZh(folded: string, city: string | null): EntityMention[] {
  const cityFull = fullCityName(city);
  const out: EntityMention[] = [];
  findAdminUnits(folded, out);
  findAutonomousRegions(folded, out);
  findZones(folded, city, out);
  const bare = findBarePlaces(folded, city, cityFull, out);
  findBareProvinces(folded, out);
  findBareCities(folded, out);
  findBareAfterFullName(folded, bare, out);
  findNationalBodies(folded, out);
  const country = isTaiwanStory(folded) ? '台湾' : '中国';
  findDeictics(folded, cityFull, country, out);
  findProjects(folded, out);
  findShortFormsOfBodies(folded, out);
  dropNonOwners(folded, country, out);
  return keepMostSpecific(out);
}
