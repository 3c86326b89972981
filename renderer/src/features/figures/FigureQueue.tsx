/**
 * #/figures/queue: figures nobody has reviewed yet, newest stories first, each with a little
 * of the text around it and a link to the story at that figure. Keyboard: j/k or ↓/↑ move,
 * c confirms, x rejects, e edits, Enter opens the story (queueKeys.ts). Confirm and reject
 * leave the list at once (optimistically) and come back if the core refuses.
 */
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconListCheck, IconRefresh } from '@tabler/icons-react';
import { useI18n } from '../../i18n';
import { errorMessage } from '../common/notify';
import { QueueRow } from './QueueRow';
import { useFigureQueue } from './useFigureQueue';
import classes from './FigureQueue.module.css';

export function FigureQueue() {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const queue = useFigureQueue();
  const { items, index, setIndex, editingId, setEditingId, drawn, listRef, focusRow, review, saveEdit } = queue;
  const { error, loading, reload } = queue.query;
  const count = items?.length ?? 0;

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
