import { callCore, withRealCore } from './harness/real-core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricChart } from '../../renderer/src/features/targets/MetricChart';
import { valueTicks } from '../../renderer/src/features/targets/chartTicks';
import { createI18n } from '../../renderer/src/i18n';
import { renderWithProviders } from './render';

const core = withRealCore();

const GOAL = '重庆科技型企业将倍增\n\n重庆力争到2025年科技型企业达到4万家。';
/** A later story with a count of the same enterprises and their growth, a rate. */
const READINGS = '科技型企业数量创新高\n\n截至6月底，全市科技型企业达到36000家，比上年增长12.5%。';

/** A 重庆日报 goal tracked as a target, and (unless `readings` is false) a later story reporting on it. */
async function seed({ readings = true } = {}) {
  const goal = await core().importText('goal.txt', GOAL, { publication: '重庆日报', date: '2023-02-24' });
  const figure = (await callCore(core(), 'figures:list', { storyId: goal.imported[0]!.id })).find((f) => f.quote === '达到4万家')!;
  const target = await callCore(core(), 'targets:fromFigure', { figureId: figure.id });
  if (!readings) return { target, story: null };
  const later = await core().importText('later.txt', READINGS, { publication: '重庆日报', date: '2024-06-30' });
  return { target, story: later.imported[0]!.id };
}

async function renderChart(options?: { readings?: boolean }) {
  const seeded = await seed(options);
  renderWithProviders(<MetricChart metricKey="科技型企业" entity="重庆" targetId={seeded.target.id} label="科技型企业" />);
  return seeded;
}

describe('Metric chart', () => {
  it('draws only readings of its measure', async () => {
    await renderChart();
    const list = await screen.findByRole('list', { name: 'Values reported' });
    expect(within(list).getAllByRole('link')).toHaveLength(1);
    // The growth rate is another measure: the core leaves it out of a chart of counts, so nothing is said to be missing.
    expect(within(list).queryByText(/12\.5/)).toBeNull();
    expect(screen.queryByText(/in another measure are not drawn/)).toBeNull();
  });

  it('links each point to the story at its figure, with the quote', async () => {
    const { story } = await renderChart();
    const figure = (await callCore(core(), 'figures:list', { storyId: story! })).find((f) => f.quote === '达到36000家')!;
    const list = await screen.findByRole('list', { name: 'Values reported' });
    const link = within(list).getByRole('link', { name: /达到36000家/ });
    expect(link.getAttribute('href')).toBe(`#/archive/story/${story}?figure=${figure.id}`);
  });

  it('shows the deadline with the target line', async () => {
    await renderChart();
    const targets = await screen.findByRole('list', { name: 'Targets on this chart' });
    expect(within(targets).getByText('Target 40,000 by Dec 31, 2025')).toBeTruthy();
  });

  it('says an empty chart is empty instead of drawing bare axes', async () => {
    await renderChart({ readings: false });
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
