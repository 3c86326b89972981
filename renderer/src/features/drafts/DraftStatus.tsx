/** What the editor is told about saving: the status line, and the conflict or failure alerts. */
import { Alert, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useI18n, type MessageKey } from '../../i18n';
import { ConflictCompare } from '../common/ConflictCompare';
import { DocPreview } from './DocPreview';
import type { DraftCopy, OtherSave, SaveStatus } from './useDraftSaving';
import classes from './Drafts.module.css';

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

function CopyView({ copy }: { copy: DraftCopy }) {
  return (
    <>
      <Title order={3} size="h6">
        {copy.title}
      </Title>
      {copy.doc && (
        <div className={classes.preview}>
          <DocPreview doc={copy.doc} />
        </div>
      )}
    </>
  );
}

interface AlertsProps {
  status: SaveStatus;
  saveError: string | null;
  /** The save another editor made first, and the editor's copy beside it. */
  other: OtherSave | null;
  mine: DraftCopy | null;
  onKeepMine: () => void;
  /** Takes the other copy: the draft as stored now, in a fresh editor. */
  onTakeTheirs: () => void;
}

export function SaveAlerts({ status, saveError, other, mine, onKeepMine, onTakeTheirs }: AlertsProps) {
  const { t } = useI18n();
  return (
    <>
      {status === 'conflict' && other && mine && (
        <ConflictCompare
          change={other.change}
          mine={<CopyView copy={mine} />}
          theirs={<CopyView copy={other.theirs} />}
          onKeepMine={onKeepMine}
          onTakeTheirs={onTakeTheirs}
        />
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
