import { useEffect, useRef, useState, type ReactNode } from 'react';

/** How far outside the viewport a part starts rendering, so it is usually drawn before it scrolls in. */
const LEAD = '600px 0px';

/**
 * Renders its children once their place comes near the viewport, holding that place's
 * height until then, and keeps them once drawn. A page's parts below the fold (the targets
 * board's charts under a long table: a series request and a chart drawing each) then cost
 * nothing when the page opens. Without IntersectionObserver it renders at once.
 */
export function NearView({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = place.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      { rootMargin: LEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  if (near) return <>{children}</>;
  return <div ref={place} style={{ minHeight }} data-testid="near-view-placeholder" />;
}
