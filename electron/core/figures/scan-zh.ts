import type { FigureChange, Qualifier } from '../../../shared/domain/figure';
import { isTaiwanStory } from './entities';
import { parseZhNumber, shiftDecimal, ZH_FINANCIAL_CHARS, zhScalePower } from './numbers';
import { readZhShape } from './numerals/shapes-zh';
import { isZhUnitlessFigure } from './numerals/unitless';
import { ZH_CHANGE, ZH_PREFIX_RE, ZH_QUALIFIER, ZH_SUFFIX_QUALIFIER, ZH_SUFFIX_RE } from './qualifiers';
import { localYuan, moneyUnit, type UnitInfo, ZH_UNIT_RE, zhUnit } from './units';

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
  `(?<pct>百分之|千分之)?(?:(?<frac>一半|过半|\\d{1,2}\\/\\d{1,2}(?![\\d/])|(?:\\d+|[零〇一二两三四五六七八九十百千万])分之(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?))|(?<ar>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<zh>[零〇一二两三四五六七八九十百千万亿廿卅${ZH_FINANCIAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?))`,
  'g',
);
const ZH_DIGIT_CHAR = /[零〇一二两三四五六七八九十廿卅壹贰貳叁參肆伍陆陸柒捌玖拾]/;
const SCALE_RUN = /[十百千万亿兆]*/y;
const INFIX_APPROXIMATOR = /^[多余来]$/;
const APPROXIMATOR_BETWEEN_SCALES = /([万亿])([多余])([万亿])/g;
/** Index points in market news (恒指报22343点, 道指低收2231点): 点 after an index name is no hour. */
const INDEX_BEFORE = /(?:指数|恒指|道指|纳指|标普|股指|ADR|国指|日经)[^，。；\n]{0,8}$/;
/** A degree word before a share lets 成 run into its noun: 贡献约7成出口增量. */
const DEGREE_BEFORE_SHARE = /(?:约|近|超|逾|超过|接近|将近|达)$/;
const RANGE_SEP = /\s*(?:—|–|-|~|至|到)\s*/y;
// The group below may carry its own small scale: 12万8千人 = 128000, 1万2千亿元 = 1.2万亿元.
const MIXED_SCALE = /^([万亿兆])(\d{1,3}(?:,\d{3})+|\d{1,4})([千百十]?)(万?)(?![\d.])/;
const HIGH_GROUP_POWER: Record<string, number> = { 万: 4, 亿: 8, 兆: 12 };
/** 两成五 (25%): a digit after 成 is the next tenth, when no word runs on from it. */
const TENTH_AFTER_CHENG = /^[一二三四五六七八九](?=[^\u4e00-\u9fff]|的|左右|以上|$)/;
/** A scale with no digit (逾千万人次, 过百万, 近万人) counts one of it, but only after a word of degree. */
const BARE_SCALE = /^[十百千万亿]+$/;
const BARE_SCALE_AFTER = /(?:逾|超过|超|近|过|破|约|突破|达到|达|接近|将近)$/;
/** A list of bare numbers whose unit is written once, after the last: 提高0.7、1.4和0.2个百分点. */
const LIST_TAIL = /(?:\s*(?:、|和|及|与)\s*\d+(?:\.\d+)?)+/y;
const RANGE_NUM = /(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)/y;
const DATE_AFTER = /^(?:年|月|日|号|时|分|秒|点(?!\d)|届|次|周|世纪|岁以|代|期|楼|层|号线|路|版|G|D|K|\+|\/|:|：)/;
const DURATION_AFTER_GE = /^(?:月|小时|工作日|星期|季度|年|周|学期)/;
const CURRENCY_BEFORE = /(?:US\$|HK\$|\$|¥|£|€|人民币|新台币|港币|澳门币|美元|欧元)$/;
const CURRENCY_CODE: Record<string, string> = { US$: 'USD', HK$: 'HKD', $: 'USD', '¥': 'CNY', '£': 'GBP', '€': 'EUR', 人民币: 'CNY', 新台币: 'TWD', 港币: 'HKD', 澳门币: 'MOP', 美元: 'USD', 欧元: 'EUR' };
/** Currency words that name a place's own 元 (新台币800亿元), which later bare 元 in the story continue. */
const LOCAL_CURRENCY_WORDS = new Set(['人民币', '新台币', '港币', '澳门币']);
const HOME_DEICTIC = /本港|全港|本澳|全澳/;

