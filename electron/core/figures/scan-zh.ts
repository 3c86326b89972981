import type { FigureChange, Qualifier } from '../../../shared/domain/figure';
import { parseZhNumber, shiftDecimal, ZH_FINANCIAL_CHARS, zhScalePower } from './numbers';
import { readZhShape } from './numerals/shapes-zh';
import { isZhUnitlessFigure } from './numerals/unitless';
import { ZH_CHANGE, ZH_PREFIX_RE, ZH_QUALIFIER, ZH_SUFFIX_QUALIFIER, ZH_SUFFIX_RE } from './qualifiers';
import { approximatorBesideScale, gapBeforeUnit, matchScaleAndUnit, namedAsMark, parseWithScale, SCALE_RUN, type ScaleApproximator, SPACED_SUFFIX, type UnitHit, wordsEndBefore } from './scan-zh-scale';
import { ZH_TOKEN_REJECTIONS, ZH_UNIT_WORD_RULES, ZH_WORDS_BESIDE_THEIR_NUMBER, type ZhToken, type ZhUnitReading, type ZhUnitWordRule } from './scan-zh-words';
import { inBaseUnit, moneyUnit, type UnitInfo } from './units';
import { CURRENCY_BEFORE, CURRENCY_CODE, LOCAL_CURRENCY_WORDS, storyYuan, type StoryYuan } from './scan-zh-yuan';

/** A number with its unit, qualifier and change wording, before context is read. */
export interface RawFigure {
  /** Quote span: qualifier and change words included. */
  start: number;
  end: number;
  /** Where the number itself starts (after any cue words). */
  numStart: number;
  value: number;
  valueMax: number | null;
  unit: string;
  currency: string | null;
  qualifier: Qualifier;
  change: FigureChange;
  /** A small count written in characters (三大平台, 四项政策): kind `other`. */
  countInWords: boolean;
  classifier: boolean;
  rule: string;
  cues: string[];
  /** Noun right after a count (10个区级重点项目 → 区级重点项目). */
  unitEnd: number;
  /** English: the counted noun phrase (net additional dwellings) or a metric read from the cue ('by' object). */
  metricHint?: string;
  /** English: words after the figure naming what it is a share of ('of its corporate workforce'). */
  ofHint?: string;
}

const NUM_ZH = new RegExp(
  `(?<pct>百分之|千分之)?(?:(?<frac>一半|过半|\\d{1,2}\\/\\d{1,2}(?![\\d/万十])|(?:\\d+|[零〇一二两三四五六七八九十百千万]+)分之(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?))|(?<ar>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<zh>[零〇一二两三四五六七八九十百千万亿廿卅${ZH_FINANCIAL_CHARS}]+(?:点[零〇一二三四五六七八九]+|(?<=[〇零一二三四五六七八九])\\.[〇零一二三四五六七八九]+[万亿兆]*)?))`,
  'g',
);
const RANGE_SEP = /\s*(?:—|–|-|~|至|到)\s*/y;
// The group below may carry its own small scale: 12万8千人 = 128000, 1万2千亿元 = 1.2万亿元.
const MIXED_SCALE = /^([万亿兆])(\d{1,3}(?:,\d{3})+|\d{1,4})([千百十]?)(万?)(?![\d.])/;
const HIGH_GROUP_POWER: Record<string, number> = { 万: 4, 亿: 8, 兆: 12 };
/** A scale with no digit (逾千万人次, 过百万, 近万人) counts one of it, but only after a word of degree. */
const BARE_SCALE = /^[十百千万亿]+$/;
const BARE_SCALE_AFTER = /(?:逾|超过|超|近|过|破|约|突破|达到|达|接近|将近)$/;
/** A list of bare numbers whose unit is written once, after the last: 提高0.7、1.4和0.2个百分点. */
const LIST_TAIL = /(?:\s*(?:、|和|及|与)\s*\d+(?:\.\d+)?)+/y;
const RANGE_NUM = /(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+|(?<=[〇零一二三四五六七八九])\.[〇零一二三四五六七八九]+)?)/y;
const APPROXIMATOR_BETWEEN_SCALES = /([万亿])([多余])([万亿])/g;
/** Index points in market news (恒指报22343点, 道指低收2231点): 点 after an index name is no hour. */
const INDEX_BEFORE = /(?:指数|恒指|道指|纳指|标普|股指|ADR|国指|日经)[^，。；\n]{0,8}$/;
const INDEX_POINTS: UnitInfo = { unit: '点', currency: null, classifier: false };
const DATE_AFTER = /^(?:年|月|日|号|时|分|秒|点(?!\d)|届|次|周|世纪|岁以|代|期|楼|层|号线|路|版|G|D|K|\+|\/|:|：)/;

