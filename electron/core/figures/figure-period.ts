/** Which period a figure is for: the nearest one named in its clause, sentence or paragraph, or else the story's. */
import type { ExtractionContext, Period } from '../../../shared/domain/figure';
import { indicatorFor, unitClassOf } from '../metrics/key';
import { spansOneYear } from './figure-kind-by-period';
import { LOOKBACK_CUES, type LeadFacts } from './lead';
import { EN_SAME_SPAN_OF, isYearShift, type PeriodMention, shiftYears } from './periods';
import type { RawFigure } from './scan-zh';
import { inAnySpan, type Segments, type Span } from './segment';
import { firstAfter, lastBefore, type Working } from './working';

function yearShiftBase(periods: PeriodMention[], fig: RawFigure, sentence: Span, segs: Segments): Period | null {
  const base = lastBefore(periods, fig.start, sentence.start, (p) => !isYearShift(p.period) && !inAnySpan(segs.titles, p.start)) ?? lastBefore(periods, fig.start, 0, (p) => !p.local && !p.sentenceOnly);
  return base ? base.period : null;
}

const EN_COMPARED_VALUE = /\b(?:from|than|against|compared with|compared to|versus|vs\.?)\s+(?:(?:about|around|roughly|nearly|almost|just)\s+)?(?:US\$|HK\$|[$£€¥])?\d/i;

const EN_COMPARED_TIME = new RegExp(String.raw`^[^.;\d]{0,12}\b(?:compared (?:with|to)|versus|vs\.?|than|from)\s+(?:the\s+)?${EN_SAME_SPAN_OF}$`, 'i');

const spansYears = (p: PeriodMention): boolean => p.period.from.slice(0, 4) !== p.period.to.slice(0, 4);

const EN_SENTENCE_SCOPE = /\b(?:for|in|by|during|over)\s+(?:the\s+)?$/i;

// The tests a period passes to be a figure's are functions of the figure, not closures named per figure:
// the bench and the CLI run under tsx, whose keep-names wrapper makes each named closure cost a property definition.
/** Not inside a document title, and not part of the figure's own words. */
function isOutsideTitle(p: PeriodMention, fig: RawFigure, segs: Segments): boolean {
  return !inAnySpan(segs.titles, p.start) && !(p.start < fig.end && p.end > fig.start);
}
/** Also said of more than its own clause: not a dateline or a shift ('a year earlier'). */
function isNonLocal(p: PeriodMention, fig: RawFigure, segs: Segments): boolean {
  return isOutsideTitle(p, fig, segs) && !p.local;
}
/** Also carried past its own sentence. */
function carriesOn(p: PeriodMention, fig: RawFigure, segs: Segments): boolean {
  return isNonLocal(p, fig, segs) && !p.sentenceOnly;
}
/** A year shift ('a year earlier', 上年) read from the year named before it; any other period as it stands. */
function resolveShift(p: PeriodMention, periods: PeriodMention[], fig: RawFigure, sentence: Span, segs: Segments): Period {
  if (!isYearShift(p.period)) return p.period;
  const base = yearShiftBase(periods, fig, sentence, segs);
  return base ? shiftYears(base, -1, p.period.label) : p.period;
}
/** 'for 2022', 'by 2030', 'over the next Parliament': a period later in the sentence that scopes the figures before it. */
function scopesSentence(p: PeriodMention, w: Working, folded: string): boolean {
  return EN_SENTENCE_SCOPE.test(folded.slice(Math.max(w.sentence.start, p.start - 8), p.start)) || /^(?:for|in|by|during|over)\b/i.test(folded.slice(p.start, p.end));
}

/**
 * 'to conserve at least 17 percent of land, and 10 percent of marine areas by 2020': goals listed
 * as objects of one verb share the deadline that closes the list. Every part after a comma opens
 * with the next amount, so no new clause (', and sales rose 5% in 2022') stands between.
 */
function parallelGoals(w: Working, between: string): boolean {
  return w.kind === 'target' && !/[;:]/.test(between) && between.split(',').slice(1).every((part) => !part.trim() || EN_NEXT_AMOUNT.test(part));
}
const EN_NEXT_AMOUNT = /^\s*(?:and|or)?\s*(?:about|around|at least|up to|over|more than|nearly|almost|another|a further)?\s*[$£€]?\d/i;

