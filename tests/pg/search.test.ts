/**
 * Search on both engines: the same stories go into a SQLite archive and a team archive on
 * PostgreSQL, and every row of the table asks both the same query. Each must return the
 * row's stories in the row's order. Both engines rank alike (headline hits first, then body
 * hits, each newest first: see RANKED_WINDOW), so the order is compared, not just the set.
 * Snippets are cut in the app from the hit's body and the query's terms (toHit, the same
 * code for both engines); the hits are compared as shown, snippets included.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { searchArchive, toHit } from '../../electron/core/archive/search';
import { compileQuery } from '../../electron/core/text/search-query';
import { migratePg } from '../../electron/core/db/pg/migrations';
import { pgSearchIndexStore, PG_MAX_POSITION, type SearchIndexStore } from '../../electron/core/db/pg/search';
import type { SearchFilters } from '../../electron/core/db/repositories/search-index';
import { tempArchive } from '../unit/helpers';
import { describePg, useDatabase } from './server';

interface Story {
  headline: string;
  body: string;
  date: string;
  publication: string;
  byline: string | null;
}

/** Story ids are their place in this list, from 1, on both engines. */
const STORIES: Story[] = [
  { headline: '重庆实施“双倍增”行动', body: '今年力争科技型企业超过4.8万家。重庆日报记者从会上了解到。', date: '2023-02-24', publication: '重庆日报', byline: '张亦筑' },
  { headline: '医保门诊特病病种统一', body: '我市将推进职工医保和居民医保门诊特病病种统一，重庆参保人受益。', date: '2023-03-01', publication: '重庆日报', byline: '李华' },
  { headline: '成都绿道建设提速', body: '成都今年新建绿道500公里，市民骑行更方便。', date: '2024-03-05', publication: '成都日报', byline: null },
  { headline: 'Housing targets missed', body: 'The government said net additional dwellings rose to 234,400 last year.', date: '2024-01-10', publication: 'The Daily', byline: 'Jane Smith' },
  { headline: '重慶推進就業', body: '重慶市去年新增就業崗位20,000個，2022年目標已完成。', date: '2022-12-30', publication: '重庆日报', byline: '王明' },
  { headline: '双倍增计划进展', body: '全市科技型企业达到两万家，较2022年增长，医保覆盖也在扩大。', date: '2023-06-01', publication: '重庆日报', byline: '张亦筑' },
];

const NO_FILTERS: SearchFilters = { from: null, to: null, publication: null, byline: null };

interface Case {
  what: string;
  query: string;
  filters?: Partial<SearchFilters>;
  ids: number[];
}

const CASES: Case[] = [
  { what: 'a one-character query, traditional text folded', query: '庆', ids: [5, 1, 2] },
  { what: 'a two-character query: headline hits first, then body hits, newest first', query: '重庆', ids: [5, 1, 2] },
  { what: 'a traditional query finds simplified text', query: '重慶', ids: [5, 1, 2] },
  { what: 'a traditional two-character query in a traditional body', query: '就業', ids: [5] },
  { what: 'a quoted phrase of bigrams', query: '"科技型企业"', ids: [6, 1] },
  { what: 'a phrase needs its bigrams adjacent', query: '科技企业', ids: [] },
  { what: 'OR', query: '成都 OR 医保', ids: [3, 2, 6] },
  { what: 'a leading minus excludes', query: '重庆 -医保', ids: [5, 1] },
  { what: 'NOT excludes', query: '企业 NOT 两万', ids: [1] },
  { what: 'an excluded term in the body excludes a headline hit', query: '双倍增 -医保', ids: [1] },
  { what: 'parentheses group', query: '(成都 OR 重庆) -日报', ids: [5, 3, 2] },
  { what: 'a figure as printed, 4.8万', query: '4.8万', ids: [1] },
  { what: 'a figure with a thousands separator finds 两万 too', query: '20,000', ids: [6, 5] },
  { what: 'a figure in 万 finds 20,000', query: '2万', ids: [6, 5] },
  { what: 'a year as printed', query: '2022年', ids: [6, 5] },
  { what: 'an English word, any case', query: 'HOUSING', ids: [4] },
  { what: 'an English phrase', query: '"net additional dwellings"', ids: [4] },
  { what: 'an English word finds its other forms (Porter stems)', query: 'dwelling', ids: [4] },
  { what: 'a stemmed phrase', query: '"target missing"', ids: [4] },
  { what: 'an English figure as printed', query: '234,400', ids: [4] },
  { what: 'a date range', query: '重庆', filters: { from: '2023-01-01', to: '2023-12-31' }, ids: [1, 2] },
  { what: 'a paper', query: '今年', filters: { publication: '成都日报' }, ids: [3] },
  { what: 'part of a byline', query: '科技', filters: { byline: '张' }, ids: [6, 1] },
  { what: 'nothing searchable', query: '，。', ids: [] },
];

