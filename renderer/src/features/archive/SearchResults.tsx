import { useEffect, useState } from 'react';
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import type { SearchHit } from '../../../../shared/domain/archive';
import { useI18n } from '../../i18n';
import { routeHref } from '../../router';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage } from '../common/notify';
import { FigureHits } from './FigureHits';
import { MarkedRuns, Snippet } from './Snippet';
import { StoryMeta } from './StoryMeta';
import classes from './Archive.module.css';

const STEP = 50;
const MAX = 500;

/** Search hits for a (debounced) query, with the snippet's hits marked. */
interface Props {
  query: string;
  /** from, to, publication, byline: only the ones set. */
  filters?: { from?: string; to?: string; publication?: string; byline?: string };
  version: number;
}

export function SearchResults({ query, filters, version }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [limit, setLimit] = useState(STEP);
  const filterKey = JSON.stringify(filters ?? {});
  useEffect(() => setLimit(STEP), [query, filterKey]);

  const { data, error, loading, reload } = useApiQuery('archive:search', { query, limit, ...filters }, { keepPrevious: true });
  useEffect(() => reload(), [version, reload]);

  if (error) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('common.error')} role="alert">
        {errorMessage(i18n, error)}
      </Alert>
    );
  }
  if (!data) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (data.hits.length === 0 && !loading && data.figures?.length) {
    // Figures of the value, though no story prints the query word for word (>40000 科技型企业).
    return (
      <div className={classes.scroller}>
        <FigureHits figures={data.figures} />
        <Text size="sm" c="dimmed" role="status">
          {t('archive.noStoryHits', { query })}
        </Text>
      </div>
    );
  }
  if (data.hits.length === 0 && !loading) {
    return (
      <Stack align="center" gap={4} py="xl" role="status">
        <IconSearch size={28} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text fw={500}>{t('archive.noHits', { query })}</Text>
        <Text size="sm" c="dimmed" maw={520} ta="center">
          {t('archive.noHitsHint')}
        </Text>
      </Stack>
    );
  }

  const more = data.hits.length >= limit && limit < MAX;
  return (
    <div className={classes.scroller} aria-busy={loading}>
      <FigureHits figures={data.figures ?? []} />
      <Text size="xs" c="dimmed" mb="xs" role="status">
        {t('archive.hitsTook', { count: i18n.formatNumber(data.hits.length), ms: i18n.formatNumber(Math.round(data.tookMs)) })}
      </Text>
      <ul className={classes.hits} aria-label={t('archive.resultsLabel')}>
        {data.hits.map((hit) => (
          <li key={hit.storyId}>
            <HitRow hit={hit} />
          </li>
        ))}
      </ul>
      {more && (
        <Center py="sm">
          <Button variant="subtle" size="xs" loading={loading} onClick={() => setLimit((l) => Math.min(MAX, l + STEP))}>
            {t('archive.loadMore')}
          </Button>
        </Center>
      )}
    </div>
  );
}

function HitRow({ hit }: { hit: SearchHit }) {
  const headlineId = `hit-${hit.storyId}-headline`;
  const metaId = `hit-${hit.storyId}-meta`;
  const snippetId = `hit-${hit.storyId}-snippet`;
  return (
    <a
      className={classes.hitRow}
      href={routeHref({ page: 'archive', storyId: hit.storyId })}
      data-story-id={hit.storyId}
      aria-labelledby={headlineId}
      aria-describedby={`${metaId} ${snippetId}`}
    >
      <span className={classes.headline} id={headlineId}>
        <MarkedRuns runs={hit.headlineRuns} />
      </span>
      <StoryMeta id={metaId} date={hit.date} publication={hit.publication} byline={hit.byline} />
      <Snippet runs={hit.snippet} id={snippetId} />
    </a>
  );
}
