import { Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconNumbers } from '@tabler/icons-react';
import type { Figure } from '../../../../shared/domain/figure';
import { useI18n, type I18n, type MessageKey } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import classes from './Reader.module.css';

const KIND_KEYS: Record<Figure['kind'], MessageKey> = {
  target: 'reader.kind.target',
  actual: 'reader.kind.actual',
  projection: 'reader.kind.projection',
  budget: 'reader.kind.budget',
  other: 'reader.kind.misc',
};

function figureValue(i18n: I18n, figure: Figure): string {
  const n = (v: number) => i18n.formatNumber(v, { maximumFractionDigits: 6 });
  const value = figure.valueMax !== null ? `${n(figure.value)}–${n(figure.valueMax)}` : n(figure.value);
  return `${value} ${figure.unit}`.trim();
}

/** The figures read out of the story. The channel may not answer yet: then an empty state, never a crash. */
export function FiguresPanel({ storyId }: { storyId: number }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const { data, error, loading } = useApiQuery('figures:list', { storyId });
  const titleId = `figures-${storyId}`;

  let content;
  if (loading && !data) {
    content = <Loader size="sm" aria-label={t('common.loading')} />;
  } else if (error || !data) {
    content = (
      <Text size="sm" c="dimmed">
        {t('reader.figuresUnavailable')}
      </Text>
    );
  } else if (data.length === 0) {
    content = (
      <Text size="sm" c="dimmed">
        {t('reader.figuresEmpty')}
      </Text>
    );
  } else {
    content = (
      <div>
        <Text size="xs" c="dimmed" mb={4}>
          {tn('reader.figuresCount', data.length)}
        </Text>
        {data.map((figure) => (
          <div key={figure.id} className={classes.figure}>
            <Group gap={6} justify="space-between" wrap="nowrap" align="baseline">
              <Text fw={600} size="sm">
                {figure.qualifier !== 'eq' ? `${t(`reader.qualifier.${figure.qualifier}` as MessageKey)} ` : ''}
                {figureValue(i18n, figure)}
              </Text>
              <Badge size="xs" variant="light" color={figure.kind === 'target' ? 'indigo' : 'gray'}>
                {t(KIND_KEYS[figure.kind])}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {figure.metric}
              {figure.change !== 'level' ? ` · ${t(`reader.change.${figure.change}` as MessageKey)}` : ''}
              {figure.period ? ` · ${figure.period.label}` : ''}
              {figure.entity ? ` · ${figure.entity}` : ''}
            </Text>
            <Text className={classes.figureQuote} c="dimmed" fs="italic" lineClamp={3}>
              {figure.quote}
            </Text>
            {figure.review !== 'unreviewed' && (
              <Badge size="xs" variant="dot" color={figure.review === 'confirmed' ? 'teal' : 'red'} mt={2}>
                {t(`reader.review.${figure.review}` as MessageKey)}
              </Badge>
            )}
          </div>
        ))}
      </div>
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group gap={6}>
          <IconNumbers size={18} aria-hidden />
          <Title order={2} size="h5" id={titleId}>
            {t('reader.figures')}
          </Title>
        </Group>
        {content}
      </Stack>
    </Paper>
  );
}
