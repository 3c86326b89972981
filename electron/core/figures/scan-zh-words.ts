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
  /** The unit words, as matched. */
  surfaces: readonly string[];
  /**
   * A word that is only sometimes a count (回, 县, 金): its rule judges the number it touches, so
   * the bare first end of a range (1-5区) never takes it from the second.
   */
  onlyBesideItsNumber?: true;
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

/** Words the place character starts rather than counts (县城, 国家, 区域, 州市 is a count of prefectures). */
const PLACE_WORD_AFTER = /^[道际家内营产的域级城委长政府立民企属旗际界库债]/;
/** A count of places stands after a list (玛曲、镇原4县), a total (其余12县, 等12州, 有41国) or before 中 (49国中). */
const PLACE_LIST_BEFORE = /(?:等|其余|其他|其中|共|全|各|有|、[^，。；、\n]{1,6})$/;
/** Another medal of the tally close by: 9金、5银、6铜. */
const MEDAL_TALLY = /\d+[金银铜][、，,；]\s*\d+[金银铜]/;
/** A launch count (连续12发, 累计发射30发) follows a word of sequence or is said to succeed. */
const LAUNCH_BEFORE = /(?:连续|累计|共|成功|发射)$/;
const LAUNCH_AFTER = /^(?:圆满|成功|火箭|导弹|炮弹|卫星)/;

/**
 * The counting words below are rarely counts; when a rule says this one is not, the number
 * stands as it did before the word was taught (without a unit), and the scan decides as for
 * any bare number.
 */
function countOrBare(isCount: boolean, r: ZhUnitReading): true {
  if (!isCount) {
    r.unit = null;
    r.end -= 1;
  }
  return true;
}

