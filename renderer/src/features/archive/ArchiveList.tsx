/**
 * The whole archive as one virtualised list: only the rows on screen are in the DOM, and
 * pages of PAGE_SIZE rows are fetched by offset as they scroll into view, so 100k+ stories
 * stay smooth. Rows are links to #/archive/story/:id named by their headline.
 */
import { memo, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Alert, Button, EmptyState, Skeleton, Text } from '@mantine/core';
import { IconAlertTriangle, IconArchive } from '@tabler/icons-react';
import type { StorySummary } from '../../../../shared/domain/story';
import { useI18n } from '../../i18n';
import { shownHeadline } from './shownHeadline';
import { routeHref } from '../../router';
import { errorMessage } from '../common/notify';
import { StoryBadges, StoryMeta } from './StoryMeta';
import { PAGE_SIZE, useArchivePages, type ArchiveFilters } from './useArchivePages';
import classes from './Archive.module.css';

export { PAGE_SIZE } from './useArchivePages';
export const ROW_HEIGHT = 64;

interface Props {
  /** Changes when the archive changed (an import finished): the list reloads. */
  version: number;
  /** False while the reader covers the list; the scroll position is kept for the return. */
  active: boolean;
  /** The story last opened, focused again when the list comes back. */
  lastOpenedId: number | null;
  onTotal?: (total: number | null) => void;
  /** Date, publication and byline filters (complete values only). */
  filters?: ArchiveFilters;
}

export function ArchiveList({ version, active, lastOpenedId, onTotal, filters }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const scrollRef = useRef<HTMLDivElement>(null);
  const savedOffset = useRef(0);
  const { total, error, fetchPage, restart, rowAt } = useArchivePages(version, filters, onTotal);

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  // Fetch the pages the visible range needs.
  useEffect(() => {
    if (total === null || last < 0) return;
    for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) fetchPage(page);
  }, [first, last, total, fetchPage]);

  // Keep the place while hidden behind the reader; focus the story that was open on return.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    if (!active) return;
    if (savedOffset.current > 0) el.scrollTop = savedOffset.current;
    if (lastOpenedId !== null) {
      const row = el.querySelector<HTMLElement>(`a[data-story-id="${lastOpenedId}"]`);
      row?.focus({ preventScroll: true });
    }
  }, [active, lastOpenedId]);

  const focusRow = (index: number) => {
    const count = total ?? 0;
    if (count === 0) return;
    const target = Math.max(0, Math.min(count - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const tryFocus = (attempt: number) => {
      const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"] a, [data-index="${target}"] [data-row]`);
      if (el) el.focus({ preventScroll: true });
      else if (attempt < 5) requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    requestAnimationFrame(() => tryFocus(0));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const holder = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!holder) return;
    const index = Number(holder.dataset.index);
    const step = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + step,
      PageUp: index - step,
      Home: 0,
      End: (total ?? 1) - 1,
    };
    const next = moves[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    focusRow(next);
  };

  if (error && total === null) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('common.error')} role="alert">
        <Text size="sm" mb="xs">
          {errorMessage(i18n, error)}
        </Text>
        <Button size="xs" variant="light" onClick={restart}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }

  if (total === 0) return <EmptyArchive />;

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      onScroll={(event) => {
        if (active) savedOffset.current = event.currentTarget.scrollTop;
      }}
      onKeyDown={onKeyDown}
    >
      {total === null ? (
        <div aria-busy="true" aria-label={t('common.loading')}>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={ROW_HEIGHT - 12} mb={12} />
          ))}
        </div>
      ) : (
        <div role="list" aria-label={t('archive.listLabel')} className={classes.sizer} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const story = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="listitem"
                aria-setsize={total}
                aria-posinset={item.index + 1}
                data-index={item.index}
                className={classes.rowHolder}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              >
                {story ? (
                  <StoryRow story={story} />
                ) : (
                  <div className={classes.rowPlaceholder} data-row tabIndex={-1} aria-label={t('archive.rowLoading', { index: item.index + 1 })}>
                    <Skeleton height={14} width="60%" mb={8} />
                    <Skeleton height={10} width="35%" />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}

function EmptyArchive() {
  const { t } = useI18n();
  return (
    <EmptyState
      mt="xl"
      icon={<IconArchive size={32} aria-hidden />}
      withIndicatorBackground
      title={t('archive.emptyTitle')}
      description={t('archive.emptyBody')}
    />
  );
}

/** Memoised: the list renders again as the reader covers and uncovers it, and a row's story is the same object. */
const StoryRow = memo(function StoryRow({ story }: { story: StorySummary }) {
  const i18n = useI18n();
  const headlineId = `story-${story.id}-headline`;
  const metaId = `story-${story.id}-meta`;
  return (
    <a
      className={classes.row}
      href={routeHref({ page: 'archive', storyId: story.id })}
      data-story-id={story.id}
      aria-labelledby={headlineId}
      aria-describedby={metaId}
      lang={story.language === 'zh' ? 'zh-CN' : 'en'}
    >
      <div className={classes.rowTop}>
        <span className={classes.headline} id={headlineId}>
          {shownHeadline(i18n, story.headline)}
        </span>
        <StoryBadges story={story} />
      </div>
      <StoryMeta id={metaId} date={story.date} publication={story.publication} byline={story.byline} />
    </a>
  );
});
