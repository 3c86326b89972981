/**
 * The status rule, as one pure function of a target, its evidence and a date.
 *
 * 1. A target a later statement replaced is `revised`.
 * 2. Evidence that cannot be compared (other unit family, other currency, % against
 *    个百分点) is set aside; if nothing is left but something was given → `unclear`.
 * 3. An actual whose period reaches the deadline is final → `met` / `missed`
 *    (the latest story wins when several report it).
 * 4. Otherwise the latest of: a projection (有望, 预计), or a part-period actual, decides.
 *    A projection says `on_track` / `off_track` and never settles met/missed before the
 *    deadline. Part-period actuals read by accumulation: rate — `on_track` once it clears
 *    the bar (上半年增速16% against 15%以上), else `not_due` (前三季度4.8% against 5%左右:
 *    the rest of the year can still lift it); flow — `met` once the running total
 *    clears the whole target, else `not_due` with the straight-line pace shown (1-6月400亿
 *    against 750亿 × 181/365), since a flow can still catch up; stock — `met` if the level
 *    already clears the bar, else `not_due` (a level below the bar mid-period says nothing).
 * 5. No evidence: `not_due` until the deadline, `unclear` after it (the overdue view).
 */
import type { Evidence, StatusAssessment } from '../../../shared/domain/target';
import { comparableUnits, signedValue } from '../metrics/match-key';
import { formatEn, formatZh, oneDecimal, round2 } from './format';
import { asOf, cleanNumber, compareToTarget, explain, isCeiling, newestFirst, plain, standsAt, vouched, type TargetTerms } from './status-compare';
import { days, isAverageOverPeriod, yearsOf } from './status-periods';

export { compareToTarget, type TargetTerms } from './status-compare';

/**
 * Whether a reading settles the target (met or missed):
 * - an actual whose period reaches the deadline;
 * - an estimate (预计全年增长5.2%) published after the deadline about a period that reaches it:
 *   the year is over, and the first estimate is what the government reports against its target;
 * - never one year's rate against an average over several years (年均增长7%): that says
 *   only whether the plan is on track; a rate to be reached by a deadline ('70% EAF by the 2025
 *   financial year', 乙醇掺混20% by 2025) is settled by the reading at the deadline.
 */
function settles(target: TargetTerms, e: Evidence): boolean {
  const deadline = target.deadline;
  const reaches = deadline === null || (standsAt(target, e) ?? '') >= deadline;
  if (!reaches) return false;
  if (target.accumulation === 'rate' && yearsOf(target.period) > 1 && yearsOf(e.period) < yearsOf(target.period) && isAverageOverPeriod(target)) return false;
  if (e.kind === 'actual') return true;
  return e.kind === 'projection' && deadline !== null && (e.storyDate ?? '') > deadline;
}