export const ZH_UNIT_WORD_RULES: readonly ZhUnitWordRule[] = [
  {
    // 三个月, 两个小时: 个 before a time word counts a duration, not things.
    name: 'ge-before-duration',
    surfaces: ['个'],
    read: (_t, r, folded) => !DURATION_AFTER_GE.test(folded.slice(r.end, r.end + 2)),
  },
  {
    // 人大三次会议, 三次产业: 次 after a numeral in characters names a session or a sector, not a count.
    name: 'ci-names-a-session',
    surfaces: ['次'],
    read: (t, r, folded) => !(t.g.zh || /^(?:会|全|产)/.test(folded[r.end] ?? '')),
  },
  {
    // 5岁以下儿童死亡率, 65岁及以上老年人口: an age that bounds a group of people names who, not a figure.
    name: 'sui-bounds-a-group',
    surfaces: ['岁'],
    read: (_t, r, folded) => !/^(?:及|或)?(?:以下|以上|以内|至\d+岁)?[\u4e00-\u9fff]*?(?:儿童|人口|老年人|老人|青年|人群|少年|婴儿|幼儿|居民|妇女|男性|女性|学生|劳动力)/.test(folded.slice(r.end, r.end + 10)),
  },
  {
    // 三大平台, 7大产业集群: a count of kinds before a noun; Arabic digits run to 20 (12大总成), characters to nine (十大 is a name).
    name: 'da-counts-kinds',
    surfaces: ['大'],
    read: (t, r, folded) => !(r.value > (t.g.zh ? 9 : 20) || r.value < 2 || !/[\u4e00-\u9fff]/.test(folded[r.end] ?? '')),
  },
  {
    // 三成 is 30%, 两成五 25%; 上升三成至约4500万人次: a share may run on into the level it brought,
    // and after a word of degree into its noun (贡献约7成出口增量).
    name: 'cheng-is-tenths',
    surfaces: ['成'],
    read: readTenths,
  },
  {
    // 7折 is 70% of the price; 按汇率6.8985折算: 折 starts 折算 or 折合 there, and the number stands without a unit.
    name: 'zhe-is-tenths-unless-converting',
    surfaces: ['折'],
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
    surfaces: ['厘'],
    read: (_t, r, folded) => {
      if (folded[r.end] === '米') return false;
      r.unit = { unit: '%', currency: null, classifier: false };
      return true;
    },
  },
  {
    // 人民币, 人员: the character belongs to the next word; 4亿人民 are people, counted.
    name: 'ren-runs-into-a-word',
    surfaces: ['人'],
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
  {
    // 15回输电线路 counts circuits; 0.2回升, 透过2025回望, 一回事: 回 starts a verb or a word there.
    name: 'hui-counts-circuits',
    surfaces: ['回'],
    onlyBesideItsNumber: true,
    read: (t, r, folded) => countOrBare(!t.g.zh && !/^[升落应归复流收购报馈顾避访合暖稳调望头首]/.test(folded[r.end] ?? ''), r),
  },
  {
    // 连续12发圆满成功 counts launches; elsewhere 发 starts 发展, 发布, 发电.
    name: 'fa-counts-launches',
    surfaces: ['发'],
    onlyBesideItsNumber: true,
    read: (t, r, folded) => countOrBare(LAUNCH_BEFORE.test(folded.slice(Math.max(0, t.index - 4), t.index)) || LAUNCH_AFTER.test(folded.slice(r.end, r.end + 2)), r),
  },
  {
    // 7群42只 counts troops; 群众, 群体, 群岛 are words, and “六链五群” in characters is a slogan.
    name: 'qun-counts-groups',
    surfaces: ['群'],
    onlyBesideItsNumber: true,
    read: (t, r, folded) => countOrBare(!t.g.zh && !/^[众体岛落组聊星英]/.test(folded[r.end] ?? ''), r),
  },
  {
    // 提案1案 counts motions; 3案件, 2案例 run on into their word.
    name: 'an-counts-motions',
    surfaces: ['案'],
    onlyBesideItsNumber: true,
    read: (_t, r, folded) => countOrBare(!/^[件例情由子卷源发底值]/.test(folded[r.end] ?? ''), r),
  },
  {
    // 充電樁達1萬3482槍 counts charging points (and 身中3枪 shots); 5枪支, 3枪击案 run on into their word.
    name: 'qiang-counts-points',
    surfaces: ['枪'],
    read: (_t, r, folded) => countOrBare(!/^[支械击手声杀战管口弹炮]/.test(folded[r.end] ?? ''), r),
  },
  {
    // 预定达到625站, 朝下一阶段五百站目标 count stations; 第3站 is an ordinal, 2站台, 5站长 run on into their word,
    // and a small number in characters (一站式, 三站一中心) is part of a name.
    name: 'zhan-counts-stations',
    surfaces: ['站'],
    onlyBesideItsNumber: true,
    read: (t, r, folded) => countOrBare((!t.g.zh || r.value >= 10) && folded[t.index - 1] !== '第' && !/^[台长务内外岗起立稳住式]/.test(folded[r.end] ?? ''), r),
  },
  {
    // 镇原4县, 其余12县（市）, 亚太地区49国中, 等12州: places counted in a list or a total. Elsewhere
    // 5区 is a numbered district in an address and 3国 may start 国家, so the number stands alone;
    // in characters (两国关系, 五国集团) the number is mostly part of a name.
    name: 'places-counted-in-a-list',
    surfaces: ['县', '州', '国', '区'],
    onlyBesideItsNumber: true,
    read: (t, r, folded) => countOrBare(!t.g.zh && !PLACE_WORD_AFTER.test(folded[r.end] ?? '') &&
      (PLACE_LIST_BEFORE.test(folded.slice(Math.max(0, t.index - 8), t.index)) || folded[r.end] === '中'), r),
  },
  {
    // 9金、5银、6铜: medals in a tally; 5金 elsewhere is no count of medals.
    name: 'medals-in-a-tally',
    surfaces: ['金', '银', '铜'],
    onlyBesideItsNumber: true,
    read: (t, r, folded) => countOrBare(/^[、，,；。]/.test(folded[r.end] ?? '') && MEDAL_TALLY.test(folded.slice(Math.max(0, t.index - 12), r.end + 12)), r),
  },
];

/** Unit words a range's bare first end does not share (see onlyBesideItsNumber). */
export const ZH_WORDS_BESIDE_THEIR_NUMBER: ReadonlySet<string> = new Set(ZH_UNIT_WORD_RULES.filter((w) => w.onlyBesideItsNumber).flatMap((w) => w.surfaces));
