/**
 * A metric over time: reported values as points, the target as a line (or a band for
 * approx/range targets) ending at its deadline. Only readings of the chart's measure are
 * drawn. Hovering a point shows the sentence it came from; clicking it (or its entry in the
 * list below) opens the story at that figure. With nothing to draw the chart says so
 * instead of drawing empty axes.
 */
import { useMemo } from 'react';
import { Anchor, Center, Loader, Paper, Stack, Text } from '@mantine/core';
import {
  CartesianGrid,
  ComposedChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { SeriesPoint } from '../../../../shared/domain/target';
import { useI18n, type I18n } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage } from '../common/notify';
import { figureValue } from '../figures/figureText';
import { STATUS_COLORS, storyHref } from './targetText';
import { valueTicks } from './chartTicks';

interface Datum extends SeriesPoint {
  x: number;
}

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function pointText(i18n: I18n, point: SeriesPoint, unit: string | null): string {
  return figureValue(i18n, { value: point.value, valueMax: null, unit: unit ?? '' });
}

/** targetId: the target to draw in its status colour (the others in grey); null draws them all in colour. */
export function MetricChart({ metricKey, entity, targetId, label }: { metricKey: string; entity: string | null; targetId: number | null; label?: string }) {
  const i18n = useI18n();
  const { t, formatDate, formatNumber } = i18n;
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

  const unit = data.unit;
  const xs = [...points.map((p) => p.x), ...data.targets.flatMap((tg) => (tg.deadline ? [dayMs(tg.deadline)] : []))];
  const span = (values: number[], fallback: number): [number, number] => {
    if (values.length === 0) return [0, fallback];
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = hi > lo ? (hi - lo) * 0.08 : Math.abs(hi) * 0.1 || 1;
    return [lo - pad, hi + pad];
  };
  const xDomain = span(xs, 1);
  const ys = [...points.map((p) => p.value), ...data.targets.flatMap((tg) => [tg.low, tg.high])];
  const yTicks = valueTicks(Math.min(...ys), Math.max(...ys), (v, digits) => formatNumber(v, { notation: 'compact', maximumFractionDigits: digits }));
  const actual = points.filter((p) => p.kind === 'actual');
  const projection = points.filter((p) => p.kind === 'projection');
  const dateOf = (ms: number) => formatDate(new Date(ms).toISOString().slice(0, 10));
  const open = (item: unknown) => {
    const payload = (item as { payload?: Datum } | undefined)?.payload;
    if (payload) window.location.hash = storyHref(payload.storyId, payload.figureId);
  };
  const targetValue = (value: number) => figureValue(i18n, { value, valueMax: null, unit: unit ?? '' });
  const refused = data.points.length - fitting.length;

  return (
    <Stack gap="xs">
      {points.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="chart-empty">
          {t('targets.chartEmpty')}
        </Text>
      ) : (
      <div role="img" aria-label={t('targets.chartLabel', { metric: label ?? metricKey })} data-testid="metric-chart" style={{ width: '100%', height: 240 }}>
        <ResponsiveContainer width="100%" height={240} initialDimension={{ width: 480, height: 240 }}>
          <ComposedChart margin={{ top: 10, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--mantine-color-default-border)" />
            <XAxis
              type="number"
              dataKey="x"
              domain={xDomain}
              scale="time"
              tickFormatter={(v: number) => dateOf(v)}
              tick={{ fontSize: 11 }}
              allowDuplicatedCategory={false}
            />
            <YAxis
              type="number"
              dataKey="value"
              // Nice ticks; the target's line or band extends the domain when it lies outside the points.
              domain={[yTicks.values[0]!, yTicks.values[yTicks.values.length - 1]!]}
              ticks={yTicks.values}
              // labels precise enough that no two ticks read the same (never 4万 4万 4万)
              tickFormatter={(v: number) => yTicks.label(v)}
              tick={{ fontSize: 11 }}
              width={56}
            />
            {data.targets.map((tg) => {
              const mine = targetId === null || tg.targetId === targetId;
              const color = `var(--mantine-color-${mine ? STATUS_COLORS[tg.status] : 'gray'}-6)`;
              return tg.high > tg.low ? (
                <ReferenceArea key={`band-${tg.targetId}`} y1={tg.low} y2={tg.high} fill={color} fillOpacity={mine ? 0.15 : 0.06} stroke={color} strokeDasharray="4 2" ifOverflow="extendDomain" />
              ) : (
                <ReferenceLine key={`line-${tg.targetId}`} y={tg.value} stroke={color} strokeWidth={mine ? 2 : 1} strokeDasharray="6 3" ifOverflow="extendDomain" />
              );
            })}
            {data.targets.map((tg) =>
              tg.deadline ? (
                <ReferenceLine
                  key={`deadline-${tg.targetId}`}
                  x={dayMs(tg.deadline)}
                  stroke="var(--mantine-color-dimmed)"
                  strokeDasharray="2 2"
                  ifOverflow="extendDomain"
                  label={{ value: t('targets.chartDeadline', { date: formatDate(tg.deadline) }), position: 'insideTopRight', fontSize: 10 }}
                />
              ) : null,
            )}
            <Tooltip
              cursor={false}
              content={({ active, payload }) => {
                const p = active ? (payload?.[0]?.payload as Datum | undefined) : undefined;
                if (!p) return null;
                return (
                  <Paper withBorder shadow="sm" p="xs" maw={280}>
                    <Text size="xs" fw={600}>
                      {pointText(i18n, p, unit)} · {p.date ? formatDate(p.date) : ''}
                    </Text>
                    <Text size="xs" fs="italic" lineClamp={3} data-content="">
                      {p.quote}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={1} data-content="">
                      {p.headline}
                    </Text>
                  </Paper>
                );
              }}
            />
            <Scatter name={t('targets.chartActual')} data={actual} fill="var(--mantine-color-blue-6)" onClick={open} style={{ cursor: 'pointer' }} isAnimationActive={false} />
            <Scatter
              name={t('targets.chartProjection')}
              data={projection}
              fill="var(--mantine-color-body)"
              stroke="var(--mantine-color-grape-6)"
              onClick={open}
              style={{ cursor: 'pointer' }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      )}
      {data.targets.length > 0 && (
        <ul aria-label={t('targets.chartTargets')} style={{ margin: 0, paddingLeft: '1.1rem' }}>
          {data.targets.map((tg) => (
            <li key={tg.targetId}>
              <Text span size="xs">
                {tg.deadline
                  ? t('targets.chartTargetBy', { value: targetValue(tg.value), date: formatDate(tg.deadline) })
                  : t('targets.chartTargetNoDeadline', { value: targetValue(tg.value) })}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {points.length > 0 && (
        <ul aria-label={t('targets.chartPoints')} style={{ margin: 0, paddingLeft: '1.1rem', maxHeight: '8rem', overflowY: 'auto' }}>
          {points.map((p) => (
            <li key={p.figureId}>
              <Anchor fz="xs" href={storyHref(p.storyId, p.figureId)} title={p.headline}>
                {p.date ? formatDate(p.date) : ''} · {pointText(i18n, p, unit)}
                {p.kind === 'projection' ? ` (${t('targets.chartProjection')})` : ''} — “<span data-content="">{p.quote}</span>”
              </Anchor>
            </li>
          ))}
        </ul>
      )}
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
