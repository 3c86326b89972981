/** Settings → Maintenance: the reindex job, with its progress and Cancel. */
import { useEffect, useState } from 'react';
import { Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { JobProgress } from '../../../../shared/domain/jobs';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { notifyError, notifySuccess } from '../common/notify';

const FINISHED = new Set(['done', 'failed', 'cancelled']);

export function ReindexPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);

  useEffect(() => {
    if (!jobId) return undefined;
    const settle = (p: JobProgress) => {
      setProgress(p);
      if (!FINISHED.has(p.phase)) return;
      setJobId(null);
      if (p.phase === 'done') notifySuccess(t('reindex.done', { count: p.done }));
      else if (p.phase === 'cancelled') notifySuccess(t('reindex.cancelled', { count: p.done }));
      else notifyError(i18n, new Error(p.message));
    };
    const unsubscribe = api.subscribe('jobs:progress', (p) => {
      if (p.jobId === jobId) settle(p);
    });
    // Events can be missed (a reconnect); ask once in a while as well.
    const timer = setInterval(() => {
      api.call('jobs:get', { jobId }).then((state) => settle(state.progress), () => undefined);
    }, 1000);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [jobId, i18n, t]);

  const start = async () => {
    try {
      const { jobId: id } = await api.call('archive:reindex', { search: true, figures: true });
      setProgress(null);
      setJobId(id);
    } catch (error) {
      notifyError(i18n, error);
    }
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('reindex.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reindex.description')}
        </Text>
        {jobId ? (
          <Stack gap={6}>
            <Progress value={percent} striped animated aria-label={t('reindex.progressLabel')} />
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {progress?.message ?? ''}
              </Text>
              <Button size="xs" variant="light" color="red" onClick={() => void api.call('jobs:cancel', { jobId })}>
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
