import { mockApi } from './mock-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { mergeWithNext, splitAt, type ReviewStory } from '../../renderer/src/features/archive/reviewEdit';
import type { ParsedStory } from '../../shared/domain/story';
import { createFakeBackend, createFakeEvents } from './fakeBackend';
import { renderWithProviders } from './render';

beforeEach(() => {
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
});

const parsed = (headline: string, body: string, patch: Partial<ParsedStory> = {}): ParsedStory => ({
  headline,
  subhead: null,
  kicker: null,
  byline: null,
  dateline: null,
  datelineDate: null,
  body,
  truncated: false,
  genre: 'news',
  language: 'zh',
  ...patch,
});

const PREVIEW = {
  pages: [
    {
      source: 'cq.txt',
      publication: '重庆日报',
      date: null,
      assumed: ['publication 重庆日报 from the file name'],
      stories: [
        parsed('Alpha', 'A1\nA2', { byline: '张亦筑' }),
        parsed('Beta', 'B1'),
        parsed('Gamma', 'C1\nNew story head\nC3'),
      ],
    },
  ],
  failed: [{ path: 'broken.pdf', error: 'the PDF has no text layer', code: 'import_failed' }],
};

async function openReview(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('link', { name: 'Story number 1' });
  await user.click(screen.getByRole('button', { name: 'Paste text' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
  await user.type(within(dialog).getByRole('textbox', { name: 'Text of the page' }), '本报讯');
  expect(within(dialog).getByRole('checkbox', { name: 'Review before saving' })).toHaveProperty('checked', true);
  await user.click(within(dialog).getByRole('button', { name: 'Start' }));
  return screen.findByRole('dialog', { name: 'Review before saving' });
}

const PASTED_PREVIEW = {
  pages: [
    {
      source: 'pasted text',
      publication: null,
      date: '1957-07-20',
      assumed: [],
      stories: [parsed('淮北发现新煤田', '本报合肥18日电 勘探队员发现了一块大煤田。')],
      dropped: [
        { text: '1957年7月20日人民日报 第3版', kind: 'edition' as const, rule: 'edition-line' },
        { text: '上一篇 下一篇 返回目录', kind: 'navigation' as const, rule: 'article-navigation' },
        { text: '煤田储量约十九亿吨。', kind: 'noise' as const, rule: 'layout-noise' },
      ],
      edition: { page: '3', section: null },
    },
  ],
  failed: [],
};

describe('Review of a pasted web page', () => {
  it('shows what was left out as furniture and the edition line, and keeps a line the editor puts back', async () => {
    const backend = createFakeBackend({ count: 1, preview: PASTED_PREVIEW });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    const review = await openReview(user);

    expect(within(review).getByText('Edition line: page 3')).toBeTruthy();
    expect(within(review).getByText('Left out as page furniture: 3 lines')).toBeTruthy();
    const list = within(review).getByRole('list', { name: 'Lines left out' });
    expect(within(list).getByText('上一篇 下一篇 返回目录')).toBeTruthy();
    expect(within(list).getByText('navigation')).toBeTruthy();
    expect(within(list).getByText('edition line')).toBeTruthy();

    await user.click(within(list).getByRole('button', { name: 'Keep “煤田储量约十九亿吨。” in a story' }));
    await user.click(await within(review).findByRole('menuitem', { name: 'Add to story 1: 淮北发现新煤田' }));
    expect(within(review).getByText('Left out as page furniture: 2 lines')).toBeTruthy();

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('archive:save', expect.anything()));
    const input = backend.call.mock.calls.find(([c]) => c === 'archive:save')![1] as { pages: { stories: ParsedStory[] }[] };
    expect(input.pages[0]!.stories[0]!.body).toBe('本报合肥18日电 勘探队员发现了一块大煤田。\n煤田储量约十九亿吨。');
  });
});

describe('Review before saving', () => {
  it('previews, lets the editor merge, split and fix stories, and saves the edited pages', async () => {
    const backend = createFakeBackend({ count: 1, preview: PREVIEW });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const review = await openReview(user);
    expect(backend.call).toHaveBeenCalledWith('archive:preview', { sources: [{ kind: 'text', text: '本报讯', name: 'Pasted text' }], options: {} });
    expect(backend.call.mock.calls.some(([c]) => c === 'archive:import')).toBe(false);

    // What could not be read, and what was assumed.
    expect(within(review).getByText('broken.pdf')).toBeTruthy();
    expect(within(review).getByText(/no text layer/)).toBeTruthy();
    expect(within(review).getByText('publication 重庆日报 from the file name')).toBeTruthy();

    // The page has no date: saving waits for one.
    const page = within(review).getByRole('region', { name: 'Page 1: cq.txt' });
    const save = within(review).getByRole('button', { name: 'Save to the archive' });
    expect(save).toHaveProperty('disabled', true);
    expect(within(review).getByText('1 page still needs a date.')).toBeTruthy();
    await user.type(within(page).getByRole('textbox', { name: 'Date' }), '2023-02-24');
    expect(save).toHaveProperty('disabled', false);

    // Merge Alpha with Beta.
    await user.click(within(within(review).getByRole('region', { name: 'Story 1: Alpha' })).getByRole('button', { name: 'Merge with next' }));
    expect(within(review).queryByRole('region', { name: /Beta/ })).toBeNull();
    expect(within(review).getByRole('region', { name: 'Story 2: Gamma' })).toBeTruthy();

    // Split Gamma where the next story starts.
    const gamma = within(review).getByRole('region', { name: 'Story 2: Gamma' });
    const body = within(gamma).getByRole('textbox', { name: 'Body' }) as HTMLTextAreaElement;
    const at = body.value.indexOf('New story head');
    body.focus();
    body.setSelectionRange(at, at);
    await user.click(within(gamma).getByRole('button', { name: 'Split at cursor' }));
    expect(within(review).getByRole('region', { name: 'Story 3: New story head' })).toBeTruthy();

    // Fix a headline.
    const alpha = within(review).getByRole('region', { name: 'Story 1: Alpha' });
    const headline = within(alpha).getByRole('textbox', { name: /^Headline/ });
    await user.clear(headline);
    await user.type(headline, 'Alpha, fixed');

    // Mod+Enter saves.
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('archive:save', expect.anything()));
    const input = backend.call.mock.calls.find(([c]) => c === 'archive:save')![1] as { pages: { source: string; publication: string | null; date: string | null; stories: ParsedStory[] }[] };
    expect(input.pages).toHaveLength(1);
    expect(input.pages[0]).toMatchObject({ source: 'cq.txt', publication: '重庆日报', date: '2023-02-24' });
    expect(input.pages[0]!.stories.map((s) => [s.headline, s.body, s.byline])).toEqual([
      ['Alpha, fixed', 'A1\nA2\nB1', '张亦筑'],
      ['Gamma', 'C1', null],
      ['New story head', 'C3', null],
    ]);
    // Every story still has all its fields (no local keys leak into the contract).
    expect(Object.keys(input.pages[0]!.stories[0]!).sort()).toEqual(Object.keys(parsed('', '')).sort());

    // The same report as an import.
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText('Imported 3 stories')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Review before saving' })).toBeNull();
  });

  it('asks before discarding edits on Escape, and discards nothing when untouched', async () => {
    const backend = createFakeBackend({ count: 1, preview: PREVIEW });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    let review = await openReview(user);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Review before saving' })).toBeNull());

    review = await openReview(user);
    await user.click(within(within(review).getByRole('region', { name: 'Story 3: Gamma' })).getByRole('button', { name: 'Delete' }));
    await user.keyboard('{Escape}');
    const confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('dialog', { name: 'Review before saving' })).toBeTruthy();

    await user.keyboard('{Escape}');
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Review before saving' })).toBeNull());
    expect(backend.call.mock.calls.some(([c]) => c === 'archive:save')).toBe(false);
  });

  it('is off by default for more than five files', async () => {
    const backend = createFakeBackend({ count: 1 });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: 'Story number 1' });
    const files = Array.from({ length: 6 }, (_, i) => new File([`page ${i}`], `p${i}.txt`, { type: 'text/plain' }));
    await user.upload(screen.getByTestId('import-file-input'), files);
    const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
    expect(within(dialog).getByRole('checkbox', { name: 'Review before saving' })).toHaveProperty('checked', false);
  });
});

describe('review edits', () => {
  const s = (headline: string, body: string, key: number): ReviewStory => ({ ...parsed(headline, body), key });

  it('merges bodies with a newline and keeps the first headline', () => {
    const out = mergeWithNext([s('A', 'a', 1), s('B', 'b', 2), s('C', 'c', 3)], 0);
    expect(out.map((x) => [x.headline, x.body])).toEqual([
      ['A', 'a\nb'],
      ['C', 'c'],
    ]);
  });

  it('splits at an offset; the second half is headed by its first line', () => {
    const out = splitAt([s('A', 'one\ntwo\nthree', 1)], 0, 4);
    expect(out.map((x) => [x.headline, x.body])).toEqual([
      ['A', 'one'],
      ['two', 'three'],
    ]);
    // Nothing to split at either end.
    expect(splitAt([s('A', 'one', 1)], 0, 0)).toHaveLength(1);
    expect(splitAt([s('A', 'one', 1)], 0, 3)).toHaveLength(1);
  });
});