describePg('search on both engines', () => {
  const database = useDatabase();
  let sqlite: ReturnType<typeof tempArchive>;
  let pgIndex: SearchIndexStore;

  // Each test gets a fresh schema (the harness ends a test's pools after it), loaded the same way.
  beforeEach(async () => {
    sqlite = tempArchive();
    const { pool, url } = await database.schema();
    await migratePg(pool, url);
    pgIndex = pgSearchIndexStore(pool);
    for (const [i, story] of STORIES.entries()) {
      const id = i + 1;
      const { repos } = sqlite;
      const inserted = repos.stories.insert(
        {
          publicationId: repos.publications.idFor(story.publication),
          date: story.date,
          headline: story.headline,
          subhead: null,
          kicker: null,
          byline: story.byline,
          dateline: null,
          body: story.body,
          truncated: false,
          genre: 'news',
          language: /[a-z]/.test(story.body) ? 'en' : 'zh',
          sourcePath: null,
          importBatchId: null,
          contentHash: `hash-${id}`,
        },
        '2026-01-01T00:00:00Z',
      );
      expect(inserted.id).toBe(id);
      repos.searchIndex.index(id, story.headline, story.body);

      await pool.query(`INSERT INTO publications (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [story.publication]);
      await pool.query(
        `INSERT INTO stories (id, publication_id, date, headline, byline, body, language, content_hash, created_at, updated_at)
         VALUES ($1, (SELECT id FROM publications WHERE name = $2), $3, $4, $5, $6, $7, $8, $9, $9)`,
        [id, story.publication, story.date, story.headline, story.byline, story.body, /[a-z]/.test(story.body) ? 'en' : 'zh', `hash-${id}`, '2026-01-01T00:00:00Z'],
      );
      await pgIndex.index(id, story.headline, story.body);
    }
  });
  afterEach(() => sqlite?.cleanup());

  it.each(CASES)('$what: $query', async ({ query, filters, ids }) => {
    const f = { ...NO_FILTERS, ...filters };
    const onSqlite = searchArchive(sqlite.repos, { query, limit: 50, offset: 0, ...definedOnly(f) }).hits;
    const onPg = await pgIndex.search(query, f, 50, 0);
    expect(onSqlite.map((h) => h.storyId)).toEqual(ids);
    expect(onPg.map((h) => h.id)).toEqual(ids);
    // Headline, paper, byline, highlighted snippet and headline, score: the hit as shown.
    const compiled = compileQuery(query);
    expect(onPg.map((row) => toHit(row, compiled))).toEqual(onSqlite);
  });

  it('highlights a figure in every printing of its value', async () => {
    const [hit] = (await pgIndex.search('2万', NO_FILTERS, 50, 0)).map((row) => toHit(row, compileQuery('2万')));
    expect(hit!.snippet.filter((run) => run.hit).map((run) => run.text)).toEqual(['两万']);
  });

  it('pages the same way on both engines', async () => {
    const onSqlite = searchArchive(sqlite.repos, { query: '庆', limit: 2, offset: 1 }).hits.map((h) => h.storyId);
    const onPg = (await pgIndex.search('庆', NO_FILTERS, 2, 1)).map((h) => h.id);
    expect(onPg).toEqual([1, 2]);
    expect(onSqlite).toEqual(onPg);
  });

  it('a story removed from the index is no longer found', async () => {
    await pgIndex.remove(3);
    expect(await pgIndex.search('成都', NO_FILTERS, 50, 0)).toEqual([]);
    await pgIndex.index(3, STORIES[2]!.headline, STORIES[2]!.body);
    expect((await pgIndex.search('成都', NO_FILTERS, 50, 0)).map((h) => h.id)).toEqual([3]);
  });
});

describePg('search in a body longer than PostgreSQL keeps positions for', () => {
  const database = useDatabase();

  it(`finds a word past position ${PG_MAX_POSITION}, but a phrase there only as loosely as the limit allows`, async () => {
    const { pool, url } = await database.schema();
    await migratePg(pool, url);
    const index = pgSearchIndexStore(pool);
    // 20,000 filler words, then 'alpha beta': both tokens land on position 16,383.
    const body = `${'filler '.repeat(20_000)}alpha beta gamma`;
    await pool.query(`INSERT INTO stories (id, headline, body, content_hash, created_at, updated_at) VALUES (1, 'long', $1, 'h', 'x', 'x')`, [body]);
    await index.index(1, 'long', body);
    expect((await index.search('gamma', NO_FILTERS, 10, 0)).map((h) => h.id)).toEqual([1]);
    // Every token there shares one position, so no phrase of two of them is adjacent: the
    // phrase is missed (SQLite finds it). Documented in pg/search.ts.
    expect((await index.search('"alpha beta"', NO_FILTERS, 10, 0)).map((h) => h.id)).toEqual([]);
  });
});

/** The filters searchArchive takes: only those set. */
function definedOnly(f: SearchFilters): { from?: string; to?: string; publication?: string; byline?: string } {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null));
}
