import { mockApi } from './mock-api';
import { callCore, withRealCore } from './harness/real-core';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { Editor } from '@tiptap/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import type { OutputOf } from '../../shared/contract';
import type { DraftDoc } from '../../shared/domain/draft';
import { renderWithProviders } from './render';

const core = withRealCore();

const paragraph = (text: string): DraftDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A draft as the editor left it: "Hello world" unless said otherwise. */
const draft = (title: string, options: { language?: 'en' | 'zh-CN'; text?: string } = {}) =>
  callCore(core(), 'drafts:create', { title, language: options.language ?? 'en', doc: paragraph(options.text ?? 'Hello world') });

/** A 重庆日报 story with four goals, each tracked as a target; the story's id and the targets by metric. */
async function trackedGoals() {
  const { imported } = await core().importText('cq.txt', '重庆实施“双倍增”行动\n\n今年力争全市研发经费投入强度2.35%左右，科技型企业超过4.8万家、高新技术企业突破7000家，全市GDP增长6%以上。', { publication: '重庆日报', date: '2023-02-24' });
  const storyId = imported[0]!.id;
  const targets: Record<string, OutputOf<'targets:fromFigure'>> = {};
  for (const figure of await callCore(core(), 'figures:list', { storyId })) {
    if (figure.kind === 'target') targets[figure.metric] = await callCore(core(), 'targets:fromFigure', { figureId: figure.id });
  }
  return { storyId, targets };
}

