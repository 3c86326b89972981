import { placeOf } from '../metrics/places';
import { refine } from './refine';
import type { ExtractedFigure, ExtractionContext, FigureChange, FigureKind, Period } from '../../../shared/domain/figure';
import { type EntityMention, findEntitiesEn, findEntitiesZh, fullCityName, resolveEnRef } from './entities';
import { foldText } from './fold';
import { LOOKBACK_CUES, readLead, type LeadFacts } from './lead';
import { EN_BUDGET_RE, findKindCues, type KindCue, ZH_BUDGET_RE } from './kind';
import { antecedentOfBareHead, powerMetric, changeSubject, cleanEnMetric, cleanZhMetric, incomeFromCharges, spendingObject, isZhVerbOnly, endsWithIntakeVerb, metricKey, splitDistributive, splitZhCoordination, zhChangeMetric, zhCountedWorks, zhFollowingNoun, zhGrowthAsRate } from './metric';
import { findPeriods, isYearShift, type PeriodMention, shiftYears } from './periods';
import { scanEn } from './scan-en';
import { type RawFigure, scanZh } from './scan-zh';
import { inAnySpan, lowerBound, type Segments, segment, type Span, spanAt } from './segment';

export { metricKey } from './metric';

/** Chinese if Han characters outnumber Latin letters in the first few thousand characters. */
export function detectLanguage(text: string): 'zh' | 'en' {
  const sample = text.slice(0, 4000);
  let han = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return han * 2 >= latin ? 'zh' : 'en';
}

interface Working {
  raw: RawFigure;
  sentence: Span;
  clause: Span;
  paragraph: Span;
  baseMetric: string;
  metric: string;
  entity: string | null;
  period: Period | null;
  kind: FigureKind;
  kindCue: string | null;
  periodSource: 'clause' | 'sentence' | 'paragraph' | 'carry' | 'lead' | 'story' | 'none';
  /** Further subjects the same value is said of (A和B都突破…): each gets a figure of its own. */
  alsoOf?: string[];
  /** A kind the figure's own words force ('our 20,000 target'), with the word that forces it. */
  forcedKind?: { kind: FigureKind; cue: string };
}

const MONEY_UNITS = /^(?:元|[A-Z]{3})$/;

function lastBefore<T extends { start: number; end: number }>(items: T[], pos: number, from: number, accept: (t: T) => boolean = () => true): T | null {
  let i = lowerBound(items, pos) - 1;
  while (i >= 0) {
    const it = items[i]!;
    if (it.start < from) return null;
    if (it.end <= pos && accept(it)) return it;
    i--;
  }
  return null;
}

function firstAfter<T extends { start: number; end: number }>(items: T[], pos: number, to: number, accept: (t: T) => boolean = () => true): T | null {
  for (let i = lowerBound(items, pos); i < items.length; i++) {
    const it = items[i]!;
    if (it.start >= to) return null;
    if (accept(it)) return it;
  }
  return null;
}

function yearShiftBase(periods: PeriodMention[], fig: RawFigure, sentence: Span, segs: Segments): Period | null {
  const base = lastBefore(periods, fig.start, sentence.start, (p) => !isYearShift(p.period) && !inAnySpan(segs.titles, p.start)) ?? lastBefore(periods, fig.start, 0, (p) => !p.local && !p.sentenceOnly);
  return base ? base.period : null;
}

const EN_COMPARED_VALUE = /\b(?:from|than|compared with|compared to|versus|vs\.?)\s+(?:(?:about|around|roughly|nearly|almost|just)\s+)?(?:US\$|HK\$|[$£€¥])?\d/i;

const fig_isOther = (w: Working): boolean => w.kind === 'other';
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

