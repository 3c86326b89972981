/**
 * Which figures of a story are tracked as targets, for marking them in the text and for
 * `t` on a tracked figure (it opens its target instead of offering to track it again).
 * Tracking anywhere in the window says so with `announceTracked`, and every story view
 * showing that story reloads.
 */
import { useEffect, useMemo } from 'react';
import type { Target } from '../../../../shared/domain/target';
import { useApiQuery } from '../../useApiQuery';

const TRACKED_EVENT = 'figure-desk:tracked';

export function announceTracked(storyId: number): void {
  window.dispatchEvent(new CustomEvent<number>(TRACKED_EVENT, { detail: storyId }));
}

/** figure id → the target tracking it. */
export function useTrackedFigures(storyId: number | null): Map<number, Target> {
  const query = useApiQuery('targets:list', storyId === null ? null : { sourceStoryId: storyId, limit: 5000 });
  const { reload } = query;
  useEffect(() => {
    const onTracked = (event: Event) => {
      if ((event as CustomEvent<number>).detail === storyId) reload();
    };
    window.addEventListener(TRACKED_EVENT, onTracked);
    return () => window.removeEventListener(TRACKED_EVENT, onTracked);
  }, [storyId, reload]);
  return useMemo(() => {
    const byFigure = new Map<number, Target>();
    for (const target of query.data ?? []) if (target.sourceFigureId !== null) byFigure.set(target.sourceFigureId, target);
    return byFigure;
  }, [query.data]);
}
