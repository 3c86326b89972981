import type { SearchQuery, SearchResult } from '../../../shared/domain/archive';
import type { Repositories } from '../db/repositories';
import { compileQuery } from './search-query';
import { makeSnippet, markHeadline } from './search-snippet';

/** Searches headline and body; every query length goes through the FTS5 index. */
export function searchArchive(repos: Repositories, query: Required<Pick<SearchQuery, 'query' | 'limit' | 'offset'>> & SearchQuery): SearchResult {
  const started = performance.now();
  const compiled = compileQuery(query.query);
  if (!compiled.match) return { hits: [], tookMs: 0 };
  const rows = repos.searchIndex.search(
    compiled.match,
    {
      from: query.from ?? null,
      to: query.to ?? null,
      publication: query.publication ?? null,
      byline: query.byline ?? null,
    },
    query.limit,
    query.offset,
  );
  const hits = rows.map((row) => ({
    storyId: row.id,
    headline: row.headline,
    date: row.date,
    publication: row.publication,
    byline: row.byline,
    snippet: makeSnippet(row.body, compiled.highlight),
    headlineRuns: markHeadline(row.headline, compiled.highlight),
    score: Math.round(row.score * 1000) / 1000,
  }));
  return { hits, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
