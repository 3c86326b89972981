import { mockApi } from './mock-api';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MetricChart } from '../../renderer/src/features/targets/MetricChart';
import { valueTicks } from '../../renderer/src/features/targets/chartTicks';
import { createI18n } from '../../renderer/src/i18n';
import type { MetricSeries } from '../../shared/domain/target';
import { createFakeBackend, createFakeEvents } from './fakeBackend';
import { renderWithProviders } from './render';

beforeEach(() => {
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
});

const target = { targetId: 1, status: 'not_due' as const, low: 40000, high: 40000, value: 40000, period: null, deadline: '2025-12-31', entity: '重庆' };
const point = (figureId: number, value: number, patch: Partial<MetricSeries['points'][number]> = {}): MetricSeries['points'][number] => ({
  figureId,
  storyId: figureId * 10,
  headline: `稿件${figureId}`,
  date: '2024-06-30',
  kind: 'actual',
  value,
  period: null,
  entity: '重庆',
  quote: `科技型企业达到${value}家`,
  unitClass: 'count',
  ...patch,
});

function renderChart(series: MetricSeries) {
  mockApi.call.mockImplementation(createFakeBackend({ series }).call);
  renderWithProviders(<MetricChart metricKey="科技型企业" entity="重庆" targetId={1} label="科技型企业" />);
}

describe('Metric chart', () => {
  it('draws only readings of its measure and says how many it left out', async () => {
    renderChart({
      metricKey: '科技型企业',
      unit: '家',
      unitClass: 'count',
      targets: [target],
      points: [point(1, 36000), point(2, 12.5, { quote: '科技型企业数量增长12.5%', unitClass: 'percent' })],
    });
    const list = await screen.findByRole('list', { name: 'Values reported' });
    expect(within(list).getAllByRole('link')).toHaveLength(1);
    expect(within(list).queryByText(/12\.5/)).toBeNull();
    expect(screen.getByText('1 values in another measure are not drawn on this chart.')).toBeTruthy();
  });

  it('links each point to the story at its figure, with the quote', async () => {
    renderChart({ metricKey: '科技型企业', unit: '家', unitClass: 'count', targets: [target], points: [point(3, 36000)] });
    const list = await screen.findByRole('list', { name: 'Values reported' });
    const link = within(list).getByRole('link', { name: /科技型企业达到36000家/ });
    expect(link.getAttribute('href')).toBe('#/archive/story/30?figure=3');
  });

  it('shows the deadline with the target line', async () => {
    renderChart({ metricKey: '科技型企业', unit: '家', unitClass: 'count', targets: [target], points: [point(4, 36000)] });
    const targets = await screen.findByRole('list', { name: 'Targets on this chart' });
    expect(within(targets).getByText('Target 40,000 by Dec 31, 2025')).toBeTruthy();
  });

  it('says an empty chart is empty instead of drawing bare axes', async () => {
    renderChart({ metricKey: '科技型企业', unit: '家', unitClass: 'count', targets: [target], points: [] });
    expect(await screen.findByText('No dated values reported for this metric yet.')).toBeTruthy();
    expect(screen.queryByRole('img', { name: /Chart of/ })).toBeNull();
    expect(screen.getByText('Target 40,000 by Dec 31, 2025')).toBeTruthy();
  });
});

describe('value axis ticks', () => {
  const zh = createI18n('zh-CN');
  const compact = (v: number, digits: number) => zh.formatNumber(v, { notation: 'compact', maximumFractionDigits: digits });

  it.each([
    ['one reading on its target', 40000, 40000],
    ['readings close together', 39500, 40400],
    ['a wide range', 0, 1_200_000],
    ['shares', 2.9, 3.1],
  ])('never repeats a label: %s', (_name, lo, hi) => {
    const ticks = valueTicks(lo, hi, compact);
    const labels = ticks.values.map(ticks.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(ticks.values[0]).toBeLessThanOrEqual(lo);
    expect(ticks.values[ticks.values.length - 1]).toBeGreaterThanOrEqual(hi);
  });
});
