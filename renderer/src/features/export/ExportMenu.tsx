import { useState } from 'react';
import { Button, Loader, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import type { ExportedFile, ExportFormat } from '../../../../shared/contract';
import { useI18n, type MessageKey } from '../../i18n';
import { notifyError, notifySuccess } from '../common/notify';
import { saveExportedFile } from './download';

export const EXPORT_FORMATS: { format: ExportFormat; label: MessageKey }[] = [
  { format: 'docx', label: 'export.docx' },
  { format: 'html', label: 'export.html' },
  { format: 'pdf', label: 'export.pdf' },
  { format: 'markdown', label: 'export.markdown' },
];

interface Props {
  /** Renders the file in the core (export:story, export:draft…). */
  render: (format: ExportFormat) => Promise<ExportedFile>;
  size?: 'xs' | 'sm';
}

/** Export ▾ → DOCX / HTML / PDF / Markdown; busy while the core renders, the core's message on failure. */
export function ExportMenu({ render, size = 'sm' }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      const file = await render(format);
      saveExportedFile(file);
      notifySuccess(t('export.done', { file: file.fileName }), { id: 'export-done' });
    } catch (error) {
      notifyError(i18n, error, t('export.failed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal={false}>
      <Menu.Target>
        <Button
          variant="default"
          size={size}
          leftSection={busy ? <Loader size={14} aria-hidden /> : <IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          disabled={busy !== null}
          aria-busy={busy !== null}
        >
          {busy ? t('export.busy') : t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {EXPORT_FORMATS.map(({ format, label }) => (
          <Menu.Item key={format} onClick={() => void run(format)}>
            {t(label)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
