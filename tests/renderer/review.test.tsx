import { mockApi } from './mock-api';
import { withRealCore, FIXTURES } from './harness/real-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { mergeWithNext, splitAt, type ReviewStory } from '../../renderer/src/features/archive/reviewEdit';
import type { OutputOf } from '../../shared/contract';
import type { ParsedStory } from '../../shared/domain/story';
import { renderWithProviders } from './render';

const EXISTING = 'Council sets aside £2m for roads';
withRealCore(async (c) => {
  await c.importText('gazette.txt', `${EXISTING}\n\nThe council set aside £2m for roads on Tuesday.`, { publication: 'Evening Gazette', date: '2024-03-05' });
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

/** A page of three short 重庆日报 stories, named for the paper but not dated; the first has a byline. */
const PAGE = [
  '全市新增绿道120公里\n\n本报讯（记者 张亦筑）今年全市新增绿道120公里。\n绿道串联起公园和社区。',
  '轨道交通客运量创新高\n\n本报讯 上月轨道交通日均客运量超过400万乘次。',
  '老旧小区改造提速\n\n本报讯 今年将改造老旧小区1500个。\n涉及居民约20万户。\n改造资金已全部落实。',
].join('\n\n');

/** What the core previewed for the page's last archive:preview. */
async function previewed(): Promise<OutputOf<'archive:preview'>> {
  const index = mockApi.call.mock.calls.findLastIndex(([channel]) => channel === 'archive:preview');
  return (await mockApi.call.mock.results[index]!.value) as OutputOf<'archive:preview'>;
}

/** Chooses the page and a PDF cut short, with the review step on (the default for a few files). */
async function openReview(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('link', { name: EXISTING });
  const files = [new File([PAGE], '重庆日报.txt', { type: 'text/plain' }), new File(['%PDF-1.4 cut short'], 'broken.pdf', { type: 'application/pdf' })];
  await user.upload(screen.getByTestId('import-file-input'), files);
  const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
  expect(within(dialog).getByRole('checkbox', { name: 'Review before saving' })).toHaveProperty('checked', true);
  await user.click(within(dialog).getByRole('button', { name: 'Start' }));
  return screen.findByRole('dialog', { name: 'Review before saving' }, { timeout: 10_000 });
}

describe('Review of a pasted web page', () => {
  it('shows what was left out as furniture and the edition line, and keeps a line the editor puts back', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: EXISTING });
    await user.click(screen.getByRole('button', { name: 'Paste text' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
    // A page of the 人民日报 archive as a browser copies it: masthead, page label, column label, navigation.
    const text = readFileSync(join(FIXTURES, 'pasted-pages/zh-archive-edition.txt'), 'utf8');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Text of the page' }), { target: { value: text } });
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));
    const review = await screen.findByRole('dialog', { name: 'Review before saving' }, { timeout: 10_000 });

    expect(within(review).getByText('Edition line: page 3')).toBeTruthy();
    expect(within(review).getByText('Left out as page furniture: 4 lines')).toBeTruthy();
    const list = within(review).getByRole('list', { name: 'Lines left out' });
    expect(within(list).getByText('上一篇 下一篇 返回目录')).toBeTruthy();
    expect(within(list).getByText('navigation')).toBeTruthy();
    expect(within(list).getAllByText('edition line').length).toBeGreaterThan(0);

    await user.click(within(list).getByRole('button', { name: 'Keep “专栏:” in a story' }));
    await user.click(await within(review).findByRole('menuitem', { name: 'Add to story 1: 淮北发现新煤田' }));
    expect(within(review).getByText('Left out as page furniture: 3 lines')).toBeTruthy();

    const body = (await previewed()).pages[0]!.stories[0]!.body;
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('archive:save', expect.anything()));
    const input = mockApi.call.mock.calls.find(([c]) => c === 'archive:save')![1] as { pages: { publication: string | null; stories: ParsedStory[] }[] };
    expect(input.pages[0]!.stories[0]!.body).toBe(`${body}\n专栏:`);
    // The paper is named from its masthead, without the date printed against it.
    expect(input.pages[0]!.publication).toBe('人民日报');
  });
});

