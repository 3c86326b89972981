/** The files chosen for an import: how many, each with its size and a remove button, and Choose files. */
import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { IconFile, IconFolderOpen, IconX } from '@tabler/icons-react';
import { useI18n } from '../../i18n';
import { useImport } from './ImportContext';
import classes from './ImportModal.module.css';

function formatSize(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

export function ChosenFiles() {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const { files, chooseFiles, removeFile } = useImport();
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {files.length > 0 ? tn('import.filesChosen', files.length) : t('import.noFiles')}
        </Text>
        <Button variant="light" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={chooseFiles}>
          {t('import.chooseFiles')}
        </Button>
      </Group>
      {files.length > 0 && (
        <ul className={classes.files} aria-label={t('import.fileInputLabel')}>
          {files.map((file, index) => (
            <li key={`${file.name}:${file.size}:${file.lastModified}`} className={classes.file}>
              <IconFile size={16} aria-hidden />
              <Text size="sm" className={classes.fileName} title={file.name}>
                {file.name}
              </Text>
              <Text size="xs" c="dimmed">
                {formatSize(file.size, i18n.locale)}
              </Text>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('import.removeFile', { name: file.name })}
                onClick={() => removeFile(index)}
              >
                <IconX size={14} aria-hidden />
              </ActionIcon>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
