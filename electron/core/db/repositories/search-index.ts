import type { Db } from '../connection';
import { charText, indexText } from '../../text/search-tokens';
import type { StorySummary } from '../../../../shared/domain/story';
import { toSummary } from './stories';

export interface SearchFilters {
  from: string | null;
  to: string | null;
  publication: string | null;
  byline: string | null;
}

export interface RawHit extends StorySummary {
  body: string;
  score: number;
}

export type SearchIndexRepository = ReturnType<typeof searchIndexRepository>;

/**
 * How search ranks, and why not bm25: bm25 needs each phrase's document frequency, which
 * for a phrase of common bigrams means walking the phrase's whole doclist — 50–80 ms at
 * 200,000 stories. Instead: stories whose headline matches come first, then stories whose
 * body matches, each newest first, read straight off the index (FTS5 walks its doclists in
 * rowid order and stops at the window). That is also the order an editor checking a figure
 * wants: the story about it, then the latest reporting.
 */
export const RANKED_WINDOW = 2000;

/** Whether a compiled MATCH (search-query.ts: user text only inside "quoted" phrases) holds a NOT. */
function excludes(match: string): boolean {
  return / NOT /.test(match.replace(/"(?:[^"]|"")*"/g, '""'));
}

/** Owns the story_search FTS5 table (see migration 0002 for its design). */
export function searchIndexRepository(db: Db) {
  const insertStmt = db.prepare(
    `INSERT INTO story_search (rowid, headline_grams, body_grams, headline_chars, body_chars) VALUES (?, ?, ?, ?, ?)`,
  );
  const deleteStmt = db.prepare(`DELETE FROM story_search WHERE rowid = ?`);
  const clearStmt = db.prepare(`DELETE FROM story_search`);
  const windowStmt = db
    .prepare(`SELECT rowid FROM story_search WHERE story_search MATCH @match ORDER BY rowid DESC LIMIT @window`)
    .pluck();
  const filteredWindowStmt = db
    .prepare(
      `SELECT story_search.rowid
    FROM story_search JOIN stories s ON s.id = story_search.rowid LEFT JOIN publications p ON p.id = s.publication_id
    WHERE story_search MATCH @match
      AND (@from IS NULL OR s.date >= @from)
      AND (@to IS NULL OR s.date <= @to)
      AND (@publication IS NULL OR p.name = @publication)
      AND (@byline IS NULL OR instr(s.byline, @byline) > 0)
    ORDER BY story_search.rowid DESC LIMIT @window`,
    )
    .pluck();
  const detailsStmt = db.prepare(`
    SELECT s.id, p.name AS publication, s.date, s.headline, s.byline, s.truncated, s.genre, s.language, s.body
    FROM stories s LEFT JOIN publications p ON p.id = s.publication_id
    WHERE s.id IN (SELECT value FROM json_each(?))`);

  const matching = (match: string, f: SearchFilters, window: number, filtered: boolean): number[] =>
    (filtered ? filteredWindowStmt.all({ match, ...f, window }) : windowStmt.all({ match, window })) as number[];

  return {
    index(id: number, headline: string, body: string): void {
      insertStmt.run(id, indexText(headline), indexText(body), charText(headline), charText(body));
    },
    remove(id: number): void {
      deleteStmt.run(id);
    },
    clear(): void {
      clearStmt.run();
    },
    /** The hits from `offset` to `offset + limit`: headline matches first, then body matches, newest first. */
    search(match: string, f: SearchFilters, limit: number, offset: number): RawHit[] {
      const window = Math.max(RANKED_WINDOW, (offset + limit) * 2);
      const filtered = f.from !== null || f.to !== null || f.publication !== null || f.byline !== null;
      // Nested column filters intersect, so this keeps the query's logic and asks for it in headlines.
      // In headlines alone, NOT would miss an excluded term in the body: a query that excludes
      // must also match as a whole (only then, as that walks the body doclists too).
      const headlineOnly = `{headline_grams headline_chars} : (${match})`;
      const inHeadline = matching(excludes(match) ? `(${match}) AND ${headlineOnly}` : headlineOnly, f, window, filtered);
      const headlineIds = new Set(inHeadline);
      const ranked = inHeadline.map((id) => ({ id, score: 2 }));
      if (ranked.length < offset + limit) {
        for (const id of matching(match, f, window, filtered)) if (!headlineIds.has(id)) ranked.push({ id, score: 1 });
      }
      const page = ranked.slice(offset, offset + limit);
      if (page.length === 0) return [];
      const rows = detailsStmt.all(JSON.stringify(page.map((c) => c.id))) as Array<Parameters<typeof toSummary>[0] & { body: string }>;
      const byId = new Map(rows.map((r) => [r.id, r]));
      return page.flatMap((c) => {
        const row = byId.get(c.id);
        return row ? [{ ...toSummary(row), body: row.body, score: c.score }] : [];
      });
    },
  };
}