/** What the core answered the page's last call on `channel`. */
async function answered<C extends 'drafts:scaffold' | 'export:draft'>(channel: C): Promise<OutputOf<C>> {
  const index = mockApi.call.mock.calls.findLastIndex(([called]) => called === channel);
  return (await mockApi.call.mock.results[index]!.value) as OutputOf<C>;
}

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
    const first = await draft('重庆科技跟进', { language: 'zh-CN' });
    await draft('Second');
    window.location.hash = '#/drafts';
    renderWithProviders(<AppLayout />);
    const table = await screen.findByRole('table', { name: 'Drafts' });
    expect(within(table).getByRole('link', { name: '重庆科技跟进' }).getAttribute('href')).toBe(`#/drafts/${first.id}`);
    expect(within(table).getAllByText('2 words')).toHaveLength(2);
    expect(within(table).getByText('中文')).toBeTruthy();
  });

  it('counts an all-Chinese draft without English words: its figures are numbers', async () => {
    const { id, counts } = await draft('重庆科技跟进', { language: 'zh-CN', text: '今年全市科技型企业超过48000家，高新技术企业突破7000家。' });
    expect(counts).toMatchObject({ latinWords: 0, numbers: 2 });
    window.location.hash = `#/drafts/${id}`;
    renderWithProviders(<AppLayout />);
    const line = await screen.findByLabelText('Length');
    expect(line.textContent).toContain(`${counts.cjk} Chinese characters, 2 numbers`);
    expect(line.textContent).not.toContain('English words');
  });

  it('autosaves after a pause with the revision it loaded, then the next revision', async () => {
    const { id } = await draft('Draft 1');
    // Saved twice before: revision 3.
    for (const title of ['Draft 1', 'Draft 1']) await callCore(core(), 'drafts:save', { id, title, doc: paragraph('Hello world') });
    window.location.hash = `#/drafts/${id}`;
    renderWithProviders(<AppLayout />);
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await screen.findByRole('textbox', { name: 'Draft text' });
    await userEvent.type(title, '!');
    expect(screen.getByRole('status').textContent).toBe('Unsaved changes');
    expect(saves()).toHaveLength(0);
    await waitFor(() => expect(saves()).toHaveLength(1), { timeout: 3000 });
    expect(saves()[0]).toMatchObject({ id, title: 'Draft 1!', baseRevision: 3, explicit: false, doc: { type: 'doc' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await userEvent.type(title, '?');
    await waitFor(() => expect(saves()).toHaveLength(2), { timeout: 3000 });
    expect(saves()[1]).toMatchObject({ title: 'Draft 1!?', baseRevision: 4 });
    // The counts come from the saved draft.
    expect(screen.getByText('2 words')).toBeTruthy();
  });

  /** A draft open on screen, saved meanwhile by 王编辑 in another app, and edited here: the refusal it meets. */
  async function savedElsewhere() {
    const { id } = await draft('Draft 1');
    window.location.hash = `#/drafts/${id}`;
    renderWithProviders(<AppLayout />);
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await screen.findByRole('textbox', { name: 'Draft text' });
    await callCore(core(), 'settings:set', { editorName: '王编辑' });
    const theirs = await callCore(core(), 'drafts:save', { id, title: 'Their title', doc: paragraph('Their words on the page'), baseRevision: 1 });
    await callCore(core(), 'settings:set', { editorName: 'Li Hua' });
    await userEvent.type(title, ' mine');
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    return { id, theirs, alert };
  }

  it('when the draft was saved elsewhere, says by whom and when, and shows their version beside this one', async () => {
    const { theirs, alert } = await savedElsewhere();
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(theirs.updatedAt));
    expect(within(alert).getByText(`Changed by 王编辑 at ${when}, while you were editing`)).toBeTruthy();
    const mine = within(alert).getByRole('region', { name: 'Your version' });
    expect(within(mine).getByText('Draft 1 mine')).toBeTruthy();
    expect(within(mine).getByText('Hello world')).toBeTruthy();
    const other = within(alert).getByRole('region', { name: 'Version by 王编辑' });
    expect(within(other).getByText('Their title')).toBeTruthy();
    expect(within(other).getByText('Their words on the page')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Keep mine' })).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Take theirs' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('This draft was saved elsewhere');
  });

  it('keeping mine saves it over theirs at their revision; taking theirs puts their version in the editor', async () => {
    const { id, alert } = await savedElsewhere();
    await userEvent.click(within(alert).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(saves().at(-1)).toMatchObject({ id, title: 'Draft 1 mine', baseRevision: 2, explicit: true });
    expect(await callCore(core(), 'drafts:get', { id })).toMatchObject({ title: 'Draft 1 mine', revision: 3 });
    expect(screen.queryByRole('alert')).toBeNull();

    // Saved elsewhere once more: this time the editor takes theirs.
    await callCore(core(), 'drafts:save', { id, title: 'Their second title', doc: paragraph('Their second page'), baseRevision: 3 });
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), '!');
    const again = await screen.findByRole('alert', {}, { timeout: 3000 });
    const before = saves().length;
    await userEvent.click(within(again).getByRole('button', { name: 'Take theirs' }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Their second title'));
    expect(within(screen.getByRole('textbox', { name: 'Draft text' })).getByText('Their second page')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(saves()).toHaveLength(before);
  });

  it('comments on a selection with Mod+Alt+M, lists it beside the draft, resolves, reopens and deletes it', async () => {
    const { id } = await draft('Draft 1');
    await callCore(core(), 'settings:set', { editorName: '王编辑' });
    window.location.hash = `#/drafts/${id}`;
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
    const { id } = await draft('Draft 1');
    window.location.hash = `#/drafts/${id}`;
    renderWithProviders(<AppLayout />);
    await screen.findByRole('textbox', { name: 'Draft text' });
    await userEvent.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toMatchObject({ id, baseRevision: 1, explicit: true });
    // An explicit save is a version.
    await waitFor(async () => expect((await callCore(core(), 'drafts:versions', { id })).map((v) => v.reason)).toContain('save'));
  });

  it('New follow-up: picks targets and a language, calls drafts:scaffold and opens the draft', async () => {
    const { targets } = await trackedGoals();
    window.location.hash = '#/drafts';
    renderWithProviders(<AppLayout />);
    await userEvent.click(await screen.findByRole('button', { name: 'New follow-up' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: '科技型企业' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'GDP增速' }));
    await userEvent.click(within(dialog).getByRole('radio', { name: '中文' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('drafts:scaffold', { targetIds: [targets['科技型企业']!.id, targets['GDP增速']!.id], language: 'zh-CN' }));
    const scaffolded = await answered('drafts:scaffold');
    await waitFor(() => expect(window.location.hash).toBe(`#/drafts/${scaffolded.id}`));
    const editor = await screen.findByRole('textbox', { name: 'Draft text' });
    // Each target's status, said in Chinese.
    await waitFor(() => expect(editor.textContent).toContain(targets['科技型企业']!.explanation!.zh));
  });

  it('follow-up and export in Chinese, with the labels the end-to-end test uses', async () => {
    await trackedGoals();
    await callCore(core(), 'settings:set', { locale: 'zh-CN' });
    window.location.hash = '#/drafts';
    renderWithProviders(<AppLayout />);
    await userEvent.click(await screen.findByRole('button', { name: '新建跟进稿' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: '科技型企业' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '研发经费投入强度' }));
    await userEvent.click(screen.getByRole('radio', { name: '中文' }));
    await userEvent.click(screen.getByRole('button', { name: '生成' }));
    await screen.findByRole('textbox', { name: '稿件正文' });
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Word (DOCX)' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('export:draft', expect.objectContaining({ format: 'docx' })));
    const file = await answered('export:draft');
    expect(file.fileName).toMatch(/\.docx$/);
    await waitFor(() => expect(created).toEqual([file.fileName]));
  });

  it('exports the draft: the returned file is downloaded', async () => {
    const { id } = await draft('Draft 1');
    window.location.hash = `#/drafts/${id}`;
    renderWithProviders(<AppLayout />);
    await screen.findByRole('textbox', { name: 'Draft text' });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Word (DOCX)' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('export:draft', { id, format: 'docx' }));
    const file = await answered('export:draft');
    expect(file.fileName).toMatch(/\.docx$/);
    await waitFor(() => expect(created).toEqual([file.fileName]));
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('inserts a target’s status sentence with a citation from the picker', async () => {
    const { storyId, targets } = await trackedGoals();
    const target = targets['科技型企业']!;
    const { id } = await draft('Draft 1');
    window.location.hash = `#/drafts/${id}`;
    renderWithProviders(<AppLayout />);
    const editor = await screen.findByRole('textbox', { name: 'Draft text' });
    await userEvent.click(screen.getByRole('button', { name: 'Insert source' }));
    const dialog = await screen.findByRole('dialog', { name: 'Insert with a citation' });
    await userEvent.click(within(dialog).getByRole('tab', { name: 'Targets' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Insert: 科技型企业' }));
    await waitFor(() => expect(editor.querySelector('[data-citation]')?.textContent).toBe(target.explanation!.en));
    expect(editor.querySelector('[data-citation]')!.getAttribute('data-target-id')).toBe(String(target.id));
    // The citation is saved with the doc, with its attrs as the schema has them.
    await waitFor(() => expect(saves().length).toBeGreaterThan(0), { timeout: 3000 });
    expect(JSON.stringify(saves()[0]!.doc)).toContain(`"type":"citation","attrs":{"storyId":${storyId},"figureId":null,"targetId":${target.id}`);
  });

  it('shows the versions and restores one', async () => {
    const { id } = await draft('Now');
    // Two saved versions in the draft's history.
    await callCore(core(), 'drafts:save', { id, title: 'Old title', doc: paragraph('Old words'), explicit: true });
    await callCore(core(), 'drafts:save', { id, title: 'Now', doc: paragraph('New words'), explicit: true });
    const oldVersion = (await callCore(core(), 'drafts:versions', { id })).find((v) => v.title === 'Old title')!;
    mockApi.call.mockClear();
    window.location.hash = `#/drafts/${id}`;
    renderWithProviders(<AppLayout />);
    await screen.findByRole('textbox', { name: 'Draft text' });
    await userEvent.click(screen.getByRole('button', { name: 'Versions' }));
    const drawer = await screen.findByRole('dialog', { name: 'Version history' });
    const items = await within(drawer).findAllByRole('button', { pressed: false });
    const old = items.find((b) => b.textContent?.includes('Old title'))!;
    await userEvent.click(old);
    await within(drawer).findByText('Old words');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Restore this version' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('drafts:restore', { id, versionId: oldVersion.id }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Old title'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Draft text' }).textContent).toContain('Old words'));
  });
});
