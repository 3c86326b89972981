/** Forms for a target: the fields an editor sets by hand (new) and the ones they correct (edit). */
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { Binding, Comparator, Direction, NewTarget, Target, TargetPatch } from '../../../../shared/domain/target';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { notifyError, notifySuccess } from '../common/notify';
import { BINDINGS, bindingLabel, COMPARATORS, comparatorLabel, DIRECTIONS, directionLabel } from './targetText';

interface Fields {
  metric: string;
  entity: string;
  value: number | string;
  valueMax: number | string;
  unit: string;
  comparator: Comparator;
  /** '' = let the core infer it from the comparator. */
  direction: Direction | '';
  /** Percent, as the editor writes it (5 = ±5%); '' = the default. */
  tolerance: number | string;
  deadline: string;
  binding: Binding;
  quote: string;
  notes: string;
}

const num = (v: number | string): number | null => (typeof v === 'number' ? v : v.trim() === '' || Number.isNaN(Number(v)) ? null : Number(v));

function fromTarget(target: Target): Fields {
  return {
    metric: target.metric,
    entity: target.entity ?? '',
    value: target.value,
    valueMax: target.valueMax ?? '',
    unit: target.unit,
    comparator: target.comparator,
    direction: target.direction,
    tolerance: Math.round(target.tolerance * 10000) / 100,
    deadline: target.deadline ?? '',
    binding: target.binding,
    quote: target.quote,
    notes: target.notes,
  };
}

const EMPTY: Fields = {
  metric: '',
  entity: '',
  value: '',
  valueMax: '',
  unit: '',
  comparator: 'gte',
  direction: '',
  tolerance: '',
  deadline: '',
  binding: 'unknown',
  quote: '',
  notes: '',
};

type Errors = Partial<Record<keyof Fields, string>>;

function validate(t: (k: 'targets.form.required' | 'targets.form.number' | 'targets.form.rangeMax') => string, f: Fields, requireMetric: boolean): Errors {
  const errors: Errors = {};
  if (requireMetric && !f.metric.trim()) errors.metric = t('targets.form.required');
  if (num(f.value) === null) errors.value = t('targets.form.number');
  if (!f.unit.trim()) errors.unit = t('targets.form.required');
  if (f.comparator === 'range' && num(f.valueMax) === null) errors.valueMax = t('targets.form.rangeMax');
  return errors;
}