export function targetStatusAfter(target: TargetTerms, evidence: readonly Evidence[], today: string): StatusAssessment {
  if (target.revisedByTargetId !== null) {
    return plain('revised', 'revised', `目标已被后来的表述修改（目标 #${target.revisedByTargetId}）`, `Replaced by a later statement (target #${target.revisedByTargetId})`);
  }
  const usable = evidence.filter((e) => (e.kind === 'actual' || e.kind === 'projection') && comparableUnits(target, e));
  if (!usable.length) {
    if (evidence.length) {
      return plain('unclear', 'incompatible_unit', '现有证据的单位或币种与目标不同，无法比较', 'The evidence is in another unit or currency and cannot be compared');
    }
    if (target.deadline !== null && today > target.deadline) {
      return plain('unclear', 'overdue_no_evidence', `已过期限（${target.deadline}），尚无实际数据`, `Past the deadline (${target.deadline}) with no reported outcome`);
    }
    return plain('not_due', 'no_evidence', '尚无实际数据，未到期限', 'No reported outcome yet; not due');
  }

  const deadline = target.deadline;
  const finals = usable.filter((e) => settles(target, e)).sort(newestFirst);
  if (finals.length) {
    const e = finals[0]!;
    const actual = signedValue(e);
    // 突破7000家 against 突破7000家: the floor a figure vouches for decides met or missed, but the distance
    // shown is the printed number's, so 突破17亿吨 against 突破20亿吨 is 15% short, not 0%.
    const vouchedFor = compareToTarget(target, vouched(e));
    const printed = compareToTarget(target, actual);
    const c = vouched(e) !== actual ? { ...vouchedFor, diff: printed.diff, pct: printed.pct } : vouchedFor;
    const outcome = c.meets ? 'met' : 'missed';
    const preliminary = e.kind === 'projection';
    const explanation = explain(outcome, c, target, actual, preliminary ? '（初步数据）' : '', preliminary ? ' (preliminary estimate)' : '');
    return { status: outcome, explanation: preliminary ? { ...explanation, code: `preliminary_${c.code}` } : explanation, figureId: e.figureId };
  }

  const latest = usable.slice().sort((a, b) => newestFirst(a, b) || (a.kind === 'actual' ? -1 : 1))[0]!;
  if (latest.kind === 'projection') {
    if (deadline !== null && today > deadline) {
      return plain('unclear', 'overdue_projection_only', `已过期限（${deadline}），只有预测，没有实际数据`, `Past the deadline (${deadline}) with only a projection`, latest.figureId);
    }
    const actual = signedValue(latest);
    const c = compareToTarget(target, vouched(latest));
    const outcome = c.meets ? 'on_track' : 'off_track';
    return { status: outcome, explanation: { ...explain(outcome, c, target, actual, '（预测）', ' (projection)'), code: `projection_${c.code}` }, figureId: latest.figureId };
  }
  return partialActual(target, usable.filter((e) => e.kind === 'actual'), latest);
}

/** At least this many days: a reading of a whole year, not of part of one. */
const WHOLE_YEAR_DAYS = 365;

/**
 * A level of a share with a floor, due years after it was set, read over a whole year that clears the floor.
 * Not a pace (年均), not a change over the period (下降10%), not a ceiling (kept so far, not met).
 */
function shareReachedEarly(target: TargetTerms, e: Evidence): boolean {
  if (target.change !== 'level' || e.change !== 'level' || (target.comparator !== 'gte' && target.comparator !== 'gt')) return false;
  if (yearsOf(target.period) <= 1 || isAverageOverPeriod(target) || target.fromBaseline) return false;
  if (!e.period || days(e.period.from, e.period.to) < WHOLE_YEAR_DAYS) return false;
  return compareToTarget(target, vouched(e)).meets;
}

/** A reading over part of the period, ahead of the bar or short of it: it can still move, and the full period decides. */
function waitsForFullPeriod(target: TargetTerms, latest: Evidence, actual: number): StatusAssessment {
  const c = compareToTarget({ ...target, tolerance: 0 }, actual);
  const ahead = c.meets;
  return {
    status: 'not_due',
    explanation: {
      code: ahead ? 'partial_rate_ahead' : 'partial_rate_short',
      actual,
      target: c.bound,
      diff: c.diff,
      pct: c.pct,
      unit: target.unit,
      zh: `${formatZh(actual, target.unit)}（${latest.period?.label ?? '阶段数据'}，截至${asOf(latest) ?? '不详'}）${c.symbol} ${formatZh(c.bound, target.unit)}：${ahead ? '阶段数据已达到目标' : '阶段数据尚未达到目标'}，全期数据出来前暂不判断`,
      en: `${formatEn(actual, target.unit)} (${latest.period?.label ?? 'part period'}, to ${asOf(latest) ?? 'unknown'}) ${c.symbol} ${formatEn(c.bound, target.unit)}: ${!ahead ? 'short of the target so far' : isCeiling(target) ? 'at or below the target so far' : 'at or above the target so far'}; the full period decides`,
    },
    figureId: latest.figureId,
  };
}

/** The month before this is a reading "so far" of a share counted over the period (1~11月), not a level that stands. */
const SO_FAR_MIN_DAYS = 60;
const RATE_UNIT = /^(?:%|‰|个百分点)$|\//;

