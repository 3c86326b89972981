/**
 * What the annotations service does for an editor, whichever engine holds the archive: the
 * SQLite archive runs these in annotations.test.ts, the team archive on PostgreSQL in
 * tests/pg/annotations.test.ts, and both must pass them unchanged.
 */
import { expect, it } from 'vitest';
import {
  createAnnotation,
  deleteAnnotation,
  deleteAnnotationReply,
  exportAnnotationsW3C,
  importAnnotationsW3C,
  listAnnotations,
  reanchorStory,
  replyToAnnotation,
  updateAnnotation,
  type AnnotationDeps,
} from '../../../electron/core/annotations';
import { DEFAULT_ANNOTATION_TYPES, type Annotation } from '../../../shared/domain/annotation';
import { AppFailure } from '../../../shared/result';

export const STORY = {
  headline: '重庆实施高新技术企业和科技型企业“双倍增”行动',
  body:
    '本报讯（记者 张亦筑）2月23日，2023年全市科技创新工作会议召开。今年我市将力争全市研发经费投入强度2.35%左右，科技型企业超过4.8万家、高新技术企业突破7000家。\n' +
    '会议提出，要深入推进“一区一平台”建设。',
};
export const OTHER = { headline: 'Chongqing sets science targets', body: 'The city aims for more than 7,000 high-tech firms this year, officials said.' };

export type CaseStory = typeof STORY;

/** A fresh archive for one case, and what the cases need of it beyond the annotations service. */
export interface AnnotationArchive {
  deps: AnnotationDeps;
  /**
   * Stores the stories in order (each from 重庆日报 of 2023-02-24, from /papers/<language>.txt)
   * with the figures the extractor reads in them; returns their ids.
   */
  seed(stories?: CaseStory[]): Promise<number[]>;
  /** A story's figures, in reading order. */
  figures(storyId: number): Promise<Array<{ id: number; quote: string; start: number; end: number }>>;
  storyIds(): Promise<number[]>;
  headline(storyId: number): Promise<string>;
  figureQuote(figureId: number): Promise<string>;
  count(table: 'annotations' | 'annotation_replies'): Promise<number>;
  /** Replaces a story's body as a re-import does, leaving its annotations where they were. */
  replaceBody(storyId: number, body: string): Promise<void>;
  /** The editor's name in Settings, which signs what is written from now on. */
  signAs(name: string): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- poking at exported JSON by hand
type W3CJson = Record<string, any>;

export const span = (body: string, text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });

/** The story edit every re-anchoring case makes: one annotated span stays, one is reworded, one is gone. */
export const EDITED_BODY = '【更新】' + STORY.body.replace('今年我市将力争全市研发经费投入强度2.35%左右', '今年全市力争研发经费投入强度达2.4%左右').replace('要深入推进“一区一平台”建设。', '其他工作另行部署。');

/** Three annotations on STORY, one on each span that EDITED_BODY keeps, rewords and removes. */
export async function annotateForEdit(deps: AnnotationDeps, storyId: number): Promise<{ keep: Annotation; reword: Annotation; gone: Annotation }> {
  const keep = await createAnnotation(deps, { storyId, ...span(STORY.body, '科技型企业超过4.8万家'), type: 'verified' });
  const reword = await createAnnotation(deps, { storyId, ...span(STORY.body, '今年我市将力争全市研发经费投入强度2.35%左右'), type: 'needs_source' });
  const gone = await createAnnotation(deps, { storyId, ...span(STORY.body, '要深入推进“一区一平台”建设'), type: 'note', comment: '哪一个平台？' });
  return { keep, reword, gone };
}

/** Where the three annotations stand in EDITED_BODY: kept and reworded ones moved with their words, the gone one orphaned. */
export function expectReanchored(byId: Map<number, Annotation>, { keep, reword, gone }: { keep: Annotation; reword: Annotation; gone: Annotation }): void {
  const k = byId.get(keep.id)!;
  expect(EDITED_BODY.slice(k.position.start, k.position.end)).toBe('科技型企业超过4.8万家');
  const r = byId.get(reword.id)!;
  expect(r.orphaned).toBe(false);
  expect(EDITED_BODY.slice(r.position.start, r.position.end)).toContain('2.4%左右');
  expect(r.quote.exact).toBe(reword.quote.exact); // what was annotated is kept
  expect(byId.get(gone.id)).toMatchObject({ orphaned: true, comment: '哪一个平台？', quote: gone.quote });
}

