/** The chart itself: readings as points, each target as a line or band and its deadline as a rule. */
import { Paper, Text } from '@mantine/core';
import { CartesianGrid, ComposedChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesPoint } from '../../../../shared/domain/target';
import type { OutputOf } from '../../../../shared/contract';
import { useI18n } from '../../i18n';
import { pointText } from './ChartLists';
import { STATUS_COLORS, storyHref } from './targetText';
import { valueTicks } from './chartTicks';

export interface Datum extends SeriesPoint {
  x: number;
}

export const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

interface PlotProps {
  points: Datum[];
  series: OutputOf<'targets:series'>;
  targetId: number | null;
  label: string;
}

export function MetricChartPlot({ points, series, targetId, label }: PlotProps) {
  const i18n = useI18n();
  const { t, formatDate, formatNumber } = i18n;
  const xs = [...points.map((p) => p.x), ...series.targets.flatMap((tg) => (tg.deadline ? [dayMs(tg.deadline)] : []))];
  const span = (values: number[], fallback: number): [number, number] => {
    if (values.length === 0) return [0, fallback];
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = hi > lo ? (hi - lo) * 0.08 : Math.abs(hi) * 0.1 || 1;
    return [lo - pad, hi + pad];
  };
  const xDomain = span(xs, 1);
  const ys = [...points.map((p) => p.value), ...series.targets.flatMap((tg) => [tg.low, tg.high])];
  const yTicks = valueTicks(Math.min(...ys), Math.max(...ys), (v, digits) => formatNumber(v, { notation: 'compact', maximumFractionDigits: digits }));
  const actual = points.filter((p) => p.kind === 'actual');
  const projection = points.filter((p) => p.kind === 'projection');
  const dateOf = (ms: number) => formatDate(new Date(ms).toISOString().slice(0, 10));
  const open = (item: unknown) => {
    const payload = (item as { payload?: Datum } | undefined)?.payload;
    if (payload) window.location.hash = storyHref(payload.storyId, payload.figureId);
  };

  return (
    <div role="img" aria-label={t('targets.chartLabel', { metric: label })} data-testid="metric-chart" style={{ width: '100%', height: 240 }}>
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
          {series.targets.map((tg) => {
            const mine = targetId === null || tg.targetId === targetId;
            const color = `var(--mantine-color-${mine ? STATUS_COLORS[tg.status] : 'gray'}-6)`;
            return tg.high > tg.low ? (
              <ReferenceArea key={`band-${tg.targetId}`} y1={tg.low} y2={tg.high} fill={color} fillOpacity={mine ? 0.15 : 0.06} stroke={color} strokeDasharray="4 2" ifOverflow="extendDomain" />
            ) : (
              <ReferenceLine key={`line-${tg.targetId}`} y={tg.value} stroke={color} strokeWidth={mine ? 2 : 1} strokeDasharray="6 3" ifOverflow="extendDomain" />
            );
          })}
          {series.targets.map((tg) =>
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
                    {pointText(i18n, p, series.unit)} · {p.date ? formatDate(p.date) : ''}
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
  );
}
