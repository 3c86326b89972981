/**
 * What the story store keeps and gives back, whichever engine holds the archive: the SQLite
 * archive runs these in story-store.test.ts, and a team archive on PostgreSQL runs the same
 * cases unchanged when it has a StoryStore (as tests/pg/import-batches.test.ts runs
 * import-batch-cases.ts).
 */
import { expect, it } from 'vitest';
import type { NewStory, StoresOf } from '../../../electron/core/db/repositories/types';

/** A fresh, empty archive for one case. */
export interface StoryStoreArchive {
  stores: StoresOf<'stories'>;
  /** The id of the publication `name`, added when new (publications are not on the storage interfaces yet). */
  publication(name: string): Promise<number>;
}

const NOW = '2026-12-07T05:00:00.000Z';
const LATER = '2026-12-07T06:00:00.000Z';

/** A story as an import stores it; `hash` stands for its content hash. */
function story(hash: string, fields: Partial<NewStory> = {}): NewStory {
  return {
    publicationId: null,
    date: '2023-02-24',
    headline: `标题${hash}`,
    subhead: null,
    kicker: null,
    byline: null,
    dateline: null,
    body: `正文${hash}`,
    truncated: false,
    genre: 'news',
    language: 'zh',
    sourcePath: null,
    importBatchId: null,
    contentHash: hash,
    ...fields,
  };
}

