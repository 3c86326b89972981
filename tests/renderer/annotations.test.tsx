import { mockApi } from './mock-api';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { rangeToOffsets } from '../../renderer/src/features/annotations/offsets';
import { createFakeBackend, createFakeEvents, makeAnnotation, makeFigure, makeStory } from './fakeBackend';
import { renderWithProviders } from './render';

beforeEach(() => {
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
});

// Leading spaces, a figure mark mid-paragraph, a blank line: offsets must still be body offsets.
const BODY = '  今年力争科技型企业超过4.8万家、高新技术企业突破7000家。\n去年全市GDP增长6.1%。\n\n预计明年增长6%左右。';
const story = makeStory(7, { headline: '重庆实施“双倍增”行动', body: BODY, language: 'zh' });
const figures = [
  makeFigure(31, 7, BODY, '超过4.8万家', { kind: 'target', metric: '科技型企业' }),
  makeFigure(33, 7, BODY, '增长6.1%', { kind: 'actual', metric: 'GDP' }),
];

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

async function openStory(backend: ReturnType<typeof createFakeBackend>) {
  mockApi.call.mockImplementation(backend.call);
  window.location.hash = '#/archive/story/7';
  renderWithProviders(<AppLayout />);
  await screen.findByRole('heading', { level: 1, name: '重庆实施“双倍增”行动' });
  const article = screen.getByRole('article');
  await waitFor(() => expect(article.querySelectorAll('mark')).toHaveLength(2));
  return article;
}

const inputLabelled = (els: HTMLElement[]) => els.find((el) => el.tagName === 'INPUT')!;

function bodyOf(article: HTMLElement): HTMLElement {
  return article.querySelector('p[data-offset]')!.parentElement as HTMLElement;
}

describe('Annotations in the reader', { timeout: 20_000 }, () => {
  it('maps a selection that runs into a figure mark to body offsets and creates the annotation', async () => {
    const backend = createFakeBackend({ stories: [story], figures });
    const article = await openStory(backend);
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
      expect(mockApi.call).toHaveBeenCalledWith('annotations:create', expect.objectContaining({ storyId: 7, start, end, type: 'disputed' })),
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
    await waitFor(() =>
      expect(mockApi.call).toHaveBeenCalledWith('annotations:update', { id: 1000, patch: expect.objectContaining({ comment: 'Check with the statistics bureau', type: 'disputed' }) }),
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
    const backend = createFakeBackend({ stories: [story], figures });
    const article = await openStory(backend);
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
    const backend = createFakeBackend({ stories: [story], figures, settings: { locale: 'zh-CN' } });
    const article = await openStory(backend);
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
    expect(backend.annotations[0]).toMatchObject({ type: 'disputed', comment: '数据来源待核', position: { start: BODY.indexOf('预计'), end: BODY.indexOf('预计') + 4 } });
  });

  it('maps selections across paragraphs and element boundaries', async () => {
    const backend = createFakeBackend({ stories: [story], figures });
    const article = await openStory(backend);
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
    const backend = createFakeBackend({ stories: [story], figures });
    const article = await openStory(backend);
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
    const s1 = BODY.indexOf('高新技术企业');
    const s2 = BODY.indexOf('去年');
    const backend = createFakeBackend({
      stories: [story],
      figures,
      annotations: [
        makeAnnotation(1, 7, BODY, s1, s1 + 6, { type: 'verified', comment: 'Confirmed with the bureau', tags: ['tech'] }),
        makeAnnotation(2, 7, BODY, s2, s2 + 4, { type: 'disputed', comment: 'Which year?', tags: ['gdp'] }),
        makeAnnotation(3, 7, BODY, 0, 0, {
          type: 'note',
          comment: 'Old note',
          orphaned: true,
          quote: { type: 'TextQuoteSelector', exact: '旧的文字', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 200, end: 204 },
        }),
      ],
    });
    const article = await openStory(backend);
    const body = bodyOf(article);
    await waitFor(() => expect(body.querySelectorAll('[data-annotation-ids]')).toHaveLength(2));
    expect(body.querySelector('[data-annotation-ids="1"]')!.textContent).toBe('高新技术企业');
    expect((body.querySelector('[data-annotation-ids="1"]') as HTMLElement).style.background).toBeTruthy();

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
    await userEvent.click(screen.getByRole('button', { name: /高新技术企业/ }));
    await waitFor(() => expect(body.querySelector('[data-annotation-ids="1"]')!.getAttribute('data-flash')).toBe('true'));
  });

  it('edits and deletes from the list', async () => {
    const s2 = BODY.indexOf('去年');
    const backend = createFakeBackend({
      stories: [story],
      figures,
      annotations: [makeAnnotation(2, 7, BODY, s2, s2 + 4, { type: 'disputed', comment: 'Which year?' })],
    });
    await openStory(backend);
    const list = screen.getByRole('list', { name: 'Annotations in this story' });
    await userEvent.click(within(list).getByRole('button', { name: 'Edit' }));
    const comment = within(list).getByLabelText('Comment');
    await userEvent.clear(comment);
    await userEvent.type(comment, '2022, per the bureau');
    await userEvent.type(inputLabelled(within(list).getAllByLabelText('Tags')), 'gdp{enter}');
    await userEvent.click(within(list).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(mockApi.call).toHaveBeenCalledWith('annotations:update', { id: 2, patch: expect.objectContaining({ comment: '2022, per the bureau', tags: ['gdp'] }) }),
    );
    await screen.findByText('2022, per the bureau');
    await userEvent.click(within(screen.getByRole('list', { name: 'Annotations in this story' })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('annotations:delete', { id: 2 }));
    await screen.findByText('No annotations yet. Select text in the story to add one.');
  });

  it('replies under an annotation, showing who replied, and deletes a reply', async () => {
    const s2 = BODY.indexOf('去年');
    const backend = createFakeBackend({
      stories: [story],
      figures,
      annotations: [makeAnnotation(2, 7, BODY, s2, s2 + 4, { type: 'disputed', comment: 'Which year?' })],
    });
    await openStory(backend);
    const list = screen.getByRole('list', { name: 'Annotations in this story' });
    await userEvent.click(within(list).getByRole('button', { name: 'Reply' }));
    await userEvent.type(within(list).getByLabelText('Your reply (Ctrl+Enter sends)'), '2022, per the bureau{Control>}{Enter}{/Control}');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('annotations:reply', { annotationId: 2, text: '2022, per the bureau' }));
    const thread = await within(list).findByRole('list', { name: 'Replies' });
    expect(within(thread).getByText('2022, per the bureau')).toBeTruthy();
    expect(thread.textContent).toMatch(/^.+ · /);
    await userEvent.click(within(thread).getByRole('button', { name: 'Delete this reply' }));
    await waitFor(() => expect(within(list).queryByRole('list', { name: 'Replies' })).toBeNull());
  });
});