describe('Review before saving', () => {
  it('previews, lets the editor merge, split and fix stories, and saves the edited pages', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const review = await openReview(user);
    const sent = mockApi.call.mock.calls.find(([c]) => c === 'archive:preview')![1] as { sources: { kind: string; name: string }[]; options: object };
    expect(sent.sources.map((source) => [source.kind, source.name])).toEqual([
      ['data', '重庆日报.txt'],
      ['data', 'broken.pdf'],
    ]);
    expect(sent.options).toEqual({});
    expect(mockApi.call.mock.calls.some(([c]) => c === 'archive:import')).toBe(false);

    // What could not be read, and what was assumed.
    expect(within(review).getByText('broken.pdf')).toBeTruthy();
    expect(within(review).getByText(/is damaged and can't be opened/)).toBeTruthy();
    expect(review.textContent).toContain('publication 重庆日报 from the file name');

    // The page has no date: saving waits for one.
    const page = within(review).getByRole('region', { name: 'Page 1: 重庆日报.txt' });
    const save = within(review).getByRole('button', { name: 'Save to the archive' });
    expect(save).toHaveProperty('disabled', true);
    expect(within(review).getByText('1 page still needs a date.')).toBeTruthy();
    await user.type(within(page).getByRole('textbox', { name: 'Date' }), '2023-02-24');
    expect(save).toHaveProperty('disabled', false);

    // Merge the first story with the second.
    await user.click(within(within(review).getByRole('region', { name: 'Story 1: 全市新增绿道120公里' })).getByRole('button', { name: 'Merge with next' }));
    expect(within(review).queryByRole('region', { name: /轨道交通客运量创新高/ })).toBeNull();
    expect(within(review).getByRole('region', { name: 'Story 2: 老旧小区改造提速' })).toBeTruthy();

    // Split the last where the next story starts.
    const last = within(review).getByRole('region', { name: 'Story 2: 老旧小区改造提速' });
    const body = within(last).getByRole('textbox', { name: 'Body' }) as HTMLTextAreaElement;
    const at = body.value.indexOf('涉及居民约20万户。');
    body.focus();
    body.setSelectionRange(at, at);
    await user.click(within(last).getByRole('button', { name: 'Split at cursor' }));
    expect(within(review).getByRole('region', { name: 'Story 3: 涉及居民约20万户。' })).toBeTruthy();

    // Fix a headline.
    const first = within(review).getByRole('region', { name: 'Story 1: 全市新增绿道120公里' });
    const headline = within(first).getByRole('textbox', { name: /^Headline/ });
    await user.clear(headline);
    await user.type(headline, '全市新增绿道120公里（更正）');

    // Mod+Enter saves; the byline goes as printed (记者 张亦筑), as an import without review stores it.
    const { stories } = (await previewed()).pages[0]!;
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('archive:save', expect.anything()));
    const input = mockApi.call.mock.calls.find(([c]) => c === 'archive:save')![1] as { pages: { source: string; publication: string | null; date: string | null; stories: ParsedStory[] }[] };
    expect(input.pages).toHaveLength(1);
    expect(input.pages[0]).toMatchObject({ source: '重庆日报.txt', publication: '重庆日报', date: '2023-02-24' });
    expect(input.pages[0]!.stories.map((s) => [s.headline, s.body, s.byline])).toEqual([
      ['全市新增绿道120公里（更正）', '本报讯（记者 张亦筑）今年全市新增绿道120公里。\n绿道串联起公园和社区。\n本报讯 上月轨道交通日均客运量超过400万乘次。', '记者 张亦筑'],
      ['老旧小区改造提速', '本报讯 今年将改造老旧小区1500个。', null],
      ['涉及居民约20万户。', '改造资金已全部落实。', null],
    ]);
    // Every story still has all its fields (no local keys leak into the contract); the credit went into the byline.
    expect(stories[0]!.credit).toBe('记者 张亦筑');
    expect(Object.keys(input.pages[0]!.stories[0]!).sort()).toEqual(Object.keys(parsed('', '')).sort());

    // The same report as an import.
    const report = await screen.findByRole('region', { name: 'Import report' }, { timeout: 10_000 });
    expect(within(report).getByText('Imported 3 stories')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Review before saving' })).toBeNull();
  });

  it('asks before discarding edits on Escape, and discards nothing when untouched', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    let review = await openReview(user);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Review before saving' })).toBeNull());

    review = await openReview(user);
    await user.click(within(within(review).getByRole('region', { name: 'Story 3: 老旧小区改造提速' })).getByRole('button', { name: 'Delete' }));
    await user.keyboard('{Escape}');
    const confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('dialog', { name: 'Review before saving' })).toBeTruthy();

    await user.keyboard('{Escape}');
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Review before saving' })).toBeNull());
    expect(mockApi.call.mock.calls.some(([c]) => c === 'archive:save')).toBe(false);
  });

  it('is off by default for more than five files', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: EXISTING });
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
