/**
 * The search index of a team archive on PostgreSQL: SQLite's story_search (FTS5) with the
 * same tokens, the same query meaning and the same order of hits.
 *
 * Tokens: the app cuts text (search-tokens.ts) and this file writes the tokens themselves
 * as tsvector literals, positions included, so no PostgreSQL text search configuration,
 * parser or locale decides what a word is. A term of the query is the tsquery phrase of the
 * same tokens (`'重庆' <-> '庆市'`); the query's logic (AND, OR, NOT, what a number also
 * matches) comes from compileQueryWith in search-query.ts, as SQLite's MATCH does.
 *
 * English words are stemmed in the app with SQLite's Porter stemmer (text/porter.ts), not
 * with PostgreSQL's english_stem (Snowball's Porter2, whose stems differ in places).
 *
 * Where the engines still part:
 * - Long bodies. A tsvector keeps positions up to 16,383 and at most 256 positions per
 *   token. Tokens past position 16,383 are all written at 16,383 (so they are still found
 *   alone, and a phrase of them matches only where its tokens sit there too); a token's
 *   positions after its 256th are dropped, so a phrase that occurs only at such a repeat
 *   is missed. SQLite has neither limit. Bodies in the archive run to a few thousand tokens.
 */
import type { QueryResultRow } from 'pg';
import { compileQueryWith, type QueryRenderer } from '../../text/search-query';
import { porterStem } from '../../text/porter';
import { charText, indexText } from '../../text/search-tokens';
import { RANKED_WINDOW, type RawHit, type SearchFilters } from '../repositories/search-index';
import { toSummary } from '../repositories/stories';
import type { Queryable } from './pool';

/** The search index, as any engine offers it: every method returns a promise. */
export interface SearchIndexStore {
  index(id: number, headline: string, body: string): Promise<void>;
  remove(id: number): Promise<void>;
  clear(): Promise<void>;
  /**
   * The hits for what the editor typed, from `offset` to `offset + limit`: headline matches
   * first (score 2), then body matches (score 1), each newest (highest id) first.
   */
  search(query: string, filters: SearchFilters, limit: number, offset: number): Promise<RawHit[]>;
}

/** tsvector keeps positions 1..16,383; a larger one is written as the last. */
export const PG_MAX_POSITION = 16_383;

/**
 * A column's text as the story_search tokenizer of SQLite ('porter unicode61
 * remove_diacritics 2') cuts it: runs of letters, digits and marks, case-folded,
 * diacritics removed, each then stemmed.
 */
