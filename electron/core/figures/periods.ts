import type { Period } from '../../../shared/domain/figure';
import { parseChineseInteger, parseEnglishNumberWords } from './numbers';

/**
 * Time expressions in a text and the ISO ranges they stand for, resolved
 * against the story date. Comparison bases (比上年, 较2022年, "from 2023",
 * "the year before") are not periods of the figure and are left out.
 */

export interface PeriodMention {
  start: number;
  end: number;
  period: Period;
  /**
   * Applies only inside its own clause and is not carried forward: attribution
   * dates (on Thursday, today) and shifts (a year earlier).
   */
  local: boolean;
  /**
   * Applies to the figures of its own sentence only and is not carried on:
   * 'expects full-year sales of $50bn to $52bn, up from $49bn to $51bn'.
   */
  sentenceOnly?: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const monthEnd = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const year = (y: number, label: string): Period => ({ from: ymd(y, 1, 1), to: ymd(y, 12, 31), label });
const years = (a: number, b: number, label: string): Period => ({ from: ymd(a, 1, 1), to: ymd(b, 12, 31), label });
const months = (y: number, a: number, b: number, label: string): Period => ({ from: ymd(y, a, 1), to: ymd(y, b, monthEnd(y, b)), label });
/** April–March financial year starting in `y` (Hong Kong, UK, India). */
const fiscal = (y: number, label: string): Period => ({ from: ymd(y, 4, 1), to: ymd(y + 1, 3, 31), label });

function zhOrArabic(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return parseChineseInteger(s);
}

const QUARTER_ZH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 首: 1, '1': 1, '2': 2, '3': 3, '4': 4 };
const ORDINAL_EN: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function partOfYear(y: number, part: string, label: string): Period | null {
  if (part === '上半年' || part === 'first half') return months(y, 1, 6, label);
  if (part === '下半年' || part === 'second half') return months(y, 7, 12, label);
  if (part === '前三季度') return months(y, 1, 9, label);
  const q = /([一二三四首1-4])季度?/.exec(part);
  if (q) {
    const n = QUARTER_ZH[q[1]!]!;
    return months(y, n * 3 - 2, n * 3, label);
  }
  return null;
}

interface Context {
  ctxYear: number | null;
  ctxDate: string | null;
}

/** The latest year in which a part-of-year starting at `startMonth` has begun by the story date. */
function yearForPart(ctx: Context, startMonth: number, fallback: number | null): number | null {
  if (fallback !== null) return fallback;
  if (!ctx.ctxDate || ctx.ctxYear === null) return null;
  const start = ymd(ctx.ctxYear, startMonth, 1);
  return start <= ctx.ctxDate ? ctx.ctxYear : ctx.ctxYear - 1;
}

const ZH_COMPARISON_BEFORE = /(?:比|较|与|同|对比|相比|低于|高于)$/;

