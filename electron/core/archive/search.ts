import type { SearchHit, SearchQuery, SearchResult } from '../../../shared/domain/archive';
import type { Repositories } from '../db/repositories';
import { compileQuery, type CompiledQuery } from '../text/search-query';
import type { RawHit } from '../db/repositories/search-index';
import { makeSnippet, markHeadline } from './search-snippet';
import { printedNumerals } from '../text/search-values';
import { figuresOfValue, readFigureQuery } from './search-figures';
import { toSimplified } from '../text/simplify';

/** The query's terms, plus every printing in this body of a value it asks for (20000 → 两万). */
function highlightsIn(body: string, terms: string[], values: string[]): string[] {
  if (values.length === 0) return terms;
  const wanted = new Set(values);
  const printed = printedNumerals(toSimplified(body)).filter((n) => wanted.has(n.value));
  return [...terms, ...printed.map((n) => body.slice(n.start, n.end))];
}

/** A hit as the editor sees it, snippet and headline marked: the same for every engine's rows. */
export function toHit(row: RawHit, compiled: Pick<CompiledQuery, 'highlight' | 'values'>): SearchHit {
  return {
    storyId: row.id,
    headline: row.headline,
    date: row.date,
    publication: row.publication,
    byline: row.byline,
    snippet: makeSnippet(row.body, highlightsIn(row.body, compiled.highlight, compiled.values)),
    headlineRuns: markHeadline(row.headline, compiled.highlight),
    score: Math.round(row.score * 1000) / 1000,
  };
}

/** How many stored figures a figure query lists beside its stories. */
const FIGURES_LISTED = 20;

/**
 * Searches headline and body; every query length goes through the FTS5 index. A query that
 * reads as a figure (4.8万家, >40000 科技型企业) also lists the stored figures of that value.
 */
export function searchArchive(repos: Repositories, query: Required<Pick<SearchQuery, 'query' | 'limit' | 'offset'>> & SearchQuery): SearchResult {
  const started = performance.now();
  const compiled = compileQuery(query.query);
  const figureQuery = readFigureQuery(query.query);
  const figures = figureQuery ? { figures: figuresOfValue(repos, figureQuery, FIGURES_LISTED) } : {};
  if (!compiled.match) return { hits: [], tookMs: 0, ...figures };
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
  const hits = rows.map((row) => toHit(row, compiled));
  return { hits, ...figures, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
