/**
 * How a reading's period stands to a target's, beyond plain overlap. Two cases make a
 * reading comparable although its period does not overlap the target's:
 *
 * - **Before the deadline**: a level or share read after the goal was set and before the
 *   year it names ('23% in 2022' against '42.5% by 2030', 「截至2025年底绿能比重13.1%」
 *   against 「明年11月完成绿能占比20%」) is an interim reading of that level.
 * - **As of the story**: a count printed with no period of its own ('we have recruited an
 *   extra 20,951 officers', dated only by the story) after a running total's deadline is the
 *   reading at the story's date.
 *
 * - **No time said**: a goal printed with no period of its own carries its story's year only as a guess; a later
 *   reading is held to it as to a goal whose time was never stated.
 *
 * - **Each year**: a goal for every year ('8,000ha of new forest each year', 每年新增就业11万人) holds for any
 *   whole year read after it was set.
 *
 * Rates of a period (GDP growth in 2022 against a target for 2030) are never stretched so.
 */
import type { Accumulation } from '../../../shared/domain/target';
import { isEachYearLabel, STORY_YEAR_LABEL } from '../figures/extract';
import { periodScore } from '../metrics/match-key';
import { days } from '../targets/status-periods';

interface PeriodLike {
  from: string;
  to: string;
  label: string;
}

export type Timing = 'same' | 'overlapping' | 'unstated' | 'before_deadline' | 'as_of_story' | 'different';

/** Scores by timing; an interim or story-dated reading is a little less certain than a stated one. */
const TIMING_SCORE: Record<Timing, number> = {
  same: 1,
  overlapping: 0.95,
  unstated: 0.85,
  before_deadline: 0.9,
  as_of_story: 0.85,
  different: 0,
};

export function readingTiming(
  figure: { period: PeriodLike | null; storyDate: string | null; change: string },
  target: { period: PeriodLike | null; accumulation: Accumulation; sourceDate: string | null; deadline: string | null },
): { timing: Timing; score: number } {
  const ps = periodScore(figure.period, target.period);
  const named = (timing: Timing) => ({ timing, score: TIMING_SCORE[timing] });
  if (ps === 1) return named('same');
  if (ps >= 0.95) return named('overlapping');
  if (ps > 0) return named('unstated');
  const f = figure.period!;
  const t = target.period!;
  const said = figure.storyDate ?? f.to;
  const afterGoalWasSet = !target.sourceDate || said >= target.sourceDate;
  // '8,000ha of new forest each year': a whole year read after the goal was set is one of the years it holds for.
  if (isEachYearLabel(t.label) && f.from >= t.from && wholeYear(f) && afterGoalWasSet) return named('same');
  if (target.accumulation === 'stock' && f.to < t.from && afterGoalWasSet) return named('before_deadline');
  // Only an increment counted so far ('an extra 20,951'): a level read late says nothing of the deadline.
  const countedSoFar = target.accumulation !== 'rate' && figure.change === 'increase';
  if (f.label === STORY_YEAR_LABEL && countedSoFar && target.deadline && target.deadline < said && t.from <= said) return named('as_of_story');
  // 'Wales will build 20,000 affordable homes' with no time said: the goal's year is only its story's, a guess, so a
  // reading of a later time is not another period's; it is held to the goal as one whose time was never stated.
  if (t.label === STORY_YEAR_LABEL && afterGoalWasSet && f.from >= t.from) return named('unstated');
  return named('different');
}

/** A reading of one whole year, calendar or financial. */
function wholeYear(p: PeriodLike): boolean {
  const span = days(p.from, p.to);
  return span >= 365 && span <= 366;
}
