/**
 * How English text names a time, as named rules in the order they are tried: longer, more
 * specific forms first. Relative words ('last year', 'next quarter') are resolved against the
 * story date; a year-less month or quarter takes the year last named in its paragraph.
 */
import type { Period } from '../../../shared/domain/figure';
import { enCount, fiscal, monthEnd, months, monthNumber, monthsEnding, pad, parliamentFor, year, yearForPart, years, ymd } from './period-calendar';
import { plain, runningToEnd, type PeriodReading, type PeriodRule } from './period-rules';
import { EN_FISCAL_PERIOD_RULES } from './period-rules-en-fiscal';
import { BASE_YEAR_AFTER, BASE_YEAR_BEFORE, BASE_YEAR_PREPOSITIONS, CHANGE_JUST_BEFORE, COMPARED_WITH_BEFORE, LOOK_BACK_LAST_MONTH, LOOKS_AHEAD, narratesPast, RELATIVE_PHRASES, sentenceOf } from './period-context-en';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_STARTS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDINAL_EN: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] };
const EN_MONTH_COUNT: Record<string, number> = { three: 3, six: 6, twelve: 12, '3': 3, '6': 6, '12': 12 };
/** Where a part of a year ends: by mid-2022 is by 30 June. */
const YEAR_PART_END: Record<string, string> = { mid: '06-30', middle: '06-30', early: '03-31', start: '03-31', late: '12-31', end: '12-31' };
const YEAR_PART_START: Record<string, string> = { mid: '07-01', early: '01-01', late: '10-01' };
/** The year a decade part ends by: early 2020s → 2023, mid → 2025, late → 2029. */
const DECADE_PART_END: Record<string, number> = { early: 3, mid: 5, late: 9 };
/** Future wording before 'from April': the month a change starts, not a comparison base. */
const EN_FUTURE_BEFORE = /\b(?:will|would|shall|is to|are to|set to|is due to|are due to|plans? to|from next)\b/i;
/** 'a year earlier' shifts whatever period the clause is about; resolved by the caller. */
const YEAR_SHIFT = (label: string): PeriodReading => ({ period: { from: '0000-01-01', to: '0000-12-31', label }, local: true });

/** 'last summer' is the most recent one already over; 'this/over the summer' the current or coming one. */
function season(what: string, which: string, ctxYear: number, month: number, label: string): Period {
  const [a, b] = SEASON_MONTHS[what]!;
  const past = which === 'last' || which === 'the previous';
  const next = which === 'next' || which === 'the coming';
  let y: number;
  if (b < a) y = (month <= b ? ctxYear - 1 : ctxYear) - (past ? 1 : 0) + (next ? 1 : 0);
  else y = past ? (month > b ? ctxYear : ctxYear - 1) : next ? (month >= a ? ctxYear + 1 : ctxYear) : ctxYear;
  return b < a ? { from: ymd(y, a, 1), to: ymd(y + 1, b, monthEnd(y + 1, b)), label } : months(y, a, b, label);
}

