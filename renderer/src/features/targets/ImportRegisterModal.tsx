/** Import a register (CSV or JSON) exported here or elsewhere: merge beside it, or replace it. */
import { useState } from 'react';
import { Alert, Button, FileButton, Group, List, Modal, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileImport } from '@tabler/icons-react';
import type { ImportMode, ImportResult } from '../../../../shared/domain/target';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { errorMessage } from '../common/notify';

type Format = 'csv' | 'json';

/** The file's text (FileReader, which every host has; Blob.text is newer). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsText(file);
  });
}

function formatOf(name: string): Format {
  return /\.json$/i.test(name) ? 'json' : 'csv';
}

export function ImportRegisterModal({ opened, onClose, onImported }: { opened: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('targets.importTitle')} size="md" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <ImportRegisterForm onClose={onClose} onImported={onImported} />}
    </Modal>
  );
}

function ImportRegisterForm({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<Format>('csv');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setResult(null);
    setError(null);
    if (chosen) setFormat(formatOf(chosen.name));
  };

  const run = async () => {
    if (!file) {
      setError(t('targets.importNoFile'));
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const text = await readText(file);
      const answer = await api.call('targets:import', { text, format, mode });
      setResult(answer);
      onImported();
    } catch (err) {
      setError(errorMessage(i18n, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <FileButton onChange={choose} accept=".csv,.json,text/csv,application/json">
          {(props) => (
            <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} {...props}>
              {t('targets.importChoose')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c={file ? undefined : 'dimmed'} data-testid="import-file-name">
          {file ? file.name : t('targets.importNone')}
        </Text>
      </Group>
      <div>
        <Text size="sm" fw={500} mb={4} id="register-import-format">
          {t('targets.importFormat')}
        </Text>
        <SegmentedControl
          aria-labelledby="register-import-format"
          value={format}
          onChange={(v) => setFormat(v as Format)}
          data={[
            { value: 'csv', label: 'CSV' },
            { value: 'json', label: 'JSON' },
          ]}
        />
      </div>
      <Radio.Group label={t('targets.importMode')} value={mode} onChange={(v) => setMode(v as ImportMode)}>
        <Stack gap={6} mt={4}>
          <Radio value="merge" label={t('targets.importMerge')} />
          <Radio value="replace" label={t('targets.importReplace')} />
        </Stack>
      </Radio.Group>
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" title={file ? t('targets.importFailed', { name: file.name }) : undefined}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {error}
          </Text>
        </Alert>
      )}
      {result && (
        <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} role="status" title={tn('targets.imported', result.imported)}>
          {result.warnings.length > 0 && (
            <>
              <Text size="sm" fw={500}>
                {t('targets.importWarnings')}
              </Text>
              <List size="sm">
                {result.warnings.map((w, i) => (
                  <List.Item key={`${i}:${w}`}>{w}</List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
        <Button onClick={() => void run()} loading={busy} disabled={!file}>
          {t('targets.importRun')}
        </Button>
      </Group>
    </Stack>
  );
}
