/**
 * Settings → indicators: the lexicon Figure Desk reads metrics with, a page at a time,
 * searchable by any name; a row opens the indicator with all its names, where the editor
 * teaches it the names their paper prints and removes the ones they taught.
 */
import { useId, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { IndicatorDomain, type IndicatorEntry, type LexiconLanguage } from '../../../../shared/domain/lexicon';
import { api, isApiError } from '../../api';
import { useI18n, type I18n } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { FactsTable } from '../common/FactsTable';
import { notifyError, notifySuccess } from '../common/notify';

const PAGE_SIZE = 20;

/** The indicator's canonical name in the interface language. */
function nameOf(entry: IndicatorEntry, i18n: I18n): string {
  return (i18n.locale === 'zh-CN' ? entry.zh[0] : entry.en[0]) ?? entry.id;
}

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
            <Table.ScrollContainer minWidth={560}>
              <Table aria-label={t('lexicon.tableLabel')} verticalSpacing={6} highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('lexicon.col.name')}</Table.Th>
                    <Table.Th>{t('lexicon.col.measure')}</Table.Th>
                    <Table.Th>{t('lexicon.col.unitClass')}</Table.Th>
                    <Table.Th>{t('lexicon.col.domain')}</Table.Th>
                    <Table.Th>{t('lexicon.col.source')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((entry) => (
                    <Table.Tr key={entry.id} onClick={() => setOpen(entry)} style={{ cursor: 'pointer' }}>
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          size="sm"
                          ta="start"
                          onClick={(event) => {
                            event.stopPropagation();
                            setOpen(entry);
                          }}
                        >
                          {nameOf(entry, i18n)}
                        </Anchor>
                        {entry.editorNames.length > 0 && (
                          <Badge size="xs" variant="light" ml={6}>
                            {tn('lexicon.taught', entry.editorNames.length)}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`lexicon.measure.${entry.measure}` as const)}</Table.Td>
                      <Table.Td>{t(`lexicon.unit.${entry.unitClass}` as const)}</Table.Td>
                      <Table.Td>{t(`lexicon.domain.${entry.domain}` as const)}</Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed" lineClamp={1} title={entry.source} maw="14rem" data-content>
                          {entry.source}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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

function IndicatorDetail({
  entry,
  opened,
  onClose,
  onChanged,
}: {
  entry: IndicatorEntry;
  opened: boolean;
  onClose: () => void;
  onChanged: (entry: IndicatorEntry) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const formId = useId();
  const [language, setLanguage] = useState<LexiconLanguage>(i18n.locale === 'zh-CN' ? 'zh' : 'en');
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = async (channel: 'lexicon:addName' | 'lexicon:removeName', input: { language: LexiconLanguage; name: string }) => {
    setBusy(true);
    try {
      const updated = await api.call(channel, { indicatorId: entry.id, ...input });
      onChanged(updated);
      notifySuccess(t(channel === 'lexicon:addName' ? 'lexicon.added' : 'lexicon.removed', { name: input.name.trim() }));
      if (channel === 'lexicon:addName') setName('');
    } catch (error) {
      // Why the name will not do (another indicator has it, nothing to match on) belongs on the field.
      if (channel === 'lexicon:addName' && isApiError(error) && (error.code === 'conflict' || error.code === 'invalid_input')) {
        setFieldError(`${t(error.code === 'conflict' ? 'lexicon.error.conflict' : 'lexicon.error.invalid')} (${error.message})`);
      } else {
        notifyError(i18n, error);
      }
    } finally {
      setBusy(false);
    }
  };

  const facts: [string, string][] = [
    [t('lexicon.id'), entry.id],
    [t('lexicon.col.measure'), t(`lexicon.measure.${entry.measure}` as const)],
    [t('lexicon.col.unitClass'), t(`lexicon.unit.${entry.unitClass}` as const)],
    [t('lexicon.statistic'), t(`lexicon.statistic.${entry.statistic}` as const)],
    [t('lexicon.better'), t(`lexicon.better.${entry.better}` as const)],
    [t('lexicon.col.domain'), t(`lexicon.domain.${entry.domain}` as const)],
    [t('lexicon.col.source'), entry.source],
  ];

  return (
    <Modal opened={opened} onClose={onClose} title={nameOf(entry, i18n)} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <FactsTable rows={facts} labelWidth="9rem" />

        <NameList title={t('lexicon.namesZh')} names={entry.zh} />
        <NameList title={t('lexicon.namesEn')} names={entry.en} />

        <div>
          <Text fw={500} size="sm" mb={4} id={`${formId}-taught`}>
            {t('lexicon.namesTaught')}
          </Text>
          {entry.editorNames.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('lexicon.noTaught')}
            </Text>
          ) : (
            <Stack gap={4} component="ul" aria-labelledby={`${formId}-taught`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {entry.editorNames.map((n) => (
                <Group key={`${n.language}:${n.name}`} gap="xs" component="li" wrap="nowrap">
                  <Badge size="sm" variant="outline">
                    {t(`lexicon.lang.${n.language}` as const)}
                  </Badge>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {n.name}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('lexicon.remove', { name: n.name })}
                    disabled={busy}
                    onClick={() => void change('lexicon:removeName', n)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
          )}
        </div>

        <form
          aria-labelledby={`${formId}-add`}
          onSubmit={(event) => {
            event.preventDefault();
            if (!name.trim()) {
              setFieldError(t('lexicon.error.invalid'));
              return;
            }
            void change('lexicon:addName', { language, name: name.trim() });
          }}
        >
          <Text fw={500} size="sm" mb={4} id={`${formId}-add`}>
            {t('lexicon.addTitle')}
          </Text>
          <Group gap="xs" align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('lexicon.addLanguage')}
              value={language}
              onChange={(event) => setLanguage(event.currentTarget.value === 'en' ? 'en' : 'zh')}
              data={[
                { value: 'zh', label: t('lexicon.lang.zh') },
                { value: 'en', label: t('lexicon.lang.en') },
              ]}
            />
            <TextInput
              label={t('lexicon.addName')}
              description={t('lexicon.addHint')}
              value={name}
              error={fieldError}
              maxLength={100}
              autoComplete="off"
              style={{ flex: '1 1 14rem' }}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setFieldError(null);
              }}
            />
            <Button type="submit" mt={24} leftSection={<IconPlus size={14} aria-hidden />} loading={busy}>
              {t('lexicon.add')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Modal>
  );
}

function NameList({ title, names }: { title: string; names: readonly string[] }) {
  return (
    <div>
      <Text fw={500} size="sm" mb={4}>
        {title}
      </Text>
      <Group gap={6}>
        {names.map((n) => (
          <Badge key={n} variant="light" tt="none" fw={400}>
            {n}
          </Badge>
        ))}
      </Group>
    </div>
  );
}
