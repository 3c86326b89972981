import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FactsTable } from '../common/FactsTable';
import {
  Code,
  ActionIcon,
  Alert,
  Button,
  Group,
  Input,
  NativeSelect,
  NumberInput,
  TagsInput,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconDeviceDesktop, IconEye, IconEyeOff, IconFolder, IconMoon, IconPlus, IconSun, IconTrash } from '@tabler/icons-react';
import type { Locale, Settings } from '../../../../shared/domain/settings';
import { api, isApiError } from '../../api';
import { createI18n, detectSystemLocale, useI18n } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { notifyError, notifySuccess } from '../common/notify';
import { AnnotationTransfer } from './AnnotationTransfer';
import { BackupPanel } from './BackupPanel';
import { AnnotationTypesEditor } from './AnnotationTypesEditor';
import { IndicatorLexicon } from './IndicatorLexicon';
import { ReindexPanel } from './ReindexPanel';
import { useSettings } from './SettingsContext';

const SAVED_ID = 'settings-saved';

type Theme = Settings['theme'];
interface CityRow {
  key: number;
  publication: string;
  city: string;
}

function rowsFrom(record: Record<string, string>, start: number): CityRow[] {
  return Object.entries(record).map(([publication, city], i) => ({ key: start + i, publication, city }));
}

function recordFrom(rows: CityRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of rows) {
    const publication = row.publication.trim();
    const city = row.city.trim();
    if (publication && city && !(publication in out)) out[publication] = city;
  }
  return out;
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

