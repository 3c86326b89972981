import { mockApi } from './mock-api';
import { callCore, withRealCore, type RealCore } from './harness/real-core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { rangeToOffsets } from '../../renderer/src/features/annotations/offsets';
import type { OutputOf } from '../../shared/contract';
import { renderWithProviders } from './render';

// Figure marks mid-paragraph: offsets must still be body offsets.
const HEADLINE = '重庆实施“双倍增”行动';
const BODY = '今年力争科技型企业超过4.8万家、高新技术企业突破7000家。\n去年全市GDP增长6.1%。\n预计明年增长6%左右。';

const core = withRealCore();

/** The 重庆日报 story, as the core stored it; its id. */
async function seedStory(c: RealCore = core()): Promise<number> {
  const { imported } = await c.importText('cq.txt', `${HEADLINE}\n\n${BODY}`, { publication: '重庆日报', date: '2023-02-24' });
  const story = await callCore(c, 'archive:get', { id: imported[0]!.id });
  expect(story.body).toBe(BODY);
  return story.id;
}

/** Annotations made on the story's text, as an editor makes them. */
async function annotate(storyId: number, notes: Array<{ quote: string; type: string; comment: string; tags?: string[] }>) {
  const made = [];
  for (const { quote, ...note } of notes) {
    const start = BODY.indexOf(quote);
    made.push(await callCore(core(), 'annotations:create', { storyId, start, end: start + quote.length, ...note }));
  }
  return made;
}

/** What the core answered the page's first call on `channel`. */
async function answered<C extends 'annotations:create'>(channel: C): Promise<OutputOf<C>> {
  const index = mockApi.call.mock.calls.findIndex(([called]) => called === channel);
  return (await mockApi.call.mock.results[index]!.value) as OutputOf<C>;
}

