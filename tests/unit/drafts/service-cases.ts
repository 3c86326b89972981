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
import type { AppFailure } from '../../../shared/result';

/** Registers the cases; `open` gives each test a fresh, empty archive's stores. */
export function draftServiceCases(open: () => Promise<DraftDeps>): void {
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
