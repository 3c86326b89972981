/** Forms for a target: the fields an editor sets by hand (new) and the ones they correct (edit). */
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { Binding, Comparator, Direction, Target } from '../../../../shared/domain/target';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { notifyError, notifySuccess } from '../common/notify';
import { EMPTY, fromTarget, newTarget, targetPatch, validate, type Errors, type Fields } from './targetFields';
import { BINDINGS, bindingLabel, COMPARATORS, comparatorLabel, DIRECTIONS, directionLabel } from './targetText';

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

/**
 * The fields, checked on submit, and Cancel and a submit button. `save` sends them; a failure
 * is said in the UI's language and the form stays as it was.
 */
function TargetFieldsForm({
  initial,
  withMetric,
  label,
  submitLabel,
  save,
  onCancel,
}: {
  initial: Fields;
  withMetric: boolean;
  label: string;
  submitLabel: string;
  save: (fields: Fields) => Promise<void>;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [fields, setFields] = useState<Fields>(initial);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(t, fields, withMetric);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await save(fields);
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={label}>
      <Stack gap={withMetric ? 'sm' : 'xs'}>
        <TargetFields fields={fields} set={set} errors={errors} withMetric={withMetric} />
        <Group gap="xs" justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Correct a tracked target: value, bounds, direction, tolerance, deadline, binding, notes. */
export function TargetEditForm({ target, onSaved, onCancel }: { target: Target; onSaved: (t: Target) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const save = async (fields: Fields) => {
    const saved = await api.call('targets:update', { id: target.id, patch: targetPatch(fields) });
    notifySuccess(t('targets.saved'), { id: 'target-saved' });
    onSaved(saved);
  };
  return <TargetFieldsForm initial={fromTarget(target)} withMetric={false} label={t('targets.detail.editForm')} submitLabel={t('targets.save')} save={save} onCancel={onCancel} />;
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
  const { t } = useI18n();
  const save = async (fields: Fields) => {
    const created = await api.call('targets:create', newTarget(fields));
    notifySuccess(t('targets.created'));
    onCreated(created);
  };
  return <TargetFieldsForm initial={EMPTY} withMetric label={t('targets.new')} submitLabel={t('targets.create')} save={save} onCancel={onCancel} />;
}
