/**
 * "Changed by X at T, with the other version to compare": shown when a change is refused
 * because another editor changed the same thing first. Their version sits beside the
 * editor's, and the editor chooses: keep theirs (a save made knowingly over the other,
 * at its revision) or take the other (drop theirs and carry on from it).
 */
import type { ReactNode } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useI18n } from '../../i18n';
import { formatDateTime, type ChangedElsewhere } from './changedElsewhere';

interface Props {
  change: ChangedElsewhere;
  mine: ReactNode;
  theirs: ReactNode;
  busy?: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

export function ConflictCompare({ change, mine, theirs, busy, onKeepMine, onTakeTheirs }: Props) {
  const { t, locale } = useI18n();
  const by = change.by || t('conflict.someone');
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={t('conflict.title', { by, at: formatDateTime(change.at, locale) })}
      icon={<IconAlertTriangle aria-hidden />}
    >
      <Text size="sm" mb="xs">
        {t('conflict.explain')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Paper withBorder p="xs" radius="sm" component="section" aria-label={t('conflict.mine')}>
          <Text size="xs" fw={600} c="dimmed" mb={4}>
            {t('conflict.mine')}
          </Text>
          {mine}
        </Paper>
        <Paper withBorder p="xs" radius="sm" component="section" aria-label={t('conflict.theirs', { by })}>
          <Text size="xs" fw={600} c="dimmed" mb={4}>
            {t('conflict.theirs', { by })}
          </Text>
          {theirs}
        </Paper>
      </SimpleGrid>
      <Group gap="xs" mt="xs">
        <Button size="xs" color="orange" onClick={onKeepMine} loading={busy}>
          {t('conflict.keepMine')}
        </Button>
        <Button size="xs" variant="default" onClick={onTakeTheirs} disabled={busy}>
          {t('conflict.takeTheirs')}
        </Button>
      </Group>
    </Alert>
  );
}
