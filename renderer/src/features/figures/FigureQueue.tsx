/**
 * #/figures/queue: figures nobody has reviewed yet, newest stories first, each with a little
 * of the text around it and a link to the story at that figure. Keyboard: j/k or ↓/↑ move,
 * c confirms, x rejects, e edits, Enter opens the story. Confirm and reject leave the list at
 * once (optimistically) and come back if the core refuses.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconListCheck, IconPencil, IconRefresh, IconX } from '@tabler/icons-react';
import type { FigurePatch, OutputOf } from '../../../../shared/contract';
import { CONTEXT_CHARS } from '../../../../shared/figure-context';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { navigate, routeHref } from '../../router';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage, notifyError, notifySuccess } from '../common/notify';
import { FigureEditForm } from './FigureEditForm';
import { figureSummary, KIND_COLORS, KIND_KEYS } from './figureText';
import classes from './FigureQueue.module.css';

type QueueItem = OutputOf<'figures:queue'>[number];

const LIMIT = 200;
/** Rows drawn in the page's first frame; the rest follow in the next, so the queue shows at once (200 rows in one go held the page for seconds). */
const FIRST_ROWS = 30;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function FigureQueue() {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const { data, error, loading, reload } = useApiQuery('figures:queue', { limit: LIMIT });
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [index, setIndex] = useState(0);
  const [editingId, setEditingId] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (data) setItems(data);
  }, [data]);

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

  // Bare keys, so not while typing, with a modifier, or with a dialog open.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('[role="dialog"]')) return;
      if (!current) return;
      const target = event.target as HTMLElement | null;
      switch (event.key) {
        case 'j':
        case 'ArrowDown':
          moveTo(index + 1);
          break;
        case 'k':
        case 'ArrowUp':
          moveTo(index - 1);
          break;
        case 'c':
          void review(current, 'confirmed');
          break;
        case 'x':
          void review(current, 'rejected');
          break;
        case 'e':
          setEditingId(current.id);
          break;
        case 'Enter':
          // A focused link or button does its own thing.
          if (target?.closest('a, button')) return;
          open(current);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, index, moveTo, review, open]);

  // Keep the selection inside the list as it shrinks.
  useEffect(() => {
    if (count > 0 && index > count - 1) setIndex(count - 1);
  }, [count, index]);

  let content;
  if (error && !items) {
    content = (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('common.error')} role="alert">
        <Text size="sm" mb="xs">
          {errorMessage(i18n, error)}
        </Text>
        <Button size="xs" variant="light" onClick={reload}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  } else if (!items) {
    content = (
      <Center py="xl">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  } else if (items.length === 0) {
    content = (
      <Stack align="center" gap={4} py="xl" role="status">
        <IconListCheck size={28} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text>{t('queue.empty')}</Text>
      </Stack>
    );
  } else {
    const selectedIndex = Math.min(index, count - 1);
    content = (
      <ul className={classes.list} aria-label={t('queue.listLabel')} ref={listRef}>
        {items.slice(0, drawn).map((item, i) => (
          <QueueRow
            key={item.id}
            item={item}
            index={i}
            selected={i === selectedIndex}
            editing={editingId === item.id}
            onSelect={() => setIndex(i)}
            onConfirm={() => void review(item, 'confirmed')}
            onReject={() => void review(item, 'rejected')}
            onEdit={() => {
              setIndex(i);
              setEditingId(editingId === item.id ? null : item.id);
            }}
            onSave={(patch) => saveEdit(item, patch)}
            onCancelEdit={() => {
              setEditingId(null);
              focusRow(i);
            }}
          />
        ))}
      </ul>
    );
  }

  return (
    <Stack gap="sm" maw="60rem">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Group gap="xs" align="baseline">
          <Title order={1} size="h3">
            {t('queue.title')}
          </Title>
          {items && items.length > 0 && (
            <Text span size="sm" c="dimmed" aria-live="polite">
              {tn('queue.count', items.length)}
            </Text>
          )}
        </Group>
        <Button variant="default" size="xs" leftSection={<IconRefresh size={14} aria-hidden />} onClick={reload} loading={loading && items !== null}>
          {t('queue.reload')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('queue.intro')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('queue.keys')}
      </Text>
      {content}
    </Stack>
  );
}

interface RowProps {
  item: QueueItem;
  index: number;
  selected: boolean;
  editing: boolean;
  onSelect: () => void;
  onConfirm: () => void;
  onReject: () => void;
  onEdit: () => void;
  onSave: (patch: FigurePatch) => Promise<void>;
  onCancelEdit: () => void;
}

function QueueRow({ item, index, selected, editing, onSelect, onConfirm, onReject, onEdit, onSave, onCancelEdit }: RowProps) {
  const i18n = useI18n();
  const { t } = i18n;
  // The core cuts the context where the story is (figures:queue), so the queue never fetches 200 stories.
  const { before, after } = item;
  const details = [item.metric, item.entity, item.period?.label].filter(Boolean).join(' · ');

  return (
    <li
      className={classes.row}
      data-queue-index={index}
      tabIndex={-1}
      aria-current={selected}
      onClick={onSelect}
      onFocus={(event) => {
        if (event.target === event.currentTarget || !selected) onSelect();
      }}
    >
      <div className={classes.main}>
        <p className={classes.context} style={{ margin: 0 }} data-content>
          {before && (before.length >= CONTEXT_CHARS ? `…${before}` : before)}
          <mark className={classes.quote}>{item.quote}</mark>
          {after && (after.length >= CONTEXT_CHARS ? `${after}…` : after)}
        </p>
        <Group gap={6} mt={2}>
          <Text size="sm" fw={600} span>
            {figureSummary(i18n, item)}
          </Text>
          <Badge size="xs" variant="light" color={KIND_COLORS[item.kind]}>
            {t(KIND_KEYS[item.kind])}
          </Badge>
          {details && (
            <Text size="xs" c="dimmed" span data-content>
              {details}
            </Text>
          )}
        </Group>
        <a className={classes.headline} data-content href={routeHref({ page: 'archive', storyId: item.storyId, figureId: item.id })}>
          {item.headline}
        </a>
        {editing && (
          <div className={classes.edit}>
            <FigureEditForm figure={item} onSave={onSave} onCancel={onCancelEdit} />
          </div>
        )}
      </div>
      <Group gap={4} className={classes.actions} wrap="nowrap">
        <Button title={`${t('reader.confirm')} (c)`} aria-keyshortcuts="c" size="compact-xs" variant="light" color="teal" leftSection={<IconCheck size={12} aria-hidden />} onClick={onConfirm}>
          {t('reader.confirm')}
        </Button>
        <Button title={`${t('reader.reject')} (x)`} aria-keyshortcuts="x" size="compact-xs" variant="light" color="red" leftSection={<IconX size={12} aria-hidden />} onClick={onReject}>
          {t('reader.reject')}
        </Button>
        <Button title={`${t('reader.edit')} (e)`} aria-keyshortcuts="e" size="compact-xs" variant={editing ? 'filled' : 'default'} leftSection={<IconPencil size={12} aria-hidden />} aria-expanded={editing} onClick={onEdit}>
          {t('reader.edit')}
        </Button>
      </Group>
    </li>
  );
}
