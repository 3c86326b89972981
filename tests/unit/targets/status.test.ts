import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../shared/domain/target';
import { targetStatusAfter, type TargetTerms } from '../../../electron/core/targets/status';
import { inferAccumulation, inferBinding, inferDirection } from '../../../electron/core/targets/infer';

const y2023 = { from: '2023-01-01', to: '2023-12-31', label: '2023年' };

function terms(t: Partial<TargetTerms> & Pick<TargetTerms, 'value'>): TargetTerms {
  return {
    valueMax: null,
    unit: '家',
    currency: null,
    change: 'level',
    comparator: 'gt',
    direction: 'floor',
    tolerance: 0.05,
    accumulation: 'stock',
    period: y2023,
    deadline: '2023-12-31',
    revisedByTargetId: null,
    ...t,
  };
}

let nextId = 100;
function ev(e: Partial<Evidence> & Pick<Evidence, 'value'>): Evidence {
  return {
    figureId: ++nextId,
    storyId: 9,
    storyDate: '2024-01-20',
    headline: '后续报道',
    valueMax: null,
    unit: '家',
    currency: null,
    qualifier: 'eq',
    kind: 'actual',
    change: 'level',
    period: y2023,
    quote: String(e.value),
    ...e,
  };
}

describe('targetStatusAfter', () => {
  it('met: 7565 > 7000 with the arithmetic as data and sentences in both languages', () => {
    const e = ev({ value: 7565, quote: '7565家' });
    const a = targetStatusAfter(terms({ value: 7000 }), [e], '2024-01-20');
    expect(a.status).toBe('met');
    expect(a.figureId).toBe(e.figureId);
    expect(a.explanation).toMatchObject({ code: 'exceeds', actual: 7565, target: 7000, diff: 565, pct: 8.07, comparator: 'gt' });
    expect(a.explanation.zh).toBe('7565 > 7000：已完成，超出8.1%');
    expect(a.explanation.en).toBe('7,565 > 7,000: met, 8.1% above');
  });

  it('missed: an approximate floor misses outside its tolerance, in percentage points', () => {
    const t = terms({ value: 2.35, unit: '%', comparator: 'approx', direction: 'floor', accumulation: 'rate' });
    const miss = targetStatusAfter(t, [ev({ value: 2.21, unit: '%' })], '2024-03-01');
    expect(miss.status).toBe('missed');
    expect(miss.explanation).toMatchObject({ code: 'below_floor', diff: -0.14, tolerance: 0.05 });
    expect(miss.explanation.zh).toBe('2.21% < 2.35%：未完成，差0.14个百分点');
    const near = targetStatusAfter(t, [ev({ value: 2.3, unit: '%' })], '2024-03-01');
    expect(near.status).toBe('met');
    expect(near.explanation.code).toBe('within_tolerance');
  });

  it('a gt bound is strict: exactly 7000 does not exceed 突破7000家', () => {
    expect(targetStatusAfter(terms({ value: 7000 }), [ev({ value: 7000 })], '2024-02-01').status).toBe('missed');
    expect(targetStatusAfter(terms({ value: 3, comparator: 'gte' }), [ev({ value: 3 })], '2024-02-01')).toMatchObject({
      status: 'met',
      explanation: { code: 'reaches' },
    });
  });

  it('a projection makes a target on_track or off_track, never met', () => {
    const t = terms({ value: 75_000_000_000, unit: '元', currency: 'CNY', accumulation: 'flow' });
    const p = ev({ value: 80_000_000_000, unit: '元', currency: 'CNY', kind: 'projection', storyDate: '2023-11-20', quote: '有望突破800亿元' });
    const a = targetStatusAfter(t, [p], '2023-11-20');
    expect(a.status).toBe('on_track');
    expect(a.explanation.code).toBe('projection_exceeds');
    expect(a.explanation.zh).toBe('800亿 > 750亿：进度正常（预测），超出6.7%');
    expect(targetStatusAfter(t, [{ ...p, value: 70_000_000_000 }], '2023-11-20').status).toBe('off_track');
    // After the deadline a forecast alone settles nothing.
    expect(targetStatusAfter(t, [p], '2024-02-01').status).toBe('unclear');
  });

  it('compares across unit scales: 812.6亿元 = 8.126e10 against 750亿', () => {
    const t = terms({ value: 75_000_000_000, unit: '元', currency: 'CNY', accumulation: 'flow' });
    const a = targetStatusAfter(t, [ev({ value: 8.126e10, unit: '元', currency: 'CNY', quote: '812.6亿元' })], '2024-01-20');
    expect(a.status).toBe('met');
    expect(a.explanation).toMatchObject({ actual: 81_260_000_000, target: 75_000_000_000, diff: 6_260_000_000, pct: 8.35 });
    expect(a.explanation.zh).toBe('812.6亿 > 750亿：已完成，超出8.3%');
    expect(a.explanation.en).toBe('81.26bn > 75bn: met, 8.3% above');
  });

  it('never compares % with 个百分点, or one currency with another', () => {
    const pct = terms({ value: 15, unit: '%', comparator: 'gte', accumulation: 'rate' });
    expect(targetStatusAfter(pct, [ev({ value: 1.2, unit: '个百分点', change: 'increase' })], '2024-02-01')).toMatchObject({
      status: 'unclear',
      explanation: { code: 'incompatible_unit' },
    });
    const cny = terms({ value: 100, unit: '元', currency: 'CNY', accumulation: 'flow' });
    expect(targetStatusAfter(cny, [ev({ value: 200, unit: '元', currency: 'USD' })], '2024-02-01').status).toBe('unclear');
  });

  it('reads a growth rate stated as 增长 against a target stated as 增速', () => {
    const t = terms({ value: 15, unit: '%', comparator: 'gte', accumulation: 'rate' });
    expect(targetStatusAfter(t, [ev({ value: 16.2, unit: '%', change: 'increase' })], '2024-02-01').status).toBe('met');
    expect(targetStatusAfter(t, [ev({ value: 3, unit: '%', change: 'decrease' })], '2024-02-01').status).toBe('missed');
  });

  it('ceilings: CPI 3%左右 is met below, and within tolerance above; missed beyond', () => {
    const t = terms({ value: 3, unit: '%', comparator: 'approx', direction: 'ceiling', accumulation: 'rate' });
    expect(targetStatusAfter(t, [ev({ value: 2.1, unit: '%' })], '2024-02-01').explanation.code).toBe('under_ceiling');
    expect(targetStatusAfter(t, [ev({ value: 3.1, unit: '%' })], '2024-02-01').explanation.code).toBe('within_tolerance');
    const over = targetStatusAfter(t, [ev({ value: 3.4, unit: '%' })], '2024-02-01');
    expect(over.status).toBe('missed');
    expect(over.explanation.code).toBe('above_ceiling');
  });

  it('bands: near the value either way', () => {
    const t = terms({ value: 100, unit: '万人', comparator: 'approx', direction: 'band' });
    expect(targetStatusAfter(t, [ev({ value: 104, unit: '万人' })], '2024-02-01').status).toBe('met');
    expect(targetStatusAfter(t, [ev({ value: 94, unit: '万人' })], '2024-02-01').explanation.code).toBe('outside_band');
  });

  it('no evidence: not_due before the deadline, unclear after it', () => {
    expect(targetStatusAfter(terms({ value: 1 }), [], '2023-06-01').status).toBe('not_due');
    expect(targetStatusAfter(terms({ value: 1 }), [], '2024-01-02')).toMatchObject({ status: 'unclear', explanation: { code: 'overdue_no_evidence' } });
  });

  it('part-year flows show the straight-line pace but wait for the deadline; year-to-date readings keep the longest', () => {
    const t = terms({ value: 75_000_000_000, unit: '元', currency: 'CNY', accumulation: 'flow' });
    const h1 = { from: '2023-01-01', to: '2023-06-30', label: '1-6月' };
    const q1 = { from: '2023-01-01', to: '2023-03-31', label: '1-3月' };
    const a = targetStatusAfter(
      t,
      [ev({ value: 15_000_000_000, unit: '元', currency: 'CNY', period: q1, storyDate: '2023-04-20' }), ev({ value: 40_000_000_000, unit: '元', currency: 'CNY', period: h1, storyDate: '2023-07-20' })],
      '2023-07-20',
    );
    expect(a.status).toBe('not_due');
    expect(a.explanation.code).toBe('ahead_of_pace');
    expect(a.explanation.expected).toBeCloseTo((75e9 * 181) / 365, -3);
    expect(a.explanation.zh).toContain('尚难判断，快于直线进度');
    const slow = targetStatusAfter(t, [ev({ value: 30_000_000_000, unit: '元', currency: 'CNY', period: h1, storyDate: '2023-07-20' })], '2023-07-20');
    expect(slow).toMatchObject({ status: 'not_due', explanation: { code: 'behind_pace' } });
    // A running total that clears the whole target before the deadline has met it.
    const done = targetStatusAfter(t, [ev({ value: 80_000_000_000, unit: '元', currency: 'CNY', period: h1, storyDate: '2023-07-20' })], '2023-07-20');
    expect(done).toMatchObject({ status: 'met', explanation: { code: 'already_reached' } });
  });

  it('English cumulative target: 234,400 dwellings in 2024 against 1.5 million homes by 2029 is behind pace, and too early to call', () => {
    const t = terms({
      value: 1_500_000,
      unit: 'homes',
      comparator: 'eq',
      direction: 'floor',
      accumulation: 'flow',
      period: { from: '2024-01-01', to: '2029-12-31', label: 'by 2029' },
      deadline: '2029-12-31',
    });
    const a = targetStatusAfter(t, [ev({ value: 234_400, unit: 'dwellings', period: { from: '2024-01-01', to: '2024-12-31', label: '2024' }, storyDate: '2025-03-01' })], '2025-03-01');
    expect(a.status).toBe('not_due');
    expect(a.explanation.code).toBe('behind_pace');
    expect(a.explanation.expected).toBeCloseTo((1_500_000 * 366) / 2192, 0);
    expect(a.explanation.en).toMatch(/^234,400 < 250,456 \(pro rata 16\.7% of 1\.5 million by 2024-12-31\): too early to tell, behind a straight-line pace, 93\.6% of pace$/);
  });

  it('part-year stocks: already over the bar has met it, below it is not yet judged', () => {
    const mid = { from: '2023-01-01', to: '2023-06-30', label: '上半年' };
    expect(targetStatusAfter(terms({ value: 7000 }), [ev({ value: 7100, period: mid })], '2023-07-10')).toMatchObject({ status: 'met', explanation: { code: 'already_reached' } });
    expect(targetStatusAfter(terms({ value: 7000 }), [ev({ value: 6500, period: mid })], '2023-07-10').status).toBe('not_due');
  });

  it('the latest final report wins, and a revised target stays revised', () => {
    const t = terms({ value: 7000 });
    const early = ev({ value: 6900, storyDate: '2024-01-05' });
    const later = ev({ value: 7565, storyDate: '2024-02-10' });
    expect(targetStatusAfter(t, [later, early], '2024-03-01').figureId).toBe(later.figureId);
    expect(targetStatusAfter({ ...t, revisedByTargetId: 5 }, [later], '2024-03-01').status).toBe('revised');
  });
});

