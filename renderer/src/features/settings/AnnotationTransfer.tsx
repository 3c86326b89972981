/** Settings → export all annotations as W3C JSON-LD, or import a .jsonld/.json file. */
import { useRef, useState } from 'react';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { notifyError, notifySuccess } from '../common/notify';
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
  const i18n = useI18n();
  const { t } = i18n;
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);

  const exportAll = async () => {
    setBusy('export');
    try {
      saveExportedFile(await api.call('annotations:export', {}));
    } catch (error) {
      notifyError(i18n, error, t('export.failed'));
    } finally {
      setBusy(null);
    }
  };

  const importFile = async (file: File) => {
    setBusy('import');
    try {
      let json: unknown;
      try {
        json = JSON.parse(await readText(file));
      } catch (error) {
        notifyError(i18n, new Error(t('annot.importBadJson', { message: error instanceof Error ? error.message : String(error) })));
        return;
      }
      const report = await api.call('annotations:import', { json, options: { skipUnmatched: true } });
      notifySuccess(
        t('annot.importDone', { imported: report.imported, existing: report.existing, skipped: report.skipped.length, orphaned: report.orphaned }),
        { id: 'annotations-imported' },
      );
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusy(null);
      if (input.current) input.current.value = '';
    }
  };

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
        <Button size="xs" variant="default" leftSection={<IconUpload size={14} aria-hidden />} loading={busy === 'import'} onClick={() => input.current?.click()}>
          {t('annot.import')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          hidden
          data-testid="annotations-import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </Group>
    </Paper>
  );
}
