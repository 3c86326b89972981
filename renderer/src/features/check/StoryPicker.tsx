/** #/check without a story: search the archive (or take a recent story) and check it. */
import { useState } from 'react';
import { Alert, Anchor, Center, Group, Loader, Paper, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconChecklist, IconSearch } from '@tabler/icons-react';
import { useI18n } from '../../i18n';
import { shownHeadline } from '../archive/shownHeadline';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage } from '../common/notify';

interface Row {
  id: number;
  headline: string;
  date: string | null;
  publication: string | null;
}

export const checkHref = (storyId: number) => `#/check/${storyId}`;

export function StoryPicker() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 200);
  const search = useApiQuery('archive:search', query ? { query, limit: 30 } : null, { keepPrevious: true });
  const recent = useApiQuery('archive:list', query ? null : { offset: 0, limit: 30 });
  const active = query ? search : recent;
  const rows: Row[] | undefined = query
    ? search.data?.hits.map((h) => ({ id: h.storyId, headline: h.headline, date: h.date, publication: h.publication }))
    : recent.data?.items.map((s) => ({ id: s.id, headline: s.headline, date: s.date, publication: s.publication }));

  return (
    <Stack gap="md" maw="52rem">
      <Group gap="sm" align="center">
        <ThemeIcon variant="light" size="xl" radius="md" aria-hidden>
          <IconChecklist size={24} />
        </ThemeIcon>
        <div>
          <Title order={1} size="h3">
            {t('check.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('check.intro')}
          </Text>
        </div>
      </Group>
      <TextInput
        label={t('check.pick')}
        placeholder={t('check.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        type="search"
        data-autofocus
      />
      <Text size="xs" c="dimmed">
        {query ? t('check.results') : t('check.recent')}
      </Text>
      {active.error ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {errorMessage(i18n, active.error)}
        </Alert>
      ) : !rows ? (
        <Center py="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {query ? t('check.noResults') : t('check.noStories')}
        </Text>
      ) : (
        <Paper withBorder radius="md" p="xs">
          <ul aria-label={t('check.storyList')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {rows.map((row) => (
              <li key={row.id} style={{ padding: '6px 4px' }}>
                <Anchor href={checkHref(row.id)} fw={600} size="sm" data-content>
                  {shownHeadline(i18n, row.headline)}
                </Anchor>
                <Text size="xs" c="dimmed" data-content>
                  {[row.date ? formatDate(row.date) : null, row.publication].filter(Boolean).join(' · ')}
                </Text>
              </li>
            ))}
          </ul>
        </Paper>
      )}
    </Stack>
  );
}
