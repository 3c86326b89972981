import { useState } from 'react';
import { Alert, Button, Group } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { api } from '../../../api';
import { useI18n } from '../../../i18n';
import { notifyError, notifySuccess } from '../../common/notify';

/** Delete, asked once more in place. */
export function DeleteTarget({ targetId, onDeleted }: { targetId: number; onDeleted: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    try {
      await api.call('targets:delete', { id: targetId });
      notifySuccess(t('targets.deleted'));
      onDeleted();
    } catch (err) {
      notifyError(i18n, err);
      setBusy(false);
    }
  };
  if (!asking) {
    return (
      <Group>
        <Button color="red" variant="subtle" size="xs" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => setAsking(true)}>
          {t('targets.delete')}
        </Button>
      </Group>
    );
  }
  return (
    <Alert color="red" variant="light" role="alertdialog" title={t('targets.deleteConfirm')}>
      <Group gap="xs">
        <Button color="red" size="xs" loading={busy} onClick={() => void remove()}>
          {t('targets.deleteYes')}
        </Button>
        <Button variant="default" size="xs" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Alert>
  );
}

