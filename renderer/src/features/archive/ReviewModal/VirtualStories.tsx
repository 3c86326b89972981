import { useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReviewStory } from '../reviewEdit';
import classes from './ReviewModal.module.css';

/**
 * A page of many stories (a long paste, a whole edition) draws only the editors in view: a
 * 300 KB paste once drew 1,968 of them in one form and took 37 s.
 */
export function VirtualStories({ stories, renderStory }: { stories: ReviewStory[]; renderStory: (story: ReviewStory, index: number) => ReactNode }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: stories.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 360,
    overscan: 3,
    getItemKey: (index) => stories[index]!.key,
  });
  return (
    <div ref={scroller} className={classes.virtualStories}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
          >
            {renderStory(stories[item.index]!, item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}

