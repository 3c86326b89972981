/**
 * The change feed on a real server: two apps over one team archive, one writing through its
 * pool, the other listening on a connection of its own; what one writes, the other hears
 * within 2 s, and it keeps hearing after its connection to the server is cut.
 */
import { afterEach, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../../electron/core/annotations';
import { listenForChanges, type ArchiveChange, type ChangeFeed } from '../../electron/core/db/pg/changes';
import { migratePg } from '../../electron/core/db/pg/migrations';
import { pgStores } from '../../electron/core/db/pg/stores';
import { createDraft, saveDraft } from '../../electron/core/drafts';
import { doc, paragraph } from '../../electron/core/drafts/build';
import { STORY } from '../unit/annotations/service-cases';
import { seedStories } from './seed';
import { describePg, useDatabase } from './server';

const HEARD_WITHIN_MS = 2000;

describePg('the change feed on PostgreSQL', () => {
  const database = useDatabase();
  const feeds: ChangeFeed[] = [];
  afterEach(async () => {
    await Promise.all(feeds.splice(0).map((f) => f.close()));
  });

  /** Two editors' apps on one fresh archive: 王's pool writes, Li's app listens on a connection of its own. */
  async function twoApps(feedOptions: { retryMs?: number } = {}) {
    const { pool, url, schema } = await database.schema();
    await migratePg(pool, url);
    const config = { connectionString: url, options: `-c search_path=${schema}` };
    const heard: ArchiveChange[] = [];
    let resumed = 0;
    const feed = listenForChanges(config, { onChange: (c) => heard.push(c), onResumed: () => resumed++, ...feedOptions });
    feeds.push(feed);
    await feed.ready;
    const wang = { stores: pgStores(pool, { editorName: () => '王编辑' }) };
    /** Waits until Li's app has heard a change matching `expected`, failing after 2 s. */
    const hears = (expected: Partial<ArchiveChange>) =>
      expect.poll(() => heard, { timeout: HEARD_WITHIN_MS, interval: 20 }).toContainEqual(expect.objectContaining(expected));
    return { pool, wang, heard, hears, resumed: () => resumed };
  }

  it("hears another editor's writes to drafts and annotations within 2 s: which row, its revision, and who", async () => {
    const { pool, wang, hears } = await twoApps();
    const draft = await createDraft(wang, { title: '跟踪', language: 'zh-CN', doc: doc(paragraph('初稿')) });
    await hears({ table: 'drafts', op: 'insert', id: draft.id, revision: 1, by: '王编辑' });
    await saveDraft(wang, { id: draft.id, doc: doc(paragraph('二稿')), baseRevision: 1 });
    await hears({ table: 'drafts', op: 'update', id: draft.id, revision: 2, by: '王编辑' });

    const [storyId] = await seedStories(pool, [STORY]);
    const start = STORY.body.indexOf('高新技术企业突破7000家');
    const note = await createAnnotation(wang, { storyId: storyId!, start, end: start + 11, type: 'disputed', comment: '待核实' });
    await hears({ table: 'annotations', op: 'insert', id: note.id, revision: 1, by: '王编辑' });
    await updateAnnotation(wang, note.id, { comment: '统计局年报是6348家', baseRevision: 1 });
    await hears({ table: 'annotations', op: 'update', id: note.id, revision: 2, by: '王编辑' });
    await deleteAnnotation(wang, note.id);
    await hears({ table: 'annotations', op: 'delete', id: note.id, revision: 2 });
  });

  it('a write rolled back is never announced; one committed is, once it commits', async () => {
    const { wang, heard, hears } = await twoApps();
    const draft = await createDraft(wang, { title: '跟踪', language: 'zh-CN', doc: doc(paragraph('初稿')) });
    await hears({ id: draft.id, revision: 1 });
    await expect(
      wang.stores.transaction(async (tx) => {
        await tx.drafts.update(draft.id, { title: '半途', doc: doc(paragraph('x')) }, new Date().toISOString());
        throw new Error('the second step failed');
      }),
    ).rejects.toThrow('the second step failed');
    await saveDraft(wang, { id: draft.id, doc: doc(paragraph('二稿')), baseRevision: 1 });
    await hears({ id: draft.id, revision: 2 });
    // The revision 2 that rolled back was never heard: only the committed one.
    expect(heard.filter((c) => c.revision === 2)).toHaveLength(1);
  });

  it('hears only its own archive, not another schema in the same database', async () => {
    const { hears, heard, wang } = await twoApps();
    const other = await database.schema();
    await migratePg(other.pool, other.url);
    await createDraft({ stores: pgStores(other.pool) }, { title: 'elsewhere', language: 'en', doc: doc(paragraph('x')) });
    const mine = await createDraft(wang, { title: '跟踪', language: 'zh-CN', doc: doc(paragraph('初稿')) });
    await hears({ id: mine.id });
    expect(heard).toHaveLength(1);
  });

  it('listens again after the server cuts its connection, says so, and hears the next write', async () => {
    const { pool, wang, hears, resumed } = await twoApps({ retryMs: 50 });
    const draft = await createDraft(wang, { title: '跟踪', language: 'zh-CN', doc: doc(paragraph('初稿')) });
    await hears({ id: draft.id, revision: 1 });

    const cut = await pool.query<{ ok: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN fd_changes'`,
    );
    expect(cut.rows).toEqual([{ ok: true }]);
    await expect.poll(resumed, { timeout: 5000, interval: 20 }).toBe(1);

    await saveDraft(wang, { id: draft.id, doc: doc(paragraph('二稿')), baseRevision: 1 });
    await hears({ id: draft.id, revision: 2, by: '王编辑' });
  });
});
