/**
 * The review queue's state: the figures still to review, the selected one, the one being
 * edited, and how many rows are drawn. Confirm and reject leave the list at once
 * (optimistically) and come back if the core refuses.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { FigurePatch } from '../../../../shared/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { useApiQuery } from '../../useApiQuery';
import { notifyError, notifySuccess } from '../common/notify';
import { queueActionFor, type QueueAction } from './queueKeys';
import type { QueueItem } from './QueueRow';

const LIMIT = 200;
/**
 * Rows drawn in the page's first frame; the rest follow in the next, so the queue shows at once
 * (200 rows in one go held the page for seconds). A row is about 90 px tall, so 12 fill a
 * window 1,080 px high; 30 cost twice the first frame for rows below it.
 */
const FIRST_ROWS = 12;

export function useFigureQueue() {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useApiQuery('figures:queue', { limit: LIMIT });
  const { data } = query;
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [index, setIndex] = useState(0);
  const [editingId, setEditingId] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // Each answer is taken while rendering, not in an effect, which cost a render and a commit
  // that still showed the loader before the first rows.
  const [taken, setTaken] = useState<typeof data>(undefined);
  if (data && data !== taken) {
    setTaken(data);
    setItems(data);
  }

  const count = items?.length ?? 0;
  const [drawn, setDrawn] = useState(FIRST_ROWS);
  useEffect(() => {
    if (drawn >= count) return;
    // The rest as a transition: React renders them in slices between frames, so the frame that
    // shows the first rows is painted first and the page stays responsive while the rest come.
    startTransition(() => setDrawn(count));
  }, [drawn, count]);
  const current = items?.[Math.min(index, count - 1)] ?? null;

  const focusRow = useCallback((i: number) => {
    requestAnimationFrame(() => {
      const row = listRef.current?.querySelector<HTMLElement>(`[data-queue-index="${i}"]`);
      row?.focus({ preventScroll: true });
      row?.scrollIntoView({ block: 'nearest' });
    });
  }, []);

  const moveTo = useCallback(
    (i: number) => {
      if (count === 0) return;
      const next = Math.max(0, Math.min(count - 1, i));
      setIndex(next);
      setEditingId(null);
      focusRow(next);
    },
    [count, focusRow],
  );

  /** Confirm or reject: out of the list at once, back in if the core says no. */
  const review = useCallback(
    async (item: QueueItem, verdict: 'confirmed' | 'rejected') => {
      const at = items?.findIndex((f) => f.id === item.id) ?? -1;
      if (at < 0) return;
      setItems((now) => now?.filter((f) => f.id !== item.id) ?? now);
      setEditingId(null);
      focusRow(Math.min(at, count - 2));
      try {
        await api.call('figures:update', { id: item.id, patch: { review: verdict } });
        notifySuccess(t(verdict === 'confirmed' ? 'reader.figureConfirmed' : 'reader.figureRejected'), { id: 'queue-review' });
      } catch (err) {
        setItems((now) => {
          if (!now || now.some((f) => f.id === item.id)) return now;
          const out = now.slice();
          out.splice(Math.min(at, out.length), 0, item);
          return out;
        });
        notifyError(i18n, err);
      }
    },
    [items, count, focusRow, t, i18n],
  );

  const saveEdit = useCallback(
    async (item: QueueItem, patch: FigurePatch) => {
      try {
        const saved = await api.call('figures:update', { id: item.id, patch });
        // The core counts a correction as a review: then the figure leaves the queue.
        setItems((now) =>
          saved.review === 'unreviewed' ? (now?.map((f) => (f.id === item.id ? { ...saved, headline: item.headline, before: item.before, after: item.after } : f)) ?? now) : (now?.filter((f) => f.id !== item.id) ?? now),
        );
        setEditingId(null);
        notifySuccess(t('reader.figureSaved'), { id: 'queue-review' });
        const at = items?.findIndex((f) => f.id === item.id) ?? -1;
        if (at >= 0) focusRow(saved.review === 'unreviewed' ? at : Math.min(at, (items?.length ?? 1) - 2));
      } catch (err) {
        notifyError(i18n, err);
      }
    },
    [items, focusRow, t, i18n],
  );

  const open = useCallback((item: QueueItem) => navigate({ page: 'archive', storyId: item.storyId, figureId: item.id }), []);

  useEffect(() => {
    if (!current) return;
    const run: Record<QueueAction, () => void> = {
      next: () => moveTo(index + 1),
      previous: () => moveTo(index - 1),
      confirm: () => void review(current, 'confirmed'),
      reject: () => void review(current, 'rejected'),
      edit: () => setEditingId(current.id),
      open: () => open(current),
    };
    const onKey = (event: KeyboardEvent) => {
      const action = queueActionFor(event);
      if (!action) return;
      run[action]();
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, index, moveTo, review, open]);

  // Keep the selection inside the list as it shrinks.
  useEffect(() => {
    if (count > 0 && index > count - 1) setIndex(count - 1);
  }, [count, index]);

  return { query, items, index, setIndex, editingId, setEditingId, drawn, listRef, focusRow, review, saveEdit };
}
