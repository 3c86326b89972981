/**
 * Hash routes, so a reload keeps the place and nothing needs a server-side router:
 * #/archive, #/archive/story/12, #/targets, #/check, #/drafts, #/settings.
 */
import { useSyncExternalStore } from 'react';

export const PAGES = ['archive', 'targets', 'check', 'drafts', 'settings'] as const;
export type PageId = (typeof PAGES)[number];

export interface Route {
  page: PageId;
  storyId: number | null;
}

export const DEFAULT_ROUTE: Route = { page: 'archive', storyId: null };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const page = parts[0] as PageId | undefined;
  if (!page || !PAGES.includes(page)) return DEFAULT_ROUTE;
  if (page === 'archive' && parts[1] === 'story' && parts[2] && /^\d+$/.test(parts[2])) {
    const id = Number(parts[2]);
    if (Number.isSafeInteger(id) && id > 0) return { page, storyId: id };
  }
  return { page, storyId: null };
}

export function routeHref(route: Partial<Route> & { page: PageId }): string {
  if (route.page === 'archive' && route.storyId) return `#/archive/story/${route.storyId}`;
  return `#/${route.page}`;
}

export function navigate(route: Partial<Route> & { page: PageId }): void {
  const href = routeHref(route);
  if (window.location.hash !== href) window.location.hash = href;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return parseHash(hash);
}