/** A figure with no unit (达16.14, 减少6800多万): its measure comes from the indicator it is said of. */
const NO_UNIT: UnitInfo = { unit: '', currency: null, classifier: false };
const RATIO: UnitInfo = { unit: 'ratio', currency: null, classifier: false };
/** 上万, 数十万, 几百: a count known only to its order of magnitude. */
const MAGNITUDE_BEFORE = /[上数几]$/;


/** A token with what the scan reads of it before its value. */
interface ZhCandidate extends ZhToken {
  /** Where the number itself starts (after 百分之). */
  numStart: number;
  /** 千亿级, 上万人, 数十万: an order of magnitude, read as a floor. */
  magnitude: boolean;
}

function candidate(folded: string, m: RegExpExecArray): ZhCandidate {
  const g = m.groups as ZhToken['g'];
  const numText = g.frac ?? g.ar ?? g.zh!;
  const numStart = m.index + (g.pct?.length ?? 0);
  let pos = numStart + numText.length;
  if (g.ar && !g.pct) pos += gapBeforeUnit(folded, pos);
  const prevChar = folded[m.index - 1] ?? '';
  const scaleOnly = !!g.zh && !g.pct && BARE_SCALE.test(numText);
  const magnitude = scaleOnly && (folded[pos] === '级' || MAGNITUDE_BEFORE.test(prevChar));
  const bareScale = scaleOnly && (magnitude || BARE_SCALE_AFTER.test(folded.slice(Math.max(0, m.index - 2), m.index)) || namedAsMark(folded, m.index, pos));
  return { index: m.index, g, numText, numStart, pos, prevChar, wordsEnd: wordsEndBefore(folded, m.index), magnitude, bareScale };
}

/** A number's value with its scale, and the unit straight after it, if any. */
interface ZhValue {
  value: number;
  unitHit: UnitHit | null;
  scaleLen: number;
  /** An approximator (多, 余, 来) on either side of the scale: one character between number and unit. */
  infixLen: number;
  infixQualifier: Qualifier | null;
  /** The unit a percent or fraction word carries in itself. */
  ownUnit: UnitInfo | null;
}

/**
 * 3万4,432美元, 1亿2000万: a 万/亿 group followed by the digits below it is one number.
 * 2兆9,124亿元: a scale after the lower group that is below the high group's applies to the lower group only.
 * Moves the candidate past the lower group when there is one.
 */
function mixedGroups(folded: string, c: ZhCandidate): { high: number; power: number; lower: number } | null {
  const mixed = MIXED_SCALE.exec(folded.slice(c.pos, c.pos + 12));
  if (!mixed) return null;
  const lower = shiftDecimal(mixed[2]!.replace(/,/g, ''), (zhScalePower(mixed[3]!) ?? 0) + (mixed[4] === '万' ? 4 : 0));
  if (lower >= (mixed[1] === '亿' ? 1e8 : 1e4)) return null;
  const high = parseZhNumber(c.numText.replace(/,/g, '') + mixed[1]);
  const end = c.pos + mixed[0].length;
  if (high === null || !(matchScaleAndUnit(folded, end) || standsWithoutUnit(folded, end, mixed))) return null;
  c.pos = end;
  return { high, power: HIGH_GROUP_POWER[mixed[1]!]!, lower };
}

/**
 * 收入2亿3000万，1万3482、2兆9,124亿: with no unit after it the lower group must fill every place
 * below the high group (3482 the four below 万, 3000万 the eight below 亿), so a list (1万3、4万) or a
 * date (3万2024年) after a scale is not read into it.
 */
