import { useId } from 'react';
import { Alert, Button, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useI18n } from '../../i18n';
import { useImport } from './ImportContext';
import { phaseLabel, progressPercent, progressSummary } from './importText';
import { fileFailureText } from '../common/fileErrors';
import { importNotesText } from './importNotes';
import { WithContent } from '../common/WithContent';

const MAX_LISTED = 50;

/** The running import's progress bar with Cancel, then its report until dismissed. */
export function ImportPanel() {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const { reading, previewing, job, cancel, report, jobError, dismissReport } = useImport();
  const labelId = useId();
  const reportTitleId = useId();

  if (reading || previewing || job) {
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
            <Progress.Section
              value={percent}
              striped
              animated
              aria-label={t('import.progressLabel')}
              aria-describedby={labelId}
            />
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
        {report && (
          <>
            {report.cancelled && (
              <Text size="sm" c="orange">
                {t('import.reportCancelled')}
              </Text>
            )}
            <Text size="sm">{tn('import.reportImported', report.imported.length)}</Text>
            {report.skipped.length > 0 && (
              <div>
                <Text size="sm" fw={500}>
                  {tn('import.reportSkipped', report.skipped.length)}
                </Text>
                <List size="sm" spacing={2}>
                  {report.skipped.slice(0, MAX_LISTED).map((s, i) => (
                    <List.Item key={`${s.path}:${i}`}>
                      <Text span size="sm" ff="monospace">
                        {s.path}
                      </Text>
                      {' — '}
                      {s.reason}
                    </List.Item>
                  ))}
                </List>
              </div>
            )}
            {report.failed.length > 0 && (
              <div>
                <Text size="sm" fw={500} c="red">
                  {tn('import.reportFailed', report.failed.length)}
                </Text>
                <List size="sm" spacing={2}>
                  {report.failed.slice(0, MAX_LISTED).map((f, i) => (
                    <List.Item key={`${f.path}:${i}`}>
                      <Text span size="sm" ff="monospace">
                        {f.path}
                      </Text>
                      {' — '}
                      {fileFailureText(i18n, f)}
                    </List.Item>
                  ))}
                </List>
              </div>
            )}
            {report.assumed.length > 0 && (
              <div>
                <Text size="sm" fw={500}>
                  {t('import.reportAssumed')}
                </Text>
                <List size="sm" spacing={2} data-testid="import-assumed">
                  {importNotesText(i18n, report).slice(0, MAX_LISTED).map((a, i) => (
                    <List.Item key={`${a.text}:${i}`}>
                <WithContent text={a.text} spans={a.spans} />
              </List.Item>
                  ))}
                </List>
              </div>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button size="xs" variant="default" onClick={dismissReport}>
            {t('import.reportDismiss')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