export function SettingsForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const { settings, loaded, loadError, update } = useSettings();
  const themeLabelId = useId();
  const appInfo = useApiQuery('app:info', {});

  const save = async (patch: Partial<Settings>, message: (locale: Locale) => string) => {
    try {
      const saved = await update(patch);
      // Confirm in the language now in force, which a language change has just switched.
      notifySuccess(message(saved.locale ?? detectSystemLocale()), { id: SAVED_ID, title: createI18n(saved.locale ?? detectSystemLocale()).t('settings.saved') });
    } catch (error) {
      notifyError(i18n, error);
    }
  };

  // ---- tolerance: saved shortly after typing stops
  const [tolerance, setTolerance] = useState<number | string>(Math.round(settings.approxTolerance * 10000) / 100);
  useEffect(() => setTolerance(Math.round(settings.approxTolerance * 10000) / 100), [settings.approxTolerance]);
  const saveTolerance = useDebouncedCallback((value: number | string) => {
    const percent = typeof value === 'number' ? value : Number.parseFloat(value);
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) return;
    const fraction = Math.round(percent * 100) / 10000;
    if (fraction === settings.approxTolerance) return;
    void save({ approxTolerance: fraction }, (l) => createI18n(l).t('settings.savedTolerance', { value: createI18n(l).formatNumber(percent) }));
  }, 500);

  // ---- publication → city rows: saved when a field is left or a row removed
  const nextKey = useRef(1000);
  const [rows, setRows] = useState<CityRow[]>(() => rowsFrom(settings.publicationCities, 0));
  const lastCities = useRef(settings.publicationCities);
  useEffect(() => {
    if (sameRecord(lastCities.current, settings.publicationCities)) return;
    lastCities.current = settings.publicationCities;
    // Settings arrived or changed elsewhere: take them unless the rows already say the same.
    setRows((now) => (sameRecord(recordFrom(now), settings.publicationCities) ? now : rowsFrom(settings.publicationCities, (nextKey.current += 100))));
  }, [settings.publicationCities]);

  const duplicates = useMemo(() => {
    const seen = new Set<string>();
    const dup = new Set<string>();
    for (const row of rows) {
      const p = row.publication.trim();
      if (!p) continue;
      if (seen.has(p)) dup.add(p);
      seen.add(p);
    }
    return dup;
  }, [rows]);

  const saveCities = (next: CityRow[]) => {
    const record = recordFrom(next);
    if (sameRecord(record, settings.publicationCities)) return;
    lastCities.current = record;
    void save({ publicationCities: record }, (l) => createI18n(l).t('settings.savedCities'));
  };

  const setRow = (key: number, patch: Partial<CityRow>) => setRows((now) => now.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const languageValue = settings.locale ?? 'system';
  const system = detectSystemLocale();

  return (
    <Stack gap="lg" maw="48rem">
      <Title order={1} size="h3">
        {t('settings.title')}
      </Title>

      {loaded && loadError && (
        <Alert color="orange" variant="light" role="alert">
          {t('settings.loadFailed')} ({loadError.message})
        </Alert>
      )}

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-appearance">
        <Stack gap="md">
          <Title order={2} size="h4" id="settings-appearance">
            {t('settings.appearance')}
          </Title>
          <NativeSelect
            label={t('settings.language')}
            description={t('settings.languageHint', { system: t(system === 'zh-CN' ? 'settings.systemLanguage.zh' : 'settings.systemLanguage.en') })}
            value={languageValue}
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
                onChange={(value) => void save({ theme: value as Theme }, (l) => createI18n(l).t('settings.savedTheme'))}
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
                {t('settings.editorNameHint')} <Code data-content>{appInfo.data?.systemUser || '—'}</Code>
              </>
            }
            placeholder={appInfo.data?.systemUser ?? ''}
            defaultValue={settings.editorName}
            key={`editor-${settings.editorName}`}
            maxLength={80}
            styles={{ wrapper: { maxWidth: '20rem' } }}
            onBlur={(event) => {
              const name = event.currentTarget.value.trim();
              if (name === settings.editorName) return;
              void save({ editorName: name }, (l) => createI18n(l).t('settings.savedEditorName', { name: name || appInfo.data?.systemUser || '—' }));
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

          <div>
            <Text fw={500} size="sm" id="settings-cities">
              {t('settings.cities')}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t('settings.citiesHint')}
            </Text>
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed" mb="xs">
                {t('settings.cityEmpty')}
              </Text>
            ) : (
              <Table aria-labelledby="settings-cities" withRowBorders={false} verticalSpacing={4} horizontalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('settings.cityPublication')}</Table.Th>
                    <Table.Th>{t('settings.cityCity')}</Table.Th>
                    <Table.Th w={40} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row, index) => {
                    const dup = duplicates.has(row.publication.trim()) && rows.findIndex((r) => r.publication.trim() === row.publication.trim()) !== index;
                    return (
                      <Table.Tr key={row.key}>
                        <Table.Td>
                          <TextInput
                            aria-label={t('settings.cityPublicationRow', { row: index + 1 })}
                            value={row.publication}
                            maxLength={200}
                            error={dup ? t('settings.cityDuplicate', { name: row.publication.trim() }) : undefined}
                            onChange={(event) => setRow(row.key, { publication: event.currentTarget.value })}
                            onBlur={() => saveCities(rows)}
                          />
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            aria-label={t('settings.cityCityRow', { row: index + 1 })}
                            value={row.city}
                            maxLength={100}
                            onChange={(event) => setRow(row.key, { city: event.currentTarget.value })}
                            onBlur={() => saveCities(rows)}
                            onKeyDown={(event) => {
                              if (event.key === 'Enter') saveCities(rows);
                            }}
                          />
                        </Table.Td>
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('settings.cityRemove', { name: row.publication.trim() || String(index + 1) })}
                            onClick={() => {
                              const next = rows.filter((r) => r.key !== row.key);
                              setRows(next);
                              saveCities(next);
                            }}
                          >
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
            <Button
              variant="light"
              size="xs"
              mt="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setRows((now) => [...now, { key: (nextKey.current += 1), publication: '', city: '' }])}
            >
              {t('settings.cityAdd')}
            </Button>
          </div>
        </Stack>
      </Paper>

      {/* Browser mode takes no server-side path from the page (the bridge refuses it): no watched folder there. */}
      {api.transportKind() === 'ipc' ? <WatchFolderSection /> : <BrowserWatchNote />}

      <AnnotationTypesEditor />

      <AnnotationTransfer />

      <BackupPanel />

      <IndicatorLexicon />

      <ReindexPanel />

      <AboutSection />
    </Stack>
  );
}

function BrowserWatchNote() {
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
function WatchFolderSection() {
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

function Label({ icon, text }: { icon: React.ReactNode; text: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      {icon}
      <span>{text}</span>
    </span>
  );
}

function AboutSection() {
  const { t, formatNumber } = useI18n();
  const { data } = useApiQuery('app:info', {});
  if (!data) return null;
  const rows: [string, string][] = [
    [t('settings.version'), `${data.name} ${data.version}`],
    [t('settings.transport'), data.transport === 'ipc' ? t('settings.transport.ipc') : t('settings.transport.http')],
    [t('settings.database'), data.dbPath],
    [t('settings.storyCount'), formatNumber(data.stories)],
  ];
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-about">
      <Title order={2} size="h4" id="settings-about" mb="sm">
        {t('settings.about')}
      </Title>
      <FactsTable rows={rows} />
    </Paper>
  );
}
