/** The figure selected in the panel: how it was read, Confirm / Reject / Edit, and the edit form. */
import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import type { FigurePatch } from '../../../../shared/contract';
import type { Figure } from '../../../../shared/domain/figure';
import { useI18n, type MessageKey } from '../../i18n';
import { FigureEditForm } from '../figures/FigureEditForm';
import { FigureReading } from '../figures/FigureReading';

interface Props {
  figure: Figure;
  editing: boolean;
  onToggleEdit: () => void;
  onCancelEdit: () => void;
  onSave: (patch: FigurePatch, message: MessageKey) => Promise<void>;
}

export function SelectedFigure({ figure, editing, onToggleEdit, onCancelEdit, onSave: save }: Props) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="xs" radius="sm" component="section" aria-label={t('reader.reading')}>
      <Stack gap="xs">
        <Title order={3} size="h6">
          {t('reader.reading')}
        </Title>
        <FigureReading figure={figure} />
        <Group gap="xs">
          <Button
            size="xs"
            color="teal"
            variant={figure.review === 'confirmed' ? 'filled' : 'light'}
            leftSection={<IconCheck size={14} aria-hidden />}
            disabled={figure.review === 'confirmed'}
            onClick={() => void save({ review: 'confirmed' }, 'reader.figureConfirmed')}
          >
            {t('reader.confirm')}
          </Button>
          <Button
            size="xs"
            color="red"
            variant={figure.review === 'rejected' ? 'filled' : 'light'}
            leftSection={<IconX size={14} aria-hidden />}
            disabled={figure.review === 'rejected'}
            onClick={() => void save({ review: 'rejected' }, 'reader.figureRejected')}
          >
            {t('reader.reject')}
          </Button>
          <Button
            size="xs"
            variant={editing ? 'filled' : 'default'}
            leftSection={<IconPencil size={14} aria-hidden />}
            aria-expanded={editing}
            onClick={onToggleEdit}
          >
            {t('reader.edit')}
          </Button>
        </Group>
        {editing && (
          <FigureEditForm key={figure.id} figure={figure} onSave={(patch) => save(patch, 'reader.figureSaved')} onCancel={onCancelEdit} />
        )}
      </Stack>
    </Paper>
  );
}
