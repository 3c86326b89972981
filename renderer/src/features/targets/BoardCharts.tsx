/**
 * One chart per metric (and entity) among the targets shown, the first few. Each is drawn
 * when it comes near the viewport: under a register of hundreds of rows they are far below
 * the fold, and six series requests and six charts made opening the page slow.
 */
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { Target } from '../../../../shared/domain/target';
import { useI18n } from '../../i18n';
import { NearView } from '../common/NearView';
import { MetricChart } from './MetricChart';

/** The chart's own height (MetricChartPlot), kept while it waits off screen. */
const CHART_HEIGHT = 240;

const MAX_CHARTS = 6;

export function BoardCharts({ targets }: { targets: Target[] }) {
  const { t } = useI18n();
  const groups = new Map<string, { metricKey: string; entity: string | null; metric: string }>();
  for (const target of targets) {
    const key = `${target.metricKey}\u0000${target.entity ?? ''}`;
    if (!groups.has(key)) groups.set(key, { metricKey: target.metricKey, entity: target.entity, metric: target.metric });
  }
  const shown = [...groups.values()].slice(0, MAX_CHARTS);
  return (
    <section aria-label={t('targets.chartsTitle')}>
      <Title order={2} size="h5" mb="xs">
        {t('targets.chartsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {shown.map((g) => (
          <Paper key={`${g.metricKey}:${g.entity ?? ''}`} withBorder radius="md" p="sm">
            <Text fw={600} size="sm" mb={4} data-content="">
              {[g.metric, g.entity].filter(Boolean).join(' · ')}
            </Text>
            <NearView minHeight={CHART_HEIGHT}>
              <MetricChart metricKey={g.metricKey} entity={g.entity} targetId={null} label={g.metric} />
            </NearView>
          </Paper>
        ))}
      </SimpleGrid>
      {groups.size > shown.length && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('targets.chartsMore', { count: groups.size - shown.length })}
        </Text>
      )}
    </section>
  );
}
