/**
 * Settings → Backups: back up now, the rolling backups (how often, how many, where),
 * restore one (or an uploaded file), and "export everything" as one zip and back.
 */
import { useEffect, useState } from 'react';
import { Button, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDatabaseExport, IconDownload, IconHistory, IconUpload } from '@tabler/icons-react';
import type { Settings } from '../../../../shared/domain/settings';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { notifyError, notifySuccess } from '../common/notify';
import { readFileAsBase64 } from '../archive/ImportContext';
import { saveExportedFile } from '../export/download';
import { useFilePicker, useUploadAction } from '../common/useUploadAction';
import { useSettings } from './SettingsContext';
import { useJob } from '../jobs/useJob';

type BackupAction = 'backup' | 'restore' | 'export' | 'import';

export function BackupPanel() {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const list = useApiQuery('backup:list', {});
  const upload = useUploadAction<BackupAction>({
    failureTitle: (action) => t(`backup.failed.${action}`),
    onSettled: () => list.reload(),
  });
  const busy = upload.busy;

  // Backups, restores and exports report their pages as job progress of their kind.
  const { percent, track } = useJob();

  // An import of everything is an upload, not a job; the others are followed by their job's events.
  const run = (action: BackupAction, work: () => Promise<void>) => upload.run(action, () => (action === 'import' ? work() : track(action, work)));

  const backUpNow = () =>
    run('backup', async () => {
      const made = await api.call('backup:now', {});
      notifySuccess(t('backup.made', { stories: formatNumber(made.stories), path: made.path }));
    });

  const restore = (from: { kind: 'backup'; name: string } | { kind: 'data'; name: string; dataBase64: string }, label: string) => {
    if (!window.confirm(t('backup.restoreConfirm', { name: label }))) return;
    void run('restore', async () => {
      const restored = await api.call('backup:restore', { from });
      notifySuccess(t('backup.restored', { stories: formatNumber(restored.stories), aside: restored.aside }));
    });
  };

  const restoreFile = useFilePicker((file) => {
    void readFileAsBase64(file).then((dataBase64) => restore({ kind: 'data', name: file.name, dataBase64 }, file.name));
  });
  const importFile = useFilePicker((file) => {
    void run('import', async () => {
      const { counts } = await api.call('archive:importAll', { name: file.name, dataBase64: await readFileAsBase64(file) });
      notifySuccess(t('backup.imported', { stories: formatNumber(counts.stories ?? 0) }));
    });
  });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-backups">
      <Title order={2} size="h4" id="settings-backups" mb={4}>
        {t('backup.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('backup.hint')}
      </Text>
      <Stack gap="sm">
        <Group gap="xs">
          <Button size="xs" leftSection={<IconDatabaseExport size={14} aria-hidden />} loading={busy === 'backup'} disabled={busy !== null} onClick={() => void backUpNow()}>
            {t('backup.now')}
          </Button>
          {busy && percent !== null && <Text size="xs" c="dimmed" aria-live="polite">{t('backup.progress', { percent })}</Text>}
        </Group>
        <RollingBackupSettings folderPlaceholder={list.data?.folder ?? ''} />
        {list.data && list.data.backups.length > 0 && (
          <Table withTableBorder striped fz="xs" aria-label={t('backup.listLabel')}>
            <Table.Tbody>
              {list.data.backups.map((b) => (
                <Table.Tr key={b.name}>
                  <Table.Td>{b.at.replace('T', ' ').replace('Z', ' UTC')}</Table.Td>
                  <Table.Td>{formatNumber(Math.round(b.bytes / 1024))} KB</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" leftSection={<IconHistory size={12} aria-hidden />} disabled={busy !== null} onClick={() => restore({ kind: 'backup', name: b.name }, b.at)}>
                      {t('backup.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group gap="xs">
          <Button size="xs" variant="default" leftSection={<IconHistory size={14} aria-hidden />} loading={busy === 'restore'} disabled={busy !== null} onClick={restoreFile.open}>
            {t('backup.restoreFile')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            loading={busy === 'export'}
            disabled={busy !== null}
            onClick={() => void run('export', async () => saveExportedFile(await api.call('archive:exportAll', {})))}
          >
            {t('backup.exportAll')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconUpload size={14} aria-hidden />} loading={busy === 'import'} disabled={busy !== null} onClick={importFile.open}>
            {t('backup.importAll')}
          </Button>
        </Group>
        <input {...restoreFile.inputProps} accept=".db,.sqlite,application/vnd.sqlite3" data-testid="backup-restore-file" />
        <input {...importFile.inputProps} accept=".zip,application/zip" data-testid="backup-import-file" />
      </Stack>
    </Paper>
  );
}

/** How often rolling backups are made, how many are kept, and where (the archive's folder when not set). */
function RollingBackupSettings({ folderPlaceholder }: { folderPlaceholder: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { settings, update } = useSettings();
  const [folder, setFolder] = useState(settings.backupFolder ?? '');
  useEffect(() => setFolder(settings.backupFolder ?? ''), [settings.backupFolder]);
  const save = (patch: Partial<Settings>) => void update(patch).catch((error: unknown) => notifyError(i18n, error));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('backup.every')}
        size="xs"
        w={160}
        data={(['daily', 'weekly', 'off'] as const).map((value) => ({ value, label: t(`backup.every.${value}`) }))}
        value={settings.backupEvery}
        onChange={(value) => value && save({ backupEvery: value as Settings['backupEvery'] })}
        allowDeselect={false}
      />
      <NumberInput label={t('backup.keep')} size="xs" w={120} min={1} max={100} value={settings.backupKeep} onChange={(v) => typeof v === 'number' && v >= 1 && save({ backupKeep: v })} />
      <TextInput
        label={t('backup.folder')}
        size="xs"
        miw={280}
        placeholder={folderPlaceholder}
        value={folder}
        onChange={(e) => setFolder(e.currentTarget.value)}
        onBlur={() => folder.trim() !== (settings.backupFolder ?? '') && save({ backupFolder: folder.trim() || null })}
      />
    </Group>
  );
}
