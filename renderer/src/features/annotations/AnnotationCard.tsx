/** One annotation in the panel: its type, quote (a button that shows it in the text), comment, author, tags and links, and replies. */
import { ActionIcon, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { Annotation, AnnotationTypeDef } from '../../../../shared/domain/annotation';
import type { Figure } from '../../../../shared/domain/figure';
import type { Target } from '../../../../shared/domain/target';
import { useI18n } from '../../i18n';
import { typeName } from './AnnotationForm';
import { AnnotationReplies } from './AnnotationReplies';
import type { StoryAnnotations } from './useStoryAnnotations';
import classes from './Annotations.module.css';

interface Props {
  annotation: Annotation;
  type: AnnotationTypeDef | undefined;
  figure: Figure | undefined;
  target: Target | undefined;
  busy: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onJump: () => void;
  onReply: StoryAnnotations['reply'];
  onDeleteReply: StoryAnnotations['removeReply'];
}

export function AnnotationCard({ annotation: a, type, figure, target, busy, onEdit, onDelete, onJump, onReply, onDeleteReply }: Props) {
  const { t, locale } = useI18n();
  return (
    <Stack gap={2}>
      <Group justify="space-between" wrap="nowrap" gap={4}>
        <Badge size="xs" variant="outline" color="gray" leftSection={<span className={classes.swatch} aria-hidden />}>
          {typeName(type, locale, a.type)}
        </Badge>
        <Group gap={2} wrap="nowrap">
          <Tooltip label={t('annot.edit')}>
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('annot.edit')} onClick={onEdit} disabled={busy}>
              <IconPencil size={14} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('annot.delete')}>
            <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('annot.delete')} onClick={onDelete} disabled={busy}>
              <IconTrash size={14} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {a.orphaned ? (
        <Text size="sm" fs="italic">
          “{a.quote.exact}”
        </Text>
      ) : (
        <button type="button" className={classes.itemQuote} onClick={onJump} title={t('annot.jump')}>
          <Text span size="sm" fs="italic" lineClamp={3}>
            “{a.quote.exact}”
          </Text>
        </button>
      )}
      {a.comment && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {a.comment}
        </Text>
      )}
      {a.author && (
        <Text size="xs" c="dimmed">
          {t('common.byAuthor', { name: a.author })}
        </Text>
      )}
      {(a.tags.length > 0 || figure || target) && (
        <Group gap={4}>
          {a.tags.map((tag) => (
            <Badge key={tag} size="xs" variant="light">
              #{tag}
            </Badge>
          ))}
          {figure && (
            <Text size="xs" c="dimmed">
              {t('annot.linkedFigure', { quote: figure.quote })}
            </Text>
          )}
          {target && (
            <Text size="xs" c="dimmed">
              {t('annot.linkedTarget', { metric: target.metric })}
            </Text>
          )}
        </Group>
      )}
      <AnnotationReplies annotation={a} onReply={onReply} onDeleteReply={onDeleteReply} />
    </Stack>
  );
}
