import { Button, Group, Kbd, Paper, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import type { AnnotationTypeDef } from '../../../../shared/domain/annotation';
import type { Figure } from '../../../../shared/domain/figure';
import type { Target } from '../../../../shared/domain/target';
import { useI18n } from '../../i18n';
import { AnnotationForm, type AnnotationValues } from './AnnotationForm';
import type { ToolbarPlacement } from './placement';
import classes from './Annotations.module.css';

export interface ToolbarForm {
  mode: 'new' | 'edit';
  /** The annotation being edited (mode edit: made by a type button a moment ago). */
  id: number | null;
  initial: AnnotationValues;
}

interface Props {
  placement: ToolbarPlacement;
  quote: string;
  types: AnnotationTypeDef[];
  figures: Figure[];
  targets: Target[] | undefined;
  form: ToolbarForm | null;
  busy: boolean;
  onType: (typeId: string) => void;
  onComment: () => void;
  onSave: (values: AnnotationValues) => void;
  onClose: () => void;
}

/** Floats over a selection in the story: a button per type (1–4), Add comment (m), and the annotation form. */
export function AnnotationToolbar({ placement, quote, types, figures, targets, form, busy, onType, onComment, onSave, onClose }: Props) {
  const { t, locale } = useI18n();
  return (
    <Paper
      className={classes.toolbar}
      shadow="md"
      withBorder
      p="xs"
      style={{
        top: placement.top,
        left: placement.left,
        maxHeight: placement.maxHeight,
        transform: placement.side === 'above' ? 'translateY(-100%)' : undefined,
      }}
      data-placement={placement.side}
      data-annotation-toolbar
      onMouseUp={(event) => event.stopPropagation()}
    >
      <Text size="xs" c="dimmed" lineClamp={1} mb={4} className={classes.toolbarQuote}>
        “{quote}”
      </Text>
      <Group gap={4} role="group" aria-label={t('annot.toolbar')} wrap="wrap">
        {types.map((type, i) => (
          <Button
            key={type.id}
            size="compact-xs"
            variant={form?.initial.type === type.id && form.mode === 'edit' ? 'filled' : 'default'}
            color="gray"
            className={classes.typeButton}
            style={{ ['--annot-colour' as string]: type.colour }}
            onClick={() => onType(type.id)}
            disabled={busy}
            rightSection={i < 4 ? <Kbd size="xs" aria-hidden>{i + 1}</Kbd> : undefined}
          >
            {type.label[locale]}
          </Button>
        ))}
        {!form && (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconMessagePlus size={14} aria-hidden />}
            rightSection={<Kbd size="xs" aria-hidden>m</Kbd>}
            onClick={onComment}
            disabled={busy}
          >
            {t('annot.addComment')}
          </Button>
        )}
      </Group>
      {form && (
        <div className={classes.toolbarForm}>
          <AnnotationForm
            key={`${form.mode}-${form.id ?? 'new'}`}
            initial={form.initial}
            types={types}
            figures={figures}
            targets={targets}
            saveLabel={t('annot.save')}
            busy={busy}
            onSave={onSave}
            onCancel={onClose}
            autoFocusComment
          />
        </div>
      )}
    </Paper>
  );
}