/** The ISO day `n` years after `from`, or the day before it: 'over five years from 2025' ends on 31 December 2029. */
function yearsOn(from: string, n: number, dayBefore: boolean): string {
  const end = new Date(`${from}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() + n);
  if (dayBefore) end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

const BY_BEFORE_UNTIL_END = /\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?$/i;

export const EN_PERIOD_RULES: readonly PeriodRule[] = [
  ...EN_FISCAL_PERIOD_RULES,
  {
    name: 'year-range',
    pattern: /\b((?:19|20)\d{2})\s?(?:-|–|to)\s?((?:19|20)\d{2})\b/g,
    starts: ['19', '20'],
    read: (m, s) => plain(years(Number(m[1]), Number(m[2]), s.label)),
  },
  {
    name: 'quarter',
    pattern: /\b(first|second|third|fourth)[- ]quarter(?:\s+(?:of\s+)?((?:19|20)\d{2}))?|\bQ([1-4])(?:\s+((?:19|20)\d{2}))?/gi,
    starts: ['first', 'second', 'third', 'fourth', 'q'],
    read: (m, s) => {
      const q = m[1] ? ORDINAL_EN[m[1].toLowerCase()]! : Number(m[3]);
      const explicit = m[2] ?? m[4];
      const y = explicit ? Number(explicit) : yearForPart(s.ctx, q * 3 - 2, s.sameParaYear);
      return y === null ? null : plain(months(y, q * 3 - 2, q * 3, s.label));
    },
  },
  {
    name: 'half',
    pattern: /\b(first|second)[- ]half(?:\s+of)?(?:\s+((?:19|20)\d{2}|this year|last year))?/gi,
    starts: ['first', 'second'],
    read: (m, s) => {
      const h = m[1]!.toLowerCase() === 'first' ? 1 : 7;
      const named = m[2]?.toLowerCase(); // 'the first half of this year': a year named relative to the story's
      const relative = named === 'this year' ? 0 : named === 'last year' ? -1 : null;
      const y = named && relative === null ? Number(named) : relative !== null ? (s.ctx.ctxYear === null ? null : s.ctx.ctxYear + relative) : yearForPart(s.ctx, h, s.sameParaYear);
      return y === null ? null : plain(months(y, h, h + 5, s.label));
    },
  },
  {
    // 'From 23 March 2022 to end September 2023', 'between July and November 2024': a span of months, to the last day named.
    name: 'month-span',
    pattern: new RegExp(String.raw`\b(?:[Ff]rom|[Bb]etween)\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+((?:19|20)\d{2}))?\s+(?:to|and|until|through)\s+(?:the\s+)?(?:end(?:\s+of)?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?${MONTH}\s+((?:19|20)\d{2})\b`, 'g'),
    starts: ['from', 'between'],
    read: (m, s) => {
      const toYear = Number(m[6]);
      const toMonth = monthNumber(m[5]!);
      const fromMonth = monthNumber(m[2]!);
      const fromYear = m[3] ? Number(m[3]) : fromMonth <= toMonth ? toYear : toYear - 1;
      const from = ymd(fromYear, fromMonth, m[1] ? Math.min(Number(m[1]), monthEnd(fromYear, fromMonth)) : 1);
      const to = ymd(toYear, toMonth, m[4] ? Math.min(Number(m[4]), monthEnd(toYear, toMonth)) : monthEnd(toYear, toMonth));
      return from <= to ? plain({ from, to, label: s.label }) : null;
    },
  },
  {
    // 'by July 4', 'by 31 March 2025': a deadline on a day, from the story to that day (the next one, if no year).
    name: 'by-day',
    pattern: new RegExp(`\\b(?:by|before|until)\\s+(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH})\\b(?:,?\\s+((?:19|20)\\d{2}))?`, 'g'),
    starts: ['by', 'before', 'until'],
    read: (m, s) => {
      const mo = monthNumber((m[1] ?? m[4])!);
      const day = Number(m[2] ?? m[3]);
      const ctxDate = s.ctx.ctxDate;
      if (!ctxDate || day < 1 || day > 31) return null;
      let y = m[5] ? Number(m[5]) : Number(ctxDate.slice(0, 4));
      if (!m[5] && ymd(y, mo, day) < ctxDate) y += 1;
      const to = ymd(y, mo, Math.min(day, monthEnd(y, mo)));
      return to < ctxDate ? null : plain({ from: ctxDate, to, label: s.label });
    },
  },
  {
    name: 'month',
    pattern: new RegExp(`\\b${MONTH}(?:\\s+((?:19|20)\\d{2}))?\\b`, 'g'),
    starts: MONTH_STARTS,
    read: (m, s) => {
      // '30 July 2024' and 'July 30' are dates (datelines, events), not periods.
      const after = s.folded.slice(s.end, s.end + 4);
      if (/\d\s*$/.test(s.folded.slice(Math.max(0, s.start - 3), s.start)) || /^\s\d{1,2}\b/.test(after)) return { coverTo: s.end + (/^\s\d{1,2}\b/.exec(after)?.[0].length ?? 0) };
      const mo = monthNumber(m[1]!);
      if (m[1] === 'May' && !m[2] && !/\b(?:in|of|since|end of|until|by)\s+$/i.test(s.before)) return null;
      // 'by July this year', 'before July': a deadline is the next July, not the last one.
      // 'climbing again to 23.8 percent by December', told in January: the December just past.
      const ahead = (/\b(?:by|before|until)\s+$/i.test(s.before) && !narratesPast(s)) || /^\s+this\s+year\b/i.test(s.folded.slice(s.end, s.end + 11));
      const y = m[2] ? Number(m[2]) : ahead && s.ctx.ctxYear !== null ? s.ctx.ctxYear : yearForPart(s.ctx, mo, s.sameParaYear);
      if (y === null) return null;
      // 'building 1000 homes by July this year': the pledge runs from the story to the month's end.
      return plain(runningToEnd(months(y, mo, mo, s.label), s, BY_BEFORE_UNTIL_END, false));
    },
  },
  {
    name: 'year',
    pattern: /\b(?:(in|during|for|by|since|from|until|through|of|to|than|before|after|on|as|over)\s+)?((?:19|20)\d{2})\b(?![-–/]\d|,\d|\.\d|%)/gi,
    starts: ['in', 'during', 'for', 'by', 'since', 'from', 'until', 'through', 'of', 'to', 'than', 'before', 'after', 'on', 'as', 'over', '19', '20'],
    afterComparison: true,
    leadingWords: (m) => (m[1] ? m[0].slice(0, m[0].indexOf(m[2]!)) : ''),
    read: (m, s) => {
      const prep = m[1]?.toLowerCase();
      const y = Number(m[2]);
      const ctxYear = s.ctx.ctxYear;
      // '20% below 1990 levels', 'compared with 2019 levels': a baseline year, not the figure's period.
      if (/^\s*(?:levels?|baseline|figures?)\b/i.test(s.folded.slice(s.end, s.end + 10)) || BASE_YEAR_PREPOSITIONS.has(prep ?? '')) return null;
      // 'up 3.63 percent over 2023', 'compared with 2005': the year a change is measured from.
      // The words are read up to the year itself, so the preposition this rule took ('compared to 2010') is among them.
      const toYear = s.folded.slice(Math.max(0, s.start - 40), s.start + m[0].indexOf(m[2]!));
      if (BASE_YEAR_BEFORE.test(toYear) || BASE_YEAR_AFTER.test(s.folded.slice(s.end, s.end + 30))) return null;
      if (COMPARED_WITH_BEFORE.test(toYear) || (prep === 'over' && CHANGE_JUST_BEFORE.test(s.folded.slice(Math.max(0, s.start - 30), s.start + m[0].indexOf(m[2]!))))) return null;
      if (prep === 'by' || prep === 'until') return plain(ctxYear !== null && ctxYear <= y ? years(ctxYear, y, s.label) : year(y, s.label));
      // 'halved since 2021': the span of that sentence's change, not the story's time frame.
      if (prep === 'since') return { period: ctxYear !== null ? years(y, ctxYear, s.label) : year(y, s.label), sentenceOnly: true };
      return plain(year(y, s.label));
    },
  },
  {
    name: 'relative',
    pattern: /\b(so far this year|this year|last year|next year|this month|last month|the past year|the previous year|the year before|a year earlier|a year ago|today|yesterday)\b/gi,
    starts: ['so', 'this', 'last', 'next', 'the', 'a', 'today', 'yesterday'],
    afterComparison: true,
    attribution: true,
    read: (m, s) => {
      if (s.ctx.ctxYear === null || !s.ctx.ctxDate) return null;
      const phrase = RELATIVE_PHRASES[m[1]!.toLowerCase()];
      return phrase ? phrase(s.ctx.ctxYear, s.ctx.ctxDate, s.label) : YEAR_SHIFT(s.label);
    },
  },
  {
    name: 'span-of-years',
    pattern: /\b(?:over|in|during|for)\s+the\s+(next|past|last|coming)\s+(\w+(?:-\w+)?)\s+years\b/gi,
    starts: ['over', 'in', 'during', 'for'],
    read: (m, s) => {
      const ctxYear = s.ctx.ctxYear;
      const n = ctxYear === null ? null : enCount(m[2]!);
      if (ctxYear === null || !n) return null;
      return plain(/next|coming/i.test(m[1]!) ? years(ctxYear, ctxYear + n - 1, s.label) : years(ctxYear - n, ctxYear - 1, s.label));
    },
  },
  {
    // 'on Thursday': the last such day up to the story date, when something was said.
    name: 'weekday',
    pattern: /\bon\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    starts: ['on'],
    attribution: true,
    read: (m, s) => {
      if (!s.ctx.ctxDate) return null;
      const want = WEEKDAYS_EN.indexOf(m[1]!.toLowerCase());
      const d = new Date(`${s.ctx.ctxDate}T00:00:00Z`);
      while (d.getUTCDay() !== want) d.setUTCDate(d.getUTCDate() - 1);
      const iso = d.toISOString().slice(0, 10);
      return { period: { from: iso, to: iso, label: s.label }, local: true };
    },
  },
  {
    name: 'rolling-months',
    pattern: new RegExp(`\\b(?:the\\s+)?(three|six|twelve|3|6|12)\\s+months\\s+to\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}(?:\\s+((?:19|20)\\d{2}))?\\b`, 'gi'),
    starts: ['the', 'three', 'six', 'twelve', '3', '6', '12'],
    read: (m, s) => {
      const endMonth = monthNumber(m[2]!);
      const y = m[3] ? Number(m[3]) : yearForPart(s.ctx, endMonth, s.sameParaYear);
      return y === null ? null : plain(monthsEnding(y, endMonth, EN_MONTH_COUNT[m[1]!.toLowerCase()]!, s.label));
    },
  },
  {
    name: 'period-ended',
    pattern: new RegExp(`\\b(?:the\\s+|its\\s+)?(?:(?:fiscal|financial)\\s+)?(quarter|half|year|nine\\s+months)\\s+(?:ended|ending|(?<!year\\s+)to)\\s+${MONTH}(?:\\s+\\d{1,2}\\b)?(?:,?\\s+((?:19|20)\\d{2})\\b)?`, 'gi'),
    starts: ['the', 'its', 'fiscal', 'financial', 'quarter', 'half', 'year', 'nine'],
    read: (m, s) => {
      const endMonth = monthNumber(m[2]!);
      const unit = m[1]!.toLowerCase();
      const n = unit === 'quarter' ? 3 : unit === 'half' ? 6 : unit === 'year' ? 12 : 9;
      const y = m[3] ? Number(m[3]) : yearForPart(s.ctx, endMonth, null);
      return y === null ? null : plain(monthsEnding(y, endMonth, n, s.label));
    },
  },
  {
    name: 'relative-quarter-or-season',
    pattern: /\b(last|this|next|the previous|the current|the coming)\s+(quarter|summer|winter|spring|autumn)\b|\b(?:over|during|in|through)\s+the\s+(summer|winter|spring|autumn)\b/gi,
    starts: ['last', 'this', 'next', 'the', 'over', 'during', 'in', 'through'],
    attribution: true,
    read: (m, s) => {
      const { ctxYear, ctxDate } = s.ctx;
      if (ctxYear === null || !ctxDate) return null;
      const which = (m[1] ?? 'this').toLowerCase();
      const what = (m[2] ?? m[3]!).toLowerCase();
      const month = Number(ctxDate.slice(5, 7));
      if (what !== 'quarter') return plain(season(what, which, ctxYear, month, s.label));
      const q0 = Math.floor((month - 1) / 3) + (which === 'next' || which === 'the coming' ? 1 : which === 'last' || which === 'the previous' ? -1 : 0);
      const q = ((q0 % 4) + 4) % 4;
      return plain(months(ctxYear + Math.floor(q0 / 4), q * 3 + 1, q * 3 + 3, s.label));
    },
  },
  {
    name: 'full-year',
    pattern: /\b(?:the\s+)?(?:full|whole)[- ]year\b|\bfor\s+the\s+(?:full|whole)\s+year\b/gi,
    starts: ['the', 'full', 'whole', 'for'],
    read: (_m, s) => {
      const y = s.ctx.ctxYear;
      if (y === null) return null;
      const early = !!s.ctx.ctxDate && Number(s.ctx.ctxDate.slice(5, 7)) <= LOOK_BACK_LAST_MONTH;
      return { period: year(early && !LOOKS_AHEAD.test(sentenceOf(s.folded, s.start, s.end)) ? y - 1 : y, s.label), sentenceOnly: true };
    },
  },
  {
    // 'will rise from April': the month a change starts, when future wording comes before it.
    name: 'start-month',
    pattern: new RegExp(`\\bfrom\\s+${MONTH}\\b(?!\\s+\\d)(?!,?\\s+(?:19|20)\\d{2})`, 'g'),
    starts: ['from'],
    afterComparison: true,
    read: (m, s) => {
      const { ctxYear, ctxDate } = s.ctx;
      if (ctxYear === null || !ctxDate) return null;
      const sentenceHead = s.folded.slice(Math.max(0, s.start - 160), s.start).replace(/^[\s\S]*[.!?\n]\s/, '');
      if (!EN_FUTURE_BEFORE.test(sentenceHead)) return null;
      const mo = monthNumber(m[1]!);
      const y = mo >= Number(ctxDate.slice(5, 7)) ? ctxYear : ctxYear + 1;
      if (mo === 1) return plain(year(y, s.label));
      // From April: the UK (and Hong Kong, Indian) financial year; otherwise the twelve months it starts.
      return plain(mo === 4 ? fiscal(y, s.label) : { from: ymd(y, mo, 1), to: ymd(y + 1, mo - 1, monthEnd(y + 1, mo - 1)), label: s.label });
    },
  },
  {
    name: 'trading-day',
    pattern: /\bin\s+(?:(?:early|morning|afternoon|late|midday|after-hours|extended|pre-market|premarket|heavy|light|volatile)\s+)?trading\b(?!\s+on\s)/gi,
    starts: ['in'],
    read: (_m, s) => (s.ctx.ctxDate ? { period: { from: s.ctx.ctxDate, to: s.ctx.ctxDate, label: s.label }, local: true } : null),
  },
  {
    // by the mid-2020s
    name: 'part-of-decade',
    pattern: /\b(?:by|in|until|through)\s+the\s+(early|mid|late)[- ]?((?:19|20)\d0)s\b/gi,
    starts: ['by', 'in', 'until', 'through'],
    read: (m, s) => {
      const end = Number(m[2]) + DECADE_PART_END[m[1]!.toLowerCase()]!;
      return plain(s.ctx.ctxYear !== null && s.ctx.ctxYear <= end ? years(s.ctx.ctxYear, end, s.label) : year(end, s.label));
    },
  },
  {
    // 'cut car use by 20 per cent by the end of the decade', said in 2022: goals so put are the decade's round year, 2030.
    name: 'end-of-decade',
    pattern: /\b(?:by|before|until)\s+(?:the\s+end\s+of\s+(?:the|this)\s+decade|the\s+decade'?s\s+end)\b/gi,
    starts: ['by', 'before', 'until'],
    read: (_m, s) => {
      if (s.ctx.ctxYear === null) return null;
      const end = Math.floor(s.ctx.ctxYear / 10) * 10 + 10;
      return plain(years(s.ctx.ctxYear, end, s.label));
    },
  },
  {
    name: 'parliament',
    pattern: /\b(?:(?:by|before|until)\s+the\s+end\s+of|over|during|in|across|within)\s+(?:the\s+|this\s+)?(next|this|current|coming|last|previous)?\s*(?:parliament|parliamentary term)\b/gi,
    starts: ['by', 'before', 'until', 'over', 'during', 'in', 'across', 'within'],
    read: (m, s) => {
      const term = s.ctx.ctxDate ? parliamentFor(s.ctx.ctxDate, m[1]?.toLowerCase()) : null;
      return term ? plain({ ...term, label: s.label }) : null;
    },
  },
  {
    name: 'years-from-start',
    pattern: /\bover\s+(?:the\s+)?(\w+|\d+)\s+years\s+(?:from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+(?:(early|mid|late)[- \u2011]?|(January|February|March|April|May|June|July|August|September|October|November|December)\s+|1\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d{2})\b/gi,
    starts: ['over'],
    read: (m, s) => {
      const n = enCount(m[1]!);
      if (!n) return null;
      const month = m[3] ?? m[4];
      const startMd = month ? `${pad(monthNumber(month))}-01` : m[2] ? YEAR_PART_START[m[2].toLowerCase()]! : '01-01';
      const from = `${Number(m[5])}-${startMd}`;
      return plain({ from, to: yearsOn(from, n, true), label: s.label });
    },
  },
  {
    name: 'within-years',
    pattern: /\b(?:in|within)\s+(?:the\s+next\s+)?(\w+|\d+)\s+years(?:'|\u2019)?(?:\s+time)?\b/gi,
    starts: ['in', 'within'],
    read: (m, s) => {
      const ctxDate = s.ctx.ctxDate;
      const n = ctxDate ? enCount(m[1]!) : null;
      if (!ctxDate || !n || n > 50) return null;
      return plain({ from: ctxDate, to: yearsOn(ctxDate, n, false), label: s.label });
    },
  },
  {
    // by mid-2022
    name: 'by-part-of-year',
    pattern: /\b(?:by|until|before)\s+(?:the\s+)?(mid|early|late|end\s+of|middle\s+of|start\s+of)[- \u2011]?((?:19|20)\d{2})\b/gi,
    starts: ['by', 'until', 'before'],
    read: (m, s) => {
      const part = m[1]!.toLowerCase().split(/\s+/)[0]!;
      const y = Number(m[2]);
      const to = `${y}-${YEAR_PART_END[part] ?? '12-31'}`;
      return plain({ from: s.ctx.ctxDate && s.ctx.ctxDate <= to ? s.ctx.ctxDate : `${y}-01-01`, to, label: s.label });
    },
  },
  {
    // the September quarter, as Australia reports.
    name: 'named-quarter',
    pattern: /\b(?:the\s+)?(March|June|September|December)\s+quarter(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/gi,
    starts: ['the', 'march', 'june', 'september', 'december'],
    read: (m, s) => {
      const endMonth = monthNumber(m[1]!);
      const ctxDate = s.ctx.ctxDate;
      const ctxYear = ctxDate ? Number(ctxDate.slice(0, 4)) : null;
      const y = m[2] ? Number(m[2]) : ctxDate && ctxYear !== null ? (`${ctxYear}-${pad(endMonth)}-${pad(monthEnd(ctxYear, endMonth))}` <= ctxDate ? ctxYear : ctxYear - 1) : null;
      return y === null ? null : plain(months(y, endMonth - 2, endMonth, s.label));
    },
  },
  {
    // A 12-month rate 'in the year to May' is May's reading, as statistics offices publish it.
    name: 'year-to-month',
    pattern: new RegExp(`\\b(?:in\\s+|over\\s+|for\\s+)?the\\s+(?:year|12\\s+months|twelve\\s+months)\\s+to\\s+${MONTH}(?:\\s+((?:19|20)\\d{2}))?\\b`, 'gi'),
    starts: ['in', 'over', 'for', 'the'],
    read: (m, s) => {
      const endMonth = monthNumber(m[1]!);
      const y = m[2] ? Number(m[2]) : yearForPart(s.ctx, endMonth, s.sameParaYear);
      return y === null ? null : plain(months(y, endMonth, endMonth, s.label));
    },
  },
  {
    name: 'first-months',
    pattern: /\b(?:in\s+|over\s+|during\s+)?the\s+first\s+(\w+|\d+)\s+months\s+of\s+((?:19|20)\d{2}|the\s+year|this\s+year|last\s+year)\b/gi,
    starts: ['in', 'over', 'during', 'the'],
    read: (m, s) => {
      const n = enCount(m[1]!);
      const named = m[2]!.toLowerCase();
      const y = /^\d/.test(named) ? Number(named) : s.ctx.ctxYear === null ? null : named.startsWith('last') ? s.ctx.ctxYear - 1 : s.ctx.ctxYear;
      return !n || n > 12 || y === null ? null : plain(months(y, 1, n, s.label));
    },
  },
];
