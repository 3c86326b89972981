/** Everything the extractor read about one figure, and the rule and cue words behind it; a target figure can be tracked from here. */
import type { ReactNode } from 'react';
import { Badge, Code, Group, Table, Text } from '@mantine/core';
import type { Figure } from '../../../../shared/domain/figure';
import { useI18n, type MessageKey } from '../../i18n';
import { TrackAsTarget } from '../targets/TrackAsTarget';
import { changeLabel, figureValue, KIND_COLORS, KIND_KEYS, periodText, qualifierLabel } from './figureText';

export function FigureReading({ figure }: { figure: Figure }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const none = (
    <Text span c="dimmed" size="sm">
      {t('common.none')}
    </Text>
  );
  const rows: [MessageKey, ReactNode][] = [
    ['reader.field.quote', <Text span size="sm" fs="italic" data-content>{figure.quote}</Text>],
    ['reader.field.value', figureValue(i18n, { value: figure.value, valueMax: null, unit: figure.unit })],
    ['reader.field.valueMax', figure.valueMax === null ? none : formatNumber(figure.valueMax, { maximumFractionDigits: 6 })],
    ['reader.field.unit', figure.unit ? <span data-content>{figure.unit}</span> : none],
    ['reader.field.currency', figure.currency ?? none],
    ['reader.field.qualifier', qualifierLabel(i18n, figure.qualifier)],
    [
      'reader.field.kind',
      <Badge size="sm" variant="light" color={KIND_COLORS[figure.kind]}>
        {t(KIND_KEYS[figure.kind])}
      </Badge>,
    ],
    ['reader.field.change', changeLabel(i18n, figure.change)],
    ['reader.field.metric', figure.metric ? <span data-content>{figure.metric}</span> : none],
    ['reader.field.entity', figure.entity ? <span data-content>{figure.entity}</span> : none],
    // The period's label is the text's own words (今年, 十四五), with the dates it stands for.
    ['reader.field.period', figure.period ? <span data-content>{periodText(i18n, figure)}</span> : none],
    [
      'reader.field.cues',
      figure.cues.length === 0 ? (
        none
      ) : (
        <Group gap={4}>
          {figure.cues.map((cue, i) => (
            <Badge key={`${cue}:${i}`} size="sm" variant="outline" color="gray" tt="none" data-content>
              {cue}
            </Badge>
          ))}
        </Group>
      ),
    ],
    ['reader.field.review', t(`reader.review.${figure.review}` as MessageKey)],
    ['reader.field.source', t(`reader.source.${figure.source}` as MessageKey)],
  ];
  // How the extractor got there: rule ids and internal keys are for whoever tunes it, not
  // the editor's reading, so they wait behind a disclosure.
  const internals: [MessageKey, ReactNode][] = [
    ['reader.field.metricKey', figure.metricKey ? <Code>{figure.metricKey}</Code> : none],
    ['reader.field.confidence', formatNumber(figure.confidence, { style: 'percent', maximumFractionDigits: 0 })],
    ['reader.field.rule', <Code>{figure.rule}</Code>],
  ];
  return (
    <>
      <TrackAsTarget figure={figure} />
      <FieldTable rows={rows} />
      <details data-testid="figure-internals">
        <Text component="summary" size="xs" c="dimmed" style={{ cursor: 'pointer' }}>
          {t('reader.internals')}
        </Text>
        <FieldTable rows={internals} />
      </details>
    </>
  );
}

function FieldTable({ rows }: { rows: [MessageKey, ReactNode][] }) {
  const { t } = useI18n();
  return (
    <Table variant="vertical" withRowBorders={false} verticalSpacing={2} horizontalSpacing={6} fz="sm">
      <Table.Tbody>
        {rows.map(([key, value]) => (
          <Table.Tr key={key}>
            <Table.Th w="7.5rem" fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
              {t(key)}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
