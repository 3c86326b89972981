/**
 * Which city each paper reports from, as editable rows: a figure read in a paper's story
 * gets that city when the story names none. Saved when a field is left or a row removed.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ActionIcon, Button, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { createI18n, useI18n } from '../../../i18n';
import { useSettings } from '../SettingsContext';
import type { SaveSetting } from './useSaveSetting';

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

/** Row indexes whose paper an earlier row already names. */
function repeatedRows(rows: CityRow[]): Set<number> {
  const seen = new Set<string>();
  const repeated = new Set<number>();
  rows.forEach((row, index) => {
    const p = row.publication.trim();
    if (!p) return;
    if (seen.has(p)) repeated.add(index);
    seen.add(p);
  });
  return repeated;
}

export function PublicationCities({ save }: { save: SaveSetting }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const nextKey = useRef(1000);
  const [rows, setRows] = useState<CityRow[]>(() => rowsFrom(settings.publicationCities, 0));
  const lastCities = useRef(settings.publicationCities);
  useEffect(() => {
    if (sameRecord(lastCities.current, settings.publicationCities)) return;
    lastCities.current = settings.publicationCities;
    // Settings arrived or changed elsewhere: take them unless the rows already say the same.
    setRows((now) => (sameRecord(recordFrom(now), settings.publicationCities) ? now : rowsFrom(settings.publicationCities, (nextKey.current += 100))));
  }, [settings.publicationCities]);
  const repeated = useMemo(() => repeatedRows(rows), [rows]);

  const saveCities = (next: CityRow[]) => {
    const record = recordFrom(next);
    if (sameRecord(record, settings.publicationCities)) return;
    lastCities.current = record;
    void save({ publicationCities: record }, (l) => createI18n(l).t('settings.savedCities'));
  };
  const setRow = (key: number, patch: Partial<CityRow>) => setRows((now) => now.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const removeRow = (key: number) => {
    const next = rows.filter((r) => r.key !== key);
    setRows(next);
    saveCities(next);
  };

  return (
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
            {rows.map((row, index) => (
              <Table.Tr key={row.key}>
                <Table.Td>
                  <TextInput
                    aria-label={t('settings.cityPublicationRow', { row: index + 1 })}
                    value={row.publication}
                    maxLength={200}
                    error={repeated.has(index) ? t('settings.cityDuplicate', { name: row.publication.trim() }) : undefined}
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
                  <ActionIcon variant="subtle" color="red" aria-label={t('settings.cityRemove', { name: row.publication.trim() || String(index + 1) })} onClick={() => removeRow(row.key)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Button variant="light" size="xs" mt="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setRows((now) => [...now, { key: (nextKey.current += 1), publication: '', city: '' }])}>
        {t('settings.cityAdd')}
      </Button>
    </div>
  );
}