// Longer, more specific forms come first; overlapping later matches are dropped.
const ZH_PATTERNS: RegExp[] = [
  /(?<!\d)(\d{4})\s*(?:至|—|–|-|\/|~)\s*(\d{2}|\d{4})\s*(?:课税)?年度/g, // 0 fiscal year
  /(?<!\d)(\d{4})\s*年?\s*(?:—|–|-|~|至|到)\s*(\d{4})\s*年/g, // 1 year range
  /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/g, // 2 full date
  /(?<!\d)(\d{4})年(\d{1,2})\s*(?:—|–|-|~|至|到)\s*(\d{1,2})月/g, // 3 month range
  /(?<!\d)(\d{4}) ?年 ?(\d{1,2}) ?月(?!\d{1,2}日)/g, // 4 month (HK and Taiwan set a space around numbers: 2025 年 3 月)
  /(?<!\d)(\d{4}) ?年 ?(第?[一二三四1-4]季度|第[一二三四1-4]季|首季度?|上半年|下半年|前三季度)/g, // 5 part of year
  /(?:到|至|截至|截止)(\d{4})年(?:底|末)?/g, // 6 by year
  /(?<!\d)(\d{4}) ?年(?:度)?/g, // 7 year
  /(今年|本年|明年|去年|前年)(初|底|末|年初|年底)?(上半年|下半年|前三季度|第?[一二三四]季度|第[一二三四]季|首季度?|(?<!\d)\d{1,2}\s*(?:—|–|-|~|至)\s*\d{1,2}月|\d{1,2}月(?!\d{1,2}日)|[一二三四五六七八九十]{1,2}月?\s*(?:—|–|-|~|至)\s*[一二三四五六七八九十]{1,2}月|[一二三四五六七八九十]{1,2}月(?![一二三四五六七八九十\d]{1,3}日))?/g, // 8 relative
  /(过去|近|未来|今后) ?([一二三四五六七八九十两\d]{1,2}) ?年/g, // 9 span of years (过去 5 年 as typeset in Hong Kong and Taiwan)
  /十([一二三四五六七八九])五/g, // 10 five-year plan
  /(上半年|下半年|前三季度|第?[一二三四]季度|第[一二三四]季|首季度?(?![度]))/g, // 11 part of year, year from context
  /(?<!\d)(\d{1,2})\s*(?:—|–|-|~|至)\s*(\d{1,2})月(?!\d{1,2}日)/g, // 12 month range, year from context
  /(?<![\d年])(\d{1,2})月份?(?!\d{1,2}日|\d)/g, // 13 month, year from context
  /(?<![今去明前本上])(全年|年末|年底|年初)/g, // 14 the reference year
  /(?<![〇零一二三四五六七八九])([一二][〇零一二三四五六七八九]{3})年(?!代)/g, // 15 a year in Chinese numerals: 二〇二五年
  /(?:民国|中华民国)?(?<!\d)(1[0-2]\d)年度?(?!\d)/g, // 16 a Minguo (ROC) year, as Taiwan dates its plans: 113年度 = 2024
  /今明两年/g, // 17 this year and next: 今明两年光电并网目标为18GW、20GW
  /(?<![从在比较与])(?:截至目前|到目前为止|目前|当前|现阶段)(?!的|为止)/g, // 18 now: the story date (光电目前是16GW)
  // 19 a bare year heading a place or a line, as headlines and quotes print it: 2025北京全市…, 「2024 新重庆 开新局」.
  /(?<![\d.\w]|\d,)((?:19|20)\d{2})(?=[\u4e00-\u9fff]{0,3}(?:全国|全省|全市|全区|全县|全港|全澳)|[ \u3000]+(?![个家人元万亿项所座台辆套吨件只名位条次岁])[\u4e00-\u9fff]{2})/g,
];