/** The reading stands in a year before the one the goal is due in. */
function beforeDeadlineYear(target: TargetTerms, e: Evidence): boolean {
  const at = asOf(e);
  return target.deadline !== null && at !== null && at.slice(0, 4) < target.deadline.slice(0, 4);
}

/** A share or a rate counted over part of a year, from the period's start (1~11月 of a year's goal); a whole year's is a level. */
function countedSoFar(target: TargetTerms, e: Evidence): boolean {
  const p = target.period;
  if (!p || !e.period || !RATE_UNIT.test(e.unit)) return false;
  const span = days(e.period.from, e.period.to);
  return e.period.from <= p.from && e.period.to < p.to && span >= SO_FAR_MIN_DAYS && span < WHOLE_YEAR_DAYS;
}

function partialActual(target: TargetTerms, actuals: Evidence[], latest: Evidence): StatusAssessment {
  if (target.accumulation === 'rate') {
    // A rate over part of the period (前三季度增长4.8%) moves until the period ends.
    const actual = signedValue(latest);
    // One year of a plan's average (年均增长7%以上 against 2023's 5.1%) is a finished reading of the pace: on or off track.
    // A change counted over the whole period (到2025年PM2.5浓度下降10%) is not a pace: a first year's change says
    // nothing yet, as the labellers of the real pairs read 2021's 9.1% fall against it.
    if (yearsOf(target.period) > 1 && isAverageOverPeriod(target)) {
      const whole = compareToTarget(target, actual);
      const outcome = whole.meets ? 'on_track' : 'off_track';
      return { status: outcome, explanation: { ...explain(outcome, whole, target, actual, '（阶段数据）', ' (part period)'), code: `partial_${whole.code}` }, figureId: latest.figureId };
    }
    // A share to be reached by a deadline years away ('33% of electricity from renewables by 2020'), read for a
    // whole year before it, has been reached early when it clears the floor, as a stock's level has.
    if (shareReachedEarly(target, latest)) {
      const c = compareToTarget(target, vouched(latest));
      return { status: 'met', explanation: { ...explain('met', c, target, actual, '（已提前达到）', ' (reached early)'), code: 'already_reached' }, figureId: latest.figureId };
    }
    // A rate for part of the year, above the bar or below it, can still move before the year ends: the
    // full-year reading decides (the labelling rule of the check pairs: 1–9月 against the year is too early).
    return waitsForFullPeriod(target, latest, actual);
  }
  if (target.accumulation === 'stock') {
    const actual = signedValue(latest);
    const c = compareToTarget(target, actual);
    // A ceiling to be kept through a plan period (「十四五」城镇调查失业率控制在5.5%以内) is kept so far, not yet met:
    // a later year can still break it.
    if (c.meets && (target.comparator === 'lte' || target.comparator === 'lt') && yearsOf(target.period) > 1 && !target.fromBaseline) {
      return { status: 'on_track', explanation: { ...explain('on_track', c, target, actual, '（阶段数据）', ' (part period)'), code: 'ceiling_kept_so_far' }, figureId: latest.figureId };
    }
    // 1~11月优良天数比率99.7% against the year's 99.2%: a share counted over part of the year is a rate so far.
    if (countedSoFar(target, latest)) return waitsForFullPeriod(target, latest, actual);
    // 孕产妇死亡率降到18/10万 by 2020, 17.8 in 2019: a level to be brought down to by a year is read in that year; a
    // rate under it a year early can rise again, unlike a count of things that has cleared its floor. (Inflation at
    // 4.6% in October against 'to 5% by the end of 2023' stands in the goal's own year: reached.)
    if (c.meets && target.direction === 'ceiling' && !target.fromBaseline && beforeDeadlineYear(target, latest)) return waitsForFullPeriod(target, latest, actual);
    // A level that already clears its bar has met the target, whatever happens before the deadline.
    if (c.meets) {
      return { status: 'met', explanation: { ...explain('met', c, target, actual, '（已提前达到）', ' (reached early)'), code: 'already_reached' }, figureId: latest.figureId };
    }
    return {
      status: 'not_due',
      explanation: {
        code: 'level_below_before_deadline',
        actual,
        target: c.bound,
        diff: c.diff,
        pct: c.pct,
        unit: target.unit,
        zh: `${formatZh(actual, target.unit)}（截至${asOf(latest) ?? '不详'}）尚未达到${formatZh(c.bound, target.unit)}，未到期限，暂不判断`,
        en: `${formatEn(actual, target.unit)} (as of ${asOf(latest) ?? 'unknown'}) is below ${formatEn(c.bound, target.unit)}; not due yet`,
      },
      figureId: latest.figureId,
    };
  }
  return flowPace(target, actuals, latest);
}

