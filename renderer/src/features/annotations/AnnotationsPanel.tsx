/**
 * The story's annotations beside it: filter by type and tag, click one to see it in the
 * text, edit or delete it. Orphaned annotations (their text changed) are listed apart with
 * their quote, never hidden.
 */
import { useMemo, useState } from 'react';
import { ActionIcon, Badge, Group, Loader, Paper, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { Annotation, AnnotationTypeDef } from '../../../../shared/domain/annotation';
import type { Figure } from '../../../../shared/domain/figure';
import type { Target } from '../../../../shared/domain/target';
import { useI18n } from '../../i18n';
import { errorMessage, notifyError, notifySuccess } from '../common/notify';
import { AnnotationForm, typeName, type AnnotationValues } from './AnnotationForm';
import { AnnotationReplies } from './AnnotationReplies';
import { typeColour } from './runs';
import type { StoryAnnotations } from './useStoryAnnotations';
import classes from './Annotations.module.css';

interface Props {
  state: StoryAnnotations;
  types: AnnotationTypeDef[];
  figures: Figure[];
  targets: Target[] | undefined;
  activeId: number | null;
  onJump: (id: number) => void;
}

export const annotationItemId = (id: number) => `annotation-item-${id}`;

const ALL = '__all__';

export function AnnotationsPanel({ state, types, figures, targets, activeId, onJump }: Props) {
  const i18n = useI18n();
  const { t, tn, locale } = i18n;
  const { annotations, error, loading, update, remove, reply, removeReply } = state;
  const [typeFilter, setTypeFilter] = useState<string>(ALL);
  const [tagFilter, setTagFilter] = useState<string>(ALL);
  const [editing, setEditing] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const tags = useMemo(() => [...new Set((annotations ?? []).flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b)), [annotations]);
  const matches = (a: Annotation) => (typeFilter === ALL || a.type === typeFilter) && (tagFilter === ALL || a.tags.includes(tagFilter));
  const sorted = useMemo(() => [...(annotations ?? [])].sort((a, b) => a.position.start - b.position.start || a.id - b.id), [annotations]);
  const placed = sorted.filter((a) => !a.orphaned && matches(a));
  const orphaned = sorted.filter((a) => a.orphaned && matches(a));
  const typeOf = (id: string) => types.find((ty) => ty.id === id);

  const save = async (a: Annotation, values: AnnotationValues) => {
    setBusy(true);
    try {
      await update(a.id, values);
      setEditing(null);
      notifySuccess(t('annot.saved'), { id: 'annotation-saved' });
    } catch (err) {
      notifyError(i18n, err);
    } finally {
      setBusy(false);
    }
  };

  const del = async (a: Annotation) => {
    setBusy(true);
    try {
      await remove(a.id);
      notifySuccess(t('annot.deleted'), { id: 'annotation-deleted' });
    } catch (err) {
      notifyError(i18n, err);
    } finally {
      setBusy(false);
    }
  };

  const renderItem = (a: Annotation) => {
    const type = typeOf(a.type);
    const figure = a.figureId !== null ? figures.find((f) => f.id === a.figureId) : undefined;
    const target = a.targetId !== null ? targets?.find((tg) => tg.id === a.targetId) : undefined;
    const colour = typeColour(types, a.type);
    return (
      <li
        key={a.id}
        id={annotationItemId(a.id)}
        className={a.orphaned ? classes.orphan : classes.item}
        style={{ ['--annot-colour' as string]: colour }}
        data-active={a.id === activeId}
        data-annotation-id={a.id}
      >
        {editing === a.id ? (
          <AnnotationForm
            initial={{ type: a.type, comment: a.comment, tags: a.tags, figureId: a.figureId, targetId: a.targetId }}
            types={types}
            figures={figures}
            targets={targets}
            saveLabel={t('annot.saveEdit')}
            busy={busy}
            onSave={(values) => void save(a, values)}
            onCancel={() => setEditing(null)}
            autoFocusComment
          />
        ) : (
          <Stack gap={2}>
            <Group justify="space-between" wrap="nowrap" gap={4}>
              <Badge size="xs" variant="outline" color="gray" leftSection={<span className={classes.swatch} aria-hidden />}>
                {typeName(type, locale, a.type)}
              </Badge>
              <Group gap={2} wrap="nowrap">
                <Tooltip label={t('annot.edit')}>
                  <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('annot.edit')} onClick={() => setEditing(a.id)} disabled={busy}>
                    <IconPencil size={14} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('annot.delete')}>
                  <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('annot.delete')} onClick={() => void del(a)} disabled={busy}>
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
              <button type="button" className={classes.itemQuote} onClick={() => onJump(a.id)} title={t('annot.jump')}>
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
            <AnnotationReplies annotation={a} onReply={reply} onDeleteReply={removeReply} />
          </Stack>
        )}
      </li>
    );
  };

  let content;
  if (loading && !annotations) {
    content = <Loader size="sm" aria-label={t('common.loading')} />;
  } else if (error || !annotations) {
    content = (
      <Text size="sm" c="red" role="alert">
        {t('annot.loadFailed')} {error ? errorMessage(i18n, error) : ''}
      </Text>
    );
  } else if (annotations.length === 0) {
    content = (
      <Text size="sm" c="dimmed">
        {t('annot.empty')}
      </Text>
    );
  } else {
    content = (
      <Stack gap="xs">
        <Group gap="xs" grow>
          <Select
            size="xs"
            label={t('annot.filterType')}
            data={[{ value: ALL, label: t('annot.allTypes') }, ...types.map((ty) => ({ value: ty.id, label: ty.label[locale] }))]}
            value={typeFilter}
            onChange={(v) => setTypeFilter(v ?? ALL)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            size="xs"
            label={t('annot.filterTag')}
            data={[{ value: ALL, label: t('annot.allTags') }, ...tags.map((tag) => ({ value: tag, label: tag }))]}
            value={tagFilter}
            onChange={(v) => setTagFilter(v ?? ALL)}
            allowDeselect={false}
            disabled={tags.length === 0}
            comboboxProps={{ withinPortal: false }}
          />
        </Group>
        {placed.length === 0 && orphaned.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('annot.noMatch')}
          </Text>
        )}
        {placed.length > 0 && (
          <ul className={classes.list} aria-label={t('annot.listLabel')}>
            {placed.map(renderItem)}
          </ul>
        )}
        {orphaned.length > 0 && (
          <section aria-labelledby="annotations-orphaned">
            <Title order={3} size="h6" id="annotations-orphaned" c="orange.8" mt="xs">
              {t('annot.orphanedTitle')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('annot.orphaned')}
            </Text>
            <ul className={classes.list} aria-label={t('annot.orphanedTitle')}>
              {orphaned.map(renderItem)}
            </ul>
          </section>
        )}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="sm" radius="md" mt="md">
      <Title order={2} size="h5" mb="xs">
        {t('annot.panelTitle')}
        {annotations && annotations.length > 0 && (
          <Text span size="sm" c="dimmed" fw={400} ml={6}>
            {tn('annot.count', annotations.length)}
          </Text>
        )}
      </Title>
      {content}
    </Paper>
  );
}
