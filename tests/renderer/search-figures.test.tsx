import { mockApi } from './mock-api';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchFigure, SearchResult } from '../../shared/domain/archive';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { createFakeBackend, createFakeEvents } from './fakeBackend';
import { renderWithProviders } from './render';

beforeEach(() => {
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
});

const FIGURES: SearchFigure[] = [
  { figureId: 11, storyId: 1, headline: '重庆实施“双倍增”行动', date: '2023-02-24', quote: '超过4.8万家', value: 48000, valueMax: null, unit: '家', qualifier: 'gt', metric: '科技型企业' },
  { figureId: 57, storyId: 9, headline: '全區科技型企業超過4.8萬家', date: '2023-03-01', quote: '超過4.8萬家', value: 48000, valueMax: null, unit: '家', qualifier: 'gt', metric: '科技型企业' },
];

/** The fake backend, answering archive:search with these figures (and no stories). */
function backendWithFigures(settings?: { locale: 'zh-CN' }) {
  const backend = createFakeBackend({ count: 2, hits: [], ...(settings ? { settings } : {}) });
  return vi.fn(async (channel: string, input: unknown) => {
    if (channel === 'archive:search') return { hits: [], tookMs: 2, figures: FIGURES } satisfies SearchResult;
    return backend.call(channel as never, input as never);
  });
}

describe('search for a figure', () => {
  it('lists the stored figures of that value, each linking to the figure in its story', async () => {
    mockApi.call.mockImplementation(backendWithFigures());
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await user.type(await screen.findByRole('searchbox', { name: 'Search the archive' }), '4.8万家');

    const section = await screen.findByRole('region', { name: 'Figures of this value (2)' });
    const link = within(section).getByRole('link', { name: '超过4.8万家: more than 48,000, in “重庆实施“双倍增”行动”' });
    expect(link.getAttribute('href')).toBe('#/archive/story/1?figure=11');
    expect(link.textContent).toContain('科技型企业');
    expect(within(section).getAllByRole('link')).toHaveLength(2);
    // No story printed the query as typed: said so, without claiming the archive has nothing.
    expect(screen.getByText('No story prints “4.8万家” word for word; the figures above have that value.')).toBeTruthy();
    expect(screen.queryByText(/Nothing in the archive matches/)).toBeNull();
  });

  it('says, when nothing matches, that numbers are found however printed and how to list figures', async () => {
    const backend = createFakeBackend({ count: 1, hits: [] });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await user.type(await screen.findByRole('searchbox', { name: 'Search the archive' }), '48001');
    expect(await screen.findByText('Nothing in the archive matches “48001”.')).toBeTruthy();
    expect(screen.getByText(/20000, 20,000, 2万 and 两万 find one another.*4\.8万家, >40000 科技型企业/)).toBeTruthy();
    expect(screen.queryByText(/as it is printed/)).toBeNull();
  });

  it('speaks Chinese in Chinese', async () => {
    mockApi.call.mockImplementation(backendWithFigures({ locale: 'zh-CN' }));
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await user.type(await screen.findByRole('searchbox', { name: '搜索档案' }), '4.8万家');

    const section = await screen.findByRole('region', { name: '该数值的数字（2）' });
    expect(within(section).getByRole('link', { name: '超過4.8萬家：超过 48,000 家，见《全區科技型企業超過4.8萬家》' })).toBeTruthy();
    expect(screen.getByText('没有稿件逐字包含“4.8万家”；以上是该数值的数字。')).toBeTruthy();
  });
});
