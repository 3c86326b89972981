import { useId } from 'react';
import { Alert, Button, Group, Paper, Progress, Stack, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useI18n } from '../../i18n';
import { useImport } from './ImportContext';
import { ImportProgress } from './ImportProgress';
import { ImportReportLists } from './ImportReportLists';

/** The running import's progress bar with Cancel, then its report until dismissed. */
export function ImportPanel() {
  const { t } = useI18n();
  const { reading, previewing, job, report, jobError, dismissReport } = useImport();
  const reportTitleId = useId();

  if (reading || previewing || job) return <ImportProgress />;
  if (!report && !jobError) return null;

  const failedOnly = !report && jobError;
  return (
    <Paper withBorder p="sm" mb="md" radius="md" role="region" aria-labelledby={reportTitleId}>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          {failedOnly ? (
            <IconAlertTriangle size={18} color="var(--mantine-color-red-6)" aria-hidden />
          ) : (
            <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
          )}
          <Title order={2} size="h5" id={reportTitleId}>
            {failedOnly ? t('import.failedTitle') : t('import.reportTitle')}
          </Title>
        </Group>
        {report && (
          // The finished bar stays with the report, so a quick import still shows how far it got.
          <Progress
            size="sm"
            radius="sm"
            color={report.cancelled ? 'orange' : report.failed.length ? 'yellow' : 'teal'}
            value={report.cancelled ? 0 : 100}
            aria-label={t('import.progressLabel')}
          />
        )}
        {jobError && (
          <Alert color="red" variant="light" p="xs">
            {jobError.message}
          </Alert>
        )}
        {report && <ImportReportLists report={report} />}
        <Group justify="flex-end">
          <Button size="xs" variant="default" onClick={dismissReport}>
            {t('import.reportDismiss')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