function standsWithoutUnit(folded: string, end: number, mixed: RegExpExecArray): boolean {
  SCALE_RUN.lastIndex = end;
  const trailing = zhScalePower(SCALE_RUN.exec(folded)![0]) ?? 0;
  const highPower = HIGH_GROUP_POWER[mixed[1]!]!;
  const places = mixed[2]!.replace(/,/g, '').length + (zhScalePower(mixed[3]!) ?? 0) + (mixed[4] === '万' ? 4 : 0) + (trailing < highPower ? trailing : 0);
  return places === highPower && !DATE_AFTER.test(folded.slice(end, end + 3));
}

function readValue(folded: string, c: ZhCandidate): ZhValue | null {
  const { g, numText } = c;
  const plain = { unitHit: null, scaleLen: 0, infixLen: 0, infixQualifier: null };
  if (g.pct) {
    const value = parseZhNumber(numText);
    return value === null ? null : { ...plain, value, ownUnit: { unit: g.pct === '百分之' ? '%' : '‰', currency: null, classifier: false } };
  }
  if (g.frac) {
    // 四分之三, 二分之一: a share written as a fraction.
    const value = readZhShape(numText)?.value ?? null;
    return value === null ? null : { ...plain, value, ownUnit: RATIO };
  }
  const groups = g.ar ? mixedGroups(folded, c) : null;
  const pos = c.pos;
  let unitHit = matchScaleAndUnit(folded, pos);
  let scaleLen = unitHit ? unitHit.scaleLen : 0;
  let scaleStart = pos;
  let infix: ScaleApproximator | null = null;
  if (!unitHit) {
    SCALE_RUN.lastIndex = pos;
    scaleLen = SCALE_RUN.exec(folded)![0].length;
    // 4000多家, 3200余万人, 1万多人: 多/余/来 before or after the scale, then the unit.
    infix = approximatorBesideScale(folded, pos, scaleLen);
    if (infix) {
      unitHit = infix.unit;
      scaleStart = infix.scaleStart;
      scaleLen = infix.scaleLen;
    }
  }
  const scaleText = folded.slice(scaleStart, scaleStart + scaleLen);
  const trailing = scaleLen ? zhScalePower(scaleText) ?? 0 : 0;
  const value = groups
    ? trailing > groups.power ? (groups.high + groups.lower) * 10 ** trailing : groups.high + groups.lower * 10 ** trailing
    : parseWithScale(c.bareScale ? `一${numText}` : numText, scaleText);
  if (value === null) return null;
  return { value, unitHit, scaleLen, infixLen: infix ? 1 : 0, infixQualifier: infix?.qualifier ?? null, ownUnit: null };
}

/** Each unit word's rule (the first in the table that names it), looked up once per number instead of searched. */
const UNIT_WORD_RULE_BY_SURFACE = new Map<string, ZhUnitWordRule>();
for (const rule of ZH_UNIT_WORD_RULES) for (const surface of rule.surfaces) if (!UNIT_WORD_RULE_BY_SURFACE.has(surface)) UNIT_WORD_RULE_BY_SURFACE.set(surface, rule);

/** The unit after the value and what its word makes of the reading; null when the number is no figure (a date, 三次产业). */
function unitAfter(folded: string, c: ZhCandidate, v: ZhValue): ZhUnitReading | null {
  const { g, pos } = c;
  let end = g.pct || g.frac ? pos : pos + v.scaleLen + v.infixLen;
  let unit = v.ownUnit;
  if (v.unitHit) {
    unit = v.unitHit.info;
    end = pos + v.scaleLen + v.infixLen + v.unitHit.surface.length;
  } else if (!g.pct && !g.frac && folded[end] === '点' && INDEX_BEFORE.test(folded.slice(Math.max(0, c.index - 14), c.index))) {
    unit = INDEX_POINTS;
    end += 1;
  } else if (!g.pct && !g.frac && DATE_AFTER.test(folded.slice(end, end + 3))) {
    return null;
  }
  if (c.magnitude && folded[end] === '级') end += 1;
  // 18GW, 200兆瓦: stored in the base unit (千瓦), as English figures and 万千瓦 are.
  const based = unit ? inBaseUnit(unit, v.value) : { unit, value: v.value };
  const reading: ZhUnitReading = { value: based.value, end, unit: based.unit, scaleLen: v.scaleLen };
  const surface = v.unitHit?.surface ?? '';
  const word = UNIT_WORD_RULE_BY_SURFACE.get(surface);
  return !word || word.read(c, reading, folded) ? reading : null;
}

