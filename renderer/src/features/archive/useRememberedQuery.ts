/** The search is remembered across pages and reloads (for this window only). */
import { useEffect, useState } from 'react';

const QUERY_KEY = 'figure-desk:archive-query';

function rememberedQuery(): string {
  try {
    return sessionStorage.getItem(QUERY_KEY) ?? '';
  } catch {
    return '';
  }
}

export function useRememberedQuery() {
  const [query, setQuery] = useState(rememberedQuery);
  useEffect(() => {
    try {
      if (query) sessionStorage.setItem(QUERY_KEY, query);
      else sessionStorage.removeItem(QUERY_KEY);
    } catch {
      // Storage may be unavailable; the search is then simply not remembered.
    }
  }, [query]);
  return [query, setQuery] as const;
}
