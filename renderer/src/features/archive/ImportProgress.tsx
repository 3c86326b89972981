/** The running import: what it is doing, how far it got, and Cancel. */
import { useId } from 'react';
import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import { useImport } from './ImportContext';
import { phaseLabel, progressPercent, progressSummary } from './importText';

export function ImportProgress() {
  const i18n = useI18n();
  const { t } = i18n;
  const { reading, job, cancel } = useImport();
  const labelId = useId();
  const progress = job?.progress ?? null;
  const percent = progressPercent(progress);
  const summary = progress ? progressSummary(i18n, progress) : '';
  const status = reading
    ? t('import.reading')
    : job
      ? progress
        ? phaseLabel(i18n, progress.phase)
        : t('import.phase.queued')
      : t('import.previewing');
  return (
    <Paper withBorder p="sm" mb="md" radius="md" aria-live="polite">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" id={labelId} fw={500}>
            {status}
            {summary ? ` · ${summary}` : ''}
          </Text>
          {job && (
            <Button size="xs" variant="light" color="red" onClick={() => void cancel()} loading={job.cancelling} disabled={job.cancelling}>
              {job.cancelling ? t('import.cancelling') : t('import.cancelJob')}
            </Button>
          )}
        </Group>
        <Progress.Root size="lg" radius="sm">
          <Progress.Section value={percent} striped animated aria-label={t('import.progressLabel')} aria-describedby={labelId} />
        </Progress.Root>
        {progress?.message ? (
          <Text size="xs" c="dimmed" truncate="end" title={progress.message}>
            {progress.message}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
