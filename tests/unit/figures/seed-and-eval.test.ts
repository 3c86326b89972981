import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import { ExtractedFigure } from '../../../shared/domain/figure';
import { loadFixtures, runEval, THRESHOLDS } from '../../eval/figures';

const text = readFileSync(new URL('../../fixtures/cq-daily-2023-02-24.txt', import.meta.url), 'utf8');
const figures = extractFigures(text, { date: '2023-02-24', city: '重庆' });

describe('seed page (重庆日报 2023-02-24)', () => {
  it('every figure satisfies the domain schema and quotes its own span', () => {
    for (const f of figures) {
      expect(() => ExtractedFigure.parse(f)).not.toThrow();
      expect(text.slice(f.start, f.end)).toBe(f.quote);
    }
  });

  it.each([
    ['2.35%左右', 2.35, '%', 'approx', 'target', '研发经费投入强度'],
    ['超过4.8万家', 48000, '家', 'gt', 'target', '科技型企业'],
    ['突破7000家', 7000, '家', 'gt', 'target', '高新技术企业'],
    ['达到3家', 3, '家', 'gte', 'target', '科创板上市企业总数'],
    ['15%以上', 15, '%', 'gte', 'target', '科学研究和技术服务业营业收入增速'],
    ['超750亿元', 75000000000, '元', 'gt', 'target', '技术合同成交额'],
    ['同比增长16.7%', 16.7, '%', 'eq', 'actual', '智能传感器产业产值增速'],
    ['10个', 10, '个', 'eq', 'actual', '区级重点项目'],
    ['21.5亿元', 2150000000, '元', 'eq', 'actual', '固定资产投资'],
    ['126%', 126, '%', 'eq', 'actual', '固定资产投资计划完成率'],
    ['4790万元', 47900000, '元', 'eq', 'budget', '总经费'],
  ])('%s', (quote, value, unit, qualifier, kind, metric) => {
    const f = figures.find((x) => x.quote === quote)!;
    expect(f).toBeDefined();
    expect([f.value, f.unit, f.qualifier, f.kind, f.metric]).toEqual([value, unit, qualifier, kind, metric]);
  });

  it('reads both occurrences of subhead figures, with entity 重庆市 and period 2023', () => {
    const subhead = figures.filter((f) => f.quote === '超过4.8万家' || f.quote === '突破7000家');
    expect(subhead).toHaveLength(4);
    for (const f of subhead) {
      expect(f.entity).toBe('重庆市');
      expect(f.period).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
    }
  });

  it('does not report the seed not-figures', () => {
    const seed = loadFixtures().find((f) => f.id === 'cq-daily-2023-02-24')!;
    for (const nf of seed.notFigures) {
      const at = text.indexOf(nf);
      expect(figures.filter((f) => f.start < at + nf.length && f.end > at).map((f) => f.quote), nf).toEqual([]);
    }
  });
});

describe('labelled fixtures', () => {
  it('meet the quality thresholds on the tuned set', () => {
    const result = runEval();
    expect(result.seedFailures).toEqual([]);
    expect(result.tuned.precision).toBeGreaterThanOrEqual(THRESHOLDS.precision);
    expect(result.tuned.recall).toBeGreaterThanOrEqual(THRESHOLDS.recall);
    for (const field of ['value', 'unit', 'qualifier', 'kind', 'metric', 'entity', 'period'] as const) {
      const s = result.tuned.fields[field];
      expect(s.correct / s.total, field).toBeGreaterThanOrEqual(THRESHOLDS.field);
    }
    expect(result.tuned.notFiguresReported).toBe(0);
    expect(result.pass).toBe(true);
  });

  it('scores the held-out fixtures separately from the tuned ones', () => {
    const result = runEval();
    expect(result.heldOutIds.length).toBeGreaterThanOrEqual(7);
    expect(result.heldOut.labelled + result.tuned.labelled).toBe(result.overall.labelled);
  });
});
