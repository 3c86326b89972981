import { mockApi } from './mock-api';
/**
 * Big imports in the page: a paste over 200 KB goes to the import worker (with progress)
 * instead of a review parsed in the page, and a review of many stories draws only those in view.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import type { ParsedStory } from '../../shared/domain/story';
import { createFakeBackend, createFakeEvents } from './fakeBackend';
import { renderWithProviders } from './render';

beforeEach(() => {
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
});

const story = (i: number): ParsedStory => ({
  headline: `Story headline ${i}`,
  subhead: null,
  kicker: null,
  byline: null,
  dateline: null,
  datelineDate: null,
  body: `Paragraph of story ${i}.`,
  truncated: false,
  genre: 'news',
  language: 'en',
});

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await screen.findByRole('link', { name: 'Story number 1' });
  await user.click(screen.getByRole('button', { name: 'Paste text' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
  // fireEvent: typing 200 KB key by key would be the test's whole budget.
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Text of the page' }), { target: { value: text } });
  expect(within(dialog).getByRole('checkbox', { name: 'Review before saving' })).toHaveProperty('checked', true);
  await user.click(within(dialog).getByRole('button', { name: 'Start' }));
}

describe('large imports in the page', () => {
  it('sends a paste over 200 KB to the import worker, not to a review parsed in the page', async () => {
    const backend = createFakeBackend({ count: 1 });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await paste(user, '全市经济稳步增长。\n'.repeat(12_000));
    await waitFor(() => expect(backend.call.mock.calls.some(([c]) => c === 'archive:import')).toBe(true));
    expect(backend.call.mock.calls.some(([c]) => c === 'archive:preview')).toBe(false);
    expect(await screen.findByText(/imported directly, with progress/)).toBeTruthy();
  });

  it('still reviews a small paste first', async () => {
    const backend = createFakeBackend({ count: 1, preview: { pages: [], failed: [] } });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await paste(user, '全市经济稳步增长。\n'.repeat(100));
    await waitFor(() => expect(backend.call.mock.calls.some(([c]) => c === 'archive:preview')).toBe(true));
    expect(backend.call.mock.calls.some(([c]) => c === 'archive:import')).toBe(false);
  });

  it('draws only the story editors in view when a page has hundreds of stories', async () => {
    const stories = Array.from({ length: 600 }, (_, i) => story(i + 1));
    const backend = createFakeBackend({ count: 1, preview: { pages: [{ source: 'long.txt', publication: null, date: '2023-02-24', assumed: [], stories }], failed: [] } });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await paste(user, 'A short paste.');
    const review = await screen.findByRole('dialog', { name: 'Review before saving' });
    const page = within(review).getByRole('region', { name: 'Page 1: long.txt' });
    expect(within(page).getByText('600 stories')).toBeTruthy();
    const drawn = within(page).queryAllByRole('region', { name: /^Story \d+: / });
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(20);
    expect(within(page).getByRole('region', { name: 'Story 1: Story headline 1' })).toBeTruthy();
  });
});