/**
 * Part-period flows add up: several disjoint readings (2024, 2025) sum; overlapping
 * year-to-date readings (1-3月, 1-6月) keep the longest. The sum is held against a
 * straight line from the period's start to its end.
 */
function flowPace(target: TargetTerms, actuals: Evidence[], latest: Evidence): StatusAssessment {
  const period = target.period;
  if (!period || !actuals.every((e) => e.period)) {
    return plain('unclear', 'no_period_for_pace', '目标或数据缺少时间范围，无法按进度判断', 'The target or the evidence has no period, so pace cannot be judged', latest.figureId);
  }
  const byStart = new Map<string, Evidence>();
  for (const e of actuals.slice().sort(newestFirst)) {
    const have = byStart.get(e.period!.from);
    if (!have || e.period!.to > have.period!.to) byStart.set(e.period!.from, e);
  }
  const chosen: Evidence[] = [];
  for (const e of [...byStart.values()].sort((a, b) => (a.period!.from < b.period!.from ? -1 : 1))) {
    const last = chosen[chosen.length - 1];
    if (!last || e.period!.from > last.period!.to) chosen.push(e);
  }
  const sum = cleanNumber(chosen.reduce((s, e) => s + signedValue(e), 0));
  const reachedTo = chosen[chosen.length - 1]!.period!.to;
  const elapsed = Math.min(1, Math.max(0, days(period.from, reachedTo) / days(period.from, period.to)));
  const expected = cleanNumber(target.value * elapsed);
  const paceTarget: TargetTerms = { ...target, value: expected, valueMax: target.valueMax === null ? null : target.valueMax * elapsed };
  const whole = compareToTarget(target, sum);
  if (whole.meets) {
    return { status: 'met', explanation: { ...explain('met', whole, target, sum, '（已提前达到）', ' (reached early)'), code: 'already_reached' }, figureId: latest.figureId };
  }
  // Short of the whole before the deadline: the straight line is shown, but a flow can catch
  // up (or fall back) before the period ends, so the verdict waits.
  const c = compareToTarget(paceTarget, sum);
  const ratio = expected === 0 ? 0 : round2((sum / expected) * 100);
  const elapsedPct = oneDecimal(elapsed * 100);
  const paceZh = c.meets ? '快于直线进度' : '慢于直线进度';
  const paceEn = c.meets ? 'ahead of a straight-line pace' : 'behind a straight-line pace';
  return {
    status: 'not_due',
    explanation: {
      code: c.meets ? 'ahead_of_pace' : 'behind_pace',
      actual: sum,
      target: target.value,
      expected,
      elapsed: round2(elapsed),
      diff: c.diff,
      pct: c.pct,
      comparator: target.comparator,
      direction: target.direction,
      unit: target.unit,
      zh: `${formatZh(sum, target.unit)} ${c.symbol} ${formatZh(expected, target.unit)}（按进度，截至${reachedTo}应完成${formatZh(target.value, target.unit)}的${elapsedPct}%）：尚难判断，${paceZh}，为应有进度的${oneDecimal(ratio)}%`,
      en: `${formatEn(sum, target.unit)} ${c.symbol} ${formatEn(expected, target.unit)} (pro rata ${elapsedPct}% of ${formatEn(target.value, target.unit)} by ${reachedTo}): too early to tell, ${paceEn}, ${oneDecimal(ratio)}% of pace`,
    },
    figureId: latest.figureId,
  };
}
