/**
 * A metric over time: reported values as points, the target as a line (or a band for
 * approx/range targets) ending at its deadline. Only readings of the chart's measure are
 * drawn. Hovering a point shows the sentence it came from; clicking it (or its entry in the
 * list below) opens the story at that figure. With nothing to draw the chart says so
 * instead of drawing empty axes.
 */
import { useMemo } from 'react';
import { Center, Loader, Stack, Text } from '@mantine/core';
import type { SeriesPoint } from '../../../../shared/domain/target';
import { useI18n } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage } from '../common/notify';
import { ChartPointList, ChartTargetList } from './ChartLists';
import { dayMs, MetricChartPlot, type Datum } from './MetricChartPlot';

/** targetId: the target to draw in its status colour (the others in grey); null draws them all in colour. */
export function MetricChart({ metricKey, entity, targetId, label }: { metricKey: string; entity: string | null; targetId: number | null; label?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error } = useApiQuery('targets:series', { metricKey, entity });

  // One chart, one measure: a reading of another unit class is refused, not drawn on this scale.
  const fitting = useMemo(
    () => (data?.points ?? []).filter((p) => !data?.unitClass || (p.unitClass ?? 'count') === data.unitClass),
    [data],
  );
  const points = useMemo<Datum[]>(
    () =>
      fitting
        .filter((p): p is SeriesPoint & { date: string } => p.date !== null)
        .map((p) => ({ ...p, x: dayMs(p.date) }))
        .sort((a, b) => a.x - b.x),
    [fitting],
  );

  if (error) {
    return (
      <Text size="sm" c="red">
        {errorMessage(i18n, error)}
      </Text>
    );
  }
  if (!data) {
    return (
      <Center py="sm">
        <Loader size="xs" aria-label={t('common.loading')} />
      </Center>
    );
  }

  const refused = data.points.length - fitting.length;

  return (
    <Stack gap="xs">
      {points.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="chart-empty">
          {t('targets.chartEmpty')}
        </Text>
      ) : (
        <MetricChartPlot points={points} series={data} targetId={targetId} label={label ?? metricKey} />
      )}
      <ChartTargetList targets={data.targets} unit={data.unit} />
      <ChartPointList points={points} unit={data.unit} />
      {refused > 0 && (
        <Text size="xs" c="dimmed">
          {t('targets.chartOtherMeasure', { count: refused })}
        </Text>
      )}
      {(fitting.length > points.length) && (
        <Text size="xs" c="dimmed">
          {t('targets.chartUndated', { count: fitting.length - points.length })}
        </Text>
      )}
    </Stack>
  );
}
