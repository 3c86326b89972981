import { useEffect, useState } from 'react';
import { Code, NumberInput, Paper, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { createI18n, useI18n } from '../../../i18n';
import { useApiQuery } from '../../../useApiQuery';
import { useSettings } from '../SettingsContext';
import { PublicationCities } from './PublicationCities';
import type { SaveSetting } from './useSaveSetting';

const asPercent = (fraction: number) => Math.round(fraction * 10000) / 100;

/** How figures are read and credited: the tolerance of "about", the editor's name, our own papers, papers' cities. */
export function FiguresSection({ save }: { save: SaveSetting }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const appInfo = useApiQuery('app:info', {});
  const systemUser = appInfo.data?.systemUser;

  // Saved shortly after typing stops.
  const [tolerance, setTolerance] = useState<number | string>(asPercent(settings.approxTolerance));
  useEffect(() => setTolerance(asPercent(settings.approxTolerance)), [settings.approxTolerance]);
  const saveTolerance = useDebouncedCallback((value: number | string) => {
    const percent = typeof value === 'number' ? value : Number.parseFloat(value);
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) return;
    const fraction = Math.round(percent * 100) / 10000;
    if (fraction === settings.approxTolerance) return;
    void save({ approxTolerance: fraction }, (l) => createI18n(l).t('settings.savedTolerance', { value: createI18n(l).formatNumber(percent) }));
  }, 500);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-figures">
      <Stack gap="md">
        <Title order={2} size="h4" id="settings-figures">
          {t('settings.figures')}
        </Title>
        <NumberInput
          label={t('settings.tolerance')}
          description={t('settings.toleranceHint')}
          value={tolerance}
          min={0}
          max={100}
          step={0.5}
          decimalScale={2}
          suffix="%"
          clampBehavior="strict"
          styles={{ wrapper: { maxWidth: '12rem' } }}
          onChange={(value) => {
            setTolerance(value);
            saveTolerance(value);
          }}
          onBlur={() => saveTolerance.flush()}
        />
        <TextInput
          label={t('settings.editorName')}
          description={
            <>
              {t('settings.editorNameHint')} <Code data-content>{systemUser || '—'}</Code>
            </>
          }
          placeholder={systemUser ?? ''}
          defaultValue={settings.editorName}
          key={`editor-${settings.editorName}`}
          maxLength={80}
          styles={{ wrapper: { maxWidth: '20rem' } }}
          onBlur={(event) => {
            const name = event.currentTarget.value.trim();
            if (name === settings.editorName) return;
            void save({ editorName: name }, (l) => createI18n(l).t('settings.savedEditorName', { name: name || systemUser || '—' }));
          }}
        />
        <TagsInput
          label={t('settings.ownPapers')}
          description={t('settings.ownPapersHint')}
          placeholder={t('settings.ownPapersPlaceholder')}
          value={settings.ownPublications}
          maxTags={20}
          clearable
          styles={{ wrapper: { maxWidth: '32rem' } }}
          onChange={(names) => {
            const next = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
            void save({ ownPublications: next }, (l) =>
              next.length ? createI18n(l).t('settings.savedOwnPapers', { names: next.join(l === 'zh-CN' ? '、' : ', ') }) : createI18n(l).t('settings.savedOwnPapersNone'),
            );
          }}
        />
        <PublicationCities save={save} />
      </Stack>
    </Paper>
  );
}
