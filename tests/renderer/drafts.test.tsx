import { mockApi } from './mock-api';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { Editor } from '@tiptap/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { ApiError } from '../../renderer/src/api';
import { createFakeBackend, createFakeEvents, makeDraft, makeTarget } from './fakeBackend';
import { renderWithProviders } from './render';

// ProseMirror measures the selection; jsdom lays nothing out.
beforeAll(() => {
  const rect = { x: 0, y: 0, top: 0, left: 0, bottom: 0, right: 0, width: 0, height: 0, toJSON: () => ({}) } as DOMRect;
  const rects = Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= () => rect;
  Range.prototype.getClientRects ??= () => rects;
  if (!document.elementFromPoint) document.elementFromPoint = () => null;
});

const created: string[] = [];
beforeEach(() => {
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
  created.length = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:fake');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    created.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

function saves() {
  return mockApi.call.mock.calls.filter(([channel]) => channel === 'drafts:save').map(([, input]) => input as Record<string, unknown>);
}

describe('Drafts', { timeout: 20_000 }, () => {
  it('lists drafts with their counts and opens one', async () => {
    const backend = createFakeBackend({ drafts: [makeDraft(1, { title: '重庆科技跟进', language: 'zh-CN' }), makeDraft(2, { title: 'Second' })] });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/drafts';
    renderWithProviders(<AppLayout />);
    const table = await screen.findByRole('table', { name: 'Drafts' });
    expect(within(table).getByRole('link', { name: '重庆科技跟进' }).getAttribute('href')).toBe('#/drafts/1');
    expect(within(table).getAllByText('2 words')).toHaveLength(2);
    expect(within(table).getByText('中文')).toBeTruthy();
  });

  it('counts an all-Chinese draft without English words: its figures are numbers', async () => {
    const counts = { cjk: 30, latinWords: 0, numbers: 7, words: 37, characters: 52, charactersWithSpaces: 52 };
    const backend = createFakeBackend({ drafts: [makeDraft(1, { title: '重庆科技跟进', language: 'zh-CN', counts })] });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/drafts/1';
    renderWithProviders(<AppLayout />);
    const line = await screen.findByLabelText('Length');
    expect(line.textContent).toContain('30 Chinese characters, 7 numbers');
    expect(line.textContent).not.toContain('English words');
  });

  it('autosaves after a pause with the revision it loaded, then the next revision', async () => {
    const backend = createFakeBackend({ drafts: [makeDraft(1, { revision: 3 })] });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/drafts/1';
    renderWithProviders(<AppLayout />);
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await screen.findByRole('textbox', { name: 'Draft text' });
    await userEvent.type(title, '!');
    expect(screen.getByRole('status').textContent).toBe('Unsaved changes');
    expect(saves()).toHaveLength(0);
    await waitFor(() => expect(saves()).toHaveLength(1), { timeout: 3000 });
    expect(saves()[0]).toMatchObject({ id: 1, title: 'Draft 1!', baseRevision: 3, explicit: false, doc: { type: 'doc' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await userEvent.type(title, '?');
    await waitFor(() => expect(saves()).toHaveLength(2), { timeout: 3000 });
    expect(saves()[1]).toMatchObject({ title: 'Draft 1!?', baseRevision: 4 });
    // The counts come from the saved draft.
    expect(screen.getByText('2 words')).toBeTruthy();
  });

  it('tells the editor when the draft was saved elsewhere, and reloads', async () => {
    const backend = createFakeBackend({ drafts: [makeDraft(1, { revision: 3 })] });
    mockApi.call.mockImplementation(async (channel: string, input: unknown) => {
      if (channel === 'drafts:save') throw new ApiError({ code: 'conflict', message: 'saved elsewhere', path: 'baseRevision' }, channel);
      return backend.call(channel as never, input);
    });
    window.location.hash = '#/drafts/1';
    renderWithProviders(<AppLayout />);
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await userEvent.type(title, 'x');
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(within(alert).getByText('This draft was saved elsewhere')).toBeTruthy();
    const gets = () => mockApi.call.mock.calls.filter(([c]) => c === 'drafts:get').length;
    const before = gets();
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(gets()).toBe(before + 1));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Draft 1'));
  });

  it('comments on a selection with Mod+Alt+M, lists it beside the draft, resolves, reopens and deletes it', async () => {
    const backend = createFakeBackend({ drafts: [makeDraft(1, { revision: 2 })], settings: { editorName: '王编辑' } });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/drafts/1';
    renderWithProviders(<AppLayout />);
    const text = await screen.findByRole('textbox', { name: 'Draft text' });
    const aside = screen.getByRole('complementary', { name: 'Comments' });
    expect(within(aside).getByText(/No comments/)).toBeTruthy();
    const editor = (text as HTMLElement & { editor: Editor }).editor;
    // Nothing selected: the editor is asked to select first, and nothing is added.
    await userEvent.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => void editor.commands.setTextSelection({ from: 7, to: 12 }));
    await userEvent.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Comment on the selection' });
    await userEvent.type(within(dialog).getByLabelText('Comment'), 'Which world?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add comment' }));

    const open = await within(aside).findByRole('list', { name: 'Open comments' });
    expect(within(open).getByText('“world”')).toBeTruthy();
    expect(within(open).getByText('Which world?')).toBeTruthy();
    expect(open.textContent).toContain('王编辑');
    await waitFor(() => expect(saves().at(-1)?.doc).toMatchObject({ content: [{ content: [{ text: 'Hello ' }, { text: 'world', marks: [{ type: 'comment', attrs: { text: 'Which world?', author: '王编辑', resolved: null } }] }] }] }), { timeout: 3000 });

    await userEvent.click(within(open).getByRole('button', { name: 'Resolve' }));
    const resolved = await within(aside).findByRole('list', { name: 'Resolved' });
    expect(within(aside).queryByRole('list', { name: 'Open comments' })).toBeNull();
    await waitFor(() => expect(JSON.stringify(saves().at(-1)?.doc)).toContain('"resolved":true'), { timeout: 3000 });
    await userEvent.click(within(resolved).getByRole('button', { name: 'Reopen' }));
    const reopened = await within(aside).findByRole('list', { name: 'Open comments' });
    await userEvent.click(within(reopened).getByRole('button', { name: 'Delete comment' }));
    await within(aside).findByText(/No comments/);
    await waitFor(() => expect(JSON.stringify(saves().at(-1)?.doc)).not.toContain('"comment"'), { timeout: 3000 });
  });

  it('saves explicitly with Mod+S', async () => {
    const backend = createFakeBackend({ drafts: [makeDraft(1, { revision: 2 })] });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/drafts/1';
    renderWithProviders(<AppLayout />);
    await screen.findByRole('textbox', { name: 'Draft text' });
    await userEvent.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toMatchObject({ id: 1, baseRevision: 2, explicit: true });
  });

  it('New follow-up: picks targets and a language, calls drafts:scaffold and opens the draft', async () => {
    const backend = createFakeBackend({
      targets: [
        makeTarget(11, { metric: '科技型企业', status: 'on_track', explanation: { code: 'x', zh: '科技型企业进展顺利', en: 'Tech firms are on track' } }),
        makeTarget(12, { metric: '高新技术企业', status: 'off_track' }),
        makeTarget(13, { metric: 'GDP', status: 'met' }),
      ],
    });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/drafts';
    renderWithProviders(<AppLayout />);
    await userEvent.click(await screen.findByRole('button', { name: 'New follow-up' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: '科技型企业' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'GDP' }));
    await userEvent.click(within(dialog).getByRole('radio', { name: '中文' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('drafts:scaffold', { targetIds: [11, 13], language: 'zh-CN' }));
    await waitFor(() => expect(window.location.hash).toBe('#/drafts/500'));
    const editor = await screen.findByRole('textbox', { name: 'Draft text' });
    await waitFor(() => expect(editor.textContent).toContain('科技型企业进展顺利'));
  });

  it('follow-up and export in Chinese, with the labels the end-to-end test uses', async () => {
    const backend = createFakeBackend({
      settings: { locale: 'zh-CN' },
      targets: [makeTarget(11, { metric: '科技型企业' }), makeTarget(12, { metric: '研发投入强度' })],
    });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/drafts';
    renderWithProviders(<AppLayout />);
    await userEvent.click(await screen.findByRole('button', { name: '新建跟进稿' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: '科技型企业' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '研发投入强度' }));
    await userEvent.click(screen.getByRole('radio', { name: '中文' }));
    await userEvent.click(screen.getByRole('button', { name: '生成' }));
    await screen.findByRole('textbox', { name: '稿件正文' });
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Word (DOCX)' }));
    await waitFor(() => expect(created).toEqual(['draft-500.docx']));
  });

  it('exports the draft: the returned file is downloaded', async () => {
    const backend = createFakeBackend({ drafts: [makeDraft(1)] });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/drafts/1';
    renderWithProviders(<AppLayout />);
    await screen.findByRole('textbox', { name: 'Draft text' });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Word (DOCX)' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('export:draft', { id: 1, format: 'docx' }));
    await waitFor(() => expect(created).toEqual(['draft-1.docx']));
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('inserts a target’s status sentence with a citation from the picker', async () => {
    const backend = createFakeBackend({
      drafts: [makeDraft(1)],
      targets: [makeTarget(11, { metric: 'Tech firms', sourceStoryId: 7, explanation: { code: 'x', zh: '科技型企业进展顺利', en: 'Tech firms are on track' } })],
    });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/drafts/1';
    renderWithProviders(<AppLayout />);
    const editor = await screen.findByRole('textbox', { name: 'Draft text' });
    await userEvent.click(screen.getByRole('button', { name: 'Insert source' }));
    const dialog = await screen.findByRole('dialog', { name: 'Insert with a citation' });
    await userEvent.click(within(dialog).getByRole('tab', { name: 'Targets' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Insert: Tech firms' }));
    await waitFor(() => expect(editor.querySelector('[data-citation]')?.textContent).toBe('Tech firms are on track'));
    expect(editor.querySelector('[data-citation]')!.getAttribute('data-target-id')).toBe('11');
    // The citation is saved with the doc, with its attrs as the schema has them.
    await waitFor(() => expect(saves().length).toBeGreaterThan(0), { timeout: 3000 });
    expect(JSON.stringify(saves()[0]!.doc)).toContain('"type":"citation","attrs":{"storyId":7,"figureId":null,"targetId":11');
  });

  it('shows the versions and restores one', async () => {
    const backend = createFakeBackend({ drafts: [makeDraft(1, { title: 'Now' })] });
    mockApi.call.mockImplementation(backend.call);
    // Two saved versions in the fake's history.
    await backend.call('drafts:save', { id: 1, title: 'Old title', doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Old words' }] }] }, explicit: true });
    await backend.call('drafts:save', { id: 1, title: 'Now', doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'New words' }] }] }, explicit: true });
    mockApi.call.mockClear();
    window.location.hash = '#/drafts/1';
    renderWithProviders(<AppLayout />);
    await screen.findByRole('textbox', { name: 'Draft text' });
    await userEvent.click(screen.getByRole('button', { name: 'Versions' }));
    const drawer = await screen.findByRole('dialog', { name: 'Version history' });
    const items = await within(drawer).findAllByRole('button', { pressed: false });
    const old = items.find((b) => b.textContent?.includes('Old title'))!;
    await userEvent.click(old);
    await within(drawer).findByText('Old words');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Restore this version' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('drafts:restore', { id: 1, versionId: 900 }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Old title'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Draft text' }).textContent).toContain('Old words'));
  });
});
