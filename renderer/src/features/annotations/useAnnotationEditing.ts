/**
 * Which annotation of the panel is being edited, and saving or deleting one, with the outcome
 * told. A change refused because another editor changed the annotation first is kept, with
 * theirs, for the editor to compare: keeping theirs saves it over the other at its revision.
 */
import { useState } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import { useI18n } from '../../i18n';
import { changedElsewhere, type ChangedElsewhere } from '../common/changedElsewhere';
import { notifyError, notifySuccess } from '../common/notify';
import type { AnnotationValues } from './AnnotationForm';
import type { StoryAnnotations } from './useStoryAnnotations';

/** The editor's change to an annotation that another editor changed first, and who, when and what they wrote. */
export interface AnnotationConflict {
  id: number;
  mine: AnnotationValues;
  change: ChangedElsewhere;
  theirs: { comment: string; type: string };
}

export function useAnnotationEditing({ update, remove, reload }: Pick<StoryAnnotations, 'update' | 'remove' | 'reload'>) {
  const i18n = useI18n();
  const { t } = i18n;
  const [editing, setEditing] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<AnnotationConflict | null>(null);

  const write = async (a: Annotation, values: AnnotationValues, baseRevision?: number) => {
    setBusy(true);
    try {
      await update(a.id, baseRevision === undefined ? values : { ...values, baseRevision });
      setConflict(null);
      setEditing(null);
      notifySuccess(t('annot.saved'), { id: 'annotation-saved' });
    } catch (err) {
      const change = changedElsewhere(err);
      if (change) {
        const theirs = { comment: String(change.params.comment ?? ''), type: String(change.params.type ?? a.type) };
        setConflict({ id: a.id, mine: values, change, theirs });
      } else notifyError(i18n, err);
    } finally {
      setBusy(false);
    }
  };

  const save = (a: Annotation, values: AnnotationValues) => write(a, values);

  /** Having compared, the editor keeps theirs: written over the other change, at the revision it left. */
  const keepMine = (a: Annotation) => (conflict?.id === a.id ? write(a, conflict.mine, conflict.change.revision) : Promise.resolve());

  /** The editor takes the other change: theirs is dropped and the annotation shown as stored. */
  const takeTheirs = () => {
    setConflict(null);
    setEditing(null);
    reload();
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

  const edit = (id: number | null) => {
    setConflict(null);
    setEditing(id);
  };

  return { editing, setEditing: edit, busy, save, del, conflict, keepMine, takeTheirs };
}