/** 新台币800亿元, 人民币750亿元: a currency word before the number decides what 元 means. Returns that word. */
function currencyBefore(folded: string, c: ZhCandidate, surface: string, r: ZhUnitReading, yuan: StoryYuan): string | null {
  const word = CURRENCY_BEFORE.exec(folded.slice(Math.max(0, c.wordsEnd - 3), c.wordsEnd))?.[0] ?? null;
  if (r.unit && r.unit.currency === 'CNY' && surface !== '元人民币' && (surface === '元' || surface === '圆')) {
    if (word && !yuan.named && LOCAL_CURRENCY_WORDS.has(word)) {
      yuan.code = CURRENCY_CODE[word]!;
      yuan.named = true;
    }
    r.unit = moneyUnit(word && /[\u4e00-\u9fff]/.test(word) ? CURRENCY_CODE[word]! : yuan.code);
  }
  return word;
}

/**
 * A number with no unit after it: a currency sign before it (¥300, $5亿), a list whose last
 * member carries the unit (提高0.7、1.4和0.2个百分点), or a figure whose measure the indicator
 * gives. A range after it may carry the unit on its second end (5-7%), so the unit waits. False
 * when it is no figure.
 */
function unitOfBareNumber(folded: string, c: ZhCandidate, r: ZhUnitReading): boolean {
  if (r.unit) return true;
  const sign = CURRENCY_BEFORE.exec(folded.slice(Math.max(0, c.index - 3), c.index));
  if (sign) {
    r.unit = moneyUnit(CURRENCY_CODE[sign[0]]!);
    return true;
  }
  RANGE_SEP.lastIndex = r.end;
  if (RANGE_SEP.exec(folded)) return true;
  LIST_TAIL.lastIndex = r.end;
  const list = c.g.ar && !/\d/.test(c.prevChar) ? LIST_TAIL.exec(folded) : null;
  const tail = list ? matchScaleAndUnit(folded, r.end + list[0].length) : null;
  if (tail && tail.scaleLen === 0 && !tail.info.classifier) r.unit = tail.info;
  else if (c.magnitude || isZhUnitlessFigure(folded, c.index, c.numStart, r.end, { chinese: !!c.g.zh })) r.unit = NO_UNIT;
  else return false;
  return true;
}

/**
 * A range: 3%—5%, 5-7%, 2.5%至3.5%, 5至7个, 3-5万人. Returns its upper end (null: no range),
 * or where to resume when the second number is a date (2020-2025年).
 */
function rangeAfter(folded: string, scaleLen: number, r: ZhUnitReading): { valueMax: number | null; unitSurface?: string } | { dateEnd: number } {
  RANGE_SEP.lastIndex = r.end;
  const sep = RANGE_SEP.exec(folded);
  if (!sep) return { valueMax: null };
  RANGE_NUM.lastIndex = sep.index + sep[0].length;
  const second = RANGE_NUM.exec(folded);
  if (!second) return { valueMax: null };
  const secondEnd = second.index + second[0].length;
  let hit = matchScaleAndUnit(folded, secondEnd);
  SCALE_RUN.lastIndex = secondEnd;
  const secondScale = hit ? hit.scaleLen : SCALE_RUN.exec(folded)![0].length;
  // 介於555至612億餘元: 余 or 多 between the second end's scale and its unit; the unit word takes it in.
  const approx = hit || secondScale === 0 ? null : approximatorBesideScale(folded, secondEnd, secondScale);
  if (approx?.unit) hit = { scaleLen: secondScale, surface: folded.slice(secondEnd + secondScale, secondEnd + secondScale + 1) + approx.unit.surface, info: approx.unit.info };
  // 2.03到2.43GW: the second end's unit stored in its base (千瓦) scales the second end, and a bare first end with it.
  const readSecond = parseWithScale(second[0], folded.slice(secondEnd, secondEnd + secondScale));
  const secondValue = readSecond === null || !hit ? readSecond : inBaseUnit(hit.info, readSecond).value;
  if (DATE_AFTER.test(folded.slice(secondEnd + secondScale, secondEnd + secondScale + 2)) && !hit) return { dateEnd: secondEnd + secondScale };
  const unit = r.unit;
  if (hit && !unit && ZH_WORDS_BESIDE_THEIR_NUMBER.has(hit.surface)) return { valueMax: null };
  if (secondValue === null || !(hit || unit) || (hit && unit && hit.info.unit !== unit.unit)) return { valueMax: null };
  const unitSurface = unit ? undefined : hit!.surface.replace(/^[多余]/, '');
  if (!unit) ({ unit: r.unit, value: r.value } = inBaseUnit(hit!.info, r.value));
  // 3-5万人: a scale written once applies to both ends.
  if (hit && scaleLen === 0 && hit.scaleLen > 0) r.value = shiftDecimal(String(r.value), zhScalePower(folded.slice(secondEnd, secondEnd + hit.scaleLen)) ?? 0);
  r.end = hit ? secondEnd + hit.scaleLen + hit.surface.length : secondEnd + secondScale;
  return { valueMax: secondValue, ...(unitSurface ? { unitSurface } : {}) };
}

