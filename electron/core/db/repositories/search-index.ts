import type { Db } from '../connection';
import { charText, gramText } from '../../archive/search-tokens';
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

/** Owns the story_search FTS5 table (see migration 0002 for its design). */
export function searchIndexRepository(db: Db) {
  const insertStmt = db.prepare(
    `INSERT INTO story_search (rowid, headline_grams, body_grams, headline_chars, body_chars) VALUES (?, ?, ?, ?, ?)`,
  );
  const deleteStmt = db.prepare(`DELETE FROM story_search WHERE rowid = ?`);
  const clearStmt = db.prepare(`DELETE FROM story_search`);
  const filters = `
      AND (@from IS NULL OR s.date >= @from)
      AND (@to IS NULL OR s.date <= @to)
      AND (@publication IS NULL OR p.name = @publication)
      AND (@byline IS NULL OR instr(s.byline, @byline) > 0)`;
  const select = `SELECT s.id, p.name AS publication, s.date, s.headline, s.byline, s.truncated, s.genre, s.language, s.body,
                         bm25(story_search, 8.0, 1.0, 4.0, 0.5) AS score
    FROM story_search JOIN stories s ON s.id = story_search.rowid LEFT JOIN publications p ON p.id = s.publication_id
    WHERE story_search MATCH @match ${filters}`;
  // Ranked by relevance (bm25: lower is better).
  const rankedStmt = db.prepare(`${select} ORDER BY score LIMIT @limit OFFSET @offset`);
  // Single characters match most of an archive; ranking every match would cost a full
  // scan of the posting list, so such queries list the newest stories first.
  const recentStmt = db.prepare(`${select} ORDER BY story_search.rowid DESC LIMIT @limit OFFSET @offset`);

  return {
    index(id: number, headline: string, body: string): void {
      insertStmt.run(id, gramText(headline), gramText(body), charText(headline), charText(body));
    },
    remove(id: number): void {
      deleteStmt.run(id);
    },
    clear(): void {
      clearStmt.run();
    },
    search(match: string, f: SearchFilters, limit: number, offset: number, byRecency: boolean): RawHit[] {
      const stmt = byRecency ? recentStmt : rankedStmt;
      const rows = stmt.all({ match, ...f, limit, offset }) as Array<Parameters<typeof toSummary>[0] & { body: string; score: number }>;
      return rows.map((row) => ({ ...toSummary(row), body: row.body, score: -row.score }));
    },
  };
}
