import { useEffect, type ReactNode } from 'react';
import { MantineProvider, useMantineColorScheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { detectSystemLocale, I18nProvider, useI18n } from './i18n';
import { ErrorBoundary } from './features/common/ErrorBoundary';
import { notifyError } from './features/common/notify';
import { ImportProvider } from './features/archive/ImportContext';
import { SettingsProvider, useSettings } from './features/settings/SettingsContext';
import { AppLayout } from './features/shell/AppLayout';
import { theme } from './theme';

/** Language from the settings (null = the system's), applied at once when it changes. */
function LocaleFromSettings({ children }: { children: ReactNode }) {
  const { settings } = useSettings();
  return <I18nProvider locale={settings.locale ?? detectSystemLocale()}>{children}</I18nProvider>;
}

/** The theme preference from the settings drives Mantine's colour scheme ('auto' follows the system). */
function ThemeFromSettings() {
  const { settings, loaded } = useSettings();
  const { setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    if (!loaded) return;
    setColorScheme(settings.theme === 'system' ? 'auto' : settings.theme);
  }, [loaded, settings.theme, setColorScheme]);
  return null;
}

function SettingsLoadError() {
  const i18n = useI18n();
  const { loadError } = useSettings();
  useEffect(() => {
    if (loadError) notifyError(i18n, loadError, i18n.t('settings.loadFailed'));
    // Only once per failure, not on every language change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadError]);
  return null;
}

/** Everything a view needs around it: Mantine, notifications, settings, language, import state. */
export function AppProviders({ children, env }: { children: ReactNode; env?: 'default' | 'test' }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" {...(env ? { env } : {})}>
      <Notifications position="bottom-right" limit={4} />
      <SettingsProvider>
        <ThemeFromSettings />
        <LocaleFromSettings>
          <SettingsLoadError />
          <ImportProvider>{children}</ImportProvider>
        </LocaleFromSettings>
      </SettingsProvider>
    </MantineProvider>
  );
}

export function App() {
  return (
    <AppProviders>
      <ErrorBoundary>
        <AppLayout />
      </ErrorBoundary>
    </AppProviders>
  );
}
