/**
 * The Chinese scanner's judgements about the words around a number, as named rules:
 *  - a token that is no quantity at all (唯一一个, 零部件, 第二届, a code such as A3);
 *  - a unit word that belongs to the word after it or changes the reading (两成五 is 25%,
 *    人民币 is a currency, 三次产业 a sector, 三大平台 a count of kinds).
 * scan-zh.ts runs them; each rule is tested by name.
 */
import type { UnitInfo } from './units';
import { moneyUnit } from './units';
import { parseZhNumber, ZH_FINANCIAL_CHARS } from './numbers';

/** A number token as the scanner first sees it, before its value is read. */
export interface ZhToken {
  /** Where the match starts (before 百分之, if any). */
  index: number;
  /** Which alternative of the scanner's pattern matched. */
  g: { pct?: string; frac?: string; ar?: string; zh?: string };
  numText: string;
  /** Just after the number (and a typesetting gap before its unit). */
  pos: number;
  prevChar: string;
  /** Where the words before the number end. */
  wordsEnd: number;
  /** A bare scale standing for one of it (逾千万人次, 近万人). */
  bareScale: boolean;
}

export interface ZhTokenRule {
  name: string;
  /** True when the token is not a quantity. */
  rejects(t: ZhToken, folded: string): boolean;
}

const ZH_DIGIT_CHAR = /[零〇一二两三四五六七八九十廿卅壹贰貳叁參肆伍陆陸柒捌玖拾]/;

