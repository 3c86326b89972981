/**
 * What a period rule is: a named pattern for one way a text names a time, and a reading from
 * its match (and the words around it) to the ISO range it stands for. The Chinese and English
 * tables are in period-rules-zh.ts and period-rules-en.ts; periods.ts runs them.
 */
import type { Period } from '../../../shared/domain/figure';
import type { StoryDate } from './period-calendar';

/** Where a match stands and what the story has said of time so far. */
export interface PeriodSite {
  folded: string;
  start: number;
  end: number;
  /** The matched text, as the period's label. */
  label: string;
  /** The few characters before the match: 6 in Chinese, 16 in English. */
  before: string;
  ctx: StoryDate;
  /** The year last named in this paragraph, for year-less months and quarters. */
  sameParaYear: number | null;
  /** The year last named anywhere before, for 全年 and 年末. */
  runningYear: number | null;
}

export interface PeriodReading {
  period: Period;
  /** Applies only inside its own clause and is not carried forward (a dateline, 'today'). */
  local?: boolean;
  /** Applies to its own sentence only ('full-year', 'since 2021'). */
  sentenceOnly?: boolean;
}

/** The match is no period, and the text up to `coverTo` is spent ('30 July': the day too). */
export interface NotAPeriod {
  coverTo: number;
}

export interface PeriodRule {
  name: string;
  /** Global; longer, more specific rules come first in a table, and overlapping later matches are dropped. */
  pattern: RegExp;
  /** The period the match stands for, or null when here it stands for none. */
  read(m: RegExpExecArray, site: PeriodSite): PeriodReading | NotAPeriod | null;
  /** Read even after a comparison word (较, 'from', 'than'): the rule weighs such words itself. */
  afterComparison?: boolean;
  /** A verb of telling after it ('last month reported') makes it when something was said. */
  attribution?: boolean;
  /** English: the lower-case beginnings of the words a match can start with, so the rule is tried only there (start-words.ts). */
  starts?: readonly string[];
  /** English: the words inside the match before the date itself ('since ' in 'since 2021'). */
  leadingWords?(m: RegExpExecArray): string;
}

/** Shorthand for a reading that is only a period. */
export const plain = (period: Period | null): PeriodReading | null => (period ? { period } : null);

/** 'by 2024/25', 'by the end of 2025': words before a period that make it a deadline. */
export const BY_END = /\bby\s+(?:the\s+end\s+of\s+)?$/i;

/**
 * A period named as a deadline ('by 2024/25', 'by the 2025 financial year', 'by July'): from the story
 * to the period's end, when the story comes before it; otherwise the period itself.
 */
export function runningToEnd(period: Period, s: PeriodSite, deadlineWords: RegExp, labelWithCue: boolean): Period {
  const by = deadlineWords.exec(s.before);
  const ctxDate = s.ctx.ctxDate;
  if (!by || !ctxDate || ctxDate >= period.to) return period;
  return { from: ctxDate, to: period.to, label: labelWithCue ? `${by[0]}${s.label}` : s.label };
}