/**
 * 'in the year to June' is June's reading for a 12-month rate, as statistics offices publish it, but
 * the whole twelve months for a sum: 'a surplus of NZ$414 million in the year to June' is the year's.
 */
function twelveMonthsOfAFlow(period: Period, rule: string, unit: string): Period {
  const cls = unitClassOf({ unit, currency: null });
  if (rule !== 'year-to-month' || cls === 'percent' || cls === 'ratio' || period.from.slice(0, 7) !== period.to.slice(0, 7)) return period;
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  const from = month === 12 ? `${year}-01-01` : `${year - 1}-${String(month + 1).padStart(2, '0')}-01`;
  return { ...period, from };
}

export function choosePeriod(w: Working, periods: PeriodMention[], segs: Segments, language: 'zh' | 'en', ctx: ExtractionContext, lead: LeadFacts, folded: string): void {
  const fig = w.raw;
  // 年均增长, 累计完成: averages and running totals cover the span of years named before them (过去五年, “十四五”), not one year.
  if (language === 'zh' && (/年均|累计/.test(folded.slice(w.clause.start, fig.end)) || /累计/.test(folded.slice(w.sentence.start, fig.start)))) {
    const span = lastBefore(periods, fig.start, w.paragraph.start, (p) => isNonLocal(p, fig, segs) && spansYears(p));
    if (span) { w.period = span.period; w.periodSource = 'paragraph'; return; }
  }
  const before = lastBefore(periods, fig.start, w.clause.start, (p) => isOutsideTitle(p, fig, segs));
  let after = firstAfter(periods, fig.end, w.clause.end, (p) => isOutsideTitle(p, fig, segs));
  // '36.2% from 34.9% a year earlier': a time after the compared value is that value's, not this one's.
  if (after && language === 'en' && EN_COMPARED_VALUE.test(folded.slice(fig.end, after.start))) after = null;
  // '36.7 million compared to the same period last year': the comparison's time is the base's, not the figure's.
  if (after && language === 'en' && EN_COMPARED_TIME.test(folded.slice(fig.end, after.start))) after = null;
  const own = language === 'zh' ? before ?? after : after ?? before;
  if (own && !(isYearShift(own.period) && !yearShiftBase(periods, fig, w.sentence, segs))) {
    w.period = twelveMonthsOfAFlow(resolveShift(own, periods, fig, w.sentence, segs), own.rule, fig.unit);
    w.periodSource = 'clause';
    return;
  }
  const inSentence = lastBefore(periods, fig.start, w.sentence.start, (p) => isNonLocal(p, fig, segs));
  if (inSentence) { w.period = inSentence.period; w.periodSource = 'sentence'; return; }
  // 'aims to create over 11 million jobs and targets unemployment of no more than 5.5% for 2022':
  // a period later in the sentence ('for 2022', 'by 2030', 'over the next Parliament') scopes the figures before it.
  const closing = language === 'en' ? firstAfter(periods, fig.end, w.sentence.end, (p) => isNonLocal(p, fig, segs)) : null;
  // Only when no other number stands between: 'build a million homes, of all tenures, over the next Parliament'.
  // Across another figure only within one clause ('X and Y for 2022'), never past ', and …'.
  const between = closing ? folded.slice(fig.end, closing.start) : '';
  if (closing && scopesSentence(closing, w, folded) && (!/\d/.test(between) || (/^\s*[.;]?\s*$/.test(folded.slice(closing.end, w.sentence.end)) && (!/[,;:]/.test(between) || parallelGoals(w, between))))) {
    w.period = closing.period;
    w.periodSource = 'sentence';
    return;
  }
  // 'The nation's RE capacity has so far reached 30 per cent' after '70 per cent by 2050': a reading does not take a
  // deadline still to come from the sentences before it, nor any time before that deadline; it stands as of the story.
  const inParagraph = lastBefore(periods, fig.start, w.paragraph.start, (p) => carriesOn(p, fig, segs));
  const standsNow = (p: PeriodMention | null): boolean => !!p && deadlineAheadOfReading(p.period, w, ctx);
  if (inParagraph && !standsNow(inParagraph)) { w.period = inParagraph.period; w.periodSource = 'paragraph'; return; }
  if (w.kind === 'budget') { w.period = null; w.periodSource = 'none'; return; }
  // 「一年来，…城镇调查失业率平均为5.2%」: a paragraph that opens a look-back speaks of the report's year,
  // whatever period an earlier paragraph named (“十四五”圆满收官).
  if (ctx.date && w.kind !== 'target') {
    const own = reportingYear(ctx, language, null, folded.slice(w.paragraph.start, fig.start));
    if (own.cue) { w.period = { from: `${own.year}-01-01`, to: `${own.year}-12-31`, label: own.cue }; w.periodSource = 'paragraph'; return; }
  }
  const carried = standsNow(inParagraph) ? null : lastBefore(periods, fig.start, 0, (p) => carriesOn(p, fig, segs));
  if (carried && !standsNow(carried)) { w.period = carried.period; w.periodSource = 'carry'; return; }
  // The headline names the period of a section that does not repeat it: 「2023年工作回顾」 then its figures.
  if (lead.period) { w.period = lead.period; w.periodSource = 'lead'; return; }
  if (ctx.date) {
    // The look-back is announced before the figures it covers: 「过去一年，…增长6.1%」, not '… in the past year' after them.
    // Chinese reports put the look-back in a section heading a few lines up (「过去一年」, 「一、2023年工作回顾」).
    // A goal set early in the year is for that year: only outcomes look back.
    const y = w.kind === 'target' ? { year: Number(ctx.date.slice(0, 4)), cue: null } : reportingYear(ctx, language, lead.lookback, folded.slice(language === 'zh' ? Math.max(0, w.paragraph.start - LOOKBACK_REACH_ZH) : w.sentence.start, fig.start));
    // 生产总值增长4.8% in a review of February, with no word of time: a yearly statistic's outcome told in the first
    // quarter can only be of the year just ended; this year's does not exist yet. (English reports print quarterly
    // growth bare, 'GDP grew 0.3%', so only Chinese ones are read so.)
    const year = !y.cue && language === 'zh' && yearlyOutcomeToldEarly(w, ctx.date) ? y.year - 1 : y.year;
    w.period = { from: `${year}-01-01`, to: `${year}-12-31`, label: y.cue ?? (year < y.year ? YEAR_BEFORE_STORY_LABEL : STORY_YEAR_LABEL) };
    w.periodSource = 'story';
  }
}