describe('inferring a target’s sense', () => {
  it('direction from qualifier and metric', () => {
    expect(inferDirection('gt', '科技型企业', '')).toBe('floor');
    expect(inferDirection('lte', '赤字率', '')).toBe('ceiling');
    expect(inferDirection('approx', '居民消费价格涨幅', '')).toBe('ceiling');
    expect(inferDirection('approx', '城镇调查失业率', '')).toBe('ceiling');
    expect(inferDirection('approx', 'unemployment rate', '')).toBe('ceiling');
    expect(inferDirection('approx', '研发经费投入强度', '')).toBe('floor');
    expect(inferDirection('approx', '常住人口', '')).toBe('band');
    expect(inferDirection('approx', '单位GDP能耗', '')).toBe('ceiling');
    expect(inferDirection('eq', '粮食播种面积', '控制在 以内')).toBe('ceiling');
    // A bare number of things to deliver is a floor (483,395 misses 485,000); a bare rate stays a band.
    expect(inferDirection('eq', 'new permanent residents', 'aims to admit', 'residents')).toBe('floor');
    expect(inferDirection('eq', '常住人口', '', '%')).toBe('band');
    expect(inferDirection('approx', 'new permanent residents', '', 'residents')).toBe('band');
    // Zero-emission vehicles are cars, not emissions: more is better.
    expect(inferDirection('eq', 'zero-emission vehicles', '', 'vehicles')).toBe('floor');
    expect(inferDirection('eq', '零排放车辆', '', '辆')).toBe('floor');
    expect(inferDirection('eq', 'greenhouse gas emissions', '', 'megatonnes')).toBe('ceiling');
  });

  it.each([
    ['range', '旅客'],
    ['range', '入境访澳旅客'],
    ['approx', '访港旅客人次'],
    ['range', 'visitor arrivals'],
    ['approx', 'international tourists'],
  ] as const)('a %s goal for visitors is a floor: more visitors is better (%s)', (comparator, metric) => {
    expect(inferDirection(comparator, metric, '')).toBe('floor');
  });

  it('binding from cue words', () => {
    expect(inferBinding('确保 超过')).toBe('binding');
    expect(inferBinding('力争 突破')).toBe('aspirational');
    expect(inferBinding('ministers aim to cut')).toBe('aspirational');
    expect(inferBinding('達到')).toBe('unknown');
  });

  it('accumulation from unit, currency and wording', () => {
    // An intensity or a share stands at a level; a growth rate is a rate.
    expect(inferAccumulation('%', null, '研发经费投入强度', '')).toBe('stock');
    expect(inferAccumulation('%', null, '城镇调查失业率', '')).toBe('stock');
    expect(inferAccumulation('%', null, '地区生产总值增速', '')).toBe('rate');
    expect(inferAccumulation('%', null, '某某指标', '')).toBe('rate');
    expect(inferAccumulation('元', 'CNY', '技术合同成交额', '')).toBe('flow');
    expect(inferAccumulation('家', null, '高新技术企业', '')).toBe('stock');
    expect(inferAccumulation('家', null, '新增高新技术企业', '')).toBe('flow');
    expect(inferAccumulation('homes', null, 'homes', 'will build')).toBe('flow');
  });
});