interface ZhCues {
  start: number;
  qualifier: Qualifier;
  change: FigureChange;
  cues: string[];
  /** The words read for cues, for the lone-一 check. */
  window: string;
}

/** Qualifier and change words just before the number (同比增长, 超过, 约). */
function cuesBefore(folded: string, c: ZhCandidate, currencyWord: string | null, infixQualifier: Qualifier | null): ZhCues {
  const cueEnd = currencyWord && /[\u4e00-\u9fff]/.test(currencyWord) ? wordsEndBefore(folded, c.wordsEnd - currencyWord.length) : c.wordsEnd;
  const windowStart = Math.max(0, cueEnd - 10);
  const window = folded.slice(windowStart, cueEnd);
  const out: ZhCues = { start: c.index, qualifier: infixQualifier ?? 'eq', change: 'level', cues: [], window };
  const pm = ZH_PREFIX_RE.exec(window);
  if (!pm || !pm[0]) return out;
  const pg = pm.groups!;
  if (pg.q) {
    out.qualifier = ZH_QUALIFIER.get(pg.q)!;
    out.cues.push(pg.q);
  }
  // 新增: a new addition, not an increase.
  if (pg.chg && !pg.to && !(pg.chg === '增' && window.slice(0, pm.index).endsWith('新'))) {
    out.change = ZH_CHANGE.get(pg.chg)!;
    out.cues.push((pg.cmp ?? '') + pg.chg);
  }
  // 浓度降至8微克, 提高到60%: the level a change brings the measure to; the verb says which side is better.
  if (pg.chg && pg.to) out.cues.push(pg.chg + pg.to);
  out.start = pg.chg && !pg.to && out.change !== 'level' ? windowStart + pm.index : pg.q ? cueEnd - pg.q.length : c.index;
  return out;
}

/** A lone 一 before a classifier is usually an article (一艘巡逻艇, 一批企业); it counts when listed (共抓一项重点改革，即…). */
function isArticle(folded: string, c: ZhCandidate, v: ZhValue, r: ZhUnitReading, window: string): boolean {
  if (!c.g.zh || c.numText !== '一' || !r.unit!.classifier || v.scaleLen !== 0) return false;
  return !(/共[\u4e00-\u9fff]?$/.test(window) || /^[\u4e00-\u9fff“”]{0,12}(?:[，,]即|[：:])/.test(folded.slice(r.end, r.end + 16)));
}

/** A suffix qualifier after the unit (以上, 左右, 多), with the gap before it; 多/余 only when no word follows. */
function suffixAfter(folded: string, end: number): { word: string; length: number } | null {
  SPACED_SUFFIX.lastIndex = end;
  const gap = SPACED_SUFFIX.exec(folded)?.[0].length ?? 0;
  ZH_SUFFIX_RE.lastIndex = end + gap;
  const sm = ZH_SUFFIX_RE.exec(folded);
  if (!sm) return null;
  // 多/余 after a unit only qualify when nothing else follows as a word (300个以上 vs 个多月).
  if ((sm[0] === '多' || sm[0] === '余') && /[\u4e00-\u9fff]/.test(folded[end + 1] ?? '')) return { word: sm[0], length: 0 };
  return { word: sm[0], length: gap + sm[0].length };
}

