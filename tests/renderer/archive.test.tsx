import { mockApi } from './mock-api';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { createFakeBackend, createFakeEvents, makeStory } from './fakeBackend';
import { renderWithProviders } from './render';

let events: ReturnType<typeof createFakeEvents>;
beforeEach(() => {
  events = createFakeEvents();
  mockApi.subscribe.mockImplementation(events.subscribe as never);
});

describe('Archive list', () => {
  it('names a story printed without a headline as such, never a blank row', async () => {
    const backend = createFakeBackend({ stories: [makeStory(1, { headline: '', language: 'zh', body: '国家统计局公布，全年国内生产总值增长5.2%。' })] });
    mockApi.call.mockImplementation(backend.call);
    renderWithProviders(<AppLayout />);
    const list = await screen.findByRole('list', { name: 'Stories in the archive' });
    expect(within(list).getByRole('link', { name: '(no headline)' })).toBeTruthy();
  });

  it('renders rows from archive:list, with badges, as links named by the headline', async () => {
    const backend = createFakeBackend({
      stories: [
        makeStory(1, { headline: '重庆GDP增长6%左右', language: 'zh' }),
        makeStory(2, { headline: 'A picture of the river', genre: 'photo', truncated: true }),
        makeStory(3, { headline: 'Our view on targets', genre: 'commentary', byline: null }),
      ],
    });
    mockApi.call.mockImplementation(backend.call);
    renderWithProviders(<AppLayout />);

    const list = await screen.findByRole('list', { name: 'Stories in the archive' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['#/archive/story/1', '#/archive/story/2', '#/archive/story/3']);
    expect(within(list).getByRole('link', { name: '重庆GDP增长6%左右' })).toBeTruthy();
    expect(within(list).getByText('Photo')).toBeTruthy();
    expect(within(list).getByText('Truncated')).toBeTruthy();
    expect(within(list).getByText('Commentary')).toBeTruthy();
    expect(screen.getByText('3 stories')).toBeTruthy();
    expect(backend.listCalls[0]).toEqual({ offset: 0, limit: 200 });
  });

  it('renders only the visible rows of a large archive and fetches pages by offset', async () => {
    const backend = createFakeBackend({ count: 100_000 });
    // Only stories the list asks for need to exist: make archive:list cheap.
    mockApi.call.mockImplementation(async (channel: string, input: { offset: number; limit: number }) => {
      if (channel !== 'archive:list') return backend.call(channel as never, input);
      backend.listCalls.push(input);
      return {
        total: 100_000,
        items: Array.from({ length: input.limit }, (_, i) => {
          const s = makeStory(input.offset + i + 1);
          return { id: s.id, publication: s.publication, date: s.date, headline: s.headline, byline: s.byline, truncated: false, genre: 'news', language: 'en' };
        }),
      };
    });
    renderWithProviders(<AppLayout />);

    const list = await screen.findByRole('list', { name: 'Stories in the archive' });
    await within(list).findByRole('link', { name: 'Story number 1' });
    const rendered = within(list).getAllByRole('listitem');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]!.getAttribute('aria-setsize')).toBe('100000');

    // Scroll far down: the page holding those rows is fetched by offset.
    const scroller = list.parentElement!;
    await act(async () => {
      scroller.scrollTop = 64 * 50_000;
      fireEvent.scroll(scroller);
    });
    await waitFor(() => expect(backend.listCalls.some((c) => c.offset === 50_000 - (50_000 % 200))).toBe(true));
    await within(list).findByRole('link', { name: 'Story number 50001' });
  });

  it('opens the reader from a row and goes back with Escape', async () => {
    const backend = createFakeBackend({
      stories: [
        makeStory(7, {
          headline: '今年新增市场主体5万家',
          kicker: '重报时论',
          subhead: '全市经济运行稳中向好',
          dateline: '2月23日',
          body: '第一段。\n第二段。\n\n第三段。',
          truncated: true,
          language: 'zh',
        }),
      ],
      figures: new Error('figures are not ready'),
    });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await user.click(await screen.findByRole('link', { name: '今年新增市场主体5万家' }));
    expect(window.location.hash).toBe('#/archive/story/7');

    const heading = await screen.findByRole('heading', { level: 1, name: '今年新增市场主体5万家' });
    expect(heading).toBeTruthy();
    expect(screen.getByText('重报时论')).toBeTruthy();
    expect(screen.getByText('全市经济运行稳中向好')).toBeTruthy();
    const article = screen.getByRole('article');
    expect(within(article).getAllByText(/^第.段。$/).map((p) => p.tagName)).toEqual(['P', 'P', 'P']);
    expect(screen.getByText(/start of this story was cut off/)).toBeTruthy();
    // figures:list failing is an empty state, not a crash.
    expect(await screen.findByText('Figures are not available for this story yet.')).toBeTruthy();
    // Only the reader's headline is a level-1 heading: the list is hidden underneath.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(window.location.hash).toBe('#/archive'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Archive' })).toBeTruthy();
  });

  it('opens the reader with Enter on a focused row', async () => {
    const backend = createFakeBackend({ count: 2 });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    const row = await screen.findByRole('link', { name: 'Story number 2' });
    row.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Story number 2' })).toBeTruthy();
  });

  it('shows an error with a retry instead of a blank page when the list fails', async () => {
    mockApi.call.mockImplementation(async (channel: string) => {
      if (channel === 'settings:get') return createFakeBackend().settings;
      throw new (await import('../../renderer/src/api')).ApiError({ code: 'internal', message: 'database is locked' }, channel);
    });
    renderWithProviders(<AppLayout />);
    expect(await screen.findByText('database is locked')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('Reader byline', () => {
  it.each([
    ['首席记者 张亦筑 实习生 冉罗楠', '首席记者 张亦筑 实习生 冉罗楠 · '],
    ['张亦筑', 'By 张亦筑 · '],
  ])('shows the credit 「%s」 with its roles once', async (byline, shown) => {
    const backend = createFakeBackend({ stories: [makeStory(7, { headline: '科创中心', byline, language: 'zh' })] });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/archive/story/7';
    renderWithProviders(<AppLayout />);
    await screen.findByRole('heading', { level: 1, name: '科创中心' });
    const meta = within(screen.getByRole('article')).getByText((_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith(shown));
    expect(meta).toBeTruthy();
  });
});

describe('Archive search', () => {
  it('searches as you type and marks the hit runs of the snippet', async () => {
    const backend = createFakeBackend({
      count: 2,
      hits: [
        {
          storyId: 2,
          headline: 'Growth target set',
          headlineRuns: [
            { text: 'Growth ', hit: false },
            { text: 'target', hit: true },
            { text: ' set', hit: false },
          ],
          date: '2023-02-24',
          publication: '重庆日报',
          byline: '张亦筑',
          snippet: [
            { text: '今年GDP增长', hit: false },
            { text: '6%', hit: true },
            { text: '左右，<b>not html</b>', hit: false },
          ],
          score: 1,
        },
      ],
    });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const box = await screen.findByRole('searchbox', { name: 'Search the archive' });
    // The syntax help is a line under the box, never a tooltip over the results.
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(box.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe('Phrases in quotes, OR, -exclude');
    await user.type(box, '6%');
    expect(screen.queryByRole('tooltip')).toBeNull();

    const results = await screen.findByRole('list', { name: 'Search results' });
    const link = within(results).getByRole('link', { name: 'Growth target set' });
    const marks = link.querySelectorAll('mark');
    expect(Array.from(marks).map((m) => m.textContent)).toEqual(['target', '6%']);
    // Snippet text is text, never markup.
    expect(link.querySelector('b')).toBeNull();
    expect(link.textContent).toContain('<b>not html</b>');
    expect(link.getAttribute('href')).toBe('#/archive/story/2');

    const searches = backend.call.mock.calls.filter(([c]) => c === 'archive:search');
    expect(searches.at(-1)?.[1]).toMatchObject({ query: '6%' });
    // Debounced: not one call per keystroke.
    expect(searches.length).toBeLessThanOrEqual(2);
  });

  it('says so when nothing matches', async () => {
    const backend = createFakeBackend({ count: 1, hits: [] });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await user.type(await screen.findByRole('searchbox', { name: 'Search the archive' }), 'zzz');
    expect(await screen.findByText('Nothing in the archive matches “zzz”.')).toBeTruthy();
  });

  it('focuses the search with Mod+K from another page', async () => {
    const backend = createFakeBackend({ count: 1 });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.keyboard('{Control>}k{/Control}');
    const box = await screen.findByRole('searchbox', { name: 'Search the archive' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(window.location.hash).toBe('#/archive');
  });
});

describe('Navigation', () => {
  it('switches pages from the navbar and with Mod+digit, and shows honest placeholders', async () => {
    const backend = createFakeBackend({ count: 1 });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    const archiveLink = within(nav).getByRole('link', { name: 'Archive' });
    expect(archiveLink.getAttribute('aria-current')).toBe('page');

    await user.click(within(nav).getByRole('link', { name: 'Targets' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Targets' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New target' })).toBeTruthy();

    await user.keyboard('{Control>}4{/Control}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check' })).toBeTruthy();
    await user.keyboard('{Control>}5{/Control}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Drafts' })).toBeTruthy();

    await user.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });
});