const ZH_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const EN_PATTERNS: RegExp[] = [
  /\b(?:FY\s?)?((?:19|20)\d{2})[-–/](\d{2})\b(?![-–/]\d)/g, // 0 financial year 2025-26
  /\b((?:19|20)\d{2})\s?(?:-|–|to)\s?((?:19|20)\d{2})\b/g, // 1 year range
  /\bFY\s?(\d{4}|\d{2})\b/g, // 2 FY2023 (read as the calendar year)
  /\b(first|second|third|fourth)[- ]quarter(?:\s+(?:of\s+)?((?:19|20)\d{2}))?|\bQ([1-4])(?:\s+((?:19|20)\d{2}))?/gi, // 3 quarter
  /\b(first|second)[- ]half(?:\s+of)?(?:\s+((?:19|20)\d{2}))?/gi, // 4 half
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+((?:19|20)\d{2}))?\b/g, // 5 month
  /\b(?:(in|during|for|by|since|from|until|through|of|to|than|before|after|on|as)\s+)?((?:19|20)\d{2})\b(?![-–/]\d|,\d|\.\d|%)/gi, // 6 year
  /\b(so far this year|this year|last year|next year|this month|last month|the past year|the previous year|the year before|a year earlier|a year ago|today|yesterday)\b/gi, // 7 relative
  /\b(?:over|in|during|for)\s+the\s+(next|past|last|coming)\s+(\w+(?:-\w+)?)\s+years\b/gi, // 8 span of years
  /\bon\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g, // 9 weekday
  /\b(?:the\s+)?(three|six|twelve|3|6|12)\s+months\s+to\s+(?:the\s+end\s+of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+((?:19|20)\d{2}))?\b/gi, // 10 rolling months
  /\b(?:the\s+|its\s+)?(?:(?:fiscal|financial)\s+)?(quarter|half|year|nine\s+months)\s+(?:ended|ending|(?<!year\s+)to)\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}\b)?(?:,?\s+((?:19|20)\d{2})\b)?/gi, // 11 reporting period ended
  /\b(last|this|next|the previous|the current|the coming)\s+(quarter|summer|winter|spring|autumn)\b|\b(?:over|during|in|through)\s+the\s+(summer|winter|spring|autumn)\b/gi, // 12 relative quarter or season
  /\b(?:the\s+)?full[- ]year\b|\bfor\s+the\s+full\s+year\b/gi, // 13 full year (sentence only)
  /\bfrom\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)(?!,?\s+(?:19|20)\d{2})/g, // 14 start month of a change
  /\bin\s+(?:(?:early|morning|afternoon|late|midday|after-hours|extended|pre-market|premarket|heavy|light|volatile)\s+)?trading\b(?!\s+on\s)/gi, // 15 the trading day
  /\b(?:by|in|until|through)\s+the\s+(early|mid|late)[- ]?((?:19|20)\d0)s\b/gi, // 16 part of a decade: by the mid-2020s
  /\b(?:(?:by|before|until)\s+the\s+end\s+of|over|during|in|across|within)\s+(?:the\s+|this\s+)?(next|this|current|coming|last|previous)?\s*(?:parliament|parliamentary term)\b/gi, // 17 a UK Parliament
  /\bover\s+(?:the\s+)?(\w+|\d+)\s+years\s+(?:from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+(?:(early|mid|late)[- \u2011]?|(January|February|March|April|May|June|July|August|September|October|November|December)\s+|1\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d{2})\b/gi, // 18 N years from a start
  /\b(?:in|within)\s+(?:the\s+next\s+)?(\w+|\d+)\s+years(?:'|\u2019)?(?:\s+time)?\b/gi, // 19 within N years of the story
  /\b(?:by|until|before)\s+(?:the\s+)?(mid|early|late|end\s+of|middle\s+of|start\s+of)[- \u2011]?((?:19|20)\d{2})\b/gi, // 20 by mid-2022
  /\b(?:the\s+)?(March|June|September|December)\s+quarter(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/gi, // 21 the September quarter (Australia)
  /\b(?:in\s+|over\s+|for\s+)?the\s+(?:year|12\s+months|twelve\s+months)\s+to\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+((?:19|20)\d{2}))?\b/gi, // 22 the year to May: that month's reading
  /\b(?:in\s+|over\s+|during\s+)?the\s+first\s+(\w+|\d+)\s+months\s+of\s+((?:19|20)\d{2}|the\s+year)\b/gi, // 23 the first six months of 2023
];

/** Where a part of a year ends: by mid-2022 is by 30 June. */
const YEAR_PART_END: Record<string, string> = { mid: '06-30', middle: '06-30', early: '03-31', start: '03-31', late: '12-31', end: '12-31' };
const YEAR_PART_START: Record<string, string> = { mid: '07-01', early: '01-01', late: '10-01' };

/** The year a decade part ends by: early 2020s → 2023, mid → 2025, late → 2029. */
const DECADE_PART_END: Record<string, number> = { early: 3, mid: 5, late: 9 };

/**
 * UK Parliaments: a pledge "over this Parliament" or "by the end of the Parliament" runs
 * from the story to the end of the Parliament sitting (or, before an election, the next).
 * Dates are first sitting and dissolution; the last row's end is the latest the term can run.
 */
const UK_PARLIAMENTS: Array<{ from: string; to: string }> = [
  { from: '2010-05-18', to: '2015-03-30' },
  { from: '2015-05-18', to: '2017-05-03' },
  { from: '2017-06-13', to: '2019-11-06' },
  { from: '2019-12-17', to: '2024-05-30' },
  { from: '2024-07-09', to: '2029-08-15' },
];

function parliamentFor(date: string, which: string | undefined): { from: string; to: string } | null {
  const sitting = UK_PARLIAMENTS.findIndex((p) => p.from <= date && date <= p.to);
  const upcoming = UK_PARLIAMENTS.findIndex((p) => p.from > date);
  if (which === 'last' || which === 'previous') {
    // The last Parliament: the one before the sitting one, or, during an election, the one just dissolved.
    const last = sitting >= 0 ? UK_PARLIAMENTS[sitting - 1] : UK_PARLIAMENTS[(upcoming < 0 ? UK_PARLIAMENTS.length : upcoming) - 1];
    return last ?? null;
  }
  // Between dissolution and the first sitting, or when a manifesto speaks of "the next Parliament".
  const next = sitting < 0 ? upcoming : which === 'next' ? sitting + 1 : sitting;
  const chosen = UK_PARLIAMENTS[next];
  return chosen ? { from: chosen.from > date ? chosen.from : date, to: chosen.to } : null;
}
/** A verb of telling after a time word: 'last month reported', that time is when it was said, not what the figure covers. */
const EN_ATTRIBUTION_AFTER = /^\s+(?:reported|said|announced|posted|published|disclosed|revealed|unveiled|warned|told)\b/i;
/** Future wording before 'from April': the month a change starts, not a comparison base. */
const EN_FUTURE_BEFORE = /\b(?:will|would|shall|is to|are to|set to|is due to|are due to|plans? to|from next)\b/i;
const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] };
const EN_MONTH_COUNT: Record<string, number> = { three: 3, six: 6, twelve: 12, '3': 3, '6': 6, '12': 12 };
/** 'the lowest level since January': a record's comparison window, not the figure's period. */
const EN_SINCE_RECORD = /\b(?:lowest|highest|fastest|slowest|weakest|strongest|biggest|smallest|largest|sharpest|steepest|first time|most|least|best|worst)\b[^.;:,]{0,30}\bsince\s+(?:the\s+)?$/i;

