import { useState, type ReactNode } from 'react';
import { Button, Group, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { Target } from '../../../../../shared/domain/target';
import { useI18n } from '../../../i18n';
import { WithContent } from '../../common/WithContent';
import { TargetEditForm } from '../TargetForm';
import { bindingLabel, comparatorLabel, directionLabel, hasTolerance, targetValueText } from '../targetText';

/** The target's terms as a table, or the form that edits them. */
export function TargetFields({ target, onTargetChanged }: { target: Target; onTargetChanged: (t: Target) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [editing, setEditing] = useState(false);
  const fieldRows = useFieldRows(target);
  return (
    <section aria-label={t('targets.fields')}>
      <Group justify="space-between" mb={4}>
        <Title order={3} size="h6">
          {t('targets.fields')}
        </Title>
        <Button size="compact-xs" variant={editing ? 'filled' : 'default'} leftSection={<IconPencil size={14} aria-hidden />} aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          {t('targets.edit')}
        </Button>
      </Group>
      {editing ? (
        <TargetEditForm
          target={target}
          onSaved={(saved) => {
            setEditing(false);
            onTargetChanged(saved);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Table variant="vertical" withRowBorders={false} verticalSpacing={2} horizontalSpacing={6} fz="sm">
          <Table.Tbody>
            {fieldRows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w="8rem" fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
                  {label}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

/** Label and value of each term; a term the target leaves open reads "none". */
function useFieldRows(target: Target): [string, ReactNode][] {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const none = (
    <Text span c="dimmed" size="sm">
      {t('common.none')}
    </Text>
  );

  const fieldRows: [string, ReactNode][] = [
    [t('targets.field.metric'), <span data-content="">{target.metric}</span>],
    [t('targets.field.entity'), target.entity ? <span data-content="">{target.entity}</span> : none],
    [t('targets.field.value'), targetValueText(i18n, target)],
    [t('targets.field.comparator'), comparatorLabel(i18n, target.comparator)],
    [t('targets.field.direction'), directionLabel(i18n, target.direction)],
    [
      t('targets.field.period'),
      target.period ? (
        <WithContent text={`${target.period.label} (${formatDate(target.period.from)} – ${formatDate(target.period.to)})`} spans={[target.period.label]} />
      ) : (
        none
      ),
    ],
    [t('targets.field.deadline'), target.deadline ? formatDate(target.deadline) : none],
    [t('targets.field.binding'), bindingLabel(i18n, target.binding)],
    [t('targets.field.notes'), target.notes ? <span data-content="">{target.notes}</span> : none],
  ];
  if (hasTolerance(target)) {
    fieldRows.splice(5, 0, [t('targets.field.tolerance'), i18n.formatNumber(target.tolerance, { style: 'percent', maximumFractionDigits: 2 })]);
  }
  return fieldRows;
}