/** A deadline that ends after the story ('by 2050'), carried to a figure told as how things stand now. */
function deadlineAheadOfReading(p: Period, w: Working, ctx: ExtractionContext): boolean {
  return w.kind === 'actual' && !!w.kindCue && STANDS_NOW_CUE.test(w.kindCue) && !!ctx.date && p.to > ctx.date && DEADLINE_WORDS.test(p.label);
}
const DEADLINE_WORDS = /^(?:by|before|until|through)\b|^(?:到|至)/i;
/** The cues that say a figure is how things stand (kind.ts): only these make it a reading of the story's day, not of a goal's span. */
const STANDS_NOW_CUE = /\b(?:now|currently|so far|to date|already|latest|reaching|stands at|standing at|totalling|totaling|hitting)\b|截至|目前|当前|已经|已|迄今|至今|到目前为止/i;

/** Up to this day of the year, a yearly statistic reported with no period is last year's (work reports, bulletins). */
const YEARLY_RESULTS_SEASON_END = '03-31';
const GOAL_BOUND_CUE = /^(?:左右|以上|以内|以下|不低于|不少于|不超过|力争|确保)$/;

function yearlyOutcomeToldEarly(w: Working, date: string): boolean {
  // 增长6%左右 told in January is this year's goal, whatever the words around it let the reader call it so far.
  if (w.kind !== 'actual' || date.slice(5) > YEARLY_RESULTS_SEASON_END || w.raw.cues.some((c) => GOAL_BOUND_CUE.test(c))) return false;
  const indicator = indicatorFor(w.metric, { unit: w.raw.unit, currency: w.raw.currency, change: w.raw.change });
  return indicator?.statistic === 'annual';
}

const LOOKBACK_UNTIL_MONTH = 4;
/** The label of a period taken from the story's date alone, when the text names none. */
export const STORY_YEAR_LABEL = 'story year';

