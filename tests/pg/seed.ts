/**
 * Stories and their figures written straight into a team archive, for the cases of domains
 * that read them (annotations): stories have no PostgreSQL store yet, so a test puts them
 * in as SQLite's story and figure repositories would, with the extractor's figures.
 */
import type pg from 'pg';
import { contentHash } from '../../electron/core/archive/hash';
import { extractFigures } from '../../electron/core/figures/extract';

export interface SeedStory {
  headline: string;
  body: string;
}

/** Stores each story (its figures too) under `publication`, dated `date`; returns their ids in order. */
export async function seedStories(pool: pg.Pool, stories: SeedStory[], publication = '重庆日报', date = '2023-02-24'): Promise<number[]> {
  const now = new Date().toISOString();
  const found = await pool.query<{ id: number }>(`SELECT id FROM publications WHERE name = $1`, [publication]);
  const publicationId =
    found.rows[0]?.id ?? (await pool.query<{ id: number }>(`INSERT INTO publications (name) VALUES ($1) RETURNING id`, [publication])).rows[0]!.id;
  const ids: number[] = [];
  for (const s of stories) {
    const language = /[\u4e00-\u9fff]/.test(s.body) ? 'zh' : 'en';
    const { rows } = await pool.query<{ id: number }>(
      `INSERT INTO stories (publication_id, date, headline, body, genre, language, source_path, content_hash, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'news', $5, $6, $7, $8, $8) RETURNING id`,
      [publicationId, date, s.headline, s.body, language, `/papers/${language}.txt`, contentHash(s), now],
    );
    const id = rows[0]!.id;
    for (const f of extractFigures(s.body, { date, city: '重庆', language })) {
      await pool.query(
        `INSERT INTO figures (story_id, start_offset, end_offset, quote, value, value_max, unit, currency, qualifier, kind, change,
           metric, metric_key, entity, period_from, period_to, period_label, confidence, rule, cues_json, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21)`,
        [
          id, f.start, f.end, f.quote, f.value, f.valueMax, f.unit, f.currency, f.qualifier, f.kind, f.change,
          f.metric, f.metricKey, f.entity, f.period?.from ?? null, f.period?.to ?? null, f.period?.label ?? null,
          f.confidence, f.rule, JSON.stringify(f.cues), now,
        ],
      );
    }
    ids.push(id);
  }
  return ids;
}