/**
 * Taiwan and Hong Kong papers (and digests of them) set Arabic numbers apart with spaces:
 * 增長 5%, 1,267 萬人, 2% 左右, 人民幣 2,300 億元. A space or two between a number and its
 * unit, cue or suffix joins them as if it were not there; a newline never does.
 */
const TYPESET_GAP = /[ \t]{1,2}/y;
/** Suffix qualifiers that may stand a space after their unit (2% 左右); 多/余 must touch it. */
const SPACED_SUFFIX = /[ \t]{1,2}(?=以上|以下|以内|左右|上下)/y;

/** Length of a typesetting gap at `pos` that a scale or unit follows, else 0. */
function gapBeforeUnit(folded: string, pos: number): number {
  TYPESET_GAP.lastIndex = pos;
  const gap = TYPESET_GAP.exec(folded);
  if (!gap) return 0;
  const at = pos + gap[0].length;
  SCALE_RUN.lastIndex = at;
  return matchScaleAndUnit(folded, at) || SCALE_RUN.exec(folded)![0].length > 0 ? gap[0].length : 0;
}

/** Where the words before a number end, past a typesetting gap (增長 5% → after 增長). */
function wordsEndBefore(folded: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 2 && (folded[i - 1] === ' ' || folded[i - 1] === '\t')) i--;
  return i > 0 && /[\u4e00-\u9fff$¥£€%]/.test(folded[i - 1]!) ? i : at;
}

interface UnitHit {
  scaleLen: number;
  surface: string;
  info: UnitInfo;
}

/** The shortest scale run that lets a unit follow (万千瓦 = 万 + 千瓦, 3千米 = 3 + 千米). */
function matchScaleAndUnit(folded: string, pos: number): UnitHit | null {
  SCALE_RUN.lastIndex = pos;
  const scaleMax = SCALE_RUN.exec(folded)![0].length;
  for (let k = 0; k <= scaleMax; k++) {
    ZH_UNIT_RE.lastIndex = pos + k;
    const m = ZH_UNIT_RE.exec(folded);
    if (m) return { scaleLen: k, surface: m[0], info: zhUnit(m[0])! };
  }
  return null;
}

function parseWithScale(num: string, scale: string): number | null {
  return readZhShape(num.replace(/,/g, '') + scale)?.value ?? null;
}

/** A figure with no unit (达16.14, 减少6800多万): its measure comes from the indicator it is said of. */
const NO_UNIT: UnitInfo = { unit: '', currency: null, classifier: false };
const INDEX_POINTS: UnitInfo = { unit: '点', currency: null, classifier: false };
const RATIO: UnitInfo = { unit: 'ratio', currency: null, classifier: false };
/** 上万, 数十万, 几百: a count known only to its order of magnitude. */
const MAGNITUDE_BEFORE = /[上数几]$/;

/**
 * What a bare 元 means when the text itself says: the paper's city, else a paper that speaks of
 * 本港 or 本澳 counts in that place's dollars, and a story told by Taiwan's institutions in New
 * Taiwan dollars; null when nothing says.
 */
function storyYuan(folded: string, city: string | null): string | null {
  if (city !== null) return localYuan(city);
  const home = HOME_DEICTIC.exec(folded);
  if (home) return home[0].endsWith('港') ? 'HKD' : 'MOP';
  return isTaiwanStory(folded) ? 'TWD' : null;
}

/** Where 多, 余 or 来 stands beside a scale: before it (3200余万人) or after it (1万多人). */
interface ScaleApproximator {
  qualifier: Qualifier;
  /** The unit after it, or null when the scale closes the number (减少6800多万，). */
  unit: UnitHit | null;
  scaleStart: number;
  scaleLen: number;
}

/**
 * Reads an approximator between a number and its unit: right after the number (10余个,
 * 1270多万人, 十来万家, 6800多万) or after its scale (1万多人); null when neither a unit nor
 * a scale follows. 来 only stands straight after the number (十来万, never 万来).
 */
