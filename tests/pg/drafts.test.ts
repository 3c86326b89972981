/**
 * Drafts on the team archive: the drafts service's cases that SQLite passes
 * (tests/unit/drafts/service-cases.ts), then what a pool of connections adds: editors
 * saving at once, transactions bound to one connection, and who signs a version.
 */
import { expect, it } from 'vitest';
import { createDraft, listDraftVersions, listDrafts, saveDraft } from '../../electron/core/drafts';
import { doc, paragraph } from '../../electron/core/drafts/build';
import { migratePg } from '../../electron/core/db/pg/migrations';
import { pgStores, type PgStoresOptions } from '../../electron/core/db/pg/stores';
import { draftServiceCases } from '../unit/drafts/service-cases';
import { TEST_SUPERUSER } from './cluster';
import { describePg, useDatabase } from './server';

const body = (text: string) => doc(paragraph(text));
/** A turn of the event loop, in which other callers' queries run. */
const gap = () => new Promise((resolve) => setTimeout(resolve, 0));

describePg('drafts on PostgreSQL', () => {
  const database = useDatabase();
  async function open(options: PgStoresOptions = {}) {
    const { pool, url } = await database.schema();
    await migratePg(pool, url);
    return { pool, stores: pgStores(pool, options) };
  }

  draftServiceCases(open);

  it('two editors saving the same revision at once: one lands, the other is told it was saved elsewhere', async () => {
    const deps = await open();
    const draft = await createDraft(deps, { title: '跟进', language: 'zh-CN', doc: body('初稿') });
    const results = await Promise.allSettled([
      saveDraft(deps, { id: draft.id, doc: body('甲'), baseRevision: 1 }),
      saveDraft(deps, { id: draft.id, doc: body('乙'), baseRevision: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'conflict', params: { id: draft.id, revision: 2, base: 1 } });
    expect((await listDrafts(deps)).items[0]).toMatchObject({ revision: 2 });
  });

  it("a save reading a draft waits for another editor's open save of it, then sees that save's revision", async () => {
    const deps = await open();
    const draft = await createDraft(deps, { title: '跟进', language: 'zh-CN', doc: body('初稿') });
    let aRead!: () => void;
    const aHasRead = new Promise<void>((resolve) => (aRead = resolve));
    let releaseA!: () => void;
    const aMayWrite = new Promise<void>((resolve) => (releaseA = resolve));
    const a = deps.stores.transaction(async (tx) => {
      await tx.drafts.get(draft.id);
      aRead();
      await aMayWrite;
      await tx.drafts.update(draft.id, { title: '甲', doc: body('甲') }, '2026-12-06T00:00:00Z');
    });
    await aHasRead;
    let seenByB: number | null = null;
    const b = deps.stores.transaction(async (tx) => {
      seenByB = (await tx.drafts.get(draft.id))!.revision;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    try {
      expect(seenByB).toBeNull();
    } finally {
      releaseA();
    }
    await Promise.all([a, b]);
    expect(seenByB).toBe(2);
  });

  it('a transaction that fails after writing leaves nothing behind', async () => {
    const deps = await open();
    const failing = deps.stores.transaction(async (tx) => {
      await tx.drafts.insert({ title: '半途', language: 'zh-CN', doc: body('x') }, '2026-12-06T00:00:00Z');
      await gap();
      throw new Error('the second step failed');
    });
    await expect(failing).rejects.toThrow('the second step failed');
    expect(await listDrafts(deps)).toEqual({ total: 0, items: [] });
  });

  it('others never see a transaction half done: a reader meanwhile sees the archive as it was, then all of it', async () => {
    const deps = await open();
    let release!: () => void;
    const halfway = new Promise<void>((resolve) => (release = resolve));
    let countedOutside = -1;
    const writing = deps.stores.transaction(async (tx) => {
      await tx.drafts.insert({ title: '一', language: 'en', doc: body('one') }, '2026-12-06T00:00:00Z');
      countedOutside = await deps.stores.drafts.count();
      await halfway;
      await tx.drafts.insert({ title: '二', language: 'en', doc: body('two') }, '2026-12-06T00:00:01Z');
    });
    await gap();
    release();
    await writing;
    expect(countedOutside).toBe(0);
    expect(await deps.stores.drafts.count()).toBe(2);
  });

  it('a transaction inside an open one is a savepoint: undone alone when it fails', async () => {
    const deps = await open();
    await deps.stores.transaction(async (tx) => {
      await tx.drafts.insert({ title: 'kept', language: 'en', doc: body('a') }, '2026-12-06T00:00:00Z');
      await expect(
        tx.transaction(async (inner) => {
          await inner.drafts.insert({ title: 'undone', language: 'en', doc: body('b') }, '2026-12-06T00:00:01Z');
          throw new Error('inner failed');
        }),
      ).rejects.toThrow('inner failed');
    });
    expect((await listDrafts(deps)).items.map((d) => d.title)).toEqual(['kept']);
  });

  it("signs versions with the editor's name from Settings, else with the PostgreSQL role they connected as", async () => {
    let name = '张亦筑';
    const deps = await open({ editorName: () => name });
    const draft = await createDraft(deps, { title: 't', language: 'zh-CN', doc: body('一') });
    name = '  ';
    await saveDraft(deps, { id: draft.id, doc: body('二'), explicit: true });
    expect((await listDraftVersions(deps, draft.id)).map((v) => v.author)).toEqual([TEST_SUPERUSER, '张亦筑']);
  });
});
