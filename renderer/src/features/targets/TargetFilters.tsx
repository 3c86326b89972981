/** The board's filters: status, entity, deadline range and source, and the form that sets them. */
import type { Dispatch, SetStateAction } from 'react';
import { Button, Group, MultiSelect, TextInput } from '@mantine/core';
import type { Target, TargetStatus } from '../../../../shared/domain/target';
import { useI18n } from '../../i18n';
import { STATUSES, statusLabel } from './targetText';

export interface Filters {
  status: TargetStatus[];
  entity: string;
  from: string;
  to: string;
  source: string;
}

export const NO_FILTERS: Filters = { status: [], entity: '', from: '', to: '', source: '' };

export function applyFilters(targets: Target[], f: Filters): Target[] {
  const entity = f.entity.trim().toLowerCase();
  const source = f.source.trim().toLowerCase();
  return targets.filter((target) => {
    if (f.status.length > 0 && !f.status.includes(target.status)) return false;
    if (entity && !(target.entity ?? '').toLowerCase().includes(entity)) return false;
    if (f.from && (!target.deadline || target.deadline < f.from)) return false;
    if (f.to && (!target.deadline || target.deadline > f.to)) return false;
    if (source && !`${target.sourceHeadline ?? ''} ${target.sourceDate ?? ''}`.toLowerCase().includes(source)) return false;
    return true;
  });
}

export function TargetFilters({ filters, setFilters }: { filters: Filters; setFilters: Dispatch<SetStateAction<Filters>> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  return (
    <Group gap="sm" align="flex-end" component="form" role="search" aria-label={t('targets.filters')} onSubmit={(e) => e.preventDefault()}>
      <MultiSelect
        label={t('targets.filter.status')}
        data={STATUSES.map((s) => ({ value: s, label: statusLabel(i18n, s) }))}
        value={filters.status}
        onChange={(v) => set('status', v as TargetStatus[])}
        clearable
        w={260}
        comboboxProps={{ withinPortal: false }}
      />
      <TextInput label={t('targets.filter.entity')} value={filters.entity} onChange={(e) => set('entity', e.currentTarget.value)} w={160} />
      <TextInput type="date" label={t('targets.filter.from')} value={filters.from} onChange={(e) => set('from', e.currentTarget.value)} w={160} />
      <TextInput type="date" label={t('targets.filter.to')} value={filters.to} onChange={(e) => set('to', e.currentTarget.value)} w={160} />
      <TextInput
        label={t('targets.filter.source')}
        placeholder={t('targets.filter.sourcePlaceholder')}
        value={filters.source}
        onChange={(e) => set('source', e.currentTarget.value)}
        w={200}
      />
      {filters !== NO_FILTERS && (
        <Button variant="subtle" onClick={() => setFilters(NO_FILTERS)}>
          {t('targets.filter.clear')}
        </Button>
      )}
    </Group>
  );
}
