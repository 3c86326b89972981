/**
 * The verdict rules as a table: comparator × kind of reading × timing × change type, one
 * row a rule, each with the status an editor expects. The labelling rules of the real
 * pairs (tests/fixtures/check-pairs/README.md) are the same rules.
 */
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../shared/domain/target';
import { targetStatusAfter, type TargetTerms } from '../../../electron/core/targets/status';
import { inferAccumulation } from '../../../electron/core/targets/infer';

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31`, label: `${y}年` });

function terms(over: Partial<TargetTerms>): TargetTerms {
  return {
    value: 5,
    valueMax: null,
    unit: '%',
    currency: null,
    change: 'increase',
    comparator: 'approx',
    direction: 'floor',
    tolerance: 0.1,
    accumulation: 'rate',
    period: year(2023),
    deadline: '2023-12-31',
    revisedByTargetId: null,
    ...over,
  };
}

function reading(over: Partial<Evidence>): Evidence {
  return {
    value: 5,
    valueMax: null,
    unit: '%',
    currency: null,
    qualifier: 'eq',
    kind: 'actual',
    change: 'increase',
    period: year(2023),
    quote: '',
    figureId: 1,
    storyId: 1,
    storyDate: '2024-01-17',
    headline: '',
    ...over,
  };
}

const ROWS: Array<[string, Partial<TargetTerms>, Partial<Evidence>, string, string]> = [
  // approximate targets: the good side, or short by no more than 10% of the target
  ['approx floor, above', {}, { value: 5.2 }, '2024-01-17', 'met'],
  ['approx floor, short within 10%', {}, { value: 4.6 }, '2024-01-17', 'met'],
  ['approx floor, short beyond 10%', { value: 5.5 }, { value: 3 }, '2023-03-05', 'missed'],
  ['approx ceiling (CPI 3%左右), far below', { value: 3, direction: 'ceiling', change: 'level' }, { value: 0.2, change: 'increase' }, '2024-01-17', 'met'],
  ['approx ceiling, above beyond 10%', { value: 3, direction: 'ceiling', change: 'level' }, { value: 3.5, change: 'level' }, '2024-01-17', 'missed'],
  // floors and ceilings
  ['floor 以上, equal', { comparator: 'gte' }, { value: 5 }, '2024-01-17', 'met'],
  ['floor 超过, equal is not over', { comparator: 'gt' }, { value: 5 }, '2024-01-17', 'missed'],
  ['ceiling 以内, equal', { comparator: 'lte', direction: 'ceiling', value: 5.5, change: 'level' }, { value: 5.5, change: 'level' }, '2024-01-17', 'met'],
  ['ceiling 以内, above', { comparator: 'lte', direction: 'ceiling', value: 5.5, change: 'level' }, { value: 5.6, change: 'level' }, '2024-01-17', 'missed'],
  // timing: projections before the deadline say on or off track; an estimate after it settles
  ['projection before the deadline, reaching', { comparator: 'gt', value: 7000, unit: '家', change: 'level', accumulation: 'stock' }, { kind: 'projection', value: 7200, unit: '家', change: 'level', storyDate: '2023-10-01' }, '2023-10-01', 'on_track'],
  ['projection before the deadline, short', { comparator: 'gt', value: 7000, unit: '家', change: 'level', accumulation: 'stock' }, { kind: 'projection', value: 6800, unit: '家', change: 'level', storyDate: '2023-10-01' }, '2023-10-01', 'off_track'],
  ['estimate published after the year (预计全年), reaching', { comparator: 'gte' }, { kind: 'projection', value: 5.2, storyDate: '2024-01-10' }, '2024-01-10', 'met'],
  ['estimate published after the year, short', { comparator: 'gte' }, { kind: 'projection', value: 4.1, storyDate: '2024-01-10' }, '2024-01-10', 'missed'],
  // stocks and flows before the deadline
  ['stock already over its floor mid-year', { comparator: 'gt', value: 7000, unit: '家', change: 'level', accumulation: 'stock' }, { value: 7565, unit: '家', change: 'level', period: { from: '2023-10-31', to: '2023-10-31', label: '10月末' } }, '2023-11-01', 'met'],
  ['a share below its floor mid-plan says nothing yet', { comparator: 'gte', value: 24.1, change: 'level', accumulation: 'stock', period: { from: '2021-01-01', to: '2025-12-31', label: '到2025年' }, deadline: '2025-12-31' }, { value: 24, change: 'level', period: year(2022) }, '2023-03-01', 'not_due'],
  ['a flow behind the straight line waits for the deadline', { comparator: 'gt', value: 750, unit: '亿元', change: 'level', accumulation: 'flow' }, { value: 300, unit: '亿元', change: 'level', period: { from: '2023-01-01', to: '2023-06-30', label: '1-6月' } }, '2023-07-20', 'not_due'],
  ['a running total already over the whole target', { comparator: 'gte', value: 200000, unit: 'homes', change: 'level', accumulation: 'flow', period: { from: '2014-01-01', to: '2026-12-31', label: 'by 2026' }, deadline: '2026-12-31' }, { value: 200000, unit: 'homes', change: 'level', period: { from: '2014-01-01', to: '2021-12-31', label: 'since 2014' } }, '2022-01-10', 'met'],
  ['more than 1000亿 clears a floor of 突破1000亿', { comparator: 'gt', value: 1000, unit: '亿元', change: 'level', accumulation: 'flow' }, { value: 1000, qualifier: 'gt', unit: '亿元', change: 'level' }, '2024-01-17', 'met'],
  // a rate over part of its year: on track once it clears the bar, else the rest of the year decides
  ['growth in the first three quarters already over the bar: the full year decides', { comparator: 'gte', value: 5 }, { value: 5.3, period: { from: '2023-01-01', to: '2023-09-30', label: '前三季度' }, storyDate: '2023-10-18' }, '2023-10-18', 'not_due'],
  ['growth in the first three quarters short of about 5%, even within tolerance', {}, { value: 4.8, period: { from: '2023-01-01', to: '2023-09-30', label: '前三季度' }, storyDate: '2023-10-18' }, '2023-10-18', 'not_due'],
  ['a rate to be brought down to a level, reached early', { value: 5, direction: 'ceiling', comparator: 'eq', change: 'level', accumulation: 'stock' }, { value: 4.6, change: 'level', period: { from: '2023-10-01', to: '2023-10-31', label: 'the year to October' } }, '2023-11-15', 'met'],
  // plan-period averages: one year's growth says on or off track, never met
  ['年均增长 7%以上 against the last year alone', { comparator: 'gte', value: 7, quote: '年均增长7%以上', period: { from: '2021-01-01', to: '2025-12-31', label: '“十四五”' }, deadline: '2025-12-31' }, { value: 7.4, period: year(2025), storyDate: '2026-01-20' }, '2026-01-20', 'on_track'],
  ['年均增长 7%以上 against a weak year', { comparator: 'gte', value: 7, quote: '年均增长7%以上', period: { from: '2021-01-01', to: '2025-12-31', label: '“十四五”' }, deadline: '2025-12-31' }, { value: 5.1, period: year(2023) }, '2024-01-20', 'off_track'],
  // a change counted over the whole plan period: a first year's change says nothing yet
  ['到2025年PM2.5浓度下降10%, one year in', { comparator: 'gte', value: 10, change: 'decrease', direction: 'ceiling', quote: '细颗粒物(PM2.5)浓度下降10%', period: { from: '2021-01-01', to: '2025-12-31', label: '到2025年' }, deadline: '2025-12-31' }, { value: 9.1, change: 'decrease', period: year(2021) }, '2022-01-24', 'not_due'],
  // a rate to be reached by a deadline some years off: the reading at the deadline settles it
  ['70% EAF by the 2025 financial year, read at its end', { comparator: 'gte', value: 70, change: 'level', quote: '70%', period: { from: '2023-03-17', to: '2025-03-31', label: 'by the 2025 financial year' }, deadline: '2025-03-31' }, { value: 60.6, change: 'level', period: { from: '2024-04-01', to: '2025-03-31', label: 'the latest financial year' }, storyDate: '2025-04-04' }, '2025-04-04', 'missed'],
  // a level told before its own period is over stands at the day it was told: 48 of 60 by March is not yet short
  ['a floor on a count, read in March of its deadline year', { comparator: 'gte', value: 60, unit: '个', change: 'level', accumulation: 'stock', period: { from: '2025-09-09', to: '2026-12-31', label: '明年底' }, deadline: '2026-12-31' }, { value: 48, unit: '个', change: 'level', period: year(2026), storyDate: '2026-03-09' }, '2026-03-09', 'not_due'],
  // a ceiling to be kept through a plan period: kept so far is on track, not met
  ['「十四五」失业率控制在5.5%以内, one year in', { comparator: 'lte', value: 5.5, direction: 'ceiling', change: 'level', accumulation: 'stock', period: { from: '2021-01-01', to: '2025-12-31', label: '“十四五”' }, deadline: '2025-12-31' }, { value: 5.1, change: 'level', period: year(2021) }, '2022-01-17', 'on_track'],
  // a level to bring a rate down to by a year: under it a year early is not yet met; a share counted over part of the year waits too
  ['孕产妇死亡率降到18/10万 by 2020, 17.8 in 2019', { comparator: 'eq', value: 18, unit: '/10万', direction: 'ceiling', change: 'level', accumulation: 'stock', period: { from: '2019-03-01', to: '2020-12-31', label: '到2020年' }, deadline: '2020-12-31' }, { value: 17.8, unit: '/10万', change: 'level', period: year(2019) }, '2020-05-01', 'not_due'],
  ['优良天数比率 99.2% for the year, 99.7% over 1~11月', { comparator: 'eq', value: 99.2, direction: 'floor', change: 'level', accumulation: 'stock', period: year(2024), deadline: '2024-12-31' }, { value: 99.7, change: 'level', period: { from: '2024-01-01', to: '2024-11-30', label: '2024年1~11月' } }, '2024-12-10', 'not_due'],
  ['a share of a plan\'s end read over a whole year, reached early, is met (超六成 in 2023 of 60% by 2028)', { comparator: 'gte', value: 60, direction: 'floor', change: 'level', accumulation: 'stock', period: { from: '2023-01-01', to: '2028-12-31', label: '到2028年' }, deadline: '2028-12-31' }, { value: 60, qualifier: 'gt', change: 'level', period: year(2023) }, '2024-03-01', 'met'],
  ['a floor on a level for the plan\'s end, reached early, is met', { comparator: 'gte', value: 90, direction: 'floor', change: 'level', accumulation: 'stock', period: { from: '2022-01-01', to: '2025-12-31', label: '到2025年' }, deadline: '2025-12-31' }, { value: 91.1, change: 'level', period: year(2023) }, '2024-03-01', 'met'],
];

describe('verdict rules, row by row', () => {
  it.each(ROWS)('%s', (_name, target, evidence, today, status) => {
    expect(targetStatusAfter(terms(target), [reading(evidence)], today).status).toBe(status);
  });

  it('shows the printed number\'s distance from the goal when the figure is a floor: 突破17亿吨 against 突破20亿吨 is 15% short', () => {
    const a = targetStatusAfter(terms({ comparator: 'gt', value: 20, unit: '亿吨', change: 'level', accumulation: 'stock', period: year(2024), deadline: '2024-12-31' }), [reading({ value: 17, unit: '亿吨', qualifier: 'gt', change: 'level', period: year(2024), storyDate: '2025-01-20' })], '2025-01-20');
    expect(a.status).toBe('missed');
    expect(a.explanation.en).toContain('15% short');
  });

  it('says when an estimate settled the target', () => {
    const a = targetStatusAfter(terms({ comparator: 'gte' }), [reading({ kind: 'projection', value: 5.2, storyDate: '2024-01-10' })], '2024-01-10');
    expect(a.explanation.code).toBe('preliminary_exceeds');
    expect(a.explanation.zh).toContain('初步数据');
    expect(a.explanation.en).toContain('preliminary estimate');
  });
});

describe('how a target reads its rate', () => {
  it.each([
    ['inflation cut to a level by a date', 'rate of inflation', 'cut by the end of 2023', 'stock'],
    ['unemployment brought down to a level', '城镇调查失业率', '降到 年底前', 'stock'],
    ['a year of CPI growth', '居民消费价格涨幅', '2%左右 控制在', 'rate'],
    ['a year of GDP growth', '国内生产总值增速', '增长5%左右', 'rate'],
    ['a share outside the lexicon stands at a level, reached early once there', '非博彩业增加值比重', '到2028年达到60%水平', 'stock'],
    ['a share of the economy in English', 'share of output from services', 'reach 60% by 2028', 'stock'],
    ['the growth of a share is still a rate', '占比增长', '增长2%', 'rate'],
  ])('%s', (_name, metric, context, accumulation) => {
    expect(inferAccumulation('%', null, metric, context)).toBe(accumulation);
  });
});
