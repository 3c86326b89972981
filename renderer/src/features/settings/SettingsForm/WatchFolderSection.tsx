import { useEffect, useRef, useState } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconEye, IconEyeOff, IconFolder } from '@tabler/icons-react';
import { isApiError } from '../../../api';
import { createI18n, detectSystemLocale, useI18n } from '../../../i18n';
import { notifyError, notifySuccess } from '../../common/notify';
import { useSettings } from '../SettingsContext';
import { SAVED_ID } from './useSaveSetting';

/** Browser mode takes no server-side path from the page (the bridge refuses it): no watched folder there. */
export function BrowserWatchNote() {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        {t('settings.watch')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('settings.watchBrowser')}
      </Text>
    </Paper>
  );
}

/** The folder whose new files are imported on their own; the core checks that it is a folder. */
export function WatchFolderSection() {
  const i18n = useI18n();
  const { t } = i18n;
  const { settings, loaded, update } = useSettings();
  const [folder, setFolder] = useState(settings.watchFolder ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Take the stored folder once it has loaded; after that the field is the editor's (a refused
  // path stays there to be fixed, not replaced by the rollback of the optimistic update).
  const synced = useRef(false);
  useEffect(() => {
    if (!loaded || synced.current) return;
    synced.current = true;
    setFolder(settings.watchFolder ?? '');
  }, [loaded, settings.watchFolder]);

  const apply = async (watchFolder: string | null) => {
    if (watchFolder !== null && !watchFolder) {
      setError(t('settings.watchEmpty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await update({ watchFolder });
      setFolder(saved.watchFolder ?? '');
      const l = createI18n(saved.locale ?? detectSystemLocale());
      notifySuccess(l.t(watchFolder === null ? 'settings.savedWatchStop' : 'settings.savedWatch'), { id: SAVED_ID, title: l.t('settings.saved') });
    } catch (err) {
      // The core says why the path will not do (not a folder, not there): show it on the field.
      if (isApiError(err) && err.code === 'invalid_input' && (!err.path || err.path === 'watchFolder')) setError(err.message);
      else notifyError(i18n, err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-watch">
      <Stack gap="sm">
        <Title order={2} size="h4" id="settings-watch">
          {t('settings.watch')}
        </Title>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void apply(folder.trim());
          }}
        >
          <Stack gap="xs">
            <TextInput
              label={t('settings.watchPath')}
              description={t('settings.watchHint')}
              placeholder={t('settings.watchPlaceholder')}
              leftSection={<IconFolder size={16} aria-hidden />}
              value={folder}
              error={error}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => {
                setFolder(event.currentTarget.value);
                setError(null);
              }}
            />
            <Group gap="xs">
              <Button type="submit" size="xs" leftSection={<IconEye size={14} aria-hidden />} loading={busy} disabled={folder.trim() === (settings.watchFolder ?? '') && settings.watchFolder !== null}>
                {t('settings.watchSave')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconEyeOff size={14} aria-hidden />}
                disabled={settings.watchFolder === null || busy}
                onClick={() => void apply(null)}
              >
                {t('settings.watchStop')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed" aria-live="polite" style={{ overflowWrap: 'anywhere' }}>
              {settings.watchFolder ? t('settings.watchActive', { path: settings.watchFolder }) : t('settings.watchOff')}
            </Text>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

