import { useState } from 'react';
import { Alert, Button, Drawer, Group, Loader, Paper, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Draft, DraftVersionSummary } from '../../../../shared/domain/draft';
import { api } from '../../api';
import { useI18n, type MessageKey } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage, notifyError, notifySuccess } from '../common/notify';
import { DocPreview } from './DocPreview';
import classes from './Drafts.module.css';

export function formatTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

interface Props {
  draftId: number;
  opened: boolean;
  onClose: () => void;
  onRestored: (draft: Draft) => void;
}

/** drafts:versions, newest first; preview one (drafts:version) and restore it (drafts:restore). */
export function VersionsDrawer({ draftId, opened, onClose, onRestored }: Props) {
  const i18n = useI18n();
  const { t, locale, formatNumber } = i18n;
  const versions = useApiQuery('drafts:versions', opened ? { id: draftId } : null);
  const [selected, setSelected] = useState<number | null>(null);
  const version = useApiQuery('drafts:version', opened && selected !== null ? { versionId: selected } : null);
  const [restoring, setRestoring] = useState(false);

  const restore = async (v: DraftVersionSummary) => {
    setRestoring(true);
    try {
      const draft = await api.call('drafts:restore', { id: draftId, versionId: v.id });
      onRestored(draft);
      notifySuccess(t('drafts.restored'), { id: 'draft-restored' });
      setSelected(null);
      versions.reload();
      onClose();
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setRestoring(false);
    }
  };

  const list = versions.data ?? [];
  const current = list.find((v) => v.id === selected) ?? null;

  return (
    <Drawer opened={opened} onClose={onClose} title={t('drafts.versionsTitle')} position="right" size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {versions.loading && !versions.data && <Loader size="sm" aria-label={t('common.loading')} />}
      {versions.error && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(i18n, versions.error)}
        </Alert>
      )}
      {versions.data && list.length === 0 && <Text c="dimmed">{t('drafts.versionsEmpty')}</Text>}
      {list.length > 0 && (
        <Stack gap="sm">
          <ul className={classes.versionList} aria-label={t('drafts.versionsTitle')}>
            {list.map((v) => (
              <li key={v.id}>
                <UnstyledButton className={classes.versionItem} data-selected={v.id === selected} aria-pressed={v.id === selected} onClick={() => setSelected(v.id)}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {formatTime(v.createdAt, locale)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`drafts.reason.${v.reason}` as MessageKey)}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {v.title || t('drafts.untitled')} · {t('drafts.countWords', { count: formatNumber(v.counts.words) })}
                    {v.author ? ` · ${t('common.byAuthor', { name: v.author })}` : ''}
                  </Text>
                </UnstyledButton>
              </li>
            ))}
          </ul>
          {current && (
            <Paper withBorder p="sm" radius="md">
              <Group justify="space-between" mb="xs">
                <Text size="sm" fw={600}>
                  {t('drafts.previewOf', { time: formatTime(current.createdAt, locale) })}
                </Text>
                <Button size="xs" onClick={() => void restore(current)} loading={restoring}>
                  {t('drafts.restoreVersion')}
                </Button>
              </Group>
              {version.loading && !version.data && <Loader size="xs" aria-label={t('common.loading')} />}
              {version.data && version.data.id === current.id && (
                <ScrollArea.Autosize mah="50vh">
                  <Text fw={700} mb="xs">
                    {version.data.title || t('drafts.untitled')}
                  </Text>
                  <div className={classes.preview}>
                    <DocPreview doc={version.data.doc} />
                  </div>
                </ScrollArea.Autosize>
              )}
            </Paper>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
