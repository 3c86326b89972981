/**
 * English names of a government's financial year ('2024/25', 'fiscal 2024', 'FY24', 'this financial year'),
 * read by the calendar of the place the story names (fiscal-calendars.ts).
 */
import { fiscalAround, fiscalEnding, fiscalFrom } from './period-calendar';
import { DEFAULT_FISCAL_START } from './fiscal-calendars';
import { BY_END, plain, runningToEnd, type PeriodRule } from './period-rules';

export const EN_FISCAL_PERIOD_RULES: readonly PeriodRule[] = [
  {
    // 2025-26; 'by 2024/25' is a deadline: the pledge runs from the story to the end of that financial year.
    name: 'financial-year',
    // 'the 2024/2025 season' writes the second year in full: a split year only when it is the year after.
    pattern: /\b(?:FY\s?)?((?:19|20)\d{2})(?:[-–/](\d{2})|\/((?:19|20)\d{2}))\b(?![-–/]\d)/g,
    starts: ['fy', '19', '20'],
    read: (m, s) => {
      if (m[3] && Number(m[3]) !== Number(m[1]) + 1) return null;
      // A calendar-year government writes no '2023-24'; where one appears it is another body's April year.
      const start = s.ctx.fiscalStart === 1 ? DEFAULT_FISCAL_START : s.ctx.fiscalStart;
      return plain(runningToEnd(fiscalFrom(Number(m[1]), s.label, start), s, BY_END, true));
    },
  },
  {
    // 'the 2025 financial year', 'fiscal year 2024', 'fiscal 2024': a government's financial year named by the
    // year it ends in (Eskom's, India's, the UK's run April to March); 'by the 2025 financial year' is a deadline.
    name: 'named-financial-year',
    pattern: /\b(?:the\s+)?((?:19|20)\d{2})\s+(?:financial|fiscal)\s+year\b|\b(?:financial|fiscal)\s+(?:year\s+)?((?:19|20)\d{2})\b(?![-–/]\d)/gi,
    starts: ['the', '19', '20', 'financial', 'fiscal'],
    read: (m, s) => {
      return plain(runningToEnd(fiscalEnding(Number(m[1] ?? m[2]), s.label, s.ctx.fiscalStart), s, BY_END, true));
    },
  },
  {
    // FY24: the financial year ending in 2024, read as 'fiscal 2024' and '2023-24' are; 'by FY25' is a deadline.
    name: 'fy',
    pattern: /\bFY\s?(\d{4}|\d{2})\b/g,
    starts: ['fy'],
    read: (m, s) => plain(runningToEnd(fiscalEnding(m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]), s.label, s.ctx.fiscalStart), s, BY_END, true)),
  },
  {
    // 'in this FY', 'the current financial year', 'next fiscal year': the government's year under way when the
    // story was told, or the one after or before it.
    name: 'relative-financial-year',
    pattern: /\b(this|the current|current|next|the next|the coming|last|the last|the previous|previous)\s+(?:(?:financial|fiscal)\s+year|FY)\b/gi,
    starts: ['this', 'the', 'current', 'next', 'last', 'previous'],
    read: (m, s) => {
      if (!s.ctx.ctxDate) return null;
      const which = m[1]!.toLowerCase();
      const offset = /next|coming/.test(which) ? 1 : /last|previous/.test(which) ? -1 : 0;
      return plain(fiscalAround(s.ctx.ctxDate, offset, s.label, s.ctx.fiscalStart));
    },
  },
];
