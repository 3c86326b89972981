/**
 * The archive fetched page by page (PAGE_SIZE rows by offset) as rows come into view. A
 * restart (the archive or the filters changed, or Retry) drops every page and any answer
 * still on its way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StorySummary } from '../../../../shared/domain/story';
import { api } from '../../api';

export const PAGE_SIZE = 200;

export interface ArchiveFilters {
  from?: string;
  to?: string;
  publication?: string;
  byline?: string;
}

export function useArchivePages(version: number, filters: ArchiveFilters | undefined, onTotal?: (total: number | null) => void) {
  // A stable key so the effect below reloads only when a filter value really changed.
  const filterKey = JSON.stringify(filters ?? {});
  const pages = useRef(new Map<number, StorySummary[]>());
  const inflight = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [, setTick] = useState(0);

  const fetchPage = useCallback((page: number) => {
    if (pages.current.has(page) || inflight.current.has(page)) return;
    const gen = generation.current;
    inflight.current.add(page);
    api.call('archive:list', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, ...(JSON.parse(filterKey) as ArchiveFilters) }).then(
      (result) => {
        if (gen !== generation.current) return;
        inflight.current.delete(page);
        pages.current.set(page, result.items);
        setTotal(result.total);
        setError(null);
        setTick((n) => n + 1);
      },
      (err: unknown) => {
        if (gen !== generation.current) return;
        inflight.current.delete(page);
        setError(err);
      },
    );
  }, [filterKey]);

  const restart = useCallback(() => {
    generation.current += 1;
    pages.current.clear();
    inflight.current.clear();
    setError(null);
    fetchPage(0);
  }, [fetchPage]);

  // (Re)load from the first page whenever the archive or the filters changed.
  useEffect(() => {
    restart();
  }, [version, restart]);

  useEffect(() => onTotal?.(total), [total, onTotal]);

  const rowAt = (index: number): StorySummary | undefined => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  return { total, error, fetchPage, restart, rowAt };
}
