import type { Period } from '../../../shared/domain/figure';
import type { StoryDate } from './period-calendar';
import { fiscalStartFor } from './fiscal-calendars';
import type { PeriodReading, PeriodRule, PeriodSite } from './period-rules';
import { EN_PERIOD_RULES } from './period-rules-en';
import { ZH_PERIOD_RULES } from './period-rules-zh';
import { eachStartWordMatch, startWordTable } from './start-words';

/**
 * Time expressions in a text and the ISO ranges they stand for, resolved
 * against the story date. Comparison bases (比上年, 较2022年, "from 2023",
 * "the year before") are not periods of the figure and are left out. The
 * ways a language names a time are the named rules of period-rules-zh.ts and
 * period-rules-en.ts; this file finds their matches and weighs the words around.
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
  /** The name of the rule that read it. */
  rule: string;
}

const ZH_COMPARISON_BEFORE = /(?:比|较|与|同|对比|相比|低于|高于)$/;
/** A verb of telling after a time word: 'last month reported', that time is when it was said, not what the figure covers. */
const EN_ATTRIBUTION_AFTER = /^\s+(?:reported|said|announced|posted|published|disclosed|revealed|unveiled|warned|told)\b/i;
/** 'the lowest level since January': a record's comparison window, not the figure's period. */
const EN_SINCE_RECORD = /\b(?:lowest|highest|fastest|slowest|weakest|strongest|biggest|smallest|largest|sharpest|steepest|first time|most|least|best|worst)\b[^.;:,]{0,30}\bsince\s+(?:the\s+)?$/i;
/** 'compared to the same period last year': the comparison's own span, named before its time, is no period of the figure. */
export const EN_SAME_SPAN_OF = String.raw`(?:same\s+(?:period|time|months?|quarter|week)\s+(?:of\s+|in\s+)?)?`;
const EN_COMPARISON_BEFORE = new RegExp(String.raw`\b(?:from|than|compared with|compared to|versus|vs\.?|as in|than in)\s+(?:the\s+)?${EN_SAME_SPAN_OF}$`, 'i');

interface Match {
  start: number;
  end: number;
  order: number;
  rule: PeriodRule;
  m: RegExpExecArray;
}

/** The English rules, each tried only where a word it can start with begins. */
const EN_START_WORDS = startWordTable(EN_PERIOD_RULES.map((rule) => ({ pattern: rule.pattern, starts: rule.starts ?? [] })));

/** Every match of every rule, by position, the longer first, then in table order. */
function matchAll(folded: string, language: 'zh' | 'en'): Match[] {
  const raw: Match[] = [];
  if (language === 'en') {
    eachStartWordMatch(folded, EN_START_WORDS, (order, m) => raw.push({ start: m.index, end: m.index + m[0].length, order, rule: EN_PERIOD_RULES[order]!, m }));
  } else {
    ZH_PERIOD_RULES.forEach((rule, order) => {
      const re = rule.pattern;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(folded)) !== null) {
        raw.push({ start: m.index, end: m.index + m[0].length, order, rule, m });
        if (m[0].length === 0) re.lastIndex++;
      }
    });
  }
  return raw.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
}

/** A Chinese match read in its words: comparison bases, plan titles and multiples' bases are no periods. */
function readZh(r: Match, site: PeriodSite): PeriodReading | null {
  const { folded, before } = site;
  if (ZH_COMPARISON_BEFORE.test(before) && !r.rule.afterComparison) return null;
  // “十四五”规划和2035年远景目标纲要: the plan's full name, not the year its figures are for.
  if (/^远景目标/.test(folded.slice(r.end, r.end + 4))) return null;
  // 是2018年的1.4倍: the year is the base of a multiple, not the figure's period.
  if (/(?:是|为|相当于)$/.test(before) && /^的[^，。；]{0,10}倍/.test(folded.slice(r.end, r.end + 14))) return null;
  const reading = r.rule.read(r.m, site);
  if (!reading || !('period' in reading)) return null;
  // 由8月覆检时的2%至3%上调至3.2%: a time that qualifies an earlier statement belongs to that statement alone.
  if (/^[\u4e00-\u9fff]{0,4}时的?/.test(folded.slice(r.end, r.end + 6))) return { ...reading, local: true };
  // 2022年以来, 延续去年底以来的回稳势头: a span from then to the story, for its own sentence; a year-less
  // 一季度 after it is still this year's.
  if (/^(?:以来|至今)/.test(folded.slice(r.end, r.end + 2)) && site.ctx.ctxDate && reading.period.from <= site.ctx.ctxDate) {
    return { period: { from: reading.period.from, to: site.ctx.ctxDate, label: `${site.label}${folded.slice(r.end, r.end + 2)}` }, sentenceOnly: true };
  }
  return reading;
}

