/**
 * Annotations on the team archive: the annotations service's cases that SQLite passes
 * (tests/unit/annotations/service-cases.ts), then what editors at once add.
 */
import { migratePg } from '../../electron/core/db/pg/migrations';
import { pgStores } from '../../electron/core/db/pg/stores';
import { annotationServiceCases, type AnnotationArchive } from '../unit/annotations/service-cases';
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
});