function ruleName(c: ZhCandidate, unit: UnitInfo, valueMax: number | null): string {
  const { g } = c;
  if (g.pct) return 'zh.percent-words';
  if (g.frac) return 'zh.fraction';
  if (c.magnitude) return 'zh.order-of-magnitude';
  if (valueMax !== null) return 'zh.range';
  if (!unit.unit) return 'zh.number';
  return g.zh ? (unit.classifier ? 'zh.count-in-words' : 'zh.numeral+unit') : 'zh.number+unit';
}

/** Every number in Chinese text with its unit, qualifier and change words, before context is read. */
export function scanZh(text: string, city: string | null): RawFigure[] {
  // 4萬多億元 is 4万亿多元: an approximator between two scales belongs after both (same length, so offsets hold).
  const folded = text.replace(APPROXIMATOR_BETWEEN_SCALES, '$1$3$2');
  const out: RawFigure[] = [];
  // Without a known city or a sign of the place, the story's own 元 is the first local currency it
  // names before a number (澳门币207.87亿元 … 累计为1901.42亿元); a later conversion does not change it.
  const place = storyYuan(folded, city);
  const yuan: StoryYuan = { code: place ?? 'CNY', named: place !== null };
  NUM_ZH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM_ZH.exec(folded)) !== null) {
    const c = candidate(folded, m);
    if (ZH_TOKEN_REJECTIONS.some((rule) => rule.rejects(c, folded))) continue;
    const v = readValue(folded, c);
    const r = v && unitAfter(folded, c, v);
    if (!v || !r) continue;
    const currencyWord = currencyBefore(folded, c, v.unitHit?.surface ?? '', r, yuan);
    if (!unitOfBareNumber(folded, c, r)) continue;
    const range = rangeAfter(folded, v.scaleLen, r);
    if ('dateEnd' in range) {
      NUM_ZH.lastIndex = range.dateEnd;
      continue;
    }
    if (range.valueMax !== null) NUM_ZH.lastIndex = r.end;
    // 5至7元, 555至612億餘元: a unit written once after the range's high end means the story's own 元 too.
    if (range.unitSurface) currencyBefore(folded, c, range.unitSurface, r, yuan);
    const unit = r.unit;
    if (!unit) continue;
    const before = cuesBefore(folded, c, currencyWord, v.infixQualifier);
    if (isArticle(folded, c, v, r, before.window)) continue;
    let { start, qualifier } = before;
    const { change, cues } = before;
    const suffix = suffixAfter(folded, r.end);
    if (suffix && suffix.length > 0) {
      qualifier = ZH_SUFFIX_QUALIFIER[suffix.word]!;
      cues.push(suffix.word);
      r.end += suffix.length;
    }
    const valueMax = range.valueMax;
    if (valueMax !== null) qualifier = 'range';
    else if (c.magnitude) qualifier = 'gte';
    else if (c.numText === '过半') qualifier = 'gt';
    let value = r.value;
    let upper = valueMax;
    // 自然增长率为-0.32‰: a minus sign straight before the number (not a hyphen between numbers).
    if (c.g.ar && /[-−]/.test(c.prevChar) && !/[\dA-Za-z]/.test(folded[m.index - 2] ?? '') && start === m.index) {
      value = -value;
      if (upper !== null) upper = -upper;
      start -= 1;
    }
    const end = r.end;
    out.push({
      start,
      end,
      numStart: m.index,
      value,
      valueMax: upper,
      unit: unit.unit,
      currency: unit.currency,
      qualifier,
      change,
      countInWords: !!c.g.zh && !c.g.pct && v.scaleLen === 0 && unit.classifier && value <= 10,
      classifier: unit.classifier,
      rule: ruleName(c, unit, valueMax),
      cues,
      unitEnd: v.unitHit || v.ownUnit ? end - (suffix && qualifier !== 'range' && cues.includes(suffix.word) ? suffix.word.length : 0) : end,
    });
    if (NUM_ZH.lastIndex < end) NUM_ZH.lastIndex = end;
  }
  return out;
}
