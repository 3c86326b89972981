/** What the editor is told about saving: the status line, and the conflict or failure alerts. */
import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useI18n, type MessageKey } from '../../i18n';
import type { SaveStatus } from './useDraftSaving';

const STATUS_TEXT: Record<SaveStatus, MessageKey> = {
  saved: 'drafts.saved',
  saving: 'drafts.saving',
  dirty: 'drafts.unsaved',
  error: 'drafts.saveFailed',
  conflict: 'drafts.conflictTitle',
};

export function SaveStatusText({ status }: { status: SaveStatus }) {
  const { t } = useI18n();
  return (
    <Text size="sm" c={status === 'error' || status === 'conflict' ? 'red' : 'dimmed'} role="status" aria-live="polite" data-save-status={status}>
      {t(STATUS_TEXT[status])}
    </Text>
  );
}

export function SaveAlerts({ status, saveError, onReload }: { status: SaveStatus; saveError: string | null; onReload: () => void }) {
  const { t } = useI18n();
  return (
    <>
      {status === 'conflict' && (
        <Alert color="orange" variant="light" role="alert" title={t('drafts.conflictTitle')} icon={<IconAlertTriangle aria-hidden />}>
          <Text size="sm">{t('drafts.conflict')}</Text>
          <Button size="xs" mt="xs" variant="light" color="orange" onClick={onReload}>
            {t('drafts.reload')}
          </Button>
        </Alert>
      )}
      {status === 'error' && saveError && (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
          <Text size="sm">
            {t('drafts.saveFailed')}: {saveError}
          </Text>
        </Alert>
      )}
    </>
  );
}
