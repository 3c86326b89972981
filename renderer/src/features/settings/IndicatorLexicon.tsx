/**
 * Settings → indicators: the lexicon Figure Desk reads metrics with, a page at a time,
 * searchable by any name; a row opens the indicator with all its names, where the editor
 * teaches it the names their paper prints and removes the ones they taught.
 */
import { useState } from 'react';
import { Alert, Group, NativeSelect, Pagination, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { IndicatorDomain, type IndicatorEntry } from '../../../../shared/domain/lexicon';
import { useI18n } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { IndicatorDetail } from './IndicatorDetail';
import { LexiconTable } from './LexiconTable';

const PAGE_SIZE = 20;

export function IndicatorLexicon() {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const [domain, setDomain] = useState<IndicatorDomain | ''>('');
  // The page belongs to one search and filter: a new one starts at the first page.
  const filterKey = `${domain}|${query}`;
  const [paging, setPaging] = useState({ filterKey, page: 1 });
  const page = paging.filterKey === filterKey ? paging.page : 1;
  const setPage = (next: number) => setPaging({ filterKey, page: next });
  // The entry stays while the dialog closes, so it can leave with its transition.
  const [detail, setDetail] = useState<{ entry: IndicatorEntry; opened: boolean } | null>(null);
  const setOpen = (entry: IndicatorEntry) => setDetail({ entry, opened: true });

  const { data, error, reload } = useApiQuery(
    'lexicon:list',
    { ...(query ? { query } : {}), ...(domain ? { domain } : {}), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { keepPrevious: true },
  );
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-lexicon">
      <Stack gap="sm">
        <Title order={2} size="h4" id="settings-lexicon">
          {t('lexicon.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('lexicon.intro')}
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            type="search"
            label={t('lexicon.search')}
            placeholder={t('lexicon.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            maxLength={200}
            autoComplete="off"
            style={{ flex: '1 1 16rem' }}
          />
          <NativeSelect
            label={t('lexicon.domainFilter')}
            value={domain}
            onChange={(event) => {
              const parsed = IndicatorDomain.safeParse(event.currentTarget.value);
              setDomain(parsed.success ? parsed.data : '');
            }}
            data={[
              { value: '', label: t('lexicon.domainAll') },
              ...IndicatorDomain.options.map((d) => ({ value: d, label: t(`lexicon.domain.${d}` as const) })),
            ]}
          />
        </Group>

        {error && (
          <Alert color="orange" variant="light" role="alert">
            {t('lexicon.loadFailed')} ({error.message})
          </Alert>
        )}

        {data && (
          <Text size="xs" c="dimmed" aria-live="polite">
            {tn('lexicon.count', data.total)}
          </Text>
        )}

        {data && data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('lexicon.empty')}
          </Text>
        ) : (
          data && (
            <LexiconTable items={data.items} onOpen={setOpen} />
          )
        )}

        {data && pages > 1 && (
          <nav aria-label={t('lexicon.pages')}>
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              size="sm"
              siblings={1}
              getControlProps={(control) =>
                control === 'previous' ? { 'aria-label': t('lexicon.previousPage') } : control === 'next' ? { 'aria-label': t('lexicon.nextPage') } : {}
              }
            />
          </nav>
        )}
      </Stack>

      {detail && (
        <IndicatorDetail
          key={detail.entry.id}
          entry={detail.entry}
          opened={detail.opened}
          onClose={() => setDetail((d) => d && { ...d, opened: false })}
          onChanged={(entry) => {
            setDetail((d) => d && { ...d, entry });
            reload();
          }}
        />
      )}
    </Paper>
  );
}
