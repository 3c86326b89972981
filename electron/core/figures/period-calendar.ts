/**
 * Calendar arithmetic the period rules share: ISO days, whole years, month spans, financial
 * years, parts of a year, and the year a year-less part belongs to given the story date.
 */
import type { Period } from '../../../shared/domain/figure';
import { parseChineseInteger, parseEnglishNumberWords } from './numbers';

export const pad = (n: number): string => String(n).padStart(2, '0');
export const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
export const monthEnd = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const year = (y: number, label: string): Period => ({ from: ymd(y, 1, 1), to: ymd(y, 12, 31), label });
export const years = (a: number, b: number, label: string): Period => ({ from: ymd(a, 1, 1), to: ymd(b, 12, 31), label });
export const months = (y: number, a: number, b: number, label: string): Period => ({ from: ymd(y, a, 1), to: ymd(y, b, monthEnd(y, b)), label });
/** April–March financial year starting in `y` (Hong Kong, UK, India). */
export const fiscal = (y: number, label: string): Period => fiscalFrom(y, label, 4);

/** The financial year that begins in month `startMonth` of `y` (1: the calendar year itself). */
export function fiscalFrom(y: number, label: string, startMonth: number): Period {
  if (startMonth === 1) return year(y, label);
  return { from: ymd(y, startMonth, 1), to: ymd(y + 1, startMonth - 1, monthEnd(y + 1, startMonth - 1)), label };
}

/** The financial year named by the year it ends in ('FY2024', 'fiscal 2024'), under the story's calendar. */
export const fiscalEnding = (y: number, label: string, startMonth: number): Period => fiscalFrom(startMonth === 1 ? y : y - 1, label, startMonth);

/** The financial year under way on `date`, `offset` years on ('next financial year': 1). */
export function fiscalAround(date: string, offset: number, label: string, startMonth: number): Period {
  const y = Number(date.slice(0, 4));
  const started = Number(date.slice(5, 7)) >= startMonth ? y : y - 1;
  return fiscalFrom(started + offset, label, startMonth);
}

/** `n` months ending with `endMonth` of `y`, reaching back into the year before when needed. */
export function monthsEnding(y: number, endMonth: number, n: number, label: string): Period {
  const startMonth = endMonth - n + 1;
  return startMonth >= 1 ? months(y, startMonth, endMonth, label) : { from: ymd(y - 1, startMonth + 12, 1), to: ymd(y, endMonth, monthEnd(y, endMonth)), label };
}

export function zhOrArabic(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return parseChineseInteger(s);
}

/** A count of years or months written in digits or in English words ('five', '12'). */
export function enCount(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : parseEnglishNumberWords(s);
}

const QUARTER_ZH: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 首: 1, '1': 1, '2': 2, '3': 3, '4': 4 };
/**
 * Quarters added up from one to another, as statistics bureaus report a year so far: 1-3季度,
 * 一至三季度, 第一至第三季度, 1至2季度, 前三季度, 前两个季度, 前3季 (Taiwan). A source for the period rules.
 */
export const ZH_QUARTER_SPAN = String.raw`(?:(?<![\d.])第?[一二三四1-4]\s*(?:—|–|-|~|至|到)\s*第?[一二三四1-4]\s*|前[两二三2-3]个?)季度?(?!节)`;
const QUARTER_SPAN_PARTS = /([一二三四1-4])\s*(?:—|–|-|~|至|到)\s*第?([一二三四1-4])|前([两二三2-3])/;
export const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** 1–12 for an English month name in any case. */
export const monthNumber = (name: string): number => MONTHS_EN.indexOf(name.toLowerCase()) + 1;

export function partOfYear(y: number, part: string, label: string): Period | null {
  if (part === '上半年' || part === 'first half') return months(y, 1, 6, label);
  if (part === '下半年' || part === 'second half') return months(y, 7, 12, label);
  const span = QUARTER_SPAN_PARTS.exec(part);
  if (span) {
    const first = span[3] ? 1 : QUARTER_ZH[span[1]!]!;
    const last = QUARTER_ZH[span[3] ?? span[2]!]!;
    return first < last ? months(y, first * 3 - 2, last * 3, label) : null;
  }
  const q = /([一二三四首1-4])季度?/.exec(part);
  if (q) {
    const n = QUARTER_ZH[q[1]!]!;
    return months(y, n * 3 - 2, n * 3, label);
  }
  return null;
}

export interface StoryDate {
  ctxYear: number | null;
  ctxDate: string | null;
  /** The month the story's financial year begins in (fiscal-calendars.ts). */
  fiscalStart: number;
}

/** The latest year in which a part-of-year starting at `startMonth` has begun by the story date. */
export function yearForPart(ctx: StoryDate, startMonth: number, fallback: number | null): number | null {
  if (fallback !== null) return fallback;
  if (!ctx.ctxDate || ctx.ctxYear === null) return null;
  const start = ymd(ctx.ctxYear, startMonth, 1);
  return start <= ctx.ctxDate ? ctx.ctxYear : ctx.ctxYear - 1;
}

/** The ISO day `by` days after `iso` (negative: before). */
export function addDays(iso: string, by: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

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

export function parliamentFor(date: string, which: string | undefined): { from: string; to: string } | null {
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