function approximatorBesideScale(folded: string, pos: number, scaleLen: number): ScaleApproximator | null {
  const first = folded[pos] ?? '';
  if (scaleLen === 0 && INFIX_APPROXIMATOR.test(first)) {
    const after = matchScaleAndUnit(folded, pos + 1);
    if (after) return { qualifier: ZH_SUFFIX_QUALIFIER[first]!, unit: after, scaleStart: pos + 1, scaleLen: after.scaleLen };
    SCALE_RUN.lastIndex = pos + 1;
    const scale = SCALE_RUN.exec(folded)![0];
    if (/^[万亿]/.test(scale)) return { qualifier: ZH_SUFFIX_QUALIFIER[first]!, unit: null, scaleStart: pos + 1, scaleLen: scale.length };
  }
  const next = folded[pos + scaleLen] ?? '';
  if (scaleLen > 0 && (next === '多' || next === '余')) {
    const after = matchScaleAndUnit(folded, pos + scaleLen + 1);
    if (after && after.scaleLen === 0) return { qualifier: 'gt', unit: after, scaleStart: pos, scaleLen };
  }
  return null;
}

export function scanZh(text: string, city: string | null): RawFigure[] {
  // 4萬多億元 is 4万亿多元: an approximator between two scales belongs after both (same length, so offsets hold).
  const folded = text.replace(APPROXIMATOR_BETWEEN_SCALES, '$1$3$2');
  const out: RawFigure[] = [];
  // Without a known city or a sign of the place, the story's own 元 is the first local currency it
  // names before a number (澳门币207.87亿元 … 累计为1901.42亿元); a later conversion does not change it.
  let yuan = storyYuan(folded, city);
  let yuanNamed = yuan !== null;
  yuan ??= 'CNY';
  NUM_ZH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM_ZH.exec(folded)) !== null) {
    const g = m.groups!;
    const numText = g.frac ?? g.ar ?? g.zh!;
    const numStart = m.index + (g.pct?.length ?? 0);
    let pos = numStart + numText.length;
    if (g.ar && !g.pct) pos += gapBeforeUnit(folded, pos);
    const prevChar = folded[m.index - 1] ?? '';
    const wordsEnd = wordsEndBefore(folded, m.index);
    // 千亿级, 上万人, 数十万: an order of magnitude, read as a floor.
    const magnitude = !!g.zh && !g.pct && BARE_SCALE.test(numText) && (folded[pos] === '级' || MAGNITUDE_BEFORE.test(prevChar));
    const bareScale = !!g.zh && !g.pct && BARE_SCALE.test(numText) && (magnitude || BARE_SCALE_AFTER.test(folded.slice(Math.max(0, m.index - 2), m.index)));
    if (g.zh) {
      if (!ZH_DIGIT_CHAR.test(numText) && !bareScale) continue;
      const financial = [...numText].filter((c) => ZH_FINANCIAL_CHARS.includes(c)).length;
      // 伍, 陆 and 拾 alone are words (队伍, 陆地, 收拾), but amounts before 元: 合同金额为壹元, 拾元.
      if (financial > 0 && numText.length < 2 && !/^[元圆]/.test(folded[pos] ?? '')) continue;
      // 唯一一个, 二三个: two digit characters side by side are a word and an article, or 'two or three', never 11 or 23.
      if (/^[一二两三四五六七八九]{2}$/.test(numText)) continue;
      // 零部件, 零售, 〇: a zero on its own is part of a word, never a quantity.
      if (/^[零〇]+$/.test(numText)) continue;
    }
    // 100万千瓦/400万千瓦时: a slash after a unit joins two quantities; elsewhere it belongs to a code or a date.
    if (/[A-Za-z.+&#_@]/.test(prevChar) || /\d/.test(prevChar) || (prevChar === '/' && !/[\u4e00-\u9fff]/.test(folded[m.index - 2] ?? ''))) continue;
    // 第二届, 前三季度, 这两个项目, 每名: ordinals, ranks and back-references are not quantities.
    if (!g.pct && /[第前这那每该哪星周]$/.test(folded[wordsEnd - 1] ?? '')) continue;

    // 3万4,432美元, 1亿2000万: a 万/亿 group followed by the digits below it is one number.
    // 2兆9,124亿元: a scale after the lower group that is below the high group's applies to the lower group only.
    let lowerPart = 0;
    let highPart: { value: number; power: number } | null = null;
    if (g.ar && !g.pct) {
      const mixed = MIXED_SCALE.exec(folded.slice(pos, pos + 12));
      const lower = mixed ? shiftDecimal(mixed[2]!.replace(/,/g, ''), (zhScalePower(mixed[3]!) ?? 0) + (mixed[4] === '万' ? 4 : 0)) : 0;
      if (mixed && lower < (mixed[1] === '亿' ? 1e8 : 1e4)) {
        const high = parseZhNumber(numText.replace(/,/g, '') + mixed[1]);
        if (high !== null && matchScaleAndUnit(folded, pos + mixed[0].length)) {
          lowerPart = lower;
          highPart = { value: high, power: HIGH_GROUP_POWER[mixed[1]!]! };
          pos += mixed[0].length;
        }
      }
    }
    let value: number | null;
    let unitHit: UnitHit | null = null;
    let scaleLen = 0;
    let scaleStart = pos;
    /** An approximator (多, 余, 来) on either side of the scale: one character between number and unit. */
    let infixLen = 0;
    let infixQualifier: Qualifier | null = null;
    let pctUnit: UnitInfo | null = null;
    if (g.pct) {
      value = parseZhNumber(numText);
      pctUnit = { unit: g.pct === '百分之' ? '%' : '‰', currency: null, classifier: false };
    } else if (g.frac) {
      // 四分之三, 二分之一: a share written as a fraction.
      value = readZhShape(numText)?.value ?? null;
      pctUnit = RATIO;
    } else {
      unitHit = matchScaleAndUnit(folded, pos);
      if (unitHit) scaleLen = unitHit.scaleLen;
      else {
        SCALE_RUN.lastIndex = pos;
        scaleLen = SCALE_RUN.exec(folded)![0].length;
        // 4000多家, 3200余万人, 1万多人: 多/余/来 before or after the scale, then the unit.
        const infix = approximatorBesideScale(folded, pos, scaleLen);
        if (infix) {
          infixQualifier = infix.qualifier;
          unitHit = infix.unit;
          scaleStart = infix.scaleStart;
          scaleLen = infix.scaleLen;
          infixLen = 1;
        }
      }
      const scaleText = folded.slice(scaleStart, scaleStart + scaleLen);
      const trailing = scaleLen ? zhScalePower(scaleText) ?? 0 : 0;
      if (highPart) value = trailing > highPart.power ? (highPart.value + lowerPart) * 10 ** trailing : highPart.value + lowerPart * 10 ** trailing;
      else value = parseWithScale(bareScale ? `一${numText}` : numText, scaleText);
    }
    if (value === null) continue;
    let end = g.pct || g.frac ? pos : pos + scaleLen + infixLen;
    const afterNumber = folded.slice(end, end + 3);
    let unit: UnitInfo | null = pctUnit;
    if (unitHit) {
      unit = unitHit.info;
      end = pos + scaleLen + infixLen + unitHit.surface.length;
    } else if (!g.pct && !g.frac && afterNumber.startsWith('点') && INDEX_BEFORE.test(folded.slice(Math.max(0, m.index - 14), m.index))) {
      unit = INDEX_POINTS;
      end += 1;
    } else if (!g.pct && !g.frac && DATE_AFTER.test(afterNumber)) {
      continue;
    }
    if (magnitude && folded[end] === '级') end += 1;
    const surface = unitHit?.surface ?? '';
    const nextChar = folded[end] ?? '';
    if (surface === '个' && DURATION_AFTER_GE.test(folded.slice(end, end + 2))) continue;
    // 人大三次会议, 三次产业: 次 after a numeral in characters names a session or a sector, not a count.
    if (surface === '次' && (g.zh || /^(?:会|全|产)/.test(nextChar))) continue;
    // 7大产业集群, 三大平台: a count of kinds; Arabic digits run to 20 (12大总成), characters to nine (十大 is a name).
    if (surface === '大' && (value > (g.zh ? 9 : 20) || value < 2 || !/[\u4e00-\u9fff]/.test(nextChar))) continue;
    // 5厘米 is a length; 4厘 alone is a rate (債息跌穿4厘), read as a percent below.
    if (surface === '厘' && nextChar === '米') continue;
    if (surface === '厘') unit = { unit: '%', currency: null, classifier: false };
    // 按汇率6.8985折算: 折 starts 折算 or 折合 there, and the number stands without a unit.
    if (surface === '折' && /^[算合]/.test(nextChar)) {
      unit = null;
      end -= 1;
    } else if (surface === '成' || surface === '折') {
      const tenth = TENTH_AFTER_CHENG.exec(folded.slice(end, end + 3));
      if (tenth && value <= 10) {
        value += parseZhNumber(tenth[0])! / 10;
        end += 1;
      }
      const afterCheng = folded[end] ?? '';
      // 上升三成至约4500万人次: a share may run on into the level it brought.
      const degreeBefore = DEGREE_BEFORE_SHARE.test(folded.slice(Math.max(0, m.index - 2), m.index));
      if (value > 10 || /[\u4e00-\u9fff]/.test(afterCheng) && !degreeBefore && !/^(?:左右|以上|多|至|到|的)/.test(folded.slice(end, end + 2))) continue;
      value *= 10;
      unit = { unit: '%', currency: null, classifier: false };
    }
    if (surface === '人' && /^(?:民|员|口|才|们|大)/.test(nextChar)) {
      // 人民币, 人员: the character belongs to the next word.
      if (nextChar === '民' && folded.slice(end, end + 2) === '民币') {
        unit = moneyUnit('CNY');
        end += 2;
        if (folded[end] === '元') end++;
      } else if (!(nextChar === '民' && scaleLen > 0)) continue; // 4亿人民: people, counted.
    }
    // 新台币800亿元, 人民币750亿元: a currency word before the number decides what 元 means.
    const currencyWord = CURRENCY_BEFORE.exec(folded.slice(Math.max(0, wordsEnd - 3), wordsEnd));
    if (unit && unit.currency === 'CNY' && surface !== '元人民币' && (surface === '元' || surface === '圆')) {
      if (currencyWord && !yuanNamed && LOCAL_CURRENCY_WORDS.has(currencyWord[0])) {
        yuan = CURRENCY_CODE[currencyWord[0]]!;
        yuanNamed = true;
      }
      unit = moneyUnit(currencyWord && /[\u4e00-\u9fff]/.test(currencyWord[0]) ? CURRENCY_CODE[currencyWord[0]]! : yuan);
    }
    if (!unit) {
      // A bare number may still carry a currency sign before it (¥300, $5亿).
      const sign = CURRENCY_BEFORE.exec(folded.slice(Math.max(0, m.index - 3), m.index));
      if (!sign) {
        // A range whose second end carries the unit (5-7%, 5至7个).
        RANGE_SEP.lastIndex = end;
        if (!RANGE_SEP.exec(folded)) {
          LIST_TAIL.lastIndex = end;
          const list = g.ar && !/\d/.test(prevChar) ? LIST_TAIL.exec(folded) : null;
          const tail = list ? matchScaleAndUnit(folded, end + list[0].length) : null;
          if (tail && tail.scaleLen === 0 && !tail.info.classifier) unit = tail.info;
          else if (magnitude || isZhUnitlessFigure(folded, m.index, numStart, end, { chinese: !!g.zh })) unit = NO_UNIT;
          else continue;
        }
      } else unit = moneyUnit(CURRENCY_CODE[sign[0]]!);
    }

    // A range: 3%—5%, 5-7%, 2.5%至3.5%, 5至7个.
    let valueMax: number | null = null;
    RANGE_SEP.lastIndex = end;
    const sep = RANGE_SEP.exec(folded);
    if (sep) {
      RANGE_NUM.lastIndex = sep.index + sep[0].length;
      const second = RANGE_NUM.exec(folded);
      if (second) {
        const secondEnd = second.index + second[0].length;
        const hit = matchScaleAndUnit(folded, secondEnd);
        SCALE_RUN.lastIndex = secondEnd;
        const secondScale = hit ? hit.scaleLen : SCALE_RUN.exec(folded)![0].length;
        const secondValue = parseWithScale(second[0], folded.slice(secondEnd, secondEnd + secondScale));
        const afterSecond = folded.slice(secondEnd + secondScale, secondEnd + secondScale + 2);
        if (DATE_AFTER.test(afterSecond) && !hit) {
          NUM_ZH.lastIndex = secondEnd + secondScale;
          continue;
        }
        if (secondValue !== null && (hit || unit) && (!hit || !unit || hit.info.unit === unit.unit)) {
          if (!unit) unit = hit!.info;
          // 3-5万人: a scale written once applies to both ends.
          if (hit && scaleLen === 0 && hit.scaleLen > 0) value = shiftDecimal(String(value), zhScalePower(folded.slice(secondEnd, secondEnd + hit.scaleLen)) ?? 0);
          valueMax = secondValue;
          end = hit ? secondEnd + hit.scaleLen + hit.surface.length : secondEnd + secondScale;
          NUM_ZH.lastIndex = end;
        }
      }
      if (!unit) continue;
    }
    if (!unit) continue;

    // Qualifier and change words just before the number.
    const cueEnd = currencyWord && /[\u4e00-\u9fff]/.test(currencyWord[0]) ? wordsEndBefore(folded, wordsEnd - currencyWord[0].length) : wordsEnd;
    const windowStart = Math.max(0, cueEnd - 10);
    const window = folded.slice(windowStart, cueEnd);
    const pm = ZH_PREFIX_RE.exec(window);
    let start = m.index;
    let qualifier: Qualifier = infixQualifier ?? 'eq';
    let change: FigureChange = 'level';
    const cues: string[] = [];
    if (pm && pm[0]) {
      const pg = pm.groups!;
      if (pg.q) {
        qualifier = ZH_QUALIFIER.get(pg.q)!;
        cues.push(pg.q);
      }
      if (pg.chg && !pg.to) {
        const newAddition = pg.chg === '增' && window.slice(0, pm.index).endsWith('新');
        if (!newAddition) {
          change = ZH_CHANGE.get(pg.chg)!;
          cues.push((pg.cmp ?? '') + pg.chg);
        }
      }
      const quoteFrom = pg.chg && !pg.to && change !== 'level' ? windowStart + pm.index : pg.q ? cueEnd - pg.q.length : m.index;
      start = quoteFrom;
    }
    // A lone 一 before a classifier is usually an article (一艘巡逻艇, 一批企业); it counts when listed (共抓一项重点改革，即…).
    if (g.zh && numText === '一' && unit.classifier && scaleLen === 0) {
      const listed = /共[\u4e00-\u9fff]?$/.test(window) || /^[\u4e00-\u9fff“”]{0,12}(?:[，,]即|[：:])/.test(folded.slice(end, end + 16));
      if (!listed) continue;
    }
    SPACED_SUFFIX.lastIndex = end;
    const suffixGap = SPACED_SUFFIX.exec(folded)?.[0].length ?? 0;
    const sm = (ZH_SUFFIX_RE.lastIndex = end + suffixGap, ZH_SUFFIX_RE.exec(folded));
    if (sm) {
      const q = ZH_SUFFIX_QUALIFIER[sm[0]]!;
      // 多/余 after a unit only qualify when nothing else follows as a word (300个以上 vs 个多月).
      if (!(sm[0] === '多' || sm[0] === '余') || !/[\u4e00-\u9fff]/.test(folded[end + 1] ?? '')) {
        qualifier = q;
        cues.push(sm[0]);
        end += suffixGap + sm[0].length;
      }
    }
    if (valueMax !== null) qualifier = 'range';
    else if (magnitude) qualifier = 'gte';
    else if (numText === '过半') qualifier = 'gt';
    // 自然增长率为-0.32‰: a minus sign straight before the number (not a hyphen between numbers).
    if (g.ar && /[-−]/.test(prevChar) && !/[\dA-Za-z]/.test(folded[m.index - 2] ?? '') && start === m.index) {
      value = -value;
      if (valueMax !== null) valueMax = -valueMax;
      start -= 1;
    }
    out.push({
      start,
      end,
      numStart: m.index,
      value,
      valueMax,
      unit: unit.unit,
      currency: unit.currency,
      qualifier,
      change,
      countInWords: !!g.zh && !g.pct && scaleLen === 0 && unit.classifier && value <= 10,
      classifier: unit.classifier,
      rule: g.pct ? 'zh.percent-words' : g.frac ? 'zh.fraction' : magnitude ? 'zh.order-of-magnitude' : valueMax !== null ? 'zh.range' : !unit.unit ? 'zh.number' : g.zh ? (unit.classifier ? 'zh.count-in-words' : 'zh.numeral+unit') : 'zh.number+unit',
      cues,
      unitEnd: unitHit || pctUnit ? end - (sm && qualifier !== 'range' && cues.includes(sm[0]) ? sm[0].length : 0) : end,
    });
    if (NUM_ZH.lastIndex < end) NUM_ZH.lastIndex = end;
  }
  return out;
}