/** Registers the cases; `open` gives each test a fresh, empty archive. */
export function storyStoreCases(open: () => Promise<StoryStoreArchive>): void {
  it('gives back a stored story field by field, and its list row without the body', async () => {
    const { stores, publication } = await open();
    const paper = await publication('重庆日报');
    const stored = story('h1', {
      publicationId: paper,
      headline: '重庆实施“双倍增”行动',
      subhead: '科技型企业超过4.8万家',
      kicker: '科技创新',
      byline: '首席记者 张亦筑',
      dateline: '本报讯',
      body: '今年我市将力争科技型企业超过4.8万家。',
      truncated: true,
      genre: 'commentary',
      sourcePath: '/papers/2023-02-24.txt',
    });
    const { id, duplicate } = await stores.stories.insert(stored, NOW);
    expect(duplicate).toBe(false);
    expect(await stores.stories.get(id)).toEqual({
      id,
      publication: '重庆日报',
      date: '2023-02-24',
      headline: '重庆实施“双倍增”行动',
      subhead: '科技型企业超过4.8万家',
      kicker: '科技创新',
      byline: '首席记者 张亦筑',
      dateline: '本报讯',
      body: '今年我市将力争科技型企业超过4.8万家。',
      truncated: true,
      genre: 'commentary',
      language: 'zh',
      sourcePath: '/papers/2023-02-24.txt',
      importBatchId: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(await stores.stories.summary(id)).toEqual({
      id,
      publication: '重庆日报',
      date: '2023-02-24',
      headline: '重庆实施“双倍增”行动',
      byline: '首席记者 张亦筑',
      truncated: true,
      genre: 'commentary',
      language: 'zh',
    });
    expect(await stores.stories.get(id + 1)).toBeNull();
    expect(await stores.stories.summary(id + 1)).toBeNull();
  });

  it('keeps one story per content hash: a second import of the same text is a duplicate of the first', async () => {
    const { stores } = await open();
    const first = await stores.stories.insert(story('same', { headline: '第一次' }), NOW);
    const again = await stores.stories.insert(story('same', { headline: '第二次' }), LATER);
    expect(again).toEqual({ id: first.id, duplicate: true });
    expect(await stores.stories.count()).toBe(1);
    expect(await stores.stories.get(first.id)).toMatchObject({ headline: '第一次', updatedAt: NOW });
    expect(await stores.stories.findIdByHash('same')).toBe(first.id);
    expect(await stores.stories.findIdByHash('other')).toBeNull();
  });

  it('lists newest first with undated stories last, a page at a time, narrowed by date, paper and byline', async () => {
    const { stores, publication } = await open();
    const daily = await publication('重庆日报');
    const evening = await publication('重庆晚报');
    const ids = {
      january: (await stores.stories.insert(story('a', { date: '2024-01-10', publicationId: daily, byline: '记者 张亦筑' }), NOW)).id,
      march: (await stores.stories.insert(story('b', { date: '2024-03-02', publicationId: evening, byline: '记者 李星婷' }), NOW)).id,
      february: (await stores.stories.insert(story('c', { date: '2024-02-15', publicationId: daily, byline: '首席记者 李星婷' }), NOW)).id,
      undated: (await stores.stories.insert(story('d', { date: null, publicationId: daily }), NOW)).id,
    };
    const listed = async (offset: number, limit: number, filters?: Parameters<typeof stores.stories.list>[2]) =>
      (await stores.stories.list(offset, limit, filters)).map((s) => s.id);

    expect(await listed(0, 10)).toEqual([ids.march, ids.february, ids.january, ids.undated]);
    expect(await listed(1, 2)).toEqual([ids.february, ids.january]);
    expect(await stores.stories.count()).toBe(4);

    const none = { from: null, to: null, publication: null, byline: null };
    expect(await listed(0, 10, none)).toEqual([ids.march, ids.february, ids.january, ids.undated]);
    const cases = [
      [{ ...none, from: '2024-02-01' }, [ids.march, ids.february]],
      [{ ...none, to: '2024-02-15' }, [ids.february, ids.january]],
      [{ ...none, publication: '重庆日报' }, [ids.february, ids.january, ids.undated]],
      [{ ...none, byline: '李星婷' }, [ids.march, ids.february]],
      [{ from: '2024-01-01', to: '2024-12-31', publication: '重庆日报', byline: '李星婷' }, [ids.february]],
      [{ ...none, publication: '人民日报' }, []],
    ] as const;
    for (const [filters, expected] of cases) {
      expect(await listed(0, 10, filters)).toEqual(expected);
      expect(await stores.stories.count(filters)).toBe(expected.length);
    }
    expect(await listed(1, 1, { ...none, publication: '重庆日报' })).toEqual([ids.january]);
  });

  it("writes an editor's fix: the new text under its new hash, the old hash free, the creation time kept", async () => {
    const { stores, publication } = await open();
    const { id } = await stores.stories.insert(story('before', { headline: '旧标题', body: '旧正文' }), NOW);
    const evening = await publication('重庆晚报');
    await stores.stories.update(
      id,
      { publicationId: evening, date: '2024-05-01', headline: '新标题', subhead: '副题', kicker: null, byline: '记者 王', dateline: null, body: '新正文', contentHash: 'after' },
      LATER,
    );
    expect(await stores.stories.get(id)).toMatchObject({
      publication: '重庆晚报',
      date: '2024-05-01',
      headline: '新标题',
      subhead: '副题',
      byline: '记者 王',
      body: '新正文',
      createdAt: NOW,
      updatedAt: LATER,
    });
    expect(await stores.stories.findIdByHash('after')).toBe(id);
    expect(await stores.stories.findIdByHash('before')).toBeNull();
    // The text it had is new again to an import.
    expect((await stores.stories.insert(story('before'), LATER)).duplicate).toBe(false);
  });

  it('deletes a story once: it is gone from reading, listing and the ids, and a second delete finds nothing', async () => {
    const { stores } = await open();
    const kept = (await stores.stories.insert(story('k'), NOW)).id;
    const gone = (await stores.stories.insert(story('g'), NOW)).id;
    const last = (await stores.stories.insert(story('l'), NOW)).id;
    expect(await stores.stories.allIds()).toEqual([kept, gone, last]);

    expect(await stores.stories.delete(gone)).toBe(true);
    expect(await stores.stories.delete(gone)).toBe(false);
    expect(await stores.stories.get(gone)).toBeNull();
    expect(await stores.stories.summary(gone)).toBeNull();
    expect(await stores.stories.findIdByHash('g')).toBeNull();
    expect(await stores.stories.allIds()).toEqual([kept, last]);
    expect((await stores.stories.list(0, 10)).map((s) => s.id)).not.toContain(gone);
    expect(await stores.stories.count()).toBe(2);
  });

  it('keeps nothing a failed transaction stored, and everything one that finished stored', async () => {
    const { stores } = await open();
    const failing = stores.transaction(async (tx) => {
      await tx.stories.insert(story('half'), NOW);
      throw new Error('the page after it failed');
    });
    await expect(failing).rejects.toThrow('the page after it failed');
    expect(await stores.stories.count()).toBe(0);
    expect(await stores.stories.findIdByHash('half')).toBeNull();

    const id = await stores.transaction(async (tx) => (await tx.stories.insert(story('whole'), NOW)).id);
    expect(await stores.stories.findIdByHash('whole')).toBe(id);
  });
}
