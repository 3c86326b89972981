/**
 * What the drafts service does for an editor, whichever engine holds the archive: the
 * SQLite archive runs these in drafts.test.ts, the team archive on PostgreSQL in
 * tests/pg/drafts.test.ts, and both must pass them unchanged.
 */
import { expect, it } from 'vitest';
import {
  createDraft,
  getDraft,
  getDraftVersion,
  listDraftVersions,
  listDrafts,
  restoreDraftVersion,
  saveDraft,
  type DraftDeps,
} from '../../../electron/core/drafts';
import { doc, paragraph } from '../../../electron/core/drafts/build';
import type { StoresOf } from '../../../electron/core/db/repositories/types';
import { writeSettings } from '../../../electron/core/settings';
import type { AppFailure } from '../../../shared/result';

/** Registers the cases; `open` gives each test a fresh, empty archive's stores (with Settings, to name the editor). */
export function draftServiceCases(open: () => Promise<DraftDeps & { stores: StoresOf<'drafts' | 'settings'> }>): void {
  async function setup() {
    const deps = await open();
    let now = Date.parse('2024-03-01T09:00:00Z');
    const clock = { now: () => new Date(now), advance: (minutes: number) => (now += minutes * 60_000) };
    return { deps, clock };
  }
  const body = (s: string) => doc(paragraph(s));

  it('autosaves the doc, keeping one version per interval plus every explicit save', async () => {
    const { deps, clock } = await setup();
    const d = await createDraft(deps, { title: '跟进', language: 'zh-CN', doc: body('第一稿') }, clock);
    expect(d.revision).toBe(1);
    expect(d.counts.cjk).toBe(3);
    let rev = d.revision;
    for (let i = 0; i < 10; i++) {
      clock.advance(1);
      rev = (await saveDraft(deps, { id: d.id, doc: body(`第一稿${i}`), baseRevision: rev }, clock)).revision;
    }
    // created + one autosave after 5 minutes, + one after 10.
    expect((await listDraftVersions(deps, d.id)).map((v) => v.reason)).toEqual(['autosave', 'autosave', 'created']);
    rev = (await saveDraft(deps, { id: d.id, doc: body('定稿'), title: '定稿标题', baseRevision: rev, explicit: true }, clock)).revision;
    const versions = await listDraftVersions(deps, d.id);
    expect(versions[0]).toMatchObject({ reason: 'save', title: '定稿标题' });
    expect(await getDraft(deps, d.id)).toMatchObject({ title: '定稿标题', revision: 12, doc: body('定稿') });
    expect((await listDrafts(deps)).items[0]).toMatchObject({ id: d.id, title: '定稿标题' });
    expect((await listDrafts(deps)).items[0]).not.toHaveProperty('doc');
  });

  it('refuses a save from a stale copy, and validates the document', async () => {
    const { deps, clock } = await setup();
    const d = await createDraft(deps, { title: '', language: 'en', doc: body('one') }, clock);
    await saveDraft(deps, { id: d.id, doc: body('two'), baseRevision: 1 }, clock);
    await expect(saveDraft(deps, { id: d.id, doc: body('three'), baseRevision: 1 }, clock)).rejects.toThrow(/saved elsewhere/);
    let error: AppFailure | null = null;
    try {
      await saveDraft(deps, { id: d.id, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'blink' }] }] }] } as never });
    } catch (e) {
      error = e as AppFailure;
    }
    expect(error?.code).toBe('invalid_input');
    expect(error?.path).toMatch(/^doc\.content\[0\]\.content\[0\]\.marks\[0\]/);
  });

  it('refuses a save from an older copy naming who saved since, when, and what they saved; keeping mine then is a save at their revision', async () => {
    const { deps, clock } = await setup();
    await writeSettings(deps, { editorName: '王编辑' });
    const d = await createDraft(deps, { title: '初稿', language: 'zh-CN', doc: body('高新技术企业突破7000家') }, clock);
    clock.advance(1);
    const theirs = await saveDraft(deps, { id: d.id, title: '王的标题', doc: body('统计局年报是6348家'), baseRevision: 1 }, clock);

    await writeSettings(deps, { editorName: 'Li Hua' });
    const mine = { id: d.id, title: 'Li 的标题', doc: body('Checked with the bureau: 7,000'), baseRevision: 1 };
    const stale = saveDraft(deps, mine, clock);
    await expect(stale).rejects.toMatchObject({
      code: 'conflict',
      reason: 'draft_saved_elsewhere',
      path: 'baseRevision',
      params: { id: d.id, by: '王编辑', at: theirs.updatedAt, revision: 2, base: 1, title: '王的标题' },
    });
    const params = ((await stale.catch((e: unknown) => e)) as AppFailure).params!;
    expect(JSON.parse(String(params.doc))).toEqual(body('统计局年报是6348家'));
    expect(await getDraft(deps, d.id)).toMatchObject({ title: '王的标题', revision: 2 });

    // Having compared, Li keeps theirs knowingly: a save at the revision they were shown lands and is signed by Li.
    clock.advance(1);
    expect(await saveDraft(deps, { ...mine, baseRevision: 2, explicit: true }, clock)).toMatchObject({ title: 'Li 的标题', revision: 3 });
    expect((await listDraftVersions(deps, d.id))[0]).toMatchObject({ reason: 'save', author: 'Li Hua', title: 'Li 的标题' });
    await expect(saveDraft(deps, { ...mine, baseRevision: 2 }, clock)).rejects.toMatchObject({ params: { by: 'Li Hua', revision: 3 } });
  });

  it('restores a version as a new save, keeping the newer history', async () => {
    const { deps, clock } = await setup();
    const d = await createDraft(deps, { title: 'v1', language: 'en', doc: body('first') }, clock);
    clock.advance(1);
    await saveDraft(deps, { id: d.id, title: 'v2', doc: body('second'), explicit: true }, clock);
    const first = (await listDraftVersions(deps, d.id)).find((v) => v.reason === 'created')!;
    expect((await getDraftVersion(deps, first.id)).doc).toEqual(body('first'));
    clock.advance(1);
    const restored = await restoreDraftVersion(deps, d.id, first.id, clock);
    expect(restored).toMatchObject({ title: 'v1', doc: body('first'), revision: 3 });
    expect((await listDraftVersions(deps, d.id)).map((v) => v.reason)).toEqual(['restore', 'save', 'created']);
    await expect(restoreDraftVersion(deps, d.id + 1, first.id)).rejects.toThrow(/was not found/);
  });
}
