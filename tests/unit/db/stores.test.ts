/**
 * The promise-returning stores over one SQLite connection (db/sqlite-stores.ts): a
 * transaction's body awaits between its statements, and nothing another caller does in
 * those gaps may land inside it or see it half done.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraft, listDrafts, saveDraft } from '../../../electron/core/drafts/service';
import { doc, paragraph } from '../../../electron/core/drafts/build';
import { tempArchive } from '../helpers';

let archive: ReturnType<typeof tempArchive>;
beforeEach(() => (archive = tempArchive()));
afterEach(() => archive.cleanup());

/** A turn of the event loop: what a server engine's round trip gives every other caller. */
const gap = () => new Promise((resolve) => setTimeout(resolve, 0));
const body = (text: string) => doc(paragraph(text));

describe('stores over one SQLite connection', () => {
  it('two saves of the same revision started together: one lands, the other is told it was saved elsewhere', async () => {
    const { repos } = archive;
    const draft = await createDraft(repos, { title: '跟进', language: 'zh-CN', doc: body('初稿') });
    const results = await Promise.allSettled([
      saveDraft(repos, { id: draft.id, doc: body('甲'), baseRevision: 1 }),
      saveDraft(repos, { id: draft.id, doc: body('乙'), baseRevision: 1 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict', params: { id: draft.id, revision: 2, base: 1 } });
  });

  it('a transaction that fails after writing leaves nothing behind', async () => {
    const { repos } = archive;
    const failing = repos.stores.transaction(async (tx) => {
      await tx.drafts.insert({ title: '半途', language: 'zh-CN', doc: body('x') }, '2026-12-06T00:00:00Z');
      await gap();
      throw new Error('the second step failed');
    });
    await expect(failing).rejects.toThrow('the second step failed');
    expect(await listDrafts(repos)).toEqual({ total: 0, items: [] });
  });

  it('a reader outside an open transaction waits for its commit rather than seeing it half done', async () => {
    const { repos } = archive;
    let countedInside = -1;
    const writing = repos.stores.transaction(async (tx) => {
      await tx.drafts.insert({ title: '一', language: 'en', doc: body('one') }, '2026-12-06T00:00:00Z');
      await gap();
      await tx.drafts.insert({ title: '二', language: 'en', doc: body('two') }, '2026-12-06T00:00:01Z');
      countedInside = await tx.drafts.count();
    });
    await Promise.resolve();
    const countedOutside = await repos.stores.drafts.count();
    await writing;
    expect(countedInside).toBe(2);
    expect(countedOutside).toBe(2);
  });

  it('code not yet on the stores cannot slip a transaction into an open one: it is refused as busy', async () => {
    const { repos } = archive;
    let refused: unknown = null;
    const writing = repos.stores.transaction(async (tx) => {
      await tx.drafts.insert({ title: '一', language: 'en', doc: body('one') }, '2026-12-06T00:00:00Z');
      await gap();
      throw new Error('rolled back');
    });
    setTimeout(() => {
      try {
        repos.transaction(() => repos.publications.idFor('重庆日报'));
      } catch (error) {
        refused = error;
      }
    }, 0);
    await expect(writing).rejects.toThrow('rolled back');
    expect(refused).toMatchObject({ code: 'archive_busy' });
    // Asked again once the transaction is over, it goes through.
    repos.transaction(() => repos.publications.idFor('重庆日报'));
    expect(repos.publications.names()).toEqual(['重庆日报']);
  });

  it('a transaction inside an open one is a savepoint: undone alone when it fails', async () => {
    const { repos } = archive;
    await repos.stores.transaction(async (tx) => {
      await tx.drafts.insert({ title: 'kept', language: 'en', doc: body('a') }, '2026-12-06T00:00:00Z');
      await expect(
        tx.transaction(async (inner) => {
          await inner.drafts.insert({ title: 'undone', language: 'en', doc: body('b') }, '2026-12-06T00:00:01Z');
          throw new Error('inner failed');
        }),
      ).rejects.toThrow('inner failed');
    });
    expect((await listDrafts(repos)).items.map((d) => d.title)).toEqual(['kept']);
  });

  it('a snapshot reads one moment: a save begun while it is open lands after it, not between its reads', async () => {
    const { repos } = archive;
    const reading = repos.stores.snapshot(async (tx) => {
      const first = await tx.drafts.count();
      await gap();
      return [first, await tx.drafts.count()];
    });
    const writing = createDraft(repos, { title: '中途', language: 'zh-CN', doc: body('x') });
    expect(await reading).toEqual([0, 0]);
    await writing;
    expect((await listDrafts(repos)).total).toBe(1);
  });
});
