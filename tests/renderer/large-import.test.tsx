import { mockApi } from './mock-api';
/**
 * Big imports in the page: a paste over 200 KB goes to the import worker (with progress)
 * instead of a review parsed in the page, and a review of many stories draws only those in view.
 */
import { withRealCore } from './harness/real-core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { renderWithProviders } from './render';

const EXISTING = 'Council sets aside £2m for roads';
withRealCore(async (c) => {
  await c.importText('gazette.txt', `${EXISTING}\n\nThe council set aside £2m for roads on Tuesday.`, { publication: 'Evening Gazette', date: '2024-03-05' });
});

/** A page of 600 short notices, each a headline and a paragraph. */
const NOTICES = Array.from({ length: 600 }, (_, i) => `第${i + 1}号公告\n\n本报讯 全市第${i + 1}项工作稳步推进。`).join('\n\n');

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await screen.findByRole('link', { name: EXISTING });
  await user.click(screen.getByRole('button', { name: 'Paste text' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
  // fireEvent: typing 200 KB key by key would be the test's whole budget.
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Text of the page' }), { target: { value: text } });
  expect(within(dialog).getByRole('checkbox', { name: 'Review before saving' })).toHaveProperty('checked', true);
  await user.click(within(dialog).getByRole('button', { name: 'Start' }));
}

describe('large imports in the page', () => {
  it('sends a paste over 200 KB to the import worker, not to a review parsed in the page', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await paste(user, '全市经济稳步增长。\n'.repeat(12_000));
    await waitFor(() => expect(mockApi.call.mock.calls.some(([c]) => c === 'archive:import')).toBe(true));
    expect(mockApi.call.mock.calls.some(([c]) => c === 'archive:preview')).toBe(false);
    expect(await screen.findByText(/imported directly, with progress/)).toBeTruthy();
  });

  it('still reviews a small paste first', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await paste(user, '全市经济稳步增长。\n'.repeat(100));
    await waitFor(() => expect(mockApi.call.mock.calls.some(([c]) => c === 'archive:preview')).toBe(true));
    expect(mockApi.call.mock.calls.some(([c]) => c === 'archive:import')).toBe(false);
  });

  it('draws only the story editors in view when a page has hundreds of stories', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await paste(user, NOTICES);
    const review = await screen.findByRole('dialog', { name: 'Review before saving' }, { timeout: 10_000 });
    const page = within(review).getByRole('region', { name: /^Page 1: / });
    expect(within(page).getByText('600 stories')).toBeTruthy();
    const drawn = within(page).queryAllByRole('region', { name: /^Story \d+: / });
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(20);
    expect(within(page).getByRole('region', { name: 'Story 1: 第1号公告' })).toBeTruthy();
  });
});
