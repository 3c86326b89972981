import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import type { Target, TargetStatus } from '../../../../../shared/domain/target';
import { api } from '../../../api';
import { useI18n } from '../../../i18n';
import { notifyError, notifySuccess } from '../../common/notify';
import { STATUSES, statusLabel } from '../targetText';

/** The editor's own status for the target, with the reason (required); cleared to go back to the computed one. */
export function OverrideForm({ target, onSaved }: { target: Target; onSaved: (t: Target) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [status, setStatus] = useState<TargetStatus>(target.override?.status ?? target.computedStatus);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (override: { status: TargetStatus; reason: string } | null) => {
    setBusy(true);
    try {
      const saved = await api.call('targets:override', { id: target.id, override });
      notifySuccess(t(override ? 'targets.overrideSaved' : 'targets.overrideCleared'), { id: 'target-override' });
      setReason('');
      onSaved(saved);
    } catch (err) {
      notifyError(i18n, err);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('targets.overrideReasonRequired'));
      return;
    }
    setError(null);
    void send({ status, reason: reason.trim() });
  };

  return (
    <Paper withBorder p="sm" radius="md" component="form" onSubmit={submit} aria-label={t('targets.override')}>
      <Stack gap="xs">
        <Title order={3} size="h6">
          {t('targets.override')}
        </Title>
        {target.override && (
          <Group gap="xs" justify="space-between">
            <Text size="sm">
              {t('targets.overrideCurrent', { status: statusLabel(i18n, target.override.status), reason: target.override.reason })}
            </Text>
            <Button size="compact-xs" variant="light" color="gray" loading={busy} onClick={() => void send(null)}>
              {t('targets.overrideClear')}
            </Button>
          </Group>
        )}
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Select
            label={t('targets.overrideStatus')}
            data={STATUSES.map((s) => ({ value: s, label: statusLabel(i18n, s) }))}
            value={status}
            onChange={(v) => v && setStatus(v as TargetStatus)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
            w={160}
          />
          <Textarea
            label={t('targets.overrideReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            autosize
            minRows={1}
            style={{ flex: 1 }}
            withAsterisk
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={busy}>
            {t('targets.overrideSave')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