export function ftsTokens(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map((t) => t.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC').toLowerCase())
    .filter((t) => t.length > 0)
    .map(porterStem);
}

/** A lexeme quoted for a tsvector or tsquery literal. */
function lexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The tokens with their positions, as a tsvector literal. */
function positioned(tokens: string[]): string {
  return tokens.map((t, i) => `${lexeme(t)}:${Math.min(i + 1, PG_MAX_POSITION)}`).join(' ');
}

/** The distinct tokens, without positions (the *_chars columns: one character each). */
function unpositioned(tokens: string[]): string {
  return Array.from(new Set(tokens)).map(lexeme).join(' ');
}

/** A compiled query: a tsquery against the grams or the chars columns, and how they combine. */
type PgQuery =
  | { kind: 'match'; columns: 'grams' | 'chars'; tsquery: string }
  | { kind: 'or'; parts: PgQuery[] }
  | { kind: 'andNot'; include: PgQuery[]; exclude: PgQuery[] };

const phrase = (tokens: string[]) => tokens.map(lexeme).join(' <-> ');

const pgRenderer: QueryRenderer<PgQuery> = {
  char: (char) => ({ kind: 'match', columns: 'chars', tsquery: lexeme(char) }),
  phrase: (grams, value) => {
    const tokens = phrase(ftsTokens(grams));
    return { kind: 'match', columns: 'grams', tsquery: value === null ? tokens : `(${tokens}) | (${phrase(ftsTokens(value))})` };
  },
  or: (parts) => ({ kind: 'or', parts }),
  andNot: (include, exclude) => ({ kind: 'andNot', include, exclude }),
};

/**
 * The query as a WHERE condition over story_search (alias ss), its tsqueries appended to
 * `params`. In 'any' a term may sit in headline or body; in 'headline' only in the headline.
 */
function condition(q: PgQuery, scope: 'any' | 'headline', params: unknown[]): string {
  switch (q.kind) {
    case 'match': {
      params.push(q.tsquery);
      const p = `$${params.length}::tsquery`;
      const headline = `ss.headline_${q.columns} @@ ${p}`;
      return scope === 'headline' ? headline : `(${headline} OR ss.body_${q.columns} @@ ${p})`;
    }
    case 'or':
      return `(${q.parts.map((part) => condition(part, scope, params)).join(' OR ')})`;
    case 'andNot': {
      const include = q.include.map((part) => condition(part, scope, params));
      const exclude = q.exclude.map((part) => `NOT ${condition(part, scope, params)}`);
      return `(${[...include, ...exclude].join(' AND ')})`;
    }
  }
}

/** Story ids matching `where` and the filters, newest first, at most `window`. */
function windowSql(where: string, params: unknown[], f: SearchFilters, window: number): { text: string; values: unknown[] } {
  const values = [...params, f.from, f.to, f.publication, f.byline, window];
  const n = params.length;
  return {
    // Dates are ISO text compared byte by byte, as SQLite compares them; a locale's collation might not.
    text: `SELECT ss.story_id AS id
      FROM story_search ss JOIN stories s ON s.id = ss.story_id LEFT JOIN publications p ON p.id = s.publication_id
      WHERE ${where}
        AND ($${n + 1}::text IS NULL OR s.date COLLATE "C" >= $${n + 1}::text)
        AND ($${n + 2}::text IS NULL OR s.date COLLATE "C" <= $${n + 2}::text)
        AND ($${n + 3}::text IS NULL OR p.name = $${n + 3}::text)
        AND ($${n + 4}::text IS NULL OR strpos(s.byline, $${n + 4}::text) > 0)
      ORDER BY ss.story_id DESC LIMIT $${n + 5}::int`,
    values,
  };
}

const SQL = {
  index: `INSERT INTO story_search (story_id, headline_grams, body_grams, headline_chars, body_chars)
    VALUES ($1, $2::tsvector, $3::tsvector, $4::tsvector, $5::tsvector)
    ON CONFLICT (story_id) DO UPDATE SET headline_grams = EXCLUDED.headline_grams, body_grams = EXCLUDED.body_grams,
      headline_chars = EXCLUDED.headline_chars, body_chars = EXCLUDED.body_chars`,
  remove: `DELETE FROM story_search WHERE story_id = $1`,
  clear: `DELETE FROM story_search`,
  details: `SELECT s.id, p.name AS publication, s.date, s.headline, s.byline, s.truncated, s.genre, s.language, s.body
    FROM stories s LEFT JOIN publications p ON p.id = s.publication_id
    WHERE s.id = ANY($1::bigint[])`,
} as const;

export function pgSearchIndexStore(db: Queryable): SearchIndexStore {
  const run = <R extends QueryResultRow>(name: keyof typeof SQL, values: unknown[]) =>
    db.query<R>({ name: `search_${name}`, text: SQL[name], values });
  const ids = async (query: { text: string; values: unknown[] }) => (await db.query<{ id: number }>(query)).rows.map((r) => r.id);

  return {
    async index(id, headline, body) {
      const cols = [indexText(headline), indexText(body)].map((t) => positioned(ftsTokens(t)));
      const chars = [charText(headline), charText(body)].map((t) => unpositioned(ftsTokens(t)));
      await run('index', [id, ...cols, ...chars]);
    },
    async remove(id) {
      await run('remove', [id]);
    },
    async clear() {
      await run('clear', []);
    },
    async search(query, f, limit, offset) {
      const { match } = compileQueryWith(query, pgRenderer);
      if (match === null) return [];
      const window = Math.max(RANKED_WINDOW, (offset + limit) * 2);
      const anyParams: unknown[] = [];
      const anywhere = condition(match, 'any', anyParams);
      // A headline hit must match the whole query too: an excluded term in its body excludes it.
      const headlineParams = [...anyParams];
      const inHeadline = await ids(windowSql(`${anywhere} AND ${condition(match, 'headline', headlineParams)}`, headlineParams, f, window));
      const headlineIds = new Set(inHeadline);
      const ranked = inHeadline.map((id) => ({ id, score: 2 }));
      if (ranked.length < offset + limit) {
        for (const id of await ids(windowSql(anywhere, anyParams, f, window))) {
          if (!headlineIds.has(id)) ranked.push({ id, score: 1 });
        }
      }
      const page = ranked.slice(offset, offset + limit);
      if (page.length === 0) return [];
      const rows = (await run<Parameters<typeof toSummary>[0] & { body: string }>('details', [page.map((c) => c.id)])).rows;
      const byId = new Map(rows.map((r) => [r.id, r]));
      return page.flatMap((c) => {
        const row = byId.get(c.id);
        return row ? [{ ...toSummary(row), body: row.body, score: c.score }] : [];
      });
    },
  };
}
