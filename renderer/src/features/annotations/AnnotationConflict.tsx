/** An edit refused because another editor changed the annotation first: their note beside the editor's, to keep one. */
import { Text } from '@mantine/core';
import type { AnnotationTypeDef } from '../../../../shared/domain/annotation';
import { useI18n } from '../../i18n';
import { ConflictCompare } from '../common/ConflictCompare';
import { typeName } from './AnnotationForm';
import type { AnnotationConflict as Conflict } from './useAnnotationEditing';

interface Props {
  conflict: Conflict;
  types: AnnotationTypeDef[];
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

export function AnnotationConflict({ conflict, types, busy, onKeepMine, onTakeTheirs }: Props) {
  const { locale } = useI18n();
  const note = ({ type, comment }: { type: string; comment: string }) => (
    <>
      <Text size="xs" c="dimmed">
        {typeName(types.find((ty) => ty.id === type), locale, type)}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {comment}
      </Text>
    </>
  );
  return (
    <ConflictCompare
      change={conflict.change}
      mine={note(conflict.mine)}
      theirs={note(conflict.theirs)}
      busy={busy}
      onKeepMine={onKeepMine}
      onTakeTheirs={onTakeTheirs}
    />
  );
}
