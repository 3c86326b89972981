import { mockApi } from './mock-api';
import { callCore, withRealCore } from './harness/real-core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { renderWithProviders } from './render';

const core = withRealCore();

const EXISTING = 'Council sets aside £2m for roads';
const gazetteStory = () => core().importText('gazette.txt', `${EXISTING}\n\nThe council set aside £2m for roads on Tuesday.`, { publication: 'Evening Gazette', date: '2024-03-05' });
/** The archive's stories as archive:list orders them. */
const listed = async () => (await callCore(core(), 'archive:list', {})).items;

describe('Archive list', () => {
  it('names a story printed without a headline as such, never a blank row', async () => {
    // A paragraph pasted on its own: the core finds no headline above it.
    await core().importText('cut.txt', '国家统计局公布，全年国内生产总值增长5.2%。', { publication: '重庆日报', date: '2024-01-18' });
    expect((await listed())[0]!.headline).toBe('');
    renderWithProviders(<AppLayout />);
    const list = await screen.findByRole('list', { name: 'Stories in the archive' });
    expect(within(list).getByRole('link', { name: '(no headline)' })).toBeTruthy();
  });

  it('renders rows from archive:list, with badges, as links named by the headline', async () => {
    // A Gazette page with a photo and a story cut off at its start, and a 重庆日报 page with a commentary.
    await core().importFixture('pages/evening-gazette-p2.txt');
    await core().importFixture('cq-daily-2023-02-24.txt');
    const stories = await listed();
    renderWithProviders(<AppLayout />);

    const list = await screen.findByRole('list', { name: 'Stories in the archive' });
    await within(list).findByRole('link', { name: 'Lambs arrive at city farm' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(stories.map((story) => `#/archive/story/${story.id}`));
    expect(within(list).getByRole('link', { name: '抓住科技创新这个关键变量' })).toBeTruthy();
    // A badge on every story the core marked so, and only on those.
    const count = (test: (story: (typeof stories)[number]) => boolean) => stories.filter(test).length;
    expect(count((story) => story.genre === 'photo')).toBeGreaterThan(0);
    expect(count((story) => story.truncated)).toBeGreaterThan(0);
    expect(count((story) => story.genre === 'commentary')).toBeGreaterThan(0);
    expect(within(list).getAllByText('Photo')).toHaveLength(count((story) => story.genre === 'photo'));
    expect(within(list).getAllByText('Truncated')).toHaveLength(count((story) => story.truncated));
    expect(within(list).getAllByText('Commentary')).toHaveLength(count((story) => story.genre === 'commentary'));
    expect(screen.getByText(`${stories.length} stories`)).toBeTruthy();
    expect(mockApi.call.mock.calls.find(([c]) => c === 'archive:list')![1]).toEqual({ offset: 0, limit: 200 });
  });

  it('renders only the visible rows of a large archive and fetches pages by offset', async () => {
    // A thousand short notices: five pages of the list.
    const notices = Array.from({ length: 1000 }, (_, i) => `第${i + 1}号公告\n\n本报讯 全市第${i + 1}项工作稳步推进。`).join('\n\n');
    await core().importText('notices.txt', notices, { publication: '重庆日报', date: '2023-02-24' });
    const [first] = await listed();
    renderWithProviders(<AppLayout />);

    const list = await screen.findByRole('list', { name: 'Stories in the archive' });
    await within(list).findByRole('link', { name: first!.headline });
    const rendered = within(list).getAllByRole('listitem');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]!.getAttribute('aria-setsize')).toBe('1000');

    // Scroll far down: the page holding those rows is fetched by offset.
    const [far] = (await callCore(core(), 'archive:list', { offset: 800, limit: 1 })).items;
    const scroller = list.parentElement!;
    await act(async () => {
      scroller.scrollTop = 64 * 800;
      fireEvent.scroll(scroller);
    });
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('archive:list', expect.objectContaining({ offset: 800 })));
    await within(list).findByRole('link', { name: far!.headline });
  });

  it('opens the reader from a row and goes back with Escape', async () => {
    // The page resumes the story from page 1 (its start is cut off); the editor added the kicker, subhead and dateline.
    const { imported } = await core().importText('p2.txt', '今年新增市场主体5万家\n\n（上接第一版）\n\n第一段。\n第二段。\n\n第三段。', { publication: '重庆日报', date: '2023-02-24' });
    const id = imported[0]!.id;
    await callCore(core(), 'archive:update', { id, patch: { kicker: '重报时论', subhead: '全市经济运行稳中向好', dateline: '2月23日' } });
    // A failure the archive cannot be made to give on cue: the figures cannot be read.
    mockApi.call.mockImplementation(async (channel, input) => {
      if (channel === 'figures:list') throw new (await import('../../renderer/src/api')).ApiError({ code: 'unavailable', message: 'figures are not ready' }, channel);
      return core().call(channel, input);
    });
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await user.click(await screen.findByRole('link', { name: '今年新增市场主体5万家' }));
    expect(window.location.hash).toBe(`#/archive/story/${id}`);

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
    await gazetteStory();
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    const row = await screen.findByRole('link', { name: EXISTING });
    row.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: EXISTING })).toBeTruthy();
  });

  it('shows an error with a retry instead of a blank page when the list fails', async () => {
    // A failure the archive cannot be made to give on cue: everything but the settings is refused.
    mockApi.call.mockImplementation(async (channel, input) => {
      if (channel === 'settings:get') return core().call(channel, input);
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
    const { imported } = await core().importText('kc.txt', '科创中心\n\n全市科创中心建设稳步推进。', { publication: '重庆日报', date: '2023-02-24' });
    // The credit as the editor corrected it.
    await callCore(core(), 'archive:update', { id: imported[0]!.id, patch: { byline } });
    window.location.hash = `#/archive/story/${imported[0]!.id}`;
    renderWithProviders(<AppLayout />);
    await screen.findByRole('heading', { level: 1, name: '科创中心' });
    const meta = within(screen.getByRole('article')).getByText((_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith(shown));
    expect(meta).toBeTruthy();
  });
});

describe('Archive search', () => {
  it('searches as you type and marks the hit runs of the snippet', async () => {
    // A story whose snippet carries text that looks like markup.
    const { imported } = await core().importText('growth.txt', 'Growth target set\n\nThe council set a growth target of 6% for the year, <b>not html</b>.', { publication: 'Evening Gazette', date: '2024-03-05' });
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const box = await screen.findByRole('searchbox', { name: 'Search the archive' });
    // The syntax help is a line under the box, never a tooltip over the results.
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(box.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe('Phrases in quotes, OR, -exclude');
    await user.type(box, 'target');
    expect(screen.queryByRole('tooltip')).toBeNull();

    const results = await screen.findByRole('list', { name: 'Search results' });
    const link = within(results).getByRole('link', { name: 'Growth target set' });
    const marks = link.querySelectorAll('mark');
    // The word is marked in the headline and in the snippet.
    expect(Array.from(marks).map((m) => m.textContent)).toEqual(['target', 'target']);
    // Snippet text is text, never markup.
    expect(link.querySelector('b')).toBeNull();
    expect(link.textContent).toContain('<b>not html</b>');
    expect(link.getAttribute('href')).toBe(`#/archive/story/${imported[0]!.id}`);

    const searches = mockApi.call.mock.calls.filter(([c]) => c === 'archive:search');
    expect(searches.at(-1)?.[1]).toMatchObject({ query: 'target' });
    // Debounced: not one call per keystroke.
    expect(searches.length).toBeLessThanOrEqual(2);
  });

  it('says so when nothing matches', async () => {
    await gazetteStory();
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await user.type(await screen.findByRole('searchbox', { name: 'Search the archive' }), 'zzz');
    expect(await screen.findByText('Nothing in the archive matches “zzz”.')).toBeTruthy();
  });

  it('focuses the search with Mod+K from another page', async () => {
    await gazetteStory();
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
    await gazetteStory();
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
