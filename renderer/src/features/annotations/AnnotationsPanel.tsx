/**
 * The story's annotations beside it: filter by type and tag, click one to see it in the
 * text, edit or delete it. Orphaned annotations (their text changed) are listed apart with
 * their quote, never hidden. An edit refused because another editor changed the annotation
 * first shows their note beside the editor's, to keep one.
 */
import { useMemo, useState } from 'react';
import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { Annotation, AnnotationTypeDef } from '../../../../shared/domain/annotation';
import type { Figure } from '../../../../shared/domain/figure';
import type { Target } from '../../../../shared/domain/target';
import { useI18n } from '../../i18n';
import { errorMessage } from '../common/notify';
import { AnnotationCard } from './AnnotationCard';
import { AnnotationConflict } from './AnnotationConflict';
import { ALL, AnnotationFilters } from './AnnotationFilters';
import { AnnotationForm } from './AnnotationForm';
import { useAnnotationEditing } from './useAnnotationEditing';
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

export function AnnotationsPanel({ state, types, figures, targets, activeId, onJump }: Props) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const { annotations, error, loading, reply, removeReply } = state;
  const [typeFilter, setTypeFilter] = useState<string>(ALL);
  const [tagFilter, setTagFilter] = useState<string>(ALL);
  const { editing, setEditing, busy, save, del, conflict, keepMine, takeTheirs } = useAnnotationEditing(state);

  const tags = useMemo(() => [...new Set((annotations ?? []).flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b)), [annotations]);
  const matches = (a: Annotation) => (typeFilter === ALL || a.type === typeFilter) && (tagFilter === ALL || a.tags.includes(tagFilter));
  const sorted = useMemo(() => [...(annotations ?? [])].sort((a, b) => a.position.start - b.position.start || a.id - b.id), [annotations]);
  const placed = sorted.filter((a) => !a.orphaned && matches(a));
  const orphaned = sorted.filter((a) => a.orphaned && matches(a));
  const typeOf = (id: string) => types.find((ty) => ty.id === id);

  const renderItem = (a: Annotation) => {
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
        {editing === a.id && conflict?.id === a.id ? (
          <AnnotationConflict conflict={conflict} types={types} busy={busy} onKeepMine={() => void keepMine(a)} onTakeTheirs={takeTheirs} />
        ) : editing === a.id ? (
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
          <AnnotationCard
            annotation={a}
            type={typeOf(a.type)}
            figure={a.figureId !== null ? figures.find((f) => f.id === a.figureId) : undefined}
            target={a.targetId !== null ? targets?.find((tg) => tg.id === a.targetId) : undefined}
            busy={busy}
            onEdit={() => setEditing(a.id)}
            onDelete={() => void del(a)}
            onJump={() => onJump(a.id)}
            onReply={reply}
            onDeleteReply={removeReply}
          />
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
        <AnnotationFilters types={types} tags={tags} typeFilter={typeFilter} tagFilter={tagFilter} onType={setTypeFilter} onTag={setTagFilter} />
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
