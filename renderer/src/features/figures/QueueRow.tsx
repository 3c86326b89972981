/** One figure in the review queue: its sentence, what was read, the story, and the three actions. */
import { Badge, Button, Group, Text } from '@mantine/core';
import { IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import type { FigurePatch, OutputOf } from '../../../../shared/contract';
import { CONTEXT_CHARS } from '../../../../shared/figure-context';
import { useI18n } from '../../i18n';
import { routeHref } from '../../router';
import { FigureEditForm } from './FigureEditForm';
import { figureSummary, KIND_COLORS, KIND_KEYS } from './figureText';
import classes from './FigureQueue.module.css';

export type QueueItem = OutputOf<'figures:queue'>[number];

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

export function QueueRow({ item, index, selected, editing, onSelect, onConfirm, onReject, onEdit, onSave, onCancelEdit }: RowProps) {
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
