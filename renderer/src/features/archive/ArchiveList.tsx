/**
 * The whole archive as one virtualised list: only the rows on screen are in the DOM, and
 * pages of PAGE_SIZE rows are fetched by offset as they scroll into view, so 100k+ stories
 * stay smooth. Rows are links to #/archive/story/:id named by their headline.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Alert, Button, EmptyState, Skeleton, Text } from '@mantine/core';
import { IconAlertTriangle, IconArchive } from '@tabler/icons-react';
import type { StorySummary } from '../../../../shared/domain/story';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { shownHeadline } from './shownHeadline';
import { routeHref } from '../../router';
import { errorMessage } from '../common/notify';
import { StoryBadges, StoryMeta } from './StoryMeta';
import classes from './Archive.module.css';

export const PAGE_SIZE = 200;
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
  filters?: { from?: string; to?: string; publication?: string; byline?: string };
}

export function ArchiveList({ version, active, lastOpenedId, onTotal, filters }: Props) {
  // A stable key so the effect below reloads only when a filter value really changed.
  const filterKey = JSON.stringify(filters ?? {});
  const i18n = useI18n();
  const { t } = i18n;
  const scrollRef = useRef<HTMLDivElement>(null);
  const pages = useRef(new Map<number, StorySummary[]>());
  const inflight = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [, setTick] = useState(0);
  const savedOffset = useRef(0);

  const fetchPage = useCallback((page: number) => {
    if (pages.current.has(page) || inflight.current.has(page)) return;
    const gen = generation.current;
    inflight.current.add(page);
    api.call('archive:list', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, ...(JSON.parse(filterKey) as Props['filters']) }).then(
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

  // (Re)load from the first page whenever the archive or the filters changed.
  useEffect(() => {
    generation.current += 1;
    pages.current.clear();
    inflight.current.clear();
    setError(null);
    fetchPage(0);
  }, [version, fetchPage]);

  useEffect(() => onTotal?.(total), [total, onTotal]);

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

  const rowAt = (index: number): StorySummary | undefined => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

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
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            generation.current += 1;
            pages.current.clear();
            inflight.current.clear();
            setError(null);
            fetchPage(0);
          }}
        >
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

function StoryRow({ story }: { story: StorySummary }) {
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
}