describe('targets for the size of a fall', () => {
  it.each([
    // 单位国内生产总值能耗降幅 names the reduction indicator, where more (of the fall) is better.
    ['gte', '单位国内生产总值能耗', 'ceiling'],
    ['approx', '单位国内生产总值能耗降幅', 'ceiling'],
    ['lte', '工业增加值降幅', 'floor'],
  ] as const)('a fall stated with %s on %s is a %s on the signed change', (comparator, metric, direction) => {
    expect(inferDirection(comparator, metric, '', '%', 'decrease')).toBe(direction);
  });

  it('a fall of 3.8% meets a target to cut by about 2.5%, and a fall of 1% does not', () => {
    const direction = inferDirection('approx', '单位国内生产总值能耗降幅', '', '%', 'decrease');
    const t = terms({ value: 2.5, unit: '%', change: 'decrease', comparator: 'approx', direction, accumulation: 'rate' });
    expect(targetStatusAfter(t, [ev({ value: 3.8, unit: '%', change: 'decrease' })], '2025-03-01').status).toBe('met');
    expect(targetStatusAfter(t, [ev({ value: 1, unit: '%', change: 'decrease' })], '2025-03-01').status).toBe('missed');
  });
});

describe('a share to be reached by a deadline years away', () => {
  const byTwenty = terms({ value: 33, unit: '%', comparator: 'gte', accumulation: 'rate', period: { from: '2011-01-01', to: '2020-12-31', label: 'by 2020' }, deadline: '2020-12-31' });
  const in2018 = { from: '2018-01-01', to: '2018-12-31', label: '2018' };
  it.each([
    ['a whole year above the floor has reached it early', ev({ value: 34, unit: '%', period: in2018, storyDate: '2019-03-01' }), 'met', 'already_reached'],
    ['a whole year below it is not yet judged', ev({ value: 29, unit: '%', period: in2018, storyDate: '2019-03-01' }), 'not_due', 'partial_rate_short'],
    ['part of a year above it is not yet judged', ev({ value: 35, unit: '%', period: { from: '2018-01-01', to: '2018-06-30', label: '上半年' }, storyDate: '2018-08-01' }), 'not_due', 'partial_rate_ahead'],
  ])('%s', (_name, reading, status, code) => {
    expect(targetStatusAfter(byTwenty, [reading], '2019-03-01')).toMatchObject({ status, explanation: { code } });
  });

  it('a pace (年均) or a ceiling is never met early', () => {
    const pace = { ...byTwenty, quote: '年均增长33%' };
    expect(targetStatusAfter(pace, [ev({ value: 34, unit: '%', period: { from: '2018-01-01', to: '2018-12-31', label: '2018' } })], '2019-03-01').status).not.toBe('met');
    const ceiling = { ...byTwenty, comparator: 'lte' as const, direction: 'ceiling' as const };
    expect(targetStatusAfter(ceiling, [ev({ value: 30, unit: '%', period: { from: '2018-01-01', to: '2018-12-31', label: '2018' } })], '2019-03-01').status).not.toBe('met');
  });
});
