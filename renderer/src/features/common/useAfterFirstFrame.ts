import { startTransition, useEffect, useState } from 'react';

/**
 * False in the render that shows a page, then true as a transition, which React renders
 * between frames: for the parts of a long page below its first screen, so the page shows
 * without waiting for them (the Settings page's lower sections held it for 100 ms and more).
 */
export function useAfterFirstFrame(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => startTransition(() => setAfter(true)), []);
  return after;
}