function choosePeriod(w: Working, periods: PeriodMention[], segs: Segments, language: 'zh' | 'en', ctx: ExtractionContext, lead: LeadFacts, folded: string): void {
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
  const own = language === 'zh' ? before ?? after : after ?? before;
  if (own && !(isYearShift(own.period) && !yearShiftBase(periods, fig, w.sentence, segs))) {
    w.period = resolveShift(own, periods, fig, w.sentence, segs);
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
  if (closing && scopesSentence(closing, w, folded) && (!/\d/.test(between) || (/^\s*[.;]?\s*$/.test(folded.slice(closing.end, w.sentence.end)) && !/[,;:]/.test(between)))) {
    w.period = closing.period;
    w.periodSource = 'sentence';
    return;
  }
  const inParagraph = lastBefore(periods, fig.start, w.paragraph.start, (p) => carriesOn(p, fig, segs));
  if (inParagraph) { w.period = inParagraph.period; w.periodSource = 'paragraph'; return; }
  if (w.kind === 'budget') { w.period = null; w.periodSource = 'none'; return; }
  // 「一年来，…城镇调查失业率平均为5.2%」: a paragraph that opens a look-back speaks of the report's year,
  // whatever period an earlier paragraph named (“十四五”圆满收官).
  if (ctx.date && w.kind !== 'target') {
    const own = reportingYear(ctx, language, null, folded.slice(w.paragraph.start, fig.start));
    if (own.cue) { w.period = { from: `${own.year}-01-01`, to: `${own.year}-12-31`, label: own.cue }; w.periodSource = 'paragraph'; return; }
  }
  const carried = lastBefore(periods, fig.start, 0, (p) => carriesOn(p, fig, segs));
  if (carried) { w.period = carried.period; w.periodSource = 'carry'; return; }
  // The headline names the period of a section that does not repeat it: 「2023年工作回顾」 then its figures.
  if (lead.period) { w.period = lead.period; w.periodSource = 'lead'; return; }
  if (ctx.date) {
    // The look-back is announced before the figures it covers: 「过去一年，…增长6.1%」, not '… in the past year' after them.
    // Chinese reports put the look-back in a section heading a few lines up (「过去一年」, 「一、2023年工作回顾」).
    // A goal set early in the year is for that year: only outcomes look back.
    const y = w.kind === 'target' ? { year: Number(ctx.date.slice(0, 4)), cue: null } : reportingYear(ctx, language, lead.lookback, folded.slice(language === 'zh' ? Math.max(0, w.paragraph.start - LOOKBACK_REACH_ZH) : w.sentence.start, fig.start));
    w.period = { from: `${y.year}-01-01`, to: `${y.year}-12-31`, label: y.cue ?? STORY_YEAR_LABEL };
    w.periodSource = 'story';
  }
}

const LOOKBACK_UNTIL_MONTH = 4;
/** The label of a period taken from the story's date alone, when the text names none. */
export const STORY_YEAR_LABEL = 'story year';
/** The economy as the subject of a growth the sentence goes on to quantify (the last such subject before the figure). */
const ZH_ECONOMY_SUBJECT = /(?:^|[^\u4e00-\u9fff]|[\u4e00-\u9fff]{0,4}?)(经济)(?!.*经济)[^。；]{0,16}(?:增长|增速|增幅|扩张)/;
const LOOKBACK_REACH_ZH = 300;

/** The year an outcome without a period of its own speaks of; `leadCue` is a look-back named in the story's lead. */
function reportingYear(ctx: ExtractionContext, language: 'zh' | 'en', leadCue: string | null, paragraph: string): { year: number; cue: string | null } {
  const year = Number(ctx.date!.slice(0, 4));
  const month = Number(ctx.date!.slice(5, 7));
  if (month > LOOKBACK_UNTIL_MONTH) return { year, cue: null };
  const cue = LOOKBACK_CUES[language].exec(paragraph)?.[0] ?? leadCue;
  return cue ? { year: year - 1, cue } : { year, cue: null };
}

const ZH_REPORT_LAYS_DOWN = /(?:报告|纲要|规划|方案|意见)》?[^，。；\d]{0,4}(?:明确|要求|确定|提出)/;

/** Longest line ending in 。 that still reads as an item of a list rather than a paragraph of prose. */
const LIST_ITEM_MAX = 80;
/** Longest stretch stepped back over as one item of a list. */
const LIST_ITEM_REACH = 160;

/**
 * A list item takes the kind of the words that introduce the list: 「今年发展主要预期目标是：」 then
 * 「国内生产总值增长5.5%左右；城镇新增就业1100万人以上；…」, on one line or a line each. Walks back
 * from the figure's sentence over items (ending in ；/; or a line break) to a colon, and reads the
 * strong cue of the words before it; the lead-in may be the line printed above the text.
 */
function listLeadCue(cues: KindCue[], folded: string, from: number, lead: LeadFacts): KindCue | undefined {
  let pos = from;
  for (let items = 0; items < 40; items++) {
    let j = pos - 1;
    let lineBreak = false;
    while (j >= 0 && /\s/.test(folded[j]!)) {
      if (folded[j] === '\n') lineBreak = true;
      j--;
    }
    if (j < 0) return lead.listCue;
    const ch = folded[j]!;
    if (ch === ':' || ch === '：') {
      const leadStart = Math.max(folded.lastIndexOf('\n', j - 1), folded.lastIndexOf('。', j - 1), folded.lastIndexOf('；', j - 1)) + 1;
      return lastBefore(cues, j, leadStart, (c) => c.strong) ?? undefined;
    }
    if (ch !== '；' && ch !== ';' && !lineBreak) return undefined;
    // A paragraph of full sentences above is prose, not an item of the list: the figures below it are its own.
    if (ch === '。' && j - folded.lastIndexOf('\n', j) > LIST_ITEM_MAX) return undefined;
    // Step back over the item before this one; an item longer than LIST_ITEM_REACH is no item, so the walk stops there.
    let k = j - 1;
    while (k >= 0 && j - k <= LIST_ITEM_REACH && !'；;:：。\n'.includes(folded[k]!)) k--;
    if (k >= 0 && folded[k] === '。') return undefined;
    if (j - k > LIST_ITEM_REACH) return undefined;
    pos = k + 1;
  }
  return undefined;
}

const isStrong = (c: KindCue): boolean => c.strong;

function chooseKind(w: Working, cues: KindCue[], listLead: (sentenceStart: number) => KindCue | undefined, language: 'zh' | 'en', folded: string): void {
  const fig = w.raw;
  if (w.forcedKind) { w.kind = w.forcedKind.kind; w.kindCue = w.forcedKind.cue; return; }
  if (fig.countInWords && !isCreationCount(folded, fig)) { w.kind = 'other'; return; }
  const clauseBefore = folded.slice(w.clause.start, fig.start);
  if (MONEY_UNITS.test(fig.unit)) {
    const budget = language === 'zh' ? ZH_BUDGET_RE.exec(clauseBefore + w.baseMetric) : EN_BUDGET_RE.exec(folded.slice(Math.max(w.sentence.start, fig.start - 60), Math.min(w.sentence.end, fig.end + 40)));
    if (budget) { w.kind = 'budget'; w.kindCue = budget[0]; return; }
  }
  // 有望达到4,900万的目标: a figure that names the goal itself is the goal, whatever is said of reaching it.
  const namesGoal = language === 'zh' ? ZH_FIGURE_NAMES_GOAL.exec(folded.slice(fig.end, fig.end + 10)) : null;
  if (namesGoal) { w.kind = 'target'; w.kindCue = namesGoal[0].trim(); return; }
  // 成长3.54%(上修0.73个百分点)，CPI上涨1.61%: a cue inside a closed aside speaks of the figure it glosses only.
  const strongOutsideAside = (c: KindCue): boolean => isStrong(c) && !inClosedAside(folded, c.start, fig.start);
  const cue =
    lastBefore(cues, fig.start, w.clause.start, strongOutsideAside) ??
    firstAfter(cues, fig.end, w.clause.end, isStrong) ??
    lastBefore(cues, fig.start, w.sentence.start, strongOutsideAside) ??
    listLead(w.sentence.start) ??
    (language === 'zh' ? amongCue(cues, folded, w.sentence.start) : undefined);
  if (cue) { w.kind = cue.kind; w.kindCue = cue.word; return; }
  // 政府工作报告提出，…。今年城镇新增就业1100万人以上: a paragraph opened by what a report lays down goes on laying it down.
  const opener = language === 'zh' ? lastBefore(cues, w.sentence.start, w.paragraph.start, (c) => c.strong) : null;
  if (opener && opener.kind === 'target' && ZH_REPORT_LAYS_DOWN.test(opener.word)) { w.kind = 'target'; w.kindCue = opener.word; return; }
  w.kind = 'actual';
  w.kindCue = null;
}

/** Whether `at` lies inside brackets that close before `figStart`: (上修0.73个百分点) before the next figure. */
function inClosedAside(folded: string, at: number, figStart: number): boolean {
  const open = Math.max(folded.lastIndexOf('(', at), folded.lastIndexOf('（', at));
  if (open < 0 || at - open > 40) return false;
  const close = folded.slice(at, figStart).search(/[)）]/);
  return close >= 0 && !/[(（]/.test(folded.slice(open + 1, at));
}

const ZH_FIGURE_NAMES_GOAL = /^\s*的(?:年度|全年|预期)?目标(?!任务|的?\d)/;

/** Words after a percentage that do not name what it is of. */
const EN_NOT_MEASURE_AFTER_PERCENT = /^(?:of|in|on|to|by|for|from|at|than|more|less|higher|lower|last|this|next|a|an|the|and|or|but|year|years|month|months|rise|increase|growth|fall|decline|drop|cut|reduction|jump|gain|stake|chance|share|year-on-year|annual|annually|points?|per|compared|while|which|who|that|is|are|was|were|will|would|has|have|had|said|says)$/i;

/** 'of 20 per cent ethanol blending in petrol' → 'ethanol blending'; the goal's frame words at the end are dropped. */
function percentOfWhat(after: string): string | null {
  const m = /^\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)(?=\s+(?:in|with|of|for|by|among|across|rate|milestone|target|goal)\b|[,.;:]|\s*$)/.exec(after);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  if (EN_NOT_MEASURE_AFTER_PERCENT.test(words[0]!)) return null;
  while (words.length > 1 && /^(?:milestone|target|goal|rate|level)$/i.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** 其中 opens a sentence that picks items from the one before (提出…主要预期目标。其中，国内生产总值增长5.5%左右): it takes that sentence's kind. */
const ZH_AMONG = /^\s*(?:其中|这其中|当中)/;
function amongCue(cues: KindCue[], folded: string, sentenceStart: number): KindCue | undefined {
  if (!ZH_AMONG.test(folded.slice(sentenceStart, sentenceStart + 6))) return undefined;
  let prevStart = sentenceStart - 1;
  while (prevStart > 0 && /[\s。！？!?]/.test(folded[prevStart - 1]!)) prevStart--;
  while (prevStart > 0 && !'。！？!?\n'.includes(folded[prevStart - 1]!)) prevStart--;
  return lastBefore(cues, sentenceStart, prevStart, (c) => c.strong) ?? undefined;
}

/**
 * 「全年增长3.9%」, 「年末城镇调查失业率5.5%」 read as outcomes in a report of early March can only be last
 * year's: this year's whole-year result does not exist yet. (Goals and forecasts keep this year.)
 */
const WHOLE_YEAR_LABEL = /^(?:全年|全年度|年末|年底)$/;
const REPORTING_SEASON_END = '-06-30';

/** 预计全年增长8% in a report of January or February: the estimate of the year just ended (一年来…). */
const ESTIMATE_SEASON_END = '-02-29';

function yearAlreadyOver(w: Working, ctx: ExtractionContext, folded: string): void {
  // Only in a passage that looks back (一年来, 过去一年): 预计全年增长5% alone in February is this year's forecast.
  const estimate = w.kind === 'projection' && w.kindCue !== null && ESTIMATE_CUE.test(w.kindCue) && LOOKBACK_CUES.zh.test(folded.slice(w.paragraph.start, w.raw.start));
  if ((w.kind !== 'actual' && !estimate) || !w.period || !ctx.date || !WHOLE_YEAR_LABEL.test(w.period.label)) return;
  const year = ctx.date.slice(0, 4);
  if (w.period.to !== `${year}-12-31` || ctx.date > `${year}${estimate ? ESTIMATE_SEASON_END : REPORTING_SEASON_END}`) return;
  w.period = shiftYears(w.period, -1, w.period.label);
  if (estimate) w.kind = 'actual';
}

/**
 * 2023年，上海地区生产总值预计增长5.5%以上, said in January 2023: a government's expectation for a year just
 * begun, stated with a goal's bound, is the year's goal; 「十四五」期间年均增长7.5%—8% in a plan under way likewise.
 */
function goalForYearUnderWay(w: Working, ctx: ExtractionContext, folded: string): void {
  if (!w.period || !ctx.date || w.period.from > ctx.date || ctx.date >= w.period.to) return;
  const span = yearsSpanned(w.period);
  const estimate = w.kind === 'projection' && w.kindCue !== null && /^(?:预计|预期)$/.test(w.kindCue);
  if (estimate && span >= 0.99 && span < 1.01 && ctx.date.slice(5) <= '03-31' && w.raw.cues.some((c) => GOAL_BOUND.test(c))) {
    w.kind = 'target';
    return;
  }
  if (w.kind === 'actual' && span >= 1.99 && /年均/.test(folded.slice(w.clause.start, w.raw.start))) w.kind = 'target';
}

/**
 * 预计2024年地区生产总值增长5.8%左右, said in January 2025: an estimate of a period already over is its first
 * reading, not a forecast; a later bulletin may revise it.
 */
const ESTIMATE_CUE = /^(?:预计|预估|估计|初步估计|estimated?|estimates)$/i;

function estimateOfFinishedPeriod(w: Working, ctx: ExtractionContext): void {
  if (w.kind !== 'projection' || !w.period || !ctx.date || !w.kindCue || !ESTIMATE_CUE.test(w.kindCue)) return;
  if (w.period.to < ctx.date) w.kind = 'actual';
}

/** Period-based kind: a figure for a finished period is an outcome; one for a period not yet begun is a goal. */
const DEADLINE_LABEL = /^(?:by\b|before\b|within\b|(?:in|over) the next\b|到|至(?=\d))/i;

const GOAL_BOUND = /^(?:左右|以上|以内|不低于|不少于|不超过)$/;
const yearsSpanned = (p: { from: string; to: string }): number => (Date.parse(p.to) - Date.parse(p.from)) / (365 * 86_400_000);

function kindFromPeriod(w: Working, cues: KindCue[], ctx: ExtractionContext): void {
  if (w.kindCue !== null || w.kind === 'other' || w.kind === 'budget') return;
  const fig = w.raw;
  const explicit = w.periodSource !== 'carry' && w.periodSource !== 'story';
  if (!explicit) {
    const weakInSentence = lastBefore(cues, fig.start, w.sentence.start, (c) => !c.strong);
    if (weakInSentence) { w.kind = weakInSentence.kind; w.kindCue = weakInSentence.word; return; }
  }
  if (w.period && ctx.date) {
    if (w.period.to < ctx.date) { w.kind = 'actual'; w.kindCue = w.period.label; return; }
    if (w.period.from > ctx.date) { w.kind = 'target'; w.kindCue = w.period.label; return; }
    // A deadline still ahead ('50,000 more nurses by 2024/25', 到2025年) is a goal, though its span began before the story.
    if (explicit && DEADLINE_LABEL.test(w.period.label) && w.period.to > ctx.date) { w.kind = 'target'; w.kindCue = w.period.label; return; }
    // A whole year still under way cannot have been measured: 「2025年…粮食产量1.4万亿斤左右」 in March 2025 is
    // the year's goal, stated with a goal's bound (左右, 以上, 以内), not a reading.
    const bound = fig.cues.find((c) => GOAL_BOUND.test(c));
    if (bound && w.period.from <= ctx.date && ctx.date < w.period.to && yearsSpanned(w.period) >= 0.99) { w.kind = 'target'; w.kindCue = bound; return; }
  }
  const weak = lastBefore(cues, fig.start, w.sentence.start, (c) => !c.strong) ?? firstAfter(cues, fig.end, w.clause.end, (c) => !c.strong);
  if (weak) { w.kind = weak.kind; w.kindCue = weak.word; }
}

/**
 * Whose story it is, for figures nobody in their sentence or paragraph owns: in English the
 * organisation or place named most often (first on a tie), in Chinese the publication's city.
 */
function mainEntity(mentions: EntityMention[], language: 'zh' | 'en', ctx: ExtractionContext, lead: LeadFacts): string | null {
  // A place in the headline (广东：今年GDP增长5%) is whose story it is, before the paper's own city.
  if (lead.place) return lead.place;
  if (language === 'zh') return fullCityName(ctx.city);
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const name = m.ref ? resolveEnRef(mentions, m) : m.name;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

/** The level of place a Chinese back-reference points to, for the story's own place when the body names none. */
const ZH_REF_LEVEL: Record<string, RegExp> = { province: /(?:省|自治区)$/, district: /[区县]$/ };

/** The name a mention stands for: its own, or for a reference (全省, 该项目, the council) the last name of that kind. */
function resolveRef(m: EntityMention, mentions: EntityMention[]): string | null {
  if (!m.ref) return m.name;
  if (m.ref === 'province') {
    const d = lastBefore(mentions, m.start, 0, (x) => !x.ref && x.name.endsWith('省'));
    return d ? d.name : null;
  }
  if (m.ref === 'district') {
    const d = lastBefore(mentions, m.start, 0, (x) => !x.ref && x.district);
    return d ? d.name : null;
  }
  if (m.ref === 'project') {
    const d = lastBefore(mentions, m.start, 0, (x) => !x.ref && !!x.org && /项目|桥|隧道|工程/.test(x.name));
    return d ? d.name : null;
  }
  return resolveEnRef(mentions, m);
}

/**
 * The first province a Chinese story names anywhere, even where that mention owns no figure (在安徽省第十三届
 * 人民代表大会…上, a venue): what 全省 means when no province owns a figure before it.
 */
function firstProvinceNamed(folded: string): string | null {
  for (const m of folded.matchAll(/[\u4e00-\u9fff]{2,7}?(?:省|自治区)/g)) {
    for (let i = 0; i < m[0].length - 2; i++) {
      const name = m[0].slice(i);
      if (placeOf(name)?.level === 'province' && placeOf(name)?.id) return name;
    }
  }
  return null;
}

function chooseEntity(w: Working, mentions: EntityMention[], language: 'zh' | 'en', main: string | null, folded: string, province: string | null = null): void {
  const fig = w.raw;
  if (language === 'zh') {
    // 总投资约120亿元的某某项目: the project right after 的 owns the figure.
    const owner = firstAfter(mentions, fig.end, w.clause.end, (m) => !m.ref && !!m.org);
    if (owner && /^的$/.test(folded.slice(fig.end, owner.start))) { w.entity = owner.name; return; }
  }
  const before = lastBefore(mentions, fig.start, language === 'zh' ? 0 : w.sentence.start);
  if (before) { w.entity = resolveRef(before, mentions); if (w.entity) return; }
  // 全省 in a bulletin headed 「2021年河南省…统计公报」 that never names the province in its body: the headline's place.
  if (before && !w.entity && main && ZH_REF_LEVEL[before.ref ?? '']?.test(main)) { w.entity = main; return; }
  if (before && !w.entity && before.ref === 'province' && province) { w.entity = province; return; }
  if (language === 'zh') {
    // Nothing named yet: the publication's own place (本港 stories rarely name 香港 before the first figure).
    if (!before && main && !(mentions.length && mentions[0]!.start < fig.start)) w.entity = main;
    return;
  }
  // Carried from earlier in the paragraph; beyond it, the story's main organisation rather than whoever was named last.
  const carried = lastBefore(mentions, fig.start, w.paragraph.start);
  if (carried) { w.entity = resolveRef(carried, mentions); if (w.entity) return; }
  const after = firstAfter(mentions, fig.end, w.sentence.end, (m) => !m.ref);
  if (after) { w.entity = after.name; return; }
  if (main) { w.entity = main; return; }
  const far = lastBefore(mentions, fig.start, 0);
  w.entity = far ? resolveRef(far, mentions) : null;
}

/** 录得2.5%的温和增长, 錄得3.2%實質增長: a rate followed by the change it measures. */
const ZH_CHANGE_AFTER_RATE: readonly [RegExp, FigureChange][] = [
  [/^的?(?:实质|温和|强劲|轻微|显著|按年|同比)?(?:增长|增幅|升幅|扩张)/, 'increase'],
  [/^的?(?:实质|温和|轻微|显著|按年|同比)?(?:下降|下跌|跌幅|降幅|收缩|萎缩)/, 'decrease'],
];

function zhChangeAfterRate(folded: string, end: number): FigureChange | null {
  const after = folded.slice(end, end + 8);
  return ZH_CHANGE_AFTER_RATE.find(([pattern]) => pattern.test(after))?.[1] ?? null;
}

const ZH_LIST_VERB = /^(新增|新建|净增|累计新增)(?=[\u4e00-\u9fff]{2})/;

/** The head of a share after the whole it is of: 占澳门GDP比例, 占全省生产总值比重. */
const ZH_SHARE_HEAD = /^[\u4e00-\u9fffA-Za-z]{0,8}?(?:比重|比例|份额)/;

const ZH_SPEECH_VERB_END = /(?:表示|指出|宣示|宣布|强调|坦言|透露|预告|直言|称|说)$/;

const ZH_BALANCE_AFTER_SUM = /^的?((?:综合|财政|贸易|经常账)?(?:赤字|盈余|顺差|逆差|财赤))/;

/** The opening of a bracketed former value: （原统计为, （原为, （修正前, or a bare （ right after a figure. */
const ZH_FORMER_VALUE_ASIDE = /(?:[（(](?:原[\u4e00-\u9fff]{0,4}?|修正前|修订前)(?:为|是)?|[%％\d][（(])$/;

function zhMetric(w: Working, prev: Working | null, folded: string, mentions: EntityMention[], periods: PeriodMention[]): void {
  const fig = w.raw;
  const from = prev && prev.clause === w.clause ? Math.max(w.clause.start, prev.raw.end) : w.clause.start;
  let rawText = folded.slice(from, fig.start);
  // What follows the last named subject in the clause is the metric (邻近的成都高新区上半年实现地区生产总值 → 地区生产总值).
  let lastMention = lastBefore(mentions, fig.start, from);
  // 非博彩业占澳门GDP比例: a place after 占 names the whole of a share; the part before 占 is what is measured.
  if (lastMention && /占$/.test(folded.slice(lastMention.start - 1, lastMention.start)) && ZH_SHARE_HEAD.test(folded.slice(lastMention.end, fig.start))) {
    lastMention = lastBefore(mentions, lastMention.start, from);
    rawText = (lastMention ? folded.slice(lastMention.end, fig.start) : rawText);
  }
  if (lastMention) rawText = folded.slice(lastMention.end, fig.start);
  const base = rawText.length === folded.slice(from, fig.start).length ? from : lastMention!.end;
  // Drop embedded time words (香港经济去年增长 → 香港经济增长).
  let text = '';
  let cursor = base;
  for (let i = lowerBound(periods, base); i < periods.length && periods[i]!.start < fig.start; i++) {
    const p = periods[i]!;
    if (p.start < cursor) continue;
    text += folded.slice(cursor, p.start);
    cursor = p.end;
  }
  text += folded.slice(cursor, fig.start);
  text = text.replace(/预计|预测|预估|力争|确保|争取|有望|可望|上看|扣除价格因素|按不变价格计算|按可比价格计算/g, '');
  // 年增8万人, 年减9.8%: 年 is the year-on-year comparison, not part of the metric.
  // 季增12.8%, 月减3% (Taiwan): the quarter-on-quarter or month-on-month comparison, likewise.
  if (fig.change !== 'level') text = text.replace(/(?<![\u4e00-\u9fff]年|按)年$/, '').replace(/(?<![\d一二三四五六七八九十本上下当同每首]|按)[季月]$/, '');
  // 年均增长: an average rate of the metric, kept apart so the level figures after it share the bare metric.
  // 年均增长, and Hong Kong's 平均每年实质增长: an average rate of the metric.
  const average = ZH_AVERAGE.test(text);
  text = text.replace(ZH_AVERAGE, '').replace(/(?:分别)?(?:是|为|相当于)的$/, '');
  const prevSameSentence = prev && prev.sentence === w.sentence ? prev : null;
  let metric: string;
  const plan = /(?:完成|占)((?:年度|全年)?)(?:投资)?(计划|目标|任务)的?$/.exec(text);
  if (plan && prevSameSentence) {
    metric = `${prevSameSentence.baseMetric}${plan[1]}${plan[2] === '计划' ? '计划' : plan[2]}完成率`;
    w.baseMetric = metric;
    w.metric = metric;
    return;
  }
  // 较原来预算多出一倍: the words name the comparison base, not the metric.
  metric = ZH_COMPARISON_OPENER.test(text) ? '' : cleanZhMetric(text, []);
  // 蒋万安也在宣示今年底达到1000辆电动公车目标: who spoke, and the verb of speaking, are not what is counted.
  if (ZH_SPEECH_VERB_END.test(metric)) metric = '';
  // 新增上市企业6家、国家高新技术企业341家: the verb before a list of counts governs each count in it.
  const listVerb = prevSameSentence && /^、/.test(folded.slice(prevSameSentence.raw.end, fig.start)) ? ZH_LIST_VERB.exec(prevSameSentence.baseMetric) : null;
  if (listVerb && metric && !metric.startsWith(listVerb[1]!)) metric = listVerb[1]! + metric;
  // 由248亿元增加到386亿元: a bare change verb points back at what was just counted.
  if (ZH_CHANGE_VERB_ONLY.test(metric)) metric = '';
  // 按年平均汇率折算为17644美元: a conversion of the figure before it.
  if (/折算|折合|换算/.test(metric)) metric = '';
  // 占全县规模以上工业产值的比重提高到六成: a share of the subject named before it.
  if (metric.startsWith('占')) {
    metric = metric.replace(/^占(?:全市|全县|全省|全区|全国|全港)/, '占');
    if (prevSameSentence && prevSameSentence.baseMetric && !prevSameSentence.baseMetric.includes('占')) metric = prevSameSentence.baseMetric + metric;
  }
  if (/^(?:总数|总量|总额|规模|数量|总计|合计)$/.test(metric) && prevSameSentence) metric = prevSameSentence.baseMetric.replace(/总数$/, '') + metric;
  // 动力电池壳体、电驱系统等6条生产线: after an enumeration closed by 等, the counted noun follows.
  if (fig.classifier && (fig.countInWords || isZhVerbOnly(metric) || /等$/.test(metric) || endsWithIntakeVerb(metric))) {
    const noun = zhFollowingNoun(folded, fig.unitEnd);
    if (noun) metric = zhCountedWorks(noun, metric);
  }
  // 录得803亿港元赤字: a sum followed by the balance it is (deficit, surplus) names what it measures.
  const balance = !metric && fig.currency ? ZH_BALANCE_AFTER_SUM.exec(folded.slice(fig.end, fig.end + 6)) : null;
  if (balance) metric = balance[1]!;
  if (!metric && prevSameSentence) metric = prevSameSentence.baseMetric;
  // 预测香港经济2025年继续温和增长，全年实质增长介乎2%至3%: a bare growth rate is the growth of the economy named before it.
  // 香港经济…稳步发展，录得2.5%的温和增长: the change word may follow the rate.
  if (!metric && fig.change !== 'level') {
    const before = folded.slice(w.sentence.start, fig.start);
    metric = (ZH_ECONOMY_SUBJECT.exec(before) ?? (zhChangeAfterRate(folded, fig.end) ? /(经济)(?!.*经济)[^。；]*$/.exec(before) : null))?.[1] ?? '';
  }
  let qualifierWord = '';
  // 扣除价格因素实际增长6.1%: real (or nominal) growth of the metric just named.
  // 一般公共预算收入累计完成118.6亿元 → 累计一般公共预算收入: a running total, named as one.
  const total = /^(.{2,}?)累计(?:完成|实现|达到)?$/.exec(metric);
  if (total) metric = `累计${total[1]}`;
  if (average) qualifierWord = '年均';
  if (/^(?:名义|实际)$/.test(metric)) {
    qualifierWord = metric;
    metric = prevSameSentence ? prevSameSentence.baseMetric : '';
  }
  if (fig.change === 'level') metric = zhGrowthAsRate(metric, fig.unit);
  w.baseMetric = metric;
  const named = metric + qualifierWord;
  w.metric = fig.change === 'level' ? named : zhChangeMetric(named, fig.change, fig.unit);
  // 地区生产总值和规模以上工业总产值都突破1万亿元: the value is said of each subject.
  const subjects = ZH_SAID_OF_EACH.test(text) ? splitZhCoordination(named) : null;
  if (subjects) {
    const asMetric = (s: string): string => (fig.change === 'level' ? s : zhChangeMetric(s, fig.change, fig.unit));
    w.baseMetric = subjects[0]!;
    w.metric = asMetric(subjects[0]!);
    w.alsoOf = subjects.slice(1).map(asMetric);
  }
}

const ZH_AVERAGE = /(?:年均|(?:为)?平均每年?(?:实质|实际)?)$/;
/** 较…, 远好于上一季的收缩4.1%: the words name a comparison base, and the metric is the one just counted. */
const ZH_COMPARISON_OPENER = /^\s*(?:较|比|与|同|(?:远|明显|略|稍)?(?:好于|优于|高于|低于|快于|慢于|胜于))/;

/** 都, 均, 双双 before the verb: what comes next is said of each coordinated subject. */
const ZH_SAID_OF_EACH = /(?:都|均|双双|皆)(?:将|已经|已|可|能|会)?$/;

/** A figure for each subject its value is said of: the first keeps the working, the others copy it. */
function eachSubject(w: Working): Working[] {
  return [w, ...(w.alsoOf ?? []).map((m) => ({ ...w, metric: m, baseMetric: m }))];
}

const ZH_CHANGE_VERB_ONLY = /^(?:增加|增长|提高|提升|下降|减少|上升|降低|扩大|缩小|回落|升|降|增|减)(?:了)?(?:到|至)?$/;

/** 新建三个产业园区: a small count after a verb of building is a goal or an outcome, not a description. */
function isCreationCount(folded: string, fig: RawFigure): boolean {
  if (!fig.countInWords) return false;
  const before = folded.slice(Math.max(0, fig.numStart - 4), fig.numStart);
  if (!/(?:新建|建成|新增|新开工|改造|引进|培育|打造|建设|新开)$/.test(before) || /共建$/.test(before)) return false;
  // 三大平台，即… / 四项政策：… are enumerations that describe, not counts to check.
  return !/^[\u4e00-\u9fff“”]{0,14}(?:[，,]即|[：:]|包括)/.test(folded.slice(fig.end, fig.end + 20));
}

function enMetric(w: Working, prev: Working | null, folded: string, mentions: EntityMention[]): void {
  const fig = w.raw;
  const prevSameSentence = prev && prev.sentence === w.sentence ? prev : null;
  let metric = '';
  if (fig.metricHint) {
    metric = fig.metricHint;
    if (fig.classifier) {
      const names = mentions.filter((m) => !m.ref && m.start >= w.sentence.start && m.end <= fig.start).map((m) => m.name);
      const prevCount = prevSameSentence && prevSameSentence.raw.classifier && prevSameSentence.raw.unit === fig.unit && prevSameSentence.raw.metricHint === fig.metricHint ? prevSameSentence : null;
      // 'from 41,000 in 2021' after '… rose to 48,000 visitors': the second count measures what the first did.
      if (prevCount && prevCount.baseMetric) metric = prevCount.baseMetric;
      else metric = changeSubject(folded.slice(w.clause.start, fig.numStart), names) ?? metric;
    }
  } else {
    const from = prev && prev.clause === w.clause ? Math.max(w.clause.start, prev.raw.end) : w.clause.start;
    let rawText = folded.slice(from, fig.start);
    // 'Sales at AWS, its cloud computing unit, grew 12%': the subject is in an earlier clause, past the appositive.
    // 'Core inflation, which strips out energy and food, narrowed to 3.3%': also when only a verb is left.
    if ((!/[a-z]/i.test(rawText) || !cleanEnMetric(rawText, [])) && from === w.clause.start && !prevSameSentence && w.clause.start > w.sentence.start) {
      const clauses = folded.slice(w.sentence.start, w.clause.start).split(',').map((c) => c.trim()).filter(Boolean);
      // 'the EAF for the latest financial year, from 1 April 2024 to 31 March 2025, was 60.6%': a clause that
      // names nothing (a date span, an aside) is passed over too.
      while (clauses.length && (/^(?:its|their|his|her|which|who|the same|a |an |[a-z]+(?:ed|ing)\b)/i.test(clauses[clauses.length - 1]!) || !cleanEnMetric(clauses[clauses.length - 1]!, []))) clauses.pop();
      if (clauses.length) rawText = clauses[clauses.length - 1]!;
    }
    const names = mentions.filter((m) => !m.ref && m.start >= w.sentence.start && m.end <= fig.start).map((m) => m.name);
    metric = cleanEnMetric(rawText, names);
    // 'beating analysts' forecasts of $141.6bn': a forecast of the metric just named.
    if (/(?:^|\s)(?:analysts'?\s+|market\s+|consensus\s+)?(?:forecasts?|expectations?|estimates?)(?:\s+of)?$/i.test(metric)) metric = '';
    if (!metric && fig.ofHint) metric = fig.ofHint;
    const changeIn = /^\s+(?:rise|increase|gain|fall|drop|decline)\s+in\s+(?:the\s+)?([A-Z][\w&]*(?:\s+[A-Z0-9][\w&]*)*)/.exec(folded.slice(fig.end, fig.end + 40));
    if (changeIn) metric = changeIn[1]!;
    // Money given to a named programme: 'allocated £2.3bn to the Affordable Homes Programme'.
    const recipient = MONEY_UNITS.test(fig.unit) ? /^\s+(?:to|in|into|for)\s+(?:the|a|an)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)+)/.exec(folded.slice(fig.end, fig.end + 80)) : null;
    if (recipient) metric = recipient[1]!;
    if (MONEY_UNITS.test(fig.unit)) metric = spendingObject(folded.slice(w.sentence.start, fig.start), folded.slice(fig.end, fig.end + 120)) ?? metric;
    if (!metric && prevSameSentence) {
      metric = prevSameSentence.baseMetric;
      // 'Bus fares will rise 5% as the council tries to raise an extra £2m': what the charges raise is income from them.
      if (MONEY_UNITS.test(fig.unit) && /\b(?:raise|raising|raises|generate|generating|generates|bring in|bringing in|collect|collecting)\s+(?:(?:an?\s+)?(?:extra|additional|further|another)\s+)?(?:about|around|some|nearly|almost|more than|over|up to)?\s*$/i.test(folded.slice(w.clause.start, fig.start))) {
        metric = incomeFromCharges(metric) ?? metric;
      }
    }
    if (!metric && prev && /^\s*(?:they|it|shares?)\b/i.test(folded.slice(w.clause.start, fig.start))) metric = prev.baseMetric;
    // 'the rate in the year to May was 8.7%': a bare head is the fuller name given earlier in the story.
    metric = antecedentOfBareHead(metric, folded.slice(0, fig.start)) ?? metric;
    // 'Eskom's target to achieve 70% EAF': an abbreviation right after a percentage is the measure it is of.
    const abbreviation = metric && fig.unit !== '%' ? null : /^\s+([A-Z]{2,6})\b(?!['’]s|\s+[A-Z][a-z])/.exec(folded.slice(fig.end, fig.end + 12));
    if (abbreviation) metric = abbreviation[1]!;
    // 'the target of 20 per cent ethanol blending in petrol', 'a 90 per cent double-dose vaccination milestone':
    // after a goal's frame, or with no subject worth the name, the words after the percentage name the measure.
    const frame = /\b(?:targets?|goals?|aims?|ambitions?|milestones?|pledges?)\s+of\s*$|\b(?:a|an)\s*$/i.test(folded.slice(Math.max(w.clause.start, fig.start - 24), fig.start));
    const after = fig.unit === '%' && !abbreviation && (frame || !metric || /["“”]/.test(metric)) ? percentOfWhat(folded.slice(fig.end, fig.end + 60)) : null;
    if (after) metric = after;
  }
  if (!fig.classifier) metric = powerMetric(metric, fig.unit);
  w.baseMetric = metric;
  w.metric = metric;
}

/** 「A、B分别增长55.9%、34.4%」: each value takes its own subject, in order. */
function applyDistributive(works: Working[], folded: string, language: 'zh' | 'en'): void {
  // The last 分别 list in a sentence: a second 分别 with no subject of its own repeats its subjects
  // (第一、二、三产业增加值分别为…，分别增长…).
  let lastParts: { sentence: Span; parts: string[] } | null = null;
  for (let i = 0; i < works.length; i++) {
    const w = works[i]!;
    const chain = [w];
    for (let j = i + 1; j < works.length; j++) {
      const gap = folded.slice(chain[chain.length - 1]!.raw.end, works[j]!.raw.start);
      if (!/^\s*(?:[、,，]|和|与|及|and|,\s*and)\s*$/.test(gap)) break;
      chain.push(works[j]!);
    }
    if (chain.length < 2) continue;
    let subject: string | null = null;
    let parts: string[] | null = null;
    if (language === 'zh') {
      const head = folded.slice(w.sentence.start, w.raw.start);
      const at = head.lastIndexOf('分别');
      // 分别是2018年的1.4倍和1.6倍: a comparison base may sit between 分别 and the values.
      if (at < 0 || (at < head.length - 8 && !/^分别(?:是|为|相当于)\d{4}年的$/.test(head.slice(at)))) continue;
      // Mainland wire copy often sets ASCII commas in Chinese text (…将大致保持温和,预测全年…分别维持在…).
      const clauseStart = Math.max(...['，', '；', '：', '。', ',', ';', ':'].map((p) => head.lastIndexOf(p, at))) + 1;
      subject = cleanZhMetric(head.slice(clauseStart, at), []);
      const sameSentence = lastParts && lastParts.sentence === w.sentence && lastParts.parts.length === chain.length ? lastParts.parts : null;
      parts = subject ? splitDistributive(subject, chain.length) : null;
      // 占规模以上工业的比重分别为…: the share of each subject of the list before it.
      if (subject.startsWith('占') && sameSentence) parts = sameSentence.map((p) => p + subject);
      if (!subject && sameSentence) parts = sameSentence;
      // 城镇…达到31250元，农村…达到18960元，分别是…: the subjects are the figures just before.
      if (!subject && !parts) {
        const before = works.slice(Math.max(0, i - chain.length), i);
        if (before.length === chain.length && before.every((b) => b.sentence === w.sentence && b.baseMetric)) parts = before.map((b) => b.baseMetric);
      }
    } else {
      const tail = folded.slice(chain[chain.length - 1]!.raw.end, chain[chain.length - 1]!.raw.end + 20);
      if (!/^,?\s*respectively/i.test(tail)) continue;
      subject = cleanEnMetric(folded.slice(w.clause.start, w.raw.start), []);
      parts = subject.split(/,\s*|\s+and\s+/).filter(Boolean);
    }
    if (!parts || parts.length !== chain.length) {
      // 分别提高0.5、1.2和0.3个百分点: even without subjects, the change word applies to every value.
      if (language === 'zh') for (const c of chain) if (c !== w && c.raw.change === 'level') c.raw.change = w.raw.change;
      continue;
    }
    const got: string[] = parts;
    if (language === 'zh') lastParts = { sentence: w.sentence, parts: got };
    chain.forEach((c, k) => {
      if (c !== w && c.raw.change === 'level') c.raw.change = w.raw.change;
      c.baseMetric = got[k]!;
      c.metric = language === 'zh' && c.raw.change !== 'level' ? zhChangeMetric(c.baseMetric, c.raw.change, c.raw.unit) : c.baseMetric;
      c.raw.cues.push(language === 'zh' ? '分别' : 'respectively');
    });
    i += chain.length - 1;
  }
}

/** 'narrowed to 3.3% from 3.6%': a compared value with no time of its own is the previous month or year. */
function comparedValuePeriods(works: Working[], folded: string): void {
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

/** A headline states a figure the body repeats: it takes the body's period, owner and kind. */
function headlineRestatements(works: Working[], folded: string, segs: Segments): void {
  const head = segs.paragraphs[0];
  if (!head || segs.paragraphs.length < 2) return;
  const headText = folded.slice(head.start, head.end).trim();
  if (headText.length > 120 || /[.。!?！？]$/.test(headText)) return;
  for (const w of works) {
    if (w.raw.start >= head.end) break;
    const twin = works.find((b) => b.raw.start >= head.end && b.raw.value === w.raw.value && b.raw.unit === w.raw.unit && b.raw.valueMax === w.raw.valueMax);
    if (!twin) continue;
    w.period = twin.period;
    w.periodSource = twin.periodSource;
    if (twin.entity) w.entity = twin.entity;
    if (w.kind !== 'other') { w.kind = twin.kind; w.kindCue = twin.kindCue; }
    if (!w.metric) { w.metric = twin.metric; w.baseMetric = twin.baseMetric; }
  }
}

export function extractFigures(text: string, ctx: ExtractionContext): ExtractedFigure[] {
  const language = ctx.language ?? detectLanguage(text);
  const folded = foldText(text);
  const segs = segment(folded, language);
  const raws = language === 'zh' ? scanZh(folded, ctx.city) : scanEn(folded);
  if (raws.length === 0) return [];
  const periods = findPeriods(folded, language, ctx.date, segs.paragraphs);
  const mentions = language === 'zh' ? findEntitiesZh(folded, ctx.city) : findEntitiesEn(folded, segs.sentences);
  const cues = findKindCues(folded, language);
  const works: Working[] = [];
  let prev: Working | null = null;
  for (const raw of raws) {
    // “15分钟生活圈”: a number inside a quoted name is part of the name, not a figure.
    if (language === 'zh' && folded[raw.start - 1] === '“' && /^[\u4e00-\u9fff]{1,8}”/.test(folded.slice(raw.end, raw.end + 10))) continue;
    // 15分钟生活圈, 1小时经济圈: a duration run into the noun after it names a zone, not a figure.
    if (language === 'zh' && (raw.unit === '分钟' || raw.unit === '小时') && /^[\u4e00-\u9fff](?<![的以之内左上])/.test(folded.slice(raw.end, raw.end + 1))) continue;
    const sentence = spanAt(segs.sentences, raw.numStart) ?? { start: 0, end: folded.length };
    const clause = spanAt(segs.clauses, raw.numStart) ?? sentence;
    const paragraph = spanAt(segs.paragraphs, raw.numStart) ?? sentence;
    const w: Working = { raw, sentence, clause, paragraph, baseMetric: '', metric: '', entity: null, period: null, kind: 'actual', kindCue: null, periodSource: 'none' };
    if (language === 'zh' && raw.change === 'level' && raw.unit === '%') raw.change = zhChangeAfterRate(folded, raw.end) ?? raw.change;
    if (language === 'zh') zhMetric(w, prev, folded, mentions, periods);
    else enMetric(w, prev, folded, mentions);
    // 5.27％（原统计为4.84％）: a revised figure's former value in brackets is the same measure, and the
    // figures after it in the sentence follow on from the revised one, not from the aside.
    const aside = language === 'zh' && prev !== null && prev.sentence === sentence && ZH_FORMER_VALUE_ASIDE.test(folded.slice(Math.max(0, raw.start - 8), raw.start)) && /^[)）]/.test(folded.slice(raw.end, raw.end + 1));
    if (aside) { w.metric = prev!.metric; w.baseMetric = prev!.baseMetric; }
    refine(w, folded, language);
    works.push(w);
    if (!aside) prev = w;
  }
  applyDistributive(works, folded, language);
  const lead = readLead(ctx.lead, language, ctx.date, ctx.city);
  const main = mainEntity(mentions, language, ctx, lead);
  const province = language === 'zh' ? firstProvinceNamed(folded) : null;
  // A list's lead-in is walked back to once per sentence, however many figures the sentence holds.
  const listLeads = new Map<number, KindCue | undefined>();
  const listLeadOf = (sentenceStart: number): KindCue | undefined => {
    if (!listLeads.has(sentenceStart)) listLeads.set(sentenceStart, listLeadCue(cues, folded, sentenceStart, lead));
    return listLeads.get(sentenceStart);
  };
  for (const w of works) {
    chooseEntity(w, mentions, language, main, folded, province);
    chooseKind(w, cues, listLeadOf, language, folded);
    if (fig_isOther(w)) w.period = null;
    else choosePeriod(w, periods, segs, language, ctx, lead, folded);
    kindFromPeriod(w, cues, ctx);
    yearAlreadyOver(w, ctx, folded);
    estimateOfFinishedPeriod(w, ctx);
    goalForYearUnderWay(w, ctx, folded);
  }
  if (language === 'en') comparedValuePeriods(works, folded);
  headlineRestatements(works, folded, segs);
  const out: ExtractedFigure[] = [];
  for (const w of works.flatMap(eachSubject)) {
    const raw = w.raw;
    const cuesOut = [...raw.cues];
    if (w.kindCue && !cuesOut.includes(w.kindCue)) cuesOut.push(w.kindCue);
    if (w.period) cuesOut.push(w.period.label);
    let confidence = 0.9;
    if (!w.metric) confidence -= 0.2;
    if (!w.entity) confidence -= 0.1;
    if (!w.kindCue && w.kind !== 'other') confidence -= 0.1;
    if (raw.countInWords) confidence -= 0.1;
    if (w.periodSource === 'carry' || w.periodSource === 'story') confidence -= 0.05;
    out.push({
      quote: text.slice(raw.start, raw.end),
      start: raw.start,
      end: raw.end,
      value: raw.value,
      valueMax: raw.valueMax,
      unit: raw.unit,
      currency: raw.currency,
      qualifier: raw.qualifier,
      kind: w.kind,
      change: raw.change,
      metric: w.metric,
      metricKey: metricKey(w.metric),
      entity: w.entity,
      period: w.period,
      confidence: Math.max(0.05, Math.min(1, Math.round(confidence * 100) / 100)),
      rule: raw.rule,
      cues: cuesOut,
    });
  }
  return out;
}
