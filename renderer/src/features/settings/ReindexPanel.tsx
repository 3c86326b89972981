/** Settings → Maintenance: the reindex job, with its progress and Cancel. */
import { Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { notifyError, notifySuccess } from '../common/notify';
import { useJob } from '../jobs/useJob';

export function ReindexPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const { job, percent, follow, cancel } = useJob({
    onFinished: ({ progress, error }) => {
      if (progress.phase === 'done') notifySuccess(t('reindex.done', { count: progress.done }));
      else if (progress.phase === 'cancelled') notifySuccess(t('reindex.cancelled', { count: progress.done }));
      else notifyError(i18n, new Error(error?.message || progress.message));
    },
  });

  const start = async () => {
    try {
      const { jobId } = await api.call('archive:reindex', { search: true, figures: true });
      follow(jobId);
    } catch (error) {
      notifyError(i18n, error);
    }
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('reindex.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reindex.description')}
        </Text>
        {job ? (
          <Stack gap={6}>
            <Progress value={percent ?? 0} striped animated aria-label={t('reindex.progressLabel')} />
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {job.progress?.message ?? ''}
              </Text>
              <Button size="xs" variant="light" color="red" loading={job.cancelling} onClick={() => void cancel().catch((error: unknown) => notifyError(i18n, error))}>
                {t('reindex.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group>
            <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => void start()}>
              {t('reindex.start')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
