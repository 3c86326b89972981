import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { notifyError } from '../common/notify';
import { useImport } from './ImportContext';

/**
 * Imports a crash or a forced quit cut short: what each had stored is kept, and Resume
 * runs its files again as an import job (stories already stored are skipped).
 */
export function InterruptedImports() {
  const i18n = useI18n();
  const { t, tn, formatNumber } = i18n;
  const { job, adoptJob, archiveVersion } = useImport();
  // Asked again after every import, so a resumed batch leaves the list.
  const batches = useApiQuery('imports:list', { limit: 20 });
  const [resuming, setResuming] = useState<number | null>(null);
  const { reload } = batches;
  useEffect(() => {
    if (archiveVersion > 0) reload();
  }, [archiveVersion, reload]);
  const interrupted = (batches.data ?? []).filter((b) => b.resumable);
  if (job || interrupted.length === 0) return null;

  const resume = async (batchId: number) => {
    setResuming(batchId);
    try {
      const { jobId } = await api.call('imports:resume', { batchId });
      adoptJob(jobId);
    } catch (error) {
      notifyError(i18n, error, t('import.interrupted.failed'));
    } finally {
      setResuming(null);
    }
  };

  return (
    <Stack gap="xs" mb="md">
      {interrupted.map((batch) => (
        <Alert key={batch.id} color="yellow" variant="light" title={t('import.interrupted.title')} role="status">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">
              {t('import.interrupted.body', {
                started: batch.startedAt.slice(0, 16).replace('T', ' '),
                stored: tn('import.interrupted.stories', batch.stories),
                files: formatNumber(batch.files),
              })}
            </Text>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlayerPlay size={14} aria-hidden />}
              loading={resuming === batch.id}
              onClick={() => void resume(batch.id)}
            >
              {t('import.interrupted.resume')}
            </Button>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
