/** The board's table: one row per target, a click on the row opens its detail. The rows past the first screen follow a frame later. */
import { memo } from 'react';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { Target } from '../../../../shared/domain/target';
import { useI18n } from '../../i18n';
import { useDrawnRows } from '../common/useDrawnRows';
import { navigate } from '../../router';
import { StatusBadge } from './StatusBadge';
import { bindingLabel, targetHref, targetValueText } from './targetText';

export function TargetsTable({ rows, targetId }: { rows: Target[]; targetId: number | null }) {
  const { t } = useI18n();
  const drawn = useDrawnRows(rows);
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table highlightOnHover verticalSpacing="xs" aria-label={t('targets.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('targets.col.metric')}</Table.Th>
            <Table.Th>{t('targets.col.entity')}</Table.Th>
            <Table.Th>{t('targets.col.value')}</Table.Th>
            <Table.Th>{t('targets.col.deadline')}</Table.Th>
            <Table.Th>{t('targets.col.status')}</Table.Th>
            <Table.Th>{t('targets.col.binding')}</Table.Th>
            <Table.Th>{t('targets.col.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drawn.map((target) => (
            <TargetRow key={target.id} target={target} selected={target.id === targetId} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

// Memoised: when the rest of the rows arrive, the first screen's rows are not built again.
const TargetRow = memo(function TargetRow({ target, selected }: { target: Target; selected: boolean }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  return (
    <Table.Tr
      data-target-id={target.id}
      aria-selected={selected}
      style={{ cursor: 'pointer' }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a')) return;
        navigate({ page: 'targets', targetId: target.id });
      }}
    >
      <Table.Td>
        <Anchor href={targetHref(target.id)} fw={600} size="sm" data-content="">
          {target.metric}
        </Anchor>
      </Table.Td>
      <Table.Td>{target.entity ? <span data-content="">{target.entity}</span> : <Text span c="dimmed">{t('common.none')}</Text>}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{targetValueText(i18n, target)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {target.deadline ? formatDate(target.deadline) : <Text span c="dimmed" size="sm">{t('targets.noDeadline')}</Text>}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <StatusBadge status={target.status} />
          {target.override && (
            <Badge size="xs" variant="outline" color="gray" tt="none" title={target.override.reason}>
              {t('targets.overriddenShort')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>{bindingLabel(i18n, target.binding)}</Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={1} data-content={target.sourceHeadline ? '' : undefined}>
          {target.sourceHeadline ?? t('common.none')}
        </Text>
        {target.sourceDate && (
          <Text size="xs" c="dimmed">
            {formatDate(target.sourceDate)}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
});