const EN_COMPARISON_BEFORE = /\b(?:from|than|compared with|compared to|versus|vs\.?|as in|than in)\s+(?:the\s+)?$/i;

/** All period mentions in `folded`, sorted by position, non-overlapping. */
export function findPeriods(folded: string, language: 'zh' | 'en', ctxDate: string | null, paragraphs: Array<{ start: number; end: number }>): PeriodMention[] {
  const ctxYear = ctxDate ? Number(ctxDate.slice(0, 4)) : null;
  const ctx: Context = { ctxYear, ctxDate };
  const raw: Array<{ start: number; end: number; pattern: number; m: RegExpExecArray }> = [];
  const patterns = language === 'zh' ? ZH_PATTERNS : EN_PATTERNS;
  patterns.forEach((re, pattern) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) {
      raw.push({ start: m.index, end: m.index + m[0].length, pattern, m });
      if (m[0].length === 0) re.lastIndex++;
    }
  });
  raw.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.pattern - b.pattern);
  const out: PeriodMention[] = [];
  let coveredTo = -1;
  // The year most recently named, for 全年 and year-less months in the same paragraph.
  let runningYear: number | null = null;
  let runningYearPara = -1;
  let paraIdx = 0;
  for (const r of raw) {
    if (r.start < coveredTo) continue;
    while (paraIdx < paragraphs.length - 1 && paragraphs[paraIdx]!.end < r.start) paraIdx++;
    const before = folded.slice(Math.max(0, r.start - 6), r.start);
    const label = folded.slice(r.start, r.end);
    const sameParaYear: number | null = runningYearPara === paraIdx ? runningYear : null;
    let period: Period | null = null;
    let local = false;
    let sentenceOnly = false;
    const m = r.m;
    if (language === 'zh') {
      if (ZH_COMPARISON_BEFORE.test(before) && r.pattern !== 6) {
        coveredTo = r.end;
        continue;
      }
      // “十四五”规划和2035年远景目标纲要: the plan's full name, not the year its figures are for.
      if (/^远景目标/.test(folded.slice(r.end, r.end + 4))) {
        coveredTo = r.end;
        continue;
      }
      // 是2018年的1.4倍: the year is the base of a multiple, not the figure's period.
      if (/(?:是|为|相当于)$/.test(before) && /^的[^，。；]{0,10}倍/.test(folded.slice(r.end, r.end + 14))) {
        coveredTo = r.end;
        continue;
      }
      switch (r.pattern) {
        case 0: period = fiscal(Number(m[1]), label); break;
        case 1: period = years(Number(m[1]), Number(m[2]), label); break;
        case 2:
          // An event date (a dateline) is not the period a figure covers; a stock
          // stated as at a date is (于2024年3月31日为…, 截至…).
          if (/(?:于|截至|截止|到|至)$/.test(before)) period = { from: ymd(+m[1]!, +m[2]!, +m[3]!), to: ymd(+m[1]!, +m[2]!, +m[3]!), label };
          else local = true;
          break;
        case 3: period = months(Number(m[1]), Number(m[2]), Number(m[3]), label); break;
        case 4: period = months(Number(m[1]), Number(m[2]), Number(m[2]), label); break;
        case 5: period = partOfYear(Number(m[1]), m[2]!, label); break;
        case 6: period = ctxYear !== null && ctxYear <= Number(m[1]) ? years(ctxYear, Number(m[1]), label) : year(Number(m[1]), label); break;
        case 7: {
          const y = Number(m[1]);
          if (y >= 1900 && y <= 2100) period = year(y, label);
          break;
        }
        case 8: {
          if (ctxYear === null) break;
          const offset = { 今年: 0, 本年: 0, 明年: 1, 去年: -1, 前年: -2 }[m[1] as '今年'] ?? 0;
          const y = ctxYear + offset;
          const part = m[3];
          if (!part) period = year(y, label);
          else if (/月$/.test(part)) {
            // 1—5月 and 一月至三月 alike.
            const mm = /([一二三四五六七八九十\d]{1,2})月?(?:\s*(?:—|–|-|~|至)\s*([一二三四五六七八九十\d]{1,2}))?月/.exec(part)!;
            const a = zhOrArabic(mm[1]!);
            const b = mm[2] ? zhOrArabic(mm[2]) : a;
            if (a && b && a >= 1 && b <= 12 && a <= b) period = months(y, a, b, label);
          } else period = partOfYear(y, part, label);
          break;
        }
        case 9: {
          if (ctxYear === null) break;
          const n = zhOrArabic(m[2]!);
          if (!n) break;
          period = m[1] === '未来' || m[1] === '今后' ? years(ctxYear, ctxYear + n - 1, label) : years(ctxYear - n, ctxYear - 1, label);
          break;
        }
        case 10: {
          const n = 10 + (parseChineseInteger(m[1]!) ?? 0);
          // The third plan began in 1966 after the 1963–65 adjustment years.
          const first = n >= 3 ? 1966 + 5 * (n - 3) : 1953 + 5 * (n - 1);
          period = years(first, first + 4, label);
          break;
        }
        case 11: {
          const part = m[1]!;
          const startMonth = part === '下半年' ? 7 : part.startsWith('首') ? 1 : part.includes('二') ? 4 : part.includes('三') && !part.startsWith('前') ? 7 : part.includes('四') ? 10 : 1;
          const y = yearForPart(ctx, startMonth, sameParaYear);
          if (y !== null) period = partOfYear(y, part, label);
          break;
        }
        case 12: {
          const y = yearForPart(ctx, Number(m[1]), sameParaYear);
          if (y !== null) period = months(y, Number(m[1]), Number(m[2]), label);
          break;
        }
        case 13: {
          const mo = Number(m[1]);
          if (mo < 1 || mo > 12) break;
          const y = yearForPart(ctx, mo, sameParaYear);
          if (y !== null) period = months(y, mo, mo, label);
          break;
        }
        case 14: {
          const y = runningYear ?? ctxYear;
          if (y !== null) period = year(y, label);
          break;
        }
        case 15: {
          const y = Number([...m[1]!].map((c) => ZH_DIGIT[c]).join(''));
          if (y >= 1900 && y <= 2100) period = year(y, label);
          break;
        }
        case 16: {
          // Only where Taiwan's calendar is in use: the story says 民国, or its other years are Minguo too.
          const y = 1911 + Number(m[1]);
          if (/民国/.test(label) || /年度$/.test(label) || /(?:台湾|行政院|主计总处|立法院)/.test(folded)) period = year(y, label);
          break;
        }
        case 17: {
          if (ctxYear !== null) period = years(ctxYear, ctxYear + 1, label);
          break;
        }
        case 19: {
          period = year(Number(m[1]), label);
          break;
        }
        case 18: {
          // Where things stand on the day the story was written; it speaks for its own sentence only.
          if (ctx.ctxDate) period = { from: ctx.ctxDate, to: ctx.ctxDate, label };
          sentenceOnly = true;
          break;
        }
      }
      // 由8月覆检时的2%至3%上调至3.2%: a time that qualifies an earlier statement belongs to that statement alone.
      if (period && /^[\u4e00-\u9fff]{0,4}时的?/.test(folded.slice(r.end, r.end + 6))) local = true;
    } else {
      const lowerBefore = folded.slice(Math.max(0, r.start - 16), r.start);
      const since = /\bsince\s+$/i.test(lowerBefore) || (r.pattern === 6 && m[1]?.toLowerCase() === 'since');
      const upToSince = folded.slice(Math.max(0, r.start - 60), r.start) + (r.pattern === 6 && m[1] ? m[0].slice(0, m[0].indexOf(m[2]!)) : '');
      if (since && EN_SINCE_RECORD.test(upToSince)) {
        coveredTo = r.end;
        continue;
      }
      // 'down from 2.6% in September': the earlier month belongs to the compared figure only.
      if (/\bfrom\s+[^\s,;]+\s+in\s+$/i.test(folded.slice(Math.max(0, r.start - 24), r.start))) local = true;
      switch (r.pattern) {
        case 0: {
          // 'by 2024/25' is a deadline: the pledge runs from the story to the end of that financial year.
          const fy = fiscal(Number(m[1]), label);
          const by = /\bby\s+(?:the\s+end\s+of\s+)?$/i.exec(lowerBefore);
          period = by && ctxDate && ctxDate < fy.to ? { from: ctxDate, to: fy.to, label: `${by[0]}${label}` } : fy;
          break;
        }
        case 1: period = years(Number(m[1]), Number(m[2]), label); break;
        case 2: {
          const y = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
          period = year(y, label);
          break;
        }
        case 3: {
          const q = m[1] ? ORDINAL_EN[m[1].toLowerCase()]! : Number(m[3]);
          const explicit = m[2] ?? m[4];
          const y = explicit ? Number(explicit) : yearForPart(ctx, q * 3 - 2, sameParaYear);
          if (y !== null) period = months(y, q * 3 - 2, q * 3, label);
          break;
        }
        case 4: {
          const h = m[1]!.toLowerCase() === 'first' ? 1 : 7;
          const y = m[2] ? Number(m[2]) : yearForPart(ctx, h, sameParaYear);
          if (y !== null) period = months(y, h, h + 5, label);
          break;
        }
        case 5: {
          // '30 July 2024' and 'July 30' are dates (datelines, events), not periods.
          const after = folded.slice(r.end, r.end + 4);
          if (/\d\s*$/.test(folded.slice(Math.max(0, r.start - 3), r.start)) || /^\s\d{1,2}\b/.test(after)) {
            coveredTo = r.end + (/^\s\d{1,2}\b/.exec(after)?.[0].length ?? 0);
            continue;
          }
          const mo = MONTHS_EN.indexOf(m[1]!.toLowerCase()) + 1;
          if (m[1] === 'May' && !m[2] && !/\b(?:in|of|since|end of|until|by)\s+$/i.test(lowerBefore)) break;
          // 'by July this year', 'before July': a deadline is the next July, not the last one.
          const ahead = /\b(?:by|before|until)\s+$/i.test(lowerBefore) || /^\s+this\s+year\b/i.test(folded.slice(r.end, r.end + 11));
          const y = m[2] ? Number(m[2]) : ahead && ctxYear !== null ? ctxYear : yearForPart(ctx, mo, sameParaYear);
          if (y !== null) period = months(y, mo, mo, label);
          break;
        }
        case 6: {
          const prep = m[1]?.toLowerCase();
          const y = Number(m[2]);
          // '20% below 1990 levels', 'compared with 2019 levels': a baseline year, not the figure's period.
          const baseline = /^\s*(?:levels?|baseline|figures?)\b/i.test(folded.slice(r.end, r.end + 10));
          if (baseline || prep === 'from' || prep === 'than' || prep === 'before' || prep === 'after' || prep === 'on' || prep === 'as') {
            coveredTo = r.end;
            continue;
          }
          if (prep === 'by' || prep === 'until') period = ctxYear !== null && ctxYear <= y ? years(ctxYear, y, label) : year(y, label);
          // 'halved since 2021': the span of that sentence's change, not the story's time frame.
          else if (prep === 'since') { period = ctxYear !== null ? years(y, ctxYear, label) : year(y, label); sentenceOnly = true; }
          else period = year(y, label);
          break;
        }
        case 7: {
          if (ctxYear === null || !ctxDate) break;
          const phrase = m[1]!.toLowerCase();
          if (phrase === 'the year before' || phrase === 'the previous year') { coveredTo = r.end; continue; }
          if (phrase === 'this year' || phrase === 'so far this year') period = year(ctxYear, label);
          else if (phrase === 'last year' || phrase === 'the past year') period = year(ctxYear - 1, label);
          else if (phrase === 'next year') period = year(ctxYear + 1, label);
          else if (phrase === 'today') { period = { from: ctxDate, to: ctxDate, label }; local = true; }
          else if (phrase === 'yesterday') {
            const d = new Date(`${ctxDate}T00:00:00Z`);
            d.setUTCDate(d.getUTCDate() - 1);
            const iso = d.toISOString().slice(0, 10);
            period = { from: iso, to: iso, label };
            local = true;
          } else if (phrase === 'this month' || phrase === 'last month') {
            const d = new Date(`${ctxDate}T00:00:00Z`);
            if (phrase === 'last month') d.setUTCMonth(d.getUTCMonth() - 1, 1);
            period = months(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCMonth() + 1, label);
          } else {
            // 'a year earlier' shifts whatever period the clause is about; resolved by the caller.
            period = { from: '0000-01-01', to: '0000-12-31', label };
            local = true;
          }
          break;
        }
        case 8: {
          if (ctxYear === null) break;
          const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : parseEnglishNumberWords(m[2]!);
          if (!n) break;
          const forward = /next|coming/i.test(m[1]!);
          period = forward ? years(ctxYear, ctxYear + n - 1, label) : years(ctxYear - n, ctxYear - 1, label);
          break;
        }
        case 10: {
          const n = EN_MONTH_COUNT[m[1]!.toLowerCase()]!;
          const endMonth = MONTHS_EN.indexOf(m[2]!.toLowerCase()) + 1;
          const y: number | null = m[3] ? Number(m[3]) : yearForPart(ctx, endMonth, sameParaYear);
          if (y === null) break;
          const startMonth = endMonth - n + 1;
          period = startMonth >= 1 ? months(y, startMonth, endMonth, label) : { from: ymd(y - 1, startMonth + 12, 1), to: ymd(y, endMonth, monthEnd(y, endMonth)), label };
          break;
        }
        case 11: {
          const endMonth = MONTHS_EN.indexOf(m[2]!.toLowerCase()) + 1;
          const unit = m[1]!.toLowerCase();
          const n = unit === 'quarter' ? 3 : unit === 'half' ? 6 : unit === 'year' ? 12 : 9;
          const y: number | null = m[3] ? Number(m[3]) : yearForPart(ctx, endMonth, null);
          if (y === null) break;
          const startMonth = endMonth - n + 1;
          period = startMonth >= 1 ? months(y, startMonth, endMonth, label) : { from: ymd(y - 1, startMonth + 12, 1), to: ymd(y, endMonth, monthEnd(y, endMonth)), label };
          break;
        }
        case 12: {
          if (ctxYear === null || !ctxDate) break;
          const which = (m[1] ?? 'this').toLowerCase();
          const what = (m[2] ?? m[3]!).toLowerCase();
          const month = Number(ctxDate.slice(5, 7));
          if (what === 'quarter') {
            const q0 = Math.floor((month - 1) / 3) + (which === 'next' || which === 'the coming' ? 1 : which === 'last' || which === 'the previous' ? -1 : 0);
            const y = ctxYear + Math.floor(q0 / 4);
            const q = ((q0 % 4) + 4) % 4;
            period = months(y, q * 3 + 1, q * 3 + 3, label);
          } else {
            const [a, b] = SEASON_MONTHS[what]!;
            // 'last summer' is the most recent one already over; 'this/over the summer' the current or coming one.
            const past = which === 'last' || which === 'the previous';
            const next = which === 'next' || which === 'the coming';
            let y: number;
            if (b < a) y = (month <= b ? ctxYear - 1 : ctxYear) - (past ? 1 : 0) + (next ? 1 : 0);
            else y = past ? (month > b ? ctxYear : ctxYear - 1) : next ? (month >= a ? ctxYear + 1 : ctxYear) : ctxYear;
            period = b < a ? { from: ymd(y, a, 1), to: ymd(y + 1, b, monthEnd(y + 1, b)), label } : months(y, a, b, label);
          }
          break;
        }
        case 13: {
          if (ctxYear === null) break;
          period = year(ctxYear, label);
          sentenceOnly = true;
          break;
        }
        case 14: {
          if (ctxYear === null || !ctxDate) break;
          const sentenceHead = folded.slice(Math.max(0, r.start - 160), r.start).replace(/^[\s\S]*[.!?\n]\s/, '');
          if (!EN_FUTURE_BEFORE.test(sentenceHead)) { coveredTo = r.end; continue; }
          const mo = MONTHS_EN.indexOf(m[1]!.toLowerCase()) + 1;
          const y = mo >= Number(ctxDate.slice(5, 7)) ? ctxYear : ctxYear + 1;
          // From April: the UK (and Hong Kong, Indian) financial year; otherwise the twelve months it starts.
          period = mo === 4 ? fiscal(y, label) : { from: ymd(y, mo, 1), to: ymd(y + 1, mo - 1 || 12, monthEnd(y + 1, mo - 1 || 12)), label };
          if (mo === 1) period = year(y, label);
          break;
        }
        case 15: {
          if (!ctxDate) break;
          period = { from: ctxDate, to: ctxDate, label };
          local = true;
          break;
        }
        case 16: {
          const end = Number(m[2]) + DECADE_PART_END[m[1]!.toLowerCase()]!;
          period = ctxYear !== null && ctxYear <= end ? years(ctxYear, end, label) : year(end, label);
          break;
        }
        case 17: {
          if (!ctxDate) break;
          const term = parliamentFor(ctxDate, m[1]?.toLowerCase());
          if (term) period = { ...term, label };
          break;
        }
        case 18: {
          const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseEnglishNumberWords(m[1]!);
          if (!n) break;
          const y = Number(m[5]);
          const month = m[3] ?? m[4];
          const startMd = month ? `${pad(MONTHS_EN.indexOf(month.toLowerCase()) + 1)}-01` : m[2] ? YEAR_PART_START[m[2].toLowerCase()]! : '01-01';
          const from = `${y}-${startMd}`;
          const end = new Date(`${from}T00:00:00Z`);
          end.setUTCFullYear(end.getUTCFullYear() + n);
          end.setUTCDate(end.getUTCDate() - 1);
          period = { from, to: end.toISOString().slice(0, 10), label };
          break;
        }
        case 19: {
          if (!ctxDate) break;
          const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseEnglishNumberWords(m[1]!);
          if (!n || n > 50) break;
          const end = new Date(`${ctxDate}T00:00:00Z`);
          end.setUTCFullYear(end.getUTCFullYear() + n);
          period = { from: ctxDate, to: end.toISOString().slice(0, 10), label };
          break;
        }
        case 20: {
          const part = m[1]!.toLowerCase().split(/\s+/)[0]!;
          const y = Number(m[2]);
          const to = `${y}-${YEAR_PART_END[part] ?? '12-31'}`;
          period = { from: ctxDate && ctxDate <= to ? ctxDate : `${y}-01-01`, to, label };
          break;
        }
        case 22: {
          const endMonth = MONTHS_EN.indexOf(m[1]!.toLowerCase()) + 1;
          const y: number | null = m[2] ? Number(m[2]) : yearForPart(ctx, endMonth, sameParaYear);
          if (y === null) break;
          // A 12-month rate 'in the year to May' is May's reading, as statistics offices publish it.
          period = months(y, endMonth, endMonth, label);
          break;
        }
        case 23: {
          const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseEnglishNumberWords(m[1]!);
          const y = /^\d/.test(m[2]!) ? Number(m[2]) : ctxYear;
          if (!n || n > 12 || y === null) break;
          period = months(y, 1, n, label);
          break;
        }
        case 21: {
          const endMonth = MONTHS_EN.indexOf(m[1]!.toLowerCase()) + 1;
          const y = m[2] ? Number(m[2]) : ctxDate ? (`${ctxDate.slice(0, 4)}-${pad(endMonth)}-${pad(monthEnd(Number(ctxDate.slice(0, 4)), endMonth))}` <= ctxDate ? Number(ctxDate.slice(0, 4)) : Number(ctxDate.slice(0, 4)) - 1) : null;
          if (y !== null) period = months(y, endMonth - 2, endMonth, label);
          break;
        }
        case 9: {
          if (!ctxDate) break;
          const want = WEEKDAYS_EN.indexOf(m[1]!.toLowerCase());
          const d = new Date(`${ctxDate}T00:00:00Z`);
          while (d.getUTCDay() !== want) d.setUTCDate(d.getUTCDate() - 1);
          const iso = d.toISOString().slice(0, 10);
          period = { from: iso, to: iso, label };
          local = true;
          break;
        }
      }
      if (period && r.pattern !== 6 && r.pattern !== 7 && r.pattern !== 14 && EN_COMPARISON_BEFORE.test(lowerBefore)) {
        coveredTo = r.end;
        continue;
      }
      // 'Rival Conagra last month reported a 4% drop': when it was said, not the figure's period.
      if (period && (r.pattern === 7 || r.pattern === 12 || r.pattern === 9) && EN_ATTRIBUTION_AFTER.test(folded.slice(r.end, r.end + 16))) {
        coveredTo = r.end;
        continue;
      }
    }
    coveredTo = r.end;
    if (!period) {
      if (local) out.push({ start: r.start, end: r.end, period: { from: '', to: '', label }, local: true });
      continue;
    }
    out.push(sentenceOnly ? { start: r.start, end: r.end, period, local, sentenceOnly } : { start: r.start, end: r.end, period, local });
    if (!local && !sentenceOnly) {
      runningYear = Number(period.to.slice(0, 4));
      runningYearPara = paraIdx;
    }
  }
  return out.filter((p) => p.period.from !== '');
}

/** Shift a period by whole years ('a year earlier'). */
export function shiftYears(period: Period, by: number, label: string): Period {
  const shift = (iso: string): string => `${Number(iso.slice(0, 4)) + by}${iso.slice(4)}`;
  return { from: shift(period.from), to: shift(period.to), label };
}

export const isYearShift = (p: Period): boolean => p.from.startsWith('0000');
