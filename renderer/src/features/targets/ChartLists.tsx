/** The chart's words: its targets and its points as lists, readable without the picture. */
import { Anchor, Text } from '@mantine/core';
import type { SeriesPoint, SeriesTarget } from '../../../../shared/domain/target';
import { useI18n, type I18n } from '../../i18n';
import { figureValue } from '../figures/figureText';
import { storyHref } from './targetText';

export function pointText(i18n: I18n, point: SeriesPoint, unit: string | null): string {
  return figureValue(i18n, { value: point.value, valueMax: null, unit: unit ?? '' });
}

export function ChartTargetList({ targets, unit }: { targets: SeriesTarget[]; unit: string | null }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  if (targets.length === 0) return null;
  const targetValue = (value: number) => figureValue(i18n, { value, valueMax: null, unit: unit ?? '' });
  return (
    <ul aria-label={t('targets.chartTargets')} style={{ margin: 0, paddingLeft: '1.1rem' }}>
      {targets.map((tg) => (
        <li key={tg.targetId}>
          <Text span size="xs">
            {tg.deadline
              ? t('targets.chartTargetBy', { value: targetValue(tg.value), date: formatDate(tg.deadline) })
              : t('targets.chartTargetNoDeadline', { value: targetValue(tg.value) })}
          </Text>
        </li>
      ))}
    </ul>
  );
}

export function ChartPointList({ points, unit }: { points: SeriesPoint[]; unit: string | null }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  if (points.length === 0) return null;
  return (
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
  );
}