function textNodeOf(el: Element, containing: string): Text {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(containing)) return n as Text;
  throw new Error(`no text node with ${containing}`);
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number) {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

async function openStory(storyId: number) {
  const figures = await callCore(core(), 'figures:list', { storyId });
  window.location.hash = `#/archive/story/${storyId}`;
  renderWithProviders(<AppLayout />);
  await screen.findByRole('heading', { level: 1, name: HEADLINE });
  const article = screen.getByRole('article');
  await waitFor(() => expect(article.querySelectorAll('mark')).toHaveLength(figures.length));
  return article;
}

const inputLabelled = (els: HTMLElement[]) => els.find((el) => el.tagName === 'INPUT')!;

function bodyOf(article: HTMLElement): HTMLElement {
  return article.querySelector('p[data-offset]')!.parentElement as HTMLElement;
}

describe('Annotations in the reader', { timeout: 20_000 }, () => {
  it('maps a selection that runs into a figure mark to body offsets and creates the annotation', async () => {
    const storyId = await seedStory();
    const article = await openStory(storyId);
    const body = bodyOf(article);
    const p2 = Array.from(body.querySelectorAll('p'))[1]!;
    const mark = p2.querySelector('mark')!;
    expect(mark.textContent).toBe('增长6.1%');
    // From 全市 (plain text before the mark) to 增长6 (inside the mark).
    const before = textNodeOf(p2, '全市');
    select(before, before.data.indexOf('全市'), textNodeOf(mark, '增长'), 3);
    fireEvent.mouseUp(body);

    const toolbar = await screen.findByRole('group', { name: 'Annotate the selection' });
    await userEvent.click(within(toolbar).getByRole('button', { name: 'Disputed' }));

    const start = BODY.indexOf('全市');
    const end = BODY.indexOf('增长6.1%') + 3;
    await waitFor(() =>
      expect(mockApi.call).toHaveBeenCalledWith('annotations:create', expect.objectContaining({ storyId, start, end, type: 'disputed' })),
    );
    // It is drawn over the same text, and the figure mark keeps its whole quote.
    await waitFor(() => expect(body.querySelectorAll('[data-annotation-ids]').length).toBeGreaterThan(0));
    const drawn = Array.from(body.querySelectorAll('[data-annotation-ids]'))
      .map((el) => el.textContent)
      .join('');
    expect(drawn).toBe(BODY.slice(start, end));
    expect(p2.querySelector('mark')!.textContent).toBe('增长6.1%');
    // The toolbar stays open for a comment; saving it updates the new annotation.
    await userEvent.type(screen.getByLabelText('Comment'), 'Check with the statistics bureau');
    await userEvent.click(screen.getByRole('button', { name: 'Save annotation' }));
    const created = await answered('annotations:create');
    await waitFor(() =>
      expect(mockApi.call).toHaveBeenCalledWith('annotations:update', { id: created.id, patch: expect.objectContaining({ comment: 'Check with the statistics bureau', type: 'disputed' }) }),
    );
    const list = await screen.findByRole('list', { name: 'Annotations in this story' });
    expect(within(list).getByText('Check with the statistics bureau')).toBeTruthy();
  });

  it.each([
    // A selection mid-page: the toolbar hangs above it, so the next line stays readable.
    { selection: { top: 400, bottom: 420, left: 120 }, side: 'above', top: '392px', transform: 'translateY(-100%)' },
    // Too close to the top for the toolbar to fit above: below, as before.
    { selection: { top: 60, bottom: 80, left: 120 }, side: 'below', top: '88px', transform: '' },
  ])('places the toolbar $side a selection at $selection.top px, clear of the line after it', async ({ selection, side, top, transform }) => {
    const rect = { ...selection, right: selection.left + 80, x: selection.left, y: selection.top, width: 80, height: 20, toJSON: () => ({}) } as DOMRect;
    // jsdom lays nothing out: the selection's box is given.
    const measured = Object.getOwnPropertyDescriptor(Range.prototype, 'getBoundingClientRect');
    Range.prototype.getBoundingClientRect = () => rect;
    const article = await openStory(await seedStory());
    const p3 = Array.from(bodyOf(article).querySelectorAll('p'))[2]!;
    const node = textNodeOf(p3, '预计');
    select(node, 0, node, 4);
    fireEvent.mouseUp(p3);
    await screen.findByRole('group', { name: 'Annotate the selection' });
    const toolbar = document.querySelector<HTMLElement>('[data-annotation-toolbar]')!;
    expect(toolbar.dataset.placement).toBe(side);
    expect(toolbar.style.top).toBe(top);
    expect(toolbar.style.transform).toBe(transform);
    if (measured) Object.defineProperty(Range.prototype, 'getBoundingClientRect', measured);
    else delete (Range.prototype as Partial<Range>).getBoundingClientRect;
  });

  it('works in Chinese with the labels the end-to-end test uses', async () => {
    const storyId = await seedStory();
    await callCore(core(), 'settings:set', { locale: 'zh-CN' });
    const article = await openStory(storyId);
    const body = bodyOf(article);
    const p3 = Array.from(body.querySelectorAll('p'))[2]!;
    const node = textNodeOf(p3, '预计');
    select(node, 0, node, 4);
    // A mouseup that does not bubble, as a script may send it.
    p3.dispatchEvent(new MouseEvent('mouseup'));
    await userEvent.click(await screen.findByRole('button', { name: '有疑问' }));
    await userEvent.type(await screen.findByLabelText('批注'), '数据来源待核');
    await userEvent.click(screen.getByRole('button', { name: '保存批注' }));
    const list = await screen.findByRole('list', { name: '本文标注' });
    await waitFor(() => expect(within(list).getByRole('listitem').textContent).toContain('数据来源待核'));
    const [stored] = await callCore(core(), 'annotations:list', { storyId });
    expect(stored).toMatchObject({ type: 'disputed', comment: '数据来源待核', position: { start: BODY.indexOf('预计'), end: BODY.indexOf('预计') + 4 } });
  });

  it('maps selections across paragraphs and element boundaries', async () => {
    const article = await openStory(await seedStory());
    const body = bodyOf(article);
    const ps = Array.from(body.querySelectorAll('p'));
    // From 高新 in paragraph 1 to the end of 预计 in paragraph 3.
    const a = textNodeOf(ps[0]!, '高新');
    const b = textNodeOf(ps[2]!, '预计');
    const range = select(a, a.data.indexOf('高新'), b, 2);
    expect(rangeToOffsets(body, range)).toEqual({ start: BODY.indexOf('高新'), end: BODY.indexOf('预计') + 2 });
    // A boundary given as (element, child index): the whole of paragraph 2.
    const whole = document.createRange();
    whole.setStart(ps[1]!, 0);
    whole.setEnd(ps[1]!, ps[1]!.childNodes.length);
    expect(rangeToOffsets(body, whole)).toEqual({ start: BODY.indexOf('去年'), end: BODY.indexOf('6.1%。') + 5 });
  });

  it('applies type 2 with the keyboard and m opens a comment', async () => {
    const article = await openStory(await seedStory());
    const body = bodyOf(article);
    const p3 = Array.from(body.querySelectorAll('p'))[2]!;
    const node = textNodeOf(p3, '预计');
    select(node, 0, node, 4);
    fireEvent.mouseUp(body);
    await screen.findByRole('group', { name: 'Annotate the selection' });
    fireEvent.keyDown(document.documentElement, { key: '2', code: 'Digit2' });
    const start = BODY.indexOf('预计');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('annotations:create', expect.objectContaining({ start, end: start + 4, type: 'disputed' })));
  });

  it('lists annotations with type and tag filters, orphaned ones apart, and jumps to the text', async () => {
    // A note on a sentence the editor later cut from the story: it can no longer be placed.
    const { imported } = await core().importText('cq.txt', `${HEADLINE}\n\n${BODY}\n旧的文字已经删去。`, { publication: '重庆日报', date: '2023-02-24' });
    const storyId = imported[0]!.id;
    const old = `${BODY}\n旧的文字已经删去。`.indexOf('旧的文字');
    await callCore(core(), 'annotations:create', { storyId, start: old, end: old + 4, type: 'note', comment: 'Old note' });
    await callCore(core(), 'archive:update', { id: storyId, patch: { body: BODY } });
    const [verified] = await annotate(storyId, [
      { quote: '高新技术企业', type: 'verified', comment: 'Confirmed with the bureau', tags: ['tech'] },
      { quote: '去年全市', type: 'disputed', comment: 'Which year?', tags: ['gdp'] },
    ]);
    const article = await openStory(storyId);
    const body = bodyOf(article);
    await waitFor(() => expect(body.querySelectorAll('[data-annotation-ids]')).toHaveLength(2));
    const verifiedMark = () => body.querySelector(`[data-annotation-ids="${verified!.id}"]`) as HTMLElement;
    expect(verifiedMark().textContent).toBe('高新技术企业');
    expect(verifiedMark().style.background).toBeTruthy();

    const list = screen.getByRole('list', { name: 'Annotations in this story' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    // The orphaned one is listed apart, with its quote and why.
    const orphans = screen.getByRole('list', { name: 'Cannot be placed' });
    expect(within(orphans).getByText('“旧的文字”')).toBeTruthy();
    expect(screen.getByText('The text changed; this note can no longer be placed')).toBeTruthy();

    // Filter by type.
    await userEvent.click(inputLabelled(screen.getAllByLabelText('Type')));
    await userEvent.click(await screen.findByRole('option', { name: 'Disputed' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Annotations in this story' })).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByText('Which year?')).toBeTruthy();
    expect(screen.queryByText('Confirmed with the bureau')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Cannot be placed' })).toBeNull();

    // Back to all types, then filter by tag.
    await userEvent.click(inputLabelled(screen.getAllByLabelText('Type')));
    await userEvent.click(await screen.findByRole('option', { name: 'All types' }));
    await userEvent.click(inputLabelled(screen.getAllByLabelText('Tag')));
    await userEvent.click(await screen.findByRole('option', { name: 'tech' }));
    await waitFor(() => expect(screen.queryByText('Which year?')).toBeNull());
    expect(screen.getByText('Confirmed with the bureau')).toBeTruthy();

    // Click → the text flashes.
    await userEvent.click(within(screen.getByRole('list', { name: 'Annotations in this story' })).getByRole('button', { name: /高新技术企业/ }));
    await waitFor(() => expect(verifiedMark().getAttribute('data-flash')).toBe('true'));
  });

  it('edits and deletes from the list', async () => {
    const storyId = await seedStory();
    const [note] = await annotate(storyId, [{ quote: '去年全市', type: 'disputed', comment: 'Which year?' }]);
    await openStory(storyId);
    const list = screen.getByRole('list', { name: 'Annotations in this story' });
    await userEvent.click(within(list).getByRole('button', { name: 'Edit' }));
    const comment = within(list).getByLabelText('Comment');
    await userEvent.clear(comment);
    await userEvent.type(comment, '2022, per the bureau');
    await userEvent.type(inputLabelled(within(list).getAllByLabelText('Tags')), 'gdp{enter}');
    await userEvent.click(within(list).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(mockApi.call).toHaveBeenCalledWith('annotations:update', { id: note!.id, patch: expect.objectContaining({ comment: '2022, per the bureau', tags: ['gdp'] }) }),
    );
    await screen.findByText('2022, per the bureau');
    await userEvent.click(within(screen.getByRole('list', { name: 'Annotations in this story' })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('annotations:delete', { id: note!.id }));
    await screen.findByText('No annotations yet. Select text in the story to add one.');
  });

  /** An annotation being edited here while 王编辑 changes it in another app: the refusal the edit meets. */
  async function changedElsewhere() {
    const storyId = await seedStory();
    const [note] = await annotate(storyId, [{ quote: '去年全市', type: 'disputed', comment: 'Which year?' }]);
    await openStory(storyId);
    const list = screen.getByRole('list', { name: 'Annotations in this story' });
    await userEvent.click(within(list).getByRole('button', { name: 'Edit' }));
    await callCore(core(), 'settings:set', { editorName: '王编辑' });
    const theirs = await callCore(core(), 'annotations:update', { id: note!.id, patch: { comment: '2022, per the bureau', type: 'verified' } });
    await callCore(core(), 'settings:set', { editorName: 'Li Hua' });
    const comment = within(list).getByLabelText('Comment');
    await userEvent.clear(comment);
    await userEvent.type(comment, 'Ask the reporter');
    await userEvent.click(within(list).getByRole('button', { name: 'Save' }));
    const alert = await within(list).findByRole('alert');
    return { storyId, note: note!, theirs, list, alert };
  }

  it('refuses an edit made after another editor changed the annotation: who, when, and their note beside this one', async () => {
    const { storyId, note, theirs, alert } = await changedElsewhere();
    expect(mockApi.call).toHaveBeenCalledWith('annotations:update', { id: note.id, patch: expect.objectContaining({ comment: 'Ask the reporter', baseRevision: 1 }) });
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(theirs.updatedAt));
    expect(within(alert).getByText(`Changed by 王编辑 at ${when}, while you were editing`)).toBeTruthy();
    const mine = within(alert).getByRole('region', { name: 'Your version' });
    expect(within(mine).getByText('Ask the reporter')).toBeTruthy();
    expect(within(mine).getByText('Disputed')).toBeTruthy();
    const other = within(alert).getByRole('region', { name: 'Version by 王编辑' });
    expect(within(other).getByText('2022, per the bureau')).toBeTruthy();
    expect(within(other).getByText('Verified')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Keep mine' })).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Take theirs' })).toBeTruthy();
    // Nothing was written over theirs.
    expect((await callCore(core(), 'annotations:list', { storyId }))[0]).toMatchObject({ comment: '2022, per the bureau', revision: 2 });
  });

  it('keeping mine writes it over theirs at their revision, signed by this editor', async () => {
    const { storyId, note, alert, list } = await changedElsewhere();
    await userEvent.click(within(alert).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('annotations:update', { id: note.id, patch: expect.objectContaining({ comment: 'Ask the reporter', baseRevision: 2 }) }));
    await within(list).findByText('Ask the reporter');
    expect(within(list).queryByRole('alert')).toBeNull();
    expect((await callCore(core(), 'annotations:list', { storyId }))[0]).toMatchObject({ comment: 'Ask the reporter', type: 'disputed', revision: 3, updatedBy: 'Li Hua' });
  });

  it('taking theirs drops this edit and shows their note', async () => {
    const { storyId, alert, list } = await changedElsewhere();
    const updates = () => mockApi.call.mock.calls.filter(([channel]) => channel === 'annotations:update').length;
    const before = updates();
    await userEvent.click(within(alert).getByRole('button', { name: 'Take theirs' }));
    await within(list).findByText('2022, per the bureau');
    expect(within(list).queryByRole('alert')).toBeNull();
    expect(within(list).queryByLabelText('Comment')).toBeNull();
    expect(updates()).toBe(before);
    expect((await callCore(core(), 'annotations:list', { storyId }))[0]).toMatchObject({ comment: '2022, per the bureau', revision: 2 });
  });

  it('replies under an annotation, showing who replied, and deletes a reply', async () => {
    const storyId = await seedStory();
    const [note] = await annotate(storyId, [{ quote: '去年全市', type: 'disputed', comment: 'Which year?' }]);
    await openStory(storyId);
    const list = screen.getByRole('list', { name: 'Annotations in this story' });
    await userEvent.click(within(list).getByRole('button', { name: 'Reply' }));
    await userEvent.type(within(list).getByLabelText('Your reply (Ctrl+Enter sends)'), '2022, per the bureau{Control>}{Enter}{/Control}');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('annotations:reply', { annotationId: note!.id, text: '2022, per the bureau' }));
    const thread = await within(list).findByRole('list', { name: 'Replies' });
    expect(within(thread).getByText('2022, per the bureau')).toBeTruthy();
    expect(thread.textContent).toMatch(/^.+ · /);
    await userEvent.click(within(thread).getByRole('button', { name: 'Delete this reply' }));
    await waitFor(() => expect(within(list).queryByRole('list', { name: 'Replies' })).toBeNull());
  });
});
