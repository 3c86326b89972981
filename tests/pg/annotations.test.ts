/**
 * Annotations on the team archive: the annotations service's cases that SQLite passes
 * (tests/unit/annotations/service-cases.ts), then what editors at once add: each editor is
 * a set of stores of their own over the one archive, as each app has its own pool.
 */
import { expect, it } from 'vitest';
import { createAnnotation, listAnnotations, updateAnnotation } from '../../electron/core/annotations';
import { migratePg } from '../../electron/core/db/pg/migrations';
import { pgStores } from '../../electron/core/db/pg/stores';
import { annotationServiceCases, STORY, type AnnotationArchive } from '../unit/annotations/service-cases';
import { seedStories } from './seed';
import { describePg, useDatabase } from './server';

describePg('annotations on PostgreSQL', () => {
  const database = useDatabase();
  async function open(): Promise<AnnotationArchive> {
    const { pool, url } = await database.schema();
    await migratePg(pool, url);
    let editor = '';
    const count = async (sql: string, values: unknown[] = []) => (await pool.query<{ n: number }>(sql, values)).rows[0]!.n;
    return {
      deps: { stores: pgStores(pool, { editorName: () => editor }) },
      seed: (stories) => seedStories(pool, stories ?? []),
      figures: async (storyId) =>
        (await pool.query<{ id: number; quote: string; start_offset: number; end_offset: number }>(
          `SELECT id, quote, start_offset, end_offset FROM figures WHERE story_id = $1 ORDER BY start_offset, id`,
          [storyId],
        )).rows.map((f) => ({ id: f.id, quote: f.quote, start: f.start_offset, end: f.end_offset })),
      storyIds: async () => (await pool.query<{ id: number }>(`SELECT id FROM stories ORDER BY id`)).rows.map((r) => r.id),
      headline: async (storyId) => (await pool.query<{ headline: string }>(`SELECT headline FROM stories WHERE id = $1`, [storyId])).rows[0]!.headline,
      figureQuote: async (figureId) => (await pool.query<{ quote: string }>(`SELECT quote FROM figures WHERE id = $1`, [figureId])).rows[0]!.quote,
      count: (table) => count(`SELECT count(*) AS n FROM ${table}`),
      replaceBody: async (storyId, body) => void (await pool.query(`UPDATE stories SET body = $2 WHERE id = $1`, [storyId, body])),
      signAs: (name) => (editor = name),
    };
  }

  annotationServiceCases(open);

  /** Two editors' apps on one fresh archive holding STORY, and an annotation on its 7000. */
  async function twoEditors() {
    const { pool, url } = await database.schema();
    await migratePg(pool, url);
    const [storyId] = await seedStories(pool, [STORY]);
    const wang = { stores: pgStores(pool, { editorName: () => '王编辑' }) };
    const li = { stores: pgStores(pool, { editorName: () => 'Li Hua' }) };
    const start = STORY.body.indexOf('高新技术企业突破7000家');
    const note = await createAnnotation(wang, { storyId: storyId!, start, end: start + 11, type: 'disputed', comment: '待核实' });
    return { wang, li, note, storyId: storyId! };
  }

  it('two editors changing the same annotation from the same copy at once: one lands, the other is told who changed it', async () => {
    for (let round = 0; round < 5; round++) {
      const { wang, li, note, storyId } = await twoEditors();
      const results = await Promise.allSettled([
        updateAnnotation(wang, note.id, { comment: '统计局年报是6348家', baseRevision: 1 }),
        updateAnnotation(li, note.id, { comment: 'Checked with the bureau: 7,000', baseRevision: 1 }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const landed = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<Awaited<ReturnType<typeof updateAnnotation>>>).value;
      const refused = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason;
      expect(refused).toMatchObject({
        code: 'conflict',
        reason: 'annotation_changed_elsewhere',
        params: { id: note.id, by: landed.updatedBy, at: landed.updatedAt, revision: 2, base: 1 },
      });
      const [stored] = await listAnnotations(wang, storyId);
      expect(stored).toMatchObject({ comment: landed.comment, revision: 2, updatedBy: landed.updatedBy });
    }
  });

  it('two editors changing different parts of one annotation at once, with no copy to compare (the CLI): both changes are kept', async () => {
    for (let round = 0; round < 5; round++) {
      const { wang, li, note, storyId } = await twoEditors();
      await Promise.all([updateAnnotation(wang, note.id, { comment: '统计局年报是6348家' }), updateAnnotation(li, note.id, { tags: ['follow-up'] })]);
      const [stored] = await listAnnotations(wang, storyId);
      expect(stored).toMatchObject({ comment: '统计局年报是6348家', tags: ['follow-up'], revision: 3 });
    }
  });
});
