import { mockApi } from './mock-api';
import { callCore, withRealCore } from './harness/real-core';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { renderWithProviders } from './render';

/** A new archive: one story of 重庆日报, with a goal (超过4.8万家) and an outcome (增长6.1%). */
const core = withRealCore(async (c) => {
  await c.importText('cq.txt', '重庆实施“双倍增”行动\n\n今年力争科技型企业超过4.8万家。去年全市GDP增长6.1%。', { publication: '重庆日报', date: '2023-02-24' });
});

beforeEach(() => {
  window.location.hash = '#/archive';
});

/** The story and its goal figure, which "Press t on a figure" opens. */
async function goal() {
  const [story] = (await callCore(core(), 'archive:list', {})).items;
  const figure = (await callCore(core(), 'figures:list', { storyId: story!.id })).find((f) => f.quote === '超过4.8万家')!;
  expect(figure.kind).toBe('target');
  return { story: story!.id, figure: figure.id };
}

async function nextSteps() {
  return screen.findByRole('region', { name: 'Next steps' });
}

describe('First run', { timeout: 30_000 }, () => {
  it('offers three next steps on a new archive; each button takes its step and then goes away, for good', async () => {
    const target = await goal();
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const steps = await nextSteps();
    expect(within(steps).getAllByRole('button', { name: /Import a page|Press t on a figure|Check a later story/ })).toHaveLength(3);

    // Press t: opens a target figure, selected, ready for t.
    await user.click(within(steps).getByRole('button', { name: /Press t on a figure/ }));
    await waitFor(() => expect(window.location.hash).toBe(`#/archive/story/${target.story}?figure=${target.figure}`));
    expect(mockApi.call).toHaveBeenCalledWith('settings:set', { firstStepsDone: ['track'] });

    // Check a later story: goes to the check page.
    window.location.hash = '#/archive';
    await user.click(within(await nextSteps()).getByRole('button', { name: /Check a later story/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check' })).toBeTruthy();

    // Back on the archive, only the step not taken is left; after a reload too.
    window.location.hash = '#/archive';
    const left = await nextSteps();
    expect(within(left).getAllByRole('button', { name: /Import a page|Press t|Check a later/ }).map((b) => b.textContent)).toEqual([
      expect.stringContaining('Import a page'),
    ]);
    cleanup();
    renderWithProviders(<AppLayout />);
    const reloaded = await nextSteps();
    expect(within(reloaded).queryByRole('button', { name: /Check a later story/ })).toBeNull();

    // Import a page: opens the import dialog; then no steps are left to show.
    await user.click(within(reloaded).getByRole('button', { name: /Import a page/ }));
    expect(await screen.findByRole('dialog', { name: 'Import into the archive' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Next steps' })).toBeNull());
  });

  it('can be hidden all at once', async () => {
    renderWithProviders(<AppLayout />);
    await userEvent.click(within(await nextSteps()).getByRole('button', { name: 'Hide the next steps' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Next steps' })).toBeNull());
    expect(mockApi.call).toHaveBeenCalledWith('settings:set', { firstStepsDone: ['import', 'track', 'check'] });
  });
});