export const ZH_TOKEN_REJECTIONS: readonly ZhTokenRule[] = [
  {
    // 千万 in 千万不要: scale characters with no digit, unless a word of degree makes them a count.
    name: 'no-digit',
    rejects: (t) => !!t.g.zh && !ZH_DIGIT_CHAR.test(t.numText) && !t.bareScale,
  },
  {
    // 伍, 陆 and 拾 alone are words (队伍, 陆地, 收拾), but amounts before 元: 合同金额为壹元, 拾元.
    name: 'financial-character-word',
    rejects: (t, folded) => !!t.g.zh && t.numText.length < 2 && [...t.numText].some((c) => ZH_FINANCIAL_CHARS.includes(c)) && !/^[元圆]/.test(folded[t.pos] ?? ''),
  },
  {
    // 唯一一个, 二三个: two digit characters side by side are a word and an article, or 'two or three', never 11 or 23.
    name: 'two-numerals-side-by-side',
    rejects: (t) => !!t.g.zh && /^[一二两三四五六七八九]{2}$/.test(t.numText),
  },
  {
    // 零部件, 零售, 〇: a zero on its own is part of a word, never a quantity.
    name: 'lone-zero',
    rejects: (t) => !!t.g.zh && /^[零〇]+$/.test(t.numText),
  },
  {
    // A3, 5G, 100万千瓦/400万千瓦时: a slash after a unit joins two quantities; elsewhere it belongs to a code or a date.
    name: 'part-of-a-code',
    rejects: (t, folded) => /[A-Za-z.+&#_@]/.test(t.prevChar) || /\d/.test(t.prevChar) || (t.prevChar === '/' && !/[\u4e00-\u9fff]/.test(folded[t.index - 2] ?? '')),
  },
  {
    // 第二届, 前三季度, 这两个项目, 每名: ordinals, ranks and back-references are not quantities.
    name: 'ordinal-or-pointer',
    rejects: (t, folded) => !t.g.pct && /[第前这那每该哪星周]$/.test(folded[t.wordsEnd - 1] ?? ''),
  },
];

/** The reading a unit word may change: its value, where it ends, and its unit. */
export interface ZhUnitReading {
  value: number;
  end: number;
  unit: UnitInfo | null;
  /** Length of the scale before the unit (4亿人民: 亿). */
  scaleLen: number;
}

export interface ZhUnitWordRule {
  name: string;
  /** The unit word, as matched. */
  surface: string;
  /** Adjusts the reading; false when the number and the word are no figure. */
  read(t: ZhToken, r: ZhUnitReading, folded: string): boolean;
}

const DURATION_AFTER_GE = /^(?:月|小时|工作日|星期|季度|年|周|学期)/;
/** 两成五 (25%): a digit after 成 is the next tenth, when no word runs on from it. */
const TENTH_AFTER_CHENG = /^[一二三四五六七八九](?=[^\u4e00-\u9fff]|的|左右|以上|$)/;

/** A word of degree before a share lets 成 run into its noun: 贡献约7成出口增量. */
const DEGREE_BEFORE_SHARE = /(?:约|近|超|逾|超过|接近|将近|达)$/;

function readTenths(t: ZhToken, r: ZhUnitReading, folded: string): boolean {
  const tenth = TENTH_AFTER_CHENG.exec(folded.slice(r.end, r.end + 3));
  if (tenth && r.value <= 10) {
    r.value += parseZhNumber(tenth[0])! / 10;
    r.end += 1;
  }
  const degreeBefore = DEGREE_BEFORE_SHARE.test(folded.slice(Math.max(0, t.index - 2), t.index));
  if (r.value > 10 || /[\u4e00-\u9fff]/.test(folded[r.end] ?? '') && !degreeBefore && !/^(?:左右|以上|多|至|到|的)/.test(folded.slice(r.end, r.end + 2))) return false;
  r.value *= 10;
  r.unit = { unit: '%', currency: null, classifier: false };
  return true;
}

export const ZH_UNIT_WORD_RULES: readonly ZhUnitWordRule[] = [
  {
    // 三个月, 两个小时: 个 before a time word counts a duration, not things.
    name: 'ge-before-duration',
    surface: '个',
    read: (_t, r, folded) => !DURATION_AFTER_GE.test(folded.slice(r.end, r.end + 2)),
  },
  {
    // 人大三次会议, 三次产业: 次 after a numeral in characters names a session or a sector, not a count.
    name: 'ci-names-a-session',
    surface: '次',
    read: (t, r, folded) => !(t.g.zh || /^(?:会|全|产)/.test(folded[r.end] ?? '')),
  },
  {
    // 三大平台, 7大产业集群: a count of kinds before a noun; Arabic digits run to 20 (12大总成), characters to nine (十大 is a name).
    name: 'da-counts-kinds',
    surface: '大',
    read: (t, r, folded) => !(r.value > (t.g.zh ? 9 : 20) || r.value < 2 || !/[\u4e00-\u9fff]/.test(folded[r.end] ?? '')),
  },
  {
    // 三成 is 30%, 两成五 25%; 上升三成至约4500万人次: a share may run on into the level it brought,
    // and after a word of degree into its noun (贡献约7成出口增量).
    name: 'cheng-is-tenths',
    surface: '成',
    read: readTenths,
  },
  {
    // 7折 is 70% of the price; 按汇率6.8985折算: 折 starts 折算 or 折合 there, and the number stands without a unit.
    name: 'zhe-is-tenths-unless-converting',
    surface: '折',
    read: (t, r, folded) => {
      if (/^[算合]/.test(folded[r.end] ?? '')) {
        r.unit = null;
        r.end -= 1;
        return true;
      }
      return readTenths(t, r, folded);
    },
  },
  {
    // 債息跌穿4厘 is a rate of 4%; 5厘米 is a length.
    name: 'li-is-a-percent',
    surface: '厘',
    read: (_t, r, folded) => {
      if (folded[r.end] === '米') return false;
      r.unit = { unit: '%', currency: null, classifier: false };
      return true;
    },
  },
  {
    // 人民币, 人员: the character belongs to the next word; 4亿人民 are people, counted.
    name: 'ren-runs-into-a-word',
    surface: '人',
    read: (_t, r, folded) => {
      const nextChar = folded[r.end] ?? '';
      if (!/^(?:民|员|口|才|们|大)/.test(nextChar)) return true;
      if (nextChar === '民' && folded.slice(r.end, r.end + 2) === '民币') {
        r.unit = moneyUnit('CNY');
        r.end += 2;
        if (folded[r.end] === '元') r.end++;
        return true;
      }
      return nextChar === '民' && r.scaleLen > 0;
    },
  },
];
