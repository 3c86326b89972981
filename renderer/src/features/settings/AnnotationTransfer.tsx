/** Settings → export all annotations as W3C JSON-LD, or import a .jsonld/.json file. */
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { notifySuccess } from '../common/notify';
import { useFilePicker, useUploadAction } from '../common/useUploadAction';
import { saveExportedFile } from '../export/download';

function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

export function AnnotationTransfer() {
  const { t } = useI18n();
  const { busy, run } = useUploadAction<'export' | 'import'>({ failureTitle: (action) => (action === 'export' ? t('export.failed') : undefined) });

  const exportAll = () => run('export', async () => saveExportedFile(await api.call('annotations:export', {})));

  const importFile = useFilePicker((file) => {
    void run('import', async () => {
      let json: unknown;
      try {
        json = JSON.parse(await readText(file));
      } catch (error) {
        throw new Error(t('annot.importBadJson', { message: error instanceof Error ? error.message : String(error) }));
      }
      const report = await api.call('annotations:import', { json, options: { skipUnmatched: true } });
      notifySuccess(
        t('annot.importDone', { imported: report.imported, existing: report.existing, skipped: report.skipped.length, orphaned: report.orphaned }),
        { id: 'annotations-imported' },
      );
    });
  });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-annotation-transfer">
      <Title order={2} size="h4" id="settings-annotation-transfer" mb={4}>
        {t('annot.transferTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('annot.transferHint')}
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />} loading={busy === 'export'} onClick={() => void exportAll()}>
          {t('annot.exportAll')}
        </Button>
        <Button size="xs" variant="default" leftSection={<IconUpload size={14} aria-hidden />} loading={busy === 'import'} onClick={importFile.open}>
          {t('annot.import')}
        </Button>
        <input {...importFile.inputProps} accept=".jsonld,.json,application/ld+json,application/json" data-testid="annotations-import-file" />
      </Group>
    </Paper>
  );
}