/** An English match read in its words; a number when the match and what follows it are spent (a date). */
function readEn(r: Match, site: PeriodSite): PeriodReading | number | null {
  const { folded, before } = site;
  const leading = r.rule.leadingWords?.(r.m) ?? '';
  const since = /\bsince\s+$/i.test(before) || /^since\s/i.test(leading);
  if (since && EN_SINCE_RECORD.test(folded.slice(Math.max(0, r.start - 60), r.start) + leading)) return null;
  const reading = r.rule.read(r.m, site);
  if (!reading) return null;
  if (!('period' in reading)) return reading.coverTo;
  if (!r.rule.afterComparison && EN_COMPARISON_BEFORE.test(before)) return null;
  // 'Rival Conagra last month reported a 4% drop': when it was said, not the figure's period.
  if (r.rule.attribution && EN_ATTRIBUTION_AFTER.test(folded.slice(r.end, r.end + 16))) return null;
  // 'down from 2.6% in September': the earlier month belongs to the compared figure only.
  if (/\bfrom\s+[^\s,;]+\s+in\s+$/i.test(folded.slice(Math.max(0, r.start - 24), r.start))) return { ...reading, local: true };
  return reading;
}

/** All period mentions in `folded`, sorted by position, non-overlapping. */
export function findPeriods(folded: string, language: 'zh' | 'en', ctxDate: string | null, paragraphs: Array<{ start: number; end: number }>): PeriodMention[] {
  const ctx: StoryDate = { ctxYear: ctxDate ? Number(ctxDate.slice(0, 4)) : null, ctxDate, fiscalStart: fiscalStartFor(folded, language) };
  const out: PeriodMention[] = [];
  let coveredTo = -1;
  // The year most recently named, for 全年 and year-less months in the same paragraph.
  let runningYear: number | null = null;
  let runningYearPara = -1;
  let paraIdx = 0;
  for (const r of matchAll(folded, language)) {
    if (r.start < coveredTo) continue;
    while (paraIdx < paragraphs.length - 1 && paragraphs[paraIdx]!.end < r.start) paraIdx++;
    const site: PeriodSite = {
      folded,
      start: r.start,
      end: r.end,
      label: folded.slice(r.start, r.end),
      before: folded.slice(Math.max(0, r.start - (language === 'zh' ? 6 : 16)), r.start),
      ctx,
      sameParaYear: runningYearPara === paraIdx ? runningYear : null,
      runningYear,
    };
    const reading = language === 'zh' ? readZh(r, site) : readEn(r, site);
    coveredTo = typeof reading === 'number' ? reading : r.end;
    if (!reading || typeof reading === 'number') continue;
    const { period, local = false, sentenceOnly = false } = reading;
    out.push(sentenceOnly ? { start: r.start, end: r.end, period, local, sentenceOnly, rule: r.rule.name } : { start: r.start, end: r.end, period, local, rule: r.rule.name });
    if (!local && !sentenceOnly) {
      runningYear = Number(period.to.slice(0, 4));
      runningYearPara = paraIdx;
    }
  }
  return out;
}

/** Shift a period by whole years ('a year earlier'). */
export function shiftYears(period: Period, by: number, label: string): Period {
  const shift = (iso: string): string => `${Number(iso.slice(0, 4)) + by}${iso.slice(4)}`;
  return { from: shift(period.from), to: shift(period.to), label };
}

export const isYearShift = (p: Period): boolean => p.from.startsWith('0000');
