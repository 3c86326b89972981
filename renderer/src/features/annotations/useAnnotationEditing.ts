/** Which annotation of the panel is being edited, and saving or deleting one, with the outcome told. */
import { useState } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import { useI18n } from '../../i18n';
import { notifyError, notifySuccess } from '../common/notify';
import type { AnnotationValues } from './AnnotationForm';
import type { StoryAnnotations } from './useStoryAnnotations';

export function useAnnotationEditing({ update, remove }: Pick<StoryAnnotations, 'update' | 'remove'>) {
  const i18n = useI18n();
  const { t } = i18n;
  const [editing, setEditing] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

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

  return { editing, setEditing, busy, save, del };
}
