import { useId, type ReactNode } from 'react';
import { Input, NativeSelect, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import type { Locale, Settings } from '../../../../../shared/domain/settings';
import { createI18n, detectSystemLocale, useI18n } from '../../../i18n';
import { useSettings } from '../SettingsContext';
import type { SaveSetting } from './useSaveSetting';

/** The UI's language (or the system's) and the colour theme. */
export function AppearanceSection({ save }: { save: SaveSetting }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const themeLabelId = useId();
  const system = detectSystemLocale();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-appearance">
      <Stack gap="md">
        <Title order={2} size="h4" id="settings-appearance">
          {t('settings.appearance')}
        </Title>
        <NativeSelect
          label={t('settings.language')}
          description={t('settings.languageHint', { system: t(system === 'zh-CN' ? 'settings.systemLanguage.zh' : 'settings.systemLanguage.en') })}
          value={settings.locale ?? 'system'}
          maw="20rem"
          data={[
            { value: 'system', label: t('settings.language.system') },
            { value: 'zh-CN', label: t('settings.language.zh') },
            { value: 'en', label: t('settings.language.en') },
          ]}
          onChange={(event) => {
            const v = event.currentTarget.value;
            const locale: Locale | null = v === 'zh-CN' || v === 'en' ? v : null;
            void save({ locale }, (l) => createI18n(l).t('settings.savedLanguage'));
          }}
        />
        <Input.Wrapper label={t('settings.theme')} labelElement="div" id={themeLabelId}>
          <div>
            <SegmentedControl
              aria-labelledby={`${themeLabelId}-label`}
              value={settings.theme}
              onChange={(value) => void save({ theme: value as Settings['theme'] }, (l) => createI18n(l).t('settings.savedTheme'))}
              data={[
                { value: 'system', label: <Label icon={<IconDeviceDesktop size={14} aria-hidden />} text={t('settings.theme.system')} /> },
                { value: 'light', label: <Label icon={<IconSun size={14} aria-hidden />} text={t('settings.theme.light')} /> },
                { value: 'dark', label: <Label icon={<IconMoon size={14} aria-hidden />} text={t('settings.theme.dark')} /> },
              ]}
            />
          </div>
        </Input.Wrapper>
      </Stack>
    </Paper>
  );
}

function Label({ icon, text }: { icon: ReactNode; text: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      {icon}
      <span>{text}</span>
    </span>
  );
}