/**
 * 'plant 8,000ha of new forest each year', 'build 10,000 social homes a year', 每年新增城镇就业11万人以上: a goal
 * for every year, with no year of its own named, holds for each year after it was set, not only the story's.
 */
const EACH_YEAR_LABEL = { en: 'each year', zh: '每年' } as const;
export const isEachYearLabel = (label: string): boolean => label === EACH_YEAR_LABEL.en || label === EACH_YEAR_LABEL.zh;
const EACH_YEAR_AFTER_EN = /^[^.;:\d]{0,40}?\b(?:each|every|a|per) year\b|^[^.;:\d]{0,40}?\b(?:annually|per annum|yearly)\b/i;
const EACH_YEAR_BEFORE_ZH = /(?:每年|年年)(?!平均)[^，。；\d]{0,12}$/;

export function eachYearGoal(w: Working, folded: string, language: 'zh' | 'en'): void {
  // Only with no time of its own: a year carried from an earlier paragraph ('so far this year') does not scope it.
  if (w.kind !== 'target' || !w.period || w.periodSource === 'clause' || w.periodSource === 'sentence' || !spansOneYear(w.period)) return;
  const each = language === 'en' ? EACH_YEAR_AFTER_EN.test(folded.slice(w.raw.end, w.clause.end)) : EACH_YEAR_BEFORE_ZH.test(folded.slice(w.clause.start, w.raw.start));
  if (each) w.period = { ...w.period, label: EACH_YEAR_LABEL[language] };
}
/** The year before the story's, for a yearly outcome told in its first quarter with no word of time. */
export const YEAR_BEFORE_STORY_LABEL = 'year before the story';

const LOOKBACK_REACH_ZH = 300;

/** The year an outcome without a period of its own speaks of; `leadCue` is a look-back named in the story's lead. */
function reportingYear(ctx: ExtractionContext, language: 'zh' | 'en', leadCue: string | null, paragraph: string): { year: number; cue: string | null } {
  const year = Number(ctx.date!.slice(0, 4));
  const month = Number(ctx.date!.slice(5, 7));
  if (month > LOOKBACK_UNTIL_MONTH) return { year, cue: null };
  const cue = LOOKBACK_CUES[language].exec(paragraph)?.[0] ?? leadCue;
  return cue ? { year: year - 1, cue } : { year, cue: null };
}

/** 'narrowed to 3.3% from 3.6%': a compared value with no time of its own is the previous month or year. */
export function comparedValuePeriods(works: Working[], folded: string): void {
  for (let i = 1; i < works.length; i++) {
    const w = works[i]!;
    const prev = works[i - 1]!;
    // Only when it has no time of its own: none in its clause, or just the one it shares with the figure it is compared with.
    const shared = w.period !== null && w.period.from === prev.period?.from && w.period.to === prev.period?.to;
    if (prev.sentence !== w.sentence || !prev.period || (w.periodSource === 'clause' && !shared)) continue;
    if (!/\bfrom\s+(?:(?:about|around|roughly|nearly|almost|just)\s+)?(?:US\$|HK\$|[$£€¥])?$/i.test(folded.slice(Math.max(prev.raw.end, w.raw.start - 30), w.raw.numStart))) continue;
    const p = prev.period;
    const [fy, fm] = [Number(p.from.slice(0, 4)), Number(p.from.slice(5, 7))];
    const [ty, tm] = [Number(p.to.slice(0, 4)), Number(p.to.slice(5, 7))];
    const oneMonth = fy === ty && fm === tm && p.from.endsWith('-01');
    const oneYear = p.from.endsWith('-01-01') && p.to.endsWith('-12-31') && fy === ty;
    if (oneMonth) {
      const y = fm === 1 ? fy - 1 : fy;
      const mo = fm === 1 ? 12 : fm - 1;
      const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
      w.period = { from: `${y}-${String(mo).padStart(2, '0')}-01`, to: `${y}-${String(mo).padStart(2, '0')}-${last}`, label: 'previous month' };
    } else if (oneYear) w.period = shiftYears(p, -1, 'previous year');
    else continue;
    w.periodSource = 'clause';
  }
}