function TargetFields({ fields, set, errors, withMetric }: { fields: Fields; set: <K extends keyof Fields>(k: K, v: Fields[K]) => void; errors: Errors; withMetric: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const portal = { withinPortal: false } as const;
  return (
    <Stack gap="xs">
      {withMetric && (
        <SimpleGrid cols={2} spacing="xs">
          <TextInput label={t('targets.field.metric')} withAsterisk value={fields.metric} onChange={(e) => set('metric', e.currentTarget.value)} error={errors.metric} />
          <TextInput label={t('targets.field.entity')} value={fields.entity} onChange={(e) => set('entity', e.currentTarget.value)} />
        </SimpleGrid>
      )}
      <SimpleGrid cols={2} spacing="xs">
        <Select
          label={t('targets.field.comparator')}
          data={COMPARATORS.map((c) => ({ value: c, label: comparatorLabel(i18n, c) }))}
          value={fields.comparator}
          onChange={(v) => v && set('comparator', v as Comparator)}
          allowDeselect={false}
          comboboxProps={portal}
        />
        <TextInput label={t('targets.field.unit')} withAsterisk value={fields.unit} onChange={(e) => set('unit', e.currentTarget.value)} error={errors.unit} />
        <NumberInput label={t('targets.field.value')} withAsterisk value={fields.value} onChange={(v) => set('value', v)} error={errors.value} decimalScale={6} />
        <NumberInput label={t('targets.field.valueMax')} value={fields.valueMax} onChange={(v) => set('valueMax', v)} error={errors.valueMax} decimalScale={6} />
        <Select
          label={t('targets.field.direction')}
          data={[{ value: '', label: t('targets.field.auto') }, ...DIRECTIONS.map((d) => ({ value: d, label: directionLabel(i18n, d) }))]}
          value={fields.direction}
          onChange={(v) => set('direction', (v ?? '') as Direction | '')}
          allowDeselect={false}
          comboboxProps={portal}
        />
        <NumberInput
          label={t('targets.field.tolerance')}
          description={t('targets.field.toleranceHint')}
          value={fields.tolerance}
          onChange={(v) => set('tolerance', v)}
          min={0}
          max={100}
          suffix="%"
          decimalScale={2}
        />
        <TextInput type="date" label={t('targets.field.deadline')} value={fields.deadline} onChange={(e) => set('deadline', e.currentTarget.value)} />
        <Select
          label={t('targets.field.binding')}
          data={BINDINGS.map((b) => ({ value: b, label: bindingLabel(i18n, b) }))}
          value={fields.binding}
          onChange={(v) => v && set('binding', v as Binding)}
          allowDeselect={false}
          comboboxProps={portal}
        />
      </SimpleGrid>
      {withMetric && <Textarea label={t('targets.field.quote')} value={fields.quote} onChange={(e) => set('quote', e.currentTarget.value)} autosize minRows={1} />}
      <Textarea label={t('targets.field.notes')} value={fields.notes} onChange={(e) => set('notes', e.currentTarget.value)} autosize minRows={2} />
    </Stack>
  );
}

function useFields(initial: Fields) {
  const [fields, setFields] = useState<Fields>(initial);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  return { fields, set };
}

/** Correct a tracked target: value, bounds, direction, tolerance, deadline, binding, notes. */
export function TargetEditForm({ target, onSaved, onCancel }: { target: Target; onSaved: (t: Target) => void; onCancel: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { fields, set } = useFields(fromTarget(target));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(t, fields, false);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const tol = num(fields.tolerance);
    const patch: TargetPatch = {
      value: num(fields.value)!,
      valueMax: num(fields.valueMax),
      unit: fields.unit.trim(),
      comparator: fields.comparator,
      ...(fields.direction ? { direction: fields.direction } : {}),
      ...(tol !== null ? { tolerance: Math.min(1, Math.max(0, tol / 100)) } : {}),
      deadline: fields.deadline || null,
      binding: fields.binding,
      notes: fields.notes,
    };
    setBusy(true);
    try {
      const saved = await api.call('targets:update', { id: target.id, patch });
      notifySuccess(t('targets.saved'), { id: 'target-saved' });
      onSaved(saved);
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('targets.detail.editForm')}>
      <Stack gap="xs">
        <TargetFields fields={fields} set={set} errors={errors} withMetric={false} />
        <Group gap="xs" justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('targets.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** 「新建目标」: a target entered by hand. */
export function NewTargetModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (t: Target) => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('targets.new')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <NewTargetForm onCreated={onCreated} onCancel={onClose} />}
    </Modal>
  );
}

function NewTargetForm({ onCreated, onCancel }: { onCreated: (t: Target) => void; onCancel: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { fields, set } = useFields(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(t, fields, true);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const tol = num(fields.tolerance);
    const input: NewTarget = {
      metric: fields.metric.trim(),
      entity: fields.entity.trim() || null,
      value: num(fields.value)!,
      valueMax: num(fields.valueMax),
      unit: fields.unit.trim(),
      comparator: fields.comparator,
      ...(fields.direction ? { direction: fields.direction } : {}),
      ...(tol !== null ? { tolerance: Math.min(1, Math.max(0, tol / 100)) } : {}),
      deadline: fields.deadline || null,
      binding: fields.binding,
      quote: fields.quote.trim(),
      notes: fields.notes,
    };
    setBusy(true);
    try {
      const created = await api.call('targets:create', input);
      notifySuccess(t('targets.created'));
      onCreated(created);
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('targets.new')}>
      <Stack gap="sm">
        <TargetFields fields={fields} set={set} errors={errors} withMetric />
        <Group gap="xs" justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('targets.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
