/** The kind a figure takes from its period set against the story's date, when its words do not settle it. */
import type { ExtractionContext } from '../../../shared/domain/figure';
import type { KindCue } from './kind';
import { LOOKBACK_CUES } from './lead';
import { shiftYears } from './periods';
import { firstAfter, lastBefore, type Working } from './working';

/**
 * 「全年增长3.9%」, 「年末城镇调查失业率5.5%」 read as outcomes in a report of early March can only be last
 * year's: this year's whole-year result does not exist yet. (Goals and forecasts keep this year.)
 */
const WHOLE_YEAR_LABEL = /^(?:全年|全年度|年末|年底)$/;
const REPORTING_SEASON_END = '-06-30';

/** 预计全年增长8% in a report of January or February: the estimate of the year just ended (一年来…). */
const ESTIMATE_SEASON_END = '-02-29';

export function yearAlreadyOver(w: Working, ctx: ExtractionContext, folded: string): void {
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
export function goalForYearUnderWay(w: Working, ctx: ExtractionContext, folded: string): void {
  if (!w.period || !ctx.date || w.period.from > ctx.date || ctx.date >= w.period.to) return;
  const estimate = w.kind === 'projection' && w.kindCue !== null && /^(?:预计|预期)$/.test(w.kindCue);
  if (estimate && spansOneYear(w.period) && ctx.date.slice(5) <= '03-31' && w.raw.cues.some((c) => GOAL_BOUND.test(c))) {
    w.kind = 'target';
    return;
  }
  if (w.kind === 'actual' && yearsSpanned(w.period) >= 1.99 && /年均/.test(folded.slice(w.clause.start, w.raw.start))) w.kind = 'target';
}

/**
 * 到今年底…通车里程将达9000公里以上, said in late November: what will stand at the end of a year nearly over is a
 * forecast of its outcome, not a goal set for it; 'by the end of this year' in the last quarter likewise.
 */
const YEAR_END_LABEL = /(?:今年|本年|年)(?:底|末)|end of (?:this|the) year|year[- ]end/i;
const LAST_QUARTER_START = '-10-01';
const LAST_MONTH_START = '-12-01';
const NAMED_AS_GOAL = /目标|任务|承诺|targets?|goals?|pledges?|promises?/i;

/** 将达6233公里: a bare 将 right before a level reached says where things will stand, not a goal named as such. */
const ZH_WILL_STAND = /将(?:达到?|超过|突破)约?$/;

export function yearEndLateInYear(w: Working, ctx: ExtractionContext, folded: string): void {
  // 全省通车总里程将达6233公里, said in late December of the plan's last year: the outcome about to be counted.
  if (w.kind !== 'target' || !w.period || !ctx.date) return;
  const willStand = w.kindCue === '将' && ZH_WILL_STAND.test(folded.slice(Math.max(0, w.raw.numStart - 6), w.raw.numStart));
  if (!YEAR_END_LABEL.test(w.period.label) && !willStand) return;
  // 今年底达到1000辆电动公车目标: a figure named as the goal is the goal, restated however late.
  if (NAMED_AS_GOAL.test(`${w.kindCue ?? ''} ${folded.slice(w.raw.end, w.raw.end + 14)}`)) return;
  const year = ctx.date.slice(0, 4);
  if (w.period.to !== `${year}-12-31` || ctx.date < `${year}${LAST_QUARTER_START}`) return;
  // In its last month the year's level is all but counted: 将达6233公里 on 23 December is the year-end review's reading.
  w.kind = willStand && ctx.date >= `${year}${LAST_MONTH_START}` ? 'actual' : 'projection';
}

/**
 * 预计2024年地区生产总值增长5.8%左右, said in January 2025: an estimate of a period already over is its first
 * reading, not a forecast; a later bulletin may revise it.
 */
const ESTIMATE_CUE = /^(?:预计|预估|估计|初步估计|estimated?|estimates)$/i;

export function estimateOfFinishedPeriod(w: Working, ctx: ExtractionContext): void {
  if (w.kind !== 'projection' || !w.period || !ctx.date || !w.kindCue || !ESTIMATE_CUE.test(w.kindCue)) return;
  if (w.period.to < ctx.date) w.kind = 'actual';
}

/** Period-based kind: a figure for a finished period is an outcome; one for a period not yet begun is a goal. */
/** 'by 2025', 到2025年, and 2030年前, 年底前: a time something is to be done by. */
const DEADLINE_LABEL = /^(?:by\b|before\b|within\b|(?:in|over) the next\b|到|至(?=\d))|(?:年|底|末)(?:之|以)?前$/i;

const GOAL_BOUND = /^(?:左右|以上|以内|不低于|不少于|不超过)$/;
const yearsSpanned = (p: { from: string; to: string }): number => (Date.parse(p.to) - Date.parse(p.from)) / (365 * 86_400_000);
/** The period is one whole year, calendar or fiscal. */
export const spansOneYear = (p: { from: string; to: string }): boolean => yearsSpanned(p) >= 0.99 && yearsSpanned(p) < 1.01;

export function kindFromPeriod(w: Working, cues: KindCue[], ctx: ExtractionContext): void {
  if (w.kindCue !== null || w.kind === 'other' || w.kind === 'budget') return;
  const fig = w.raw;
  const explicit = w.periodSource !== 'carry' && w.periodSource !== 'story';
  // 截至今年10月，…已达到306台。…比例将增加至超过60%: a time named in an earlier sentence of the paragraph does not
  // outweigh the 将 of the figure's own clause.
  const ownSentence = explicit && w.periodSource !== 'paragraph';
  const deadlineAhead = !!w.period && !!ctx.date && DEADLINE_LABEL.test(w.period.label) && w.period.to > ctx.date;
  // 到2025年，…。——工业战略性新兴产业产值…比重达45%: a Chinese plan's deadline, said before and carried on, is not
  // undone by a bare 达 (reaches). English carries a headline's 'by 2030' over whole stories of readings, where
  // 'is' and 'has' still tell them.
  const carriedDeadline = deadlineAhead && !explicit && ctx.language === 'zh';
  if (!explicit) {
    const weakInSentence = lastBefore(cues, fig.start, w.sentence.start, (c) => !c.strong);
    if (weakInSentence && !(carriedDeadline && weakInSentence.kind === 'actual')) { w.kind = weakInSentence.kind; w.kindCue = weakInSentence.word; return; }
  } else if (!ownSentence) {
    const futureInClause = lastBefore(cues, fig.start, w.clause.start, (c) => !c.strong && c.kind === 'target' && c.word === '将');
    if (futureInClause && ctx.language === 'zh') { w.kind = 'target'; w.kindCue = futureInClause.word; return; }
  }
  if (w.period && ctx.date) {
    if (w.period.to < ctx.date) { w.kind = 'actual'; w.kindCue = w.period.label; return; }
    if (w.period.from > ctx.date) { w.kind = 'target'; w.kindCue = w.period.label; return; }
    // A deadline still ahead ('50,000 more nurses by 2024/25', 到2025年) is a goal, though its span began before the story.
    if ((explicit && deadlineAhead) || carriedDeadline) { w.kind = 'target'; w.kindCue = w.period.label; return; }
    // A whole year still under way cannot have been measured: 「2025年…粮食产量1.4万亿斤左右」 in March 2025 is
    // the year's goal, stated with a goal's bound (左右, 以上, 以内), not a reading.
    const bound = fig.cues.find((c) => GOAL_BOUND.test(c));
    if (bound && w.period.from <= ctx.date && ctx.date < w.period.to && yearsSpanned(w.period) >= 0.99) { w.kind = 'target'; w.kindCue = bound; return; }
  }
  const weak = lastBefore(cues, fig.start, w.sentence.start, (c) => !c.strong) ?? firstAfter(cues, fig.end, w.clause.end, (c) => !c.strong);
  if (weak) { w.kind = weak.kind; w.kindCue = weak.word; }
}

/**
 * 印花税收入预算约为676亿元, 全年税收预算3.8兆元, 一般综合预算的收入为…, 中央预算结余预计为…: a budget's estimate of
 * revenue or of the balance is the mark the year is held to, not money allotted; once the year is over
 * (2014年财政年度的预算结余为902.96亿元, told in 2015) it is the final account. 一般公共预算收入增长5% names a kind
 * of revenue, not a budget's estimate, and is left as it is.
 */
const ZH_BUDGET_ESTIMATE = /(?:收入|税收)预算|预算的?(?:收入|结余|盈余|赤字)(?:预计|预估)?(?:约为|为|是)/;

export function budgetEstimate(w: Working, ctx: ExtractionContext, folded: string): void {
  if (w.kind !== 'budget' || !ZH_BUDGET_ESTIMATE.test(folded.slice(w.clause.start, w.raw.start))) return;
  const over = !!w.period && !!ctx.date && w.period.to < ctx.date;
  w.kind = over ? 'actual' : 'target';
  w.kindCue = '预算';
}

/**
 * 有信心…甚至能超过这目标，他称2022年相关开支占GDP达1.07%: a figure whose own clause names a time already over is what
 * happened then, though a goal word stands in an earlier clause of the sentence. A goal's bound (以上, 左右) keeps it a goal.
 */
export function finishedInOwnClause(w: Working, ctx: ExtractionContext): void {
  if (w.kind !== 'target' || w.kindCueAt === undefined || w.kindCueAt >= w.clause.start || w.periodSource !== 'clause') return;
  if (!w.period || !ctx.date || w.period.to >= ctx.date || w.raw.cues.some((c) => GOAL_BOUND.test(c))) return;
  // '65% by March 2024' said later is a goal whose deadline passed, not a reading of that time.
  if (DEADLINE_LABEL.test(w.period.label)) return;
  w.kind = 'actual';
  w.kindCue = w.period.label;
}

