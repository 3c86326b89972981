import { startTransition, useEffect, useState } from 'react';

/** Rows drawn in a list's first frame: more than a window holds. */
export const FIRST_ROWS = 30;

/**
 * The rows to draw now: the first FIRST_ROWS in the frame that shows the page, then all of
 * them as a transition, which React renders between frames. A list of hundreds of rows
 * (the targets register) otherwise holds the page until every row is built, though only
 * the first dozen are on screen.
 */
export function useDrawnRows<T>(rows: readonly T[]): readonly T[] {
  const [drawn, setDrawn] = useState(FIRST_ROWS);
  useEffect(() => {
    if (drawn < rows.length) startTransition(() => setDrawn(rows.length));
  }, [drawn, rows.length]);
  return drawn >= rows.length ? rows : rows.slice(0, drawn);
}
