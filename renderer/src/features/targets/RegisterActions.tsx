/** The board's actions on the whole register: new by hand, export in four formats, import. */
import { useState } from 'react';
import { Button, Group, Menu } from '@mantine/core';
import { IconDownload, IconPlus, IconTable, IconUpload } from '@tabler/icons-react';
import type { InputOf } from '../../../../shared/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { notifyError, notifySuccess } from '../common/notify';
import { saveExportedFile } from '../export/download';

type ExportFormat = InputOf<'targets:export'>['format'];

export function RegisterActions({ onNew, onImport }: { onNew: () => void; onImport: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [exporting, setExporting] = useState<ExportFormat | null>(null);

  const runExport = async (format: ExportFormat) => {
    setExporting(format);
    try {
      // the summary is for people: headers and status words in the language the editor reads
      const file = await api.call('targets:export', { format, language: i18n.locale === 'zh-CN' ? 'zh' : 'en' });
      saveExportedFile(file);
      notifySuccess(t('targets.exported', { file: file.fileName }));
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setExporting(null);
    }
  };

  return (
    <Group gap="xs">
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onNew}>
        {t('targets.new')}
      </Button>
      <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={exporting === 'csv'} onClick={() => void runExport('csv')}>
        {t('targets.exportCsv')}
      </Button>
      <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={exporting === 'json'} onClick={() => void runExport('json')}>
        {t('targets.exportJson')}
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconTable size={16} aria-hidden />} loading={exporting === 'summary-xlsx' || exporting === 'summary-csv'}>
            {t('targets.exportSummary')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void runExport('summary-xlsx')}>{t('targets.exportSummaryXlsx')}</Menu.Item>
          <Menu.Item onClick={() => void runExport('summary-csv')}>{t('targets.exportSummaryCsv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} onClick={onImport}>
        {t('targets.import')}
      </Button>
    </Group>
  );
}
