/**
 * Hash routes, so a reload keeps the place and nothing needs a server-side router:
 * #/archive, #/archive/story/12, #/archive/story/12?figure=34, #/figures/queue,
 * #/targets, #/targets/5 (a target's detail), #/check, #/check/12 (a story checked), #/drafts, #/drafts/5 (a draft), #/settings.
 */
import { useSyncExternalStore } from 'react';

export const PAGES = ['archive', 'queue', 'targets', 'check', 'drafts', 'settings'] as const;
export type PageId = (typeof PAGES)[number];

export interface Route {
  page: PageId;
  storyId: number | null;
  /** A figure to select in the reader (#/archive/story/12?figure=34). */
  figureId: number | null;
  /** A target to open on the board (#/targets/5). */
  targetId?: number | null;
  /** A draft open in the editor (#/drafts/5). */
  draftId?: number | null;
}

export const DEFAULT_ROUTE: Route = { page: 'archive', storyId: null, figureId: null };

function positiveId(text: string | null | undefined): number | null {
  if (!text || !/^\d+$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'figures' && parts[1] === 'queue') return { page: 'queue', storyId: null, figureId: null };
  const page = parts[0] as PageId | undefined;
  if (!page || page === 'queue' || !PAGES.includes(page)) return DEFAULT_ROUTE;
  if (page === 'archive' && parts[1] === 'story') {
    const id = positiveId(parts[2]);
    if (id !== null) return { page, storyId: id, figureId: positiveId(params.get('figure')) };
  }
  if (page === 'check' && positiveId(parts[1]) !== null) return { page, storyId: positiveId(parts[1]), figureId: null };
  if (page === 'targets' && positiveId(parts[1]) !== null) return { page, storyId: null, figureId: null, targetId: positiveId(parts[1]) };
  if (page === 'drafts' && parts[1]) {
    const id = positiveId(parts[1]);
    if (id !== null) return { page, storyId: null, figureId: null, draftId: id };
  }
  return { page, storyId: null, figureId: null };
}

export function routeHref(route: Partial<Route> & { page: PageId }): string {
  if (route.page === 'archive' && route.storyId) {
    return `#/archive/story/${route.storyId}${route.figureId ? `?figure=${route.figureId}` : ''}`;
  }
  if (route.page === 'queue') return '#/figures/queue';
  if (route.page === 'drafts' && route.draftId) return `#/drafts/${route.draftId}`;
  if (route.page === 'check' && route.storyId) return `#/check/${route.storyId}`;
  if (route.page === 'targets' && route.targetId) return `#/targets/${route.targetId}`;
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