/** Registers the cases; `open` gives each test a fresh, empty archive. */
export function annotationServiceCases(open: () => Promise<AnnotationArchive>): void {
  async function seeded(stories: CaseStory[] = [STORY, OTHER]) {
    const a = await open();
    return { a, deps: a.deps, ids: await a.seed(stories) };
  }
  const allOf = async (a: AnnotationArchive) => (await Promise.all((await a.storyIds()).map((id) => listAnnotations(a.deps, id)))).flat();

  it('creates, lists, updates and deletes, reading the quote from the body', async () => {
    const { deps, ids: [zh] } = await seeded();
    const created = await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '高新技术企业突破7000家'), type: 'disputed', comment: '去年只有6348家？', tags: ['核实', '核实 '] });
    expect(created.quote.exact).toBe('高新技术企业突破7000家');
    expect(created.quote.suffix.startsWith('。')).toBe(true);
    expect(created.tags).toEqual(['核实']);
    expect(created.uuid).toMatch(/^[0-9a-f-]{36}$/);
    const updated = await updateAnnotation(deps, created.id, { type: 'verified', comment: '已与科技局核实' });
    expect(updated).toMatchObject({ type: 'verified', comment: '已与科技局核实', quote: created.quote });
    expect(await listAnnotations(deps, zh!)).toEqual([updated]);
    expect(await deleteAnnotation(deps, created.id)).toBe(true);
    expect(await listAnnotations(deps, zh!)).toEqual([]);
  });

  it('validates the type against the settings list, the range and the links', async () => {
    const { a, deps, ids: [zh, en] } = await seeded();
    const at = span(STORY.body, '2.35%左右');
    await expect(createAnnotation(deps, { storyId: zh!, ...at, type: 'legal_check' })).rejects.toThrow(/Unknown annotation type "legal_check"/);
    const custom = [...DEFAULT_ANNOTATION_TYPES, { id: 'legal_check', label: { 'zh-CN': '法务', en: 'Legal' }, colour: '#cccccc' }];
    expect((await createAnnotation(deps, { storyId: zh!, ...at, type: 'legal_check' }, custom)).type).toBe('legal_check');
    await expect(createAnnotation(deps, { storyId: zh!, start: 0, end: 99_999, type: 'note' })).rejects.toThrow(AppFailure);
    const otherFigure = (await a.figures(en!))[0]!;
    await expect(createAnnotation(deps, { storyId: zh!, ...at, type: 'note', figureId: otherFigure.id })).rejects.toThrow(/belongs to another story/);
    await expect(createAnnotation(deps, { storyId: zh!, ...at, type: 'note', targetId: 999 })).rejects.toThrow(/Target 999 was not found/);
    await expect(createAnnotation(deps, { storyId: 999, ...at, type: 'note' })).rejects.toThrow(/Story 999 was not found/);
  });

  it('re-anchors a story whose body changed, and orphans (never drops) what is gone, restoring it when the words come back', async () => {
    const { a, deps, ids: [zh] } = await seeded();
    const marks = await annotateForEdit(deps, zh!);
    const { reword, gone } = marks;
    await a.replaceBody(zh!, EDITED_BODY);
    expect(await reanchorStory(deps, zh!)).toMatchObject({ total: 3, moved: 2, fuzzy: 1, orphaned: 1, restored: 0 });
    expect(await reanchorStory(deps, zh!)).toMatchObject({ total: 3, moved: 0, orphaned: 1 });

    const byId = new Map((await listAnnotations(deps, zh!)).map((x) => [x.id, x]));
    expectReanchored(byId, marks);
    expect(byId.get(reword.id)!.updatedAt).toBe(reword.updatedAt); // moving is not an edit
    expect((await listAnnotations(deps, zh!)).at(-1)!.id).toBe(gone.id); // orphaned ones last
    expect(await a.count('annotations')).toBe(3);

    await a.replaceBody(zh!, STORY.body);
    expect(await reanchorStory(deps, zh!)).toMatchObject({ orphaned: 0, restored: 1 });
    expect((await listAnnotations(deps, zh!)).find((x) => x.id === gone.id)).toMatchObject({ orphaned: false });
  });

  it('round-trips through W3C JSON-LD into a fresh archive without loss', async () => {
    const { a, deps, ids: [zh, en] } = await seeded();
    const fig = (await a.figures(zh!)).find((f) => f.quote.includes('7000'))!;
    await createAnnotation(deps, { storyId: zh!, start: fig.start, end: fig.end, type: 'disputed', comment: '与统计公报不一致\n第二行', tags: ['科技', 'follow-up'], figureId: fig.id });
    await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '2.35%左右'), type: 'verified' });
    await createAnnotation(deps, { storyId: en!, ...span(OTHER.body, 'more than 7,000 high-tech firms'), type: 'needs_source', comment: 'Which register?' });
    await createAnnotation(deps, { storyId: en!, ...span(OTHER.body, 'officials said'), type: 'note' });
    const before = await allOf(a);

    const exported = JSON.parse(JSON.stringify(await exportAnnotationsW3C(deps))) as W3CJson;
    expect(exported['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(exported.type).toBe('AnnotationCollection');
    expect(exported.total).toBe(4);
    const items = exported.first.items as W3CJson[];
    const item = items.find((x) => x['fd:type'] === 'disputed')!;
    expect(item).toMatchObject({ type: 'Annotation', motivation: 'commenting', id: expect.stringMatching(/^urn:uuid:/) });
    expect(item.target.source).toBe(`urn:figure-desk:story:${zh}`);
    expect(item.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(item.body).toEqual(
      expect.arrayContaining([
        { type: 'TextualBody', value: '与统计公报不一致\n第二行', purpose: 'commenting', format: 'text/plain' },
        { type: 'TextualBody', value: '科技', purpose: 'tagging' },
      ]),
    );
    expect(items.find((x) => x['fd:type'] === 'verified')!.motivation).toBe('highlighting');
    expect(item.body).toContainEqual(expect.objectContaining({ purpose: 'linking', source: `urn:figure-desk:figure:${fig.id}` }));

    // A fresh archive with the same stories imported in another order: ids differ.
    const { a: b, deps: depsB } = await seeded([OTHER, STORY]);
    const report = await importAnnotationsW3C(depsB, exported);
    expect(report).toMatchObject({ imported: 4, existing: 0, skipped: [], warnings: [] });
    const after = await allOf(b);
    const norm = async (list: Annotation[], r: AnnotationArchive) =>
      (
        await Promise.all(
          list.map(async (x) => ({ ...x, id: 0, storyId: await r.headline(x.storyId), figureId: x.figureId ? await r.figureQuote(x.figureId) : null })),
        )
      ).sort((p, q) => p.uuid.localeCompare(q.uuid));
    expect(await norm(after, b)).toEqual(await norm(before, a));

    // Importing again changes nothing.
    expect(await importAnnotationsW3C(depsB, exported)).toMatchObject({ imported: 0, existing: 4 });

    // An archive whose copy of the story was edited: matched by source path and headline,
    // re-anchored there, and what cannot be found arrives orphaned rather than dropped.
    const { deps: depsC, ids: [enC] } = await seeded([{ ...OTHER, body: 'The plan: the city aims for more than 7,000 high-tech firms by December.' }]);
    const reportC = await importAnnotationsW3C(depsC, exported, { skipUnmatched: true });
    expect(reportC).toMatchObject({ imported: 2, orphaned: 1 });
    expect(reportC.skipped).toHaveLength(2);
    const inC = await listAnnotations(depsC, enC!);
    expect(inC.map((x) => [x.quote.exact, x.orphaned])).toEqual([
      ['more than 7,000 high-tech firms', false],
      ['officials said', true],
    ]);
  });

  it('names the item and field that is wrong, and imports nothing', async () => {
    const { deps, ids: [zh] } = await seeded();
    await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '2.35%左右'), type: 'verified' });
    await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '4.8万家'), type: 'note' });
    const exported = JSON.parse(JSON.stringify(await exportAnnotationsW3C(deps)));
    const { a: b, deps: depsB } = await seeded();

    const bad = structuredClone(exported);
    bad.first.items[1].target.selector[0].exact = '';
    let error: AppFailure | null = null;
    try {
      await importAnnotationsW3C(depsB, bad);
    } catch (e) {
      error = e as AppFailure;
    }
    expect(error).toBeInstanceOf(AppFailure);
    expect(error!.code).toBe('invalid_input');
    expect(error!.path).toBe('first.items[1].target.selector[0].exact');
    expect(await b.count('annotations')).toBe(0);

    const badType = structuredClone(exported);
    badType.first.items[0]['fd:type'] = 'mystery';
    await expect(importAnnotationsW3C(depsB, badType)).rejects.toThrow(/first\.items\[0\]\.fd:type: unknown annotation type "mystery"/);

    // A story this archive does not have fails the whole import (one transaction)...
    const unmatched = structuredClone(exported);
    unmatched.first.items[1].target['fd:contentHash'] = 'f'.repeat(64);
    unmatched.first.items[1].target['fd:headline'] = 'Not here';
    await expect(importAnnotationsW3C(depsB, unmatched)).rejects.toThrow(/first\.items\[1\]\.target: no story in this archive matches "Not here"/);
    expect(await b.count('annotations')).toBe(0);
    // ...unless the editor asks to skip it, and then it is reported.
    const report = await importAnnotationsW3C(depsB, unmatched, { skipUnmatched: true });
    expect(report.imported).toBe(1);
    expect(report.skipped).toEqual([{ index: 1, id: unmatched.first.items[1].id, reason: expect.stringContaining('Not here') }]);

    await expect(importAnnotationsW3C(depsB, { '@context': 'https://example.org/other', type: 'Thing' })).rejects.toThrow(/not a W3C annotation file/);
  });

  it('reads a hand-written annotation: one body, a quote selector only, the plain @context', async () => {
    const { deps, ids: [zh] } = await seeded();
    const report = await importAnnotationsW3C(deps, {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:0b6d1c1e-7a4c-4d0a-9a8e-1c2d3e4f5a6b',
      type: 'Annotation',
      motivation: 'commenting',
      body: { type: 'TextualBody', value: '数字来源？', purpose: 'commenting' },
      target: {
        source: `urn:figure-desk:story:${zh}`,
        selector: [
          { type: 'TextPositionSelector', start: 0, end: 3 },
          { type: 'TextQuoteSelector', exact: '研发经费投入强度', prefix: '', suffix: '' },
        ],
      },
      created: '2024-03-01T09:00:00+08:00',
      modified: '2024-03-01T09:00:00+08:00',
      'fd:type': 'needs_source',
    });
    expect(report).toMatchObject({ imported: 1, orphaned: 0 });
    expect(report.warnings[0]).toMatch(/does not span the quoted text/);
    const [x] = await listAnnotations(deps, zh!);
    expect(x).toMatchObject({ comment: '数字来源？', type: 'needs_source', createdAt: '2024-03-01T09:00:00+08:00' });
    expect(STORY.body.slice(x!.position.start, x!.position.end)).toBe('研发经费投入强度');
  });

  it('keeps a thread with each reply’s author and time, and drops it with its annotation', async () => {
    const { a, deps, ids: [zh] } = await seeded();
    const note = await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '高新技术企业突破7000家'), type: 'disputed', comment: '去年只有6348家？' });
    a.signAs('王编辑');
    await replyToAnnotation(deps, { annotationId: note.id, text: '  统计局年报是6348家。 ' });
    a.signAs('Li Hua');
    const thread = await replyToAnnotation(deps, { annotationId: note.id, text: 'Agreed, ask the reporter.' });
    expect(thread.replies.map((r) => [r.author, r.text])).toEqual([
      ['王编辑', '统计局年报是6348家。'],
      ['Li Hua', 'Agreed, ask the reporter.'],
    ]);
    expect(Date.parse(thread.replies[0]!.createdAt)).not.toBeNaN();
    // A reload reads the same thread back.
    expect((await listAnnotations(deps, zh!))[0]!.replies).toEqual(thread.replies);

    await expect(replyToAnnotation(deps, { annotationId: note.id, text: '   ' })).rejects.toThrow(/write the reply/);
    await expect(replyToAnnotation(deps, { annotationId: 999, text: 'hello' })).rejects.toThrow(/Annotation 999 was not found/);

    expect((await deleteAnnotationReply(deps, thread.replies[1]!.id))!.replies).toHaveLength(1);
    expect(await deleteAnnotationReply(deps, thread.replies[1]!.id)).toBeNull();
    await deleteAnnotation(deps, note.id);
    expect(await a.count('annotation_replies')).toBe(0);
  });

  it('exports replies as W3C replying annotations and imports them back under the right annotation', async () => {
    const { a, deps, ids: [zh] } = await seeded();
    const note = await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '2.35%左右'), type: 'needs_source', comment: '出处？' });
    a.signAs('王编辑');
    const thread = await replyToAnnotation(deps, { annotationId: note.id, text: '科技局文件第3页' });

    const exported = JSON.parse(JSON.stringify(await exportAnnotationsW3C(deps))) as W3CJson;
    const items = exported.first.items as W3CJson[];
    expect(items).toHaveLength(2);
    expect(items[1]).toEqual({
      id: `urn:uuid:${thread.replies[0]!.uuid}`,
      type: 'Annotation',
      motivation: 'replying',
      body: [{ type: 'TextualBody', value: '科技局文件第3页', purpose: 'replying', format: 'text/plain' }],
      target: `urn:uuid:${note.uuid}`,
      created: thread.replies[0]!.createdAt,
      modified: thread.replies[0]!.createdAt,
      creator: { type: 'Person', name: '王编辑' },
    });

    // Another archive, replies listed before their annotation: still threaded, author kept.
    const { a: b, deps: depsB } = await seeded([OTHER, STORY]);
    b.signAs('someone else');
    const reordered = { ...exported, first: { ...exported.first, items: [items[1], items[0]] } };
    expect(await importAnnotationsW3C(depsB, reordered)).toMatchObject({ imported: 2, existing: 0 });
    const imported = await allOf(b);
    expect(imported).toHaveLength(1);
    expect(imported[0]!.replies.map((r) => ({ ...r, id: 0, annotationId: 0 }))).toEqual(thread.replies.map((r) => ({ ...r, id: 0, annotationId: 0 })));
    expect(await importAnnotationsW3C(depsB, reordered)).toMatchObject({ imported: 0, existing: 2 });

    // A reply whose annotation is nowhere is named, and nothing is imported.
    const { deps: depsC } = await seeded();
    await expect(importAnnotationsW3C(depsC, { ...exported, first: { ...exported.first, items: [items[1]] } })).rejects.toThrow(
      /items\[0\]\.target: it replies to urn:uuid:.*nothing was imported/,
    );
    expect(await importAnnotationsW3C(depsC, [items[1]], { skipUnmatched: true })).toMatchObject({ imported: 0, skipped: [{ index: 0 }] });
  });

  it('refuses a change made from an older copy, naming who changed it since and when, with their note, and keeps their change', async () => {
    const { a, deps, ids: [zh] } = await seeded();
    const note = await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '高新技术企业突破7000家'), type: 'disputed', comment: '待核实' });
    expect(note).toMatchObject({ revision: 1, updatedBy: '' });
    a.signAs('王编辑');
    const first = await updateAnnotation(deps, note.id, { comment: '统计局年报是6348家', baseRevision: 1 });
    expect(first).toMatchObject({ revision: 2, updatedBy: '王编辑' });

    a.signAs('Li Hua');
    const stale = updateAnnotation(deps, note.id, { comment: 'Checked with the bureau: 7,000', baseRevision: 1 });
    await expect(stale).rejects.toMatchObject({
      code: 'conflict',
      reason: 'annotation_changed_elsewhere',
      path: 'baseRevision',
      params: { id: note.id, by: '王编辑', at: first.updatedAt, revision: 2, base: 1, comment: '统计局年报是6348家', type: 'disputed' },
    });
    await expect(stale).rejects.toThrow(`Annotation ${note.id} was changed by 王编辑 at ${first.updatedAt}`);
    expect((await listAnnotations(deps, zh!))[0]).toMatchObject({ comment: '统计局年报是6348家', revision: 2 });

    // From the copy they reload, the change lands and is signed by whoever made it.
    expect(await updateAnnotation(deps, note.id, { comment: '以年报为准', baseRevision: 2 })).toMatchObject({ revision: 3, updatedBy: 'Li Hua' });
  });

  it('exports the stories asked for, story by story in the order given', async () => {
    const { deps, ids: [zh, en] } = await seeded();
    await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '4.8万家'), type: 'note' });
    await createAnnotation(deps, { storyId: en!, ...span(OTHER.body, 'officials said'), type: 'note' });
    await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '2.35%左右'), type: 'verified' });
    const exported = JSON.parse(JSON.stringify(await exportAnnotationsW3C(deps, { storyIds: [en!, zh!] }))) as W3CJson;
    expect((exported.first.items as W3CJson[]).map((x) => x.target.selector[0].exact)).toEqual(['officials said', '2.35%左右', '4.8万家']);
    const onlyOne = JSON.parse(JSON.stringify(await exportAnnotationsW3C(deps, { storyIds: [en!] }))) as W3CJson;
    expect(onlyOne.total).toBe(1);
  });
}
