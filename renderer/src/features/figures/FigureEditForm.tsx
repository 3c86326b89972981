/**
 * The editor's correction of a figure: value, range, unit, qualifier, kind, change, metric,
 * entity and period. Only the fields that changed go to figures:update.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FigurePatch } from '../../../../shared/contract';
import type { Figure, FigureChange, FigureKind, Qualifier } from '../../../../shared/domain/figure';
import { useI18n } from '../../i18n';
import { figurePatch, ISO_DATE, parseNumber } from './figurePatch';
import { CHANGES, changeLabel, KIND_KEYS, KINDS, QUALIFIERS, qualifierLabel } from './figureText';

interface Props {
  figure: Figure;
  onSave: (patch: FigurePatch) => Promise<void>;
  onCancel: () => void;
}

export function FigureEditForm({ figure, onSave, onCancel }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [value, setValue] = useState(String(figure.value));
  const [valueMax, setValueMax] = useState(figure.valueMax === null ? '' : String(figure.valueMax));
  const [unit, setUnit] = useState(figure.unit);
  const [qualifier, setQualifier] = useState<Qualifier>(figure.qualifier);
  const [kind, setKind] = useState<FigureKind>(figure.kind);
  const [change, setChange] = useState<FigureChange>(figure.change);
  const [metric, setMetric] = useState(figure.metric);
  const [entity, setEntity] = useState(figure.entity ?? '');
  const [from, setFrom] = useState(figure.period?.from ?? '');
  const [to, setTo] = useState(figure.period?.to ?? '');
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Editing starts in the value field.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);

  const parsedValue = parseNumber(value);
  const parsedMax = valueMax.trim() ? parseNumber(valueMax) : null;
  const valueError = parsedValue === null ? t('reader.numberInvalid') : null;
  const maxError = valueMax.trim() && parsedMax === null ? t('reader.numberInvalid') : null;
  const f = from.trim();
  const tt = to.trim();
  const periodError = (f || tt) && !(ISO_DATE.test(f) && ISO_DATE.test(tt)) ? t('reader.periodInvalid') : null;
  const invalid = Boolean(valueError || maxError || periodError);

  const submit = async () => {
    if (invalid || saving) return;
    const p = figurePatch(figure, { value: parsedValue, valueMax: parsedMax, unit, qualifier, kind, change, metric, entity, from: f, to: tt });
    if (Object.keys(p).length === 0) {
      onCancel();
      return;
    }
    setSaving(true);
    try {
      await onSave(p);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      aria-label={t('reader.editTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <Stack gap={6}>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
          <TextInput size="xs" label={t('reader.field.value')} value={value} error={valueError} inputMode="decimal" onChange={(e) => setValue(e.currentTarget.value)} />
          <TextInput
            size="xs"
            label={t('reader.field.valueMax')}
            placeholder={t('reader.field.valueMaxHint')}
            value={valueMax}
            error={maxError}
            inputMode="decimal"
            onChange={(e) => setValueMax(e.currentTarget.value)}
          />
          <TextInput size="xs" label={t('reader.field.unit')} value={unit} maxLength={40} onChange={(e) => setUnit(e.currentTarget.value)} />
          <NativeSelect
            size="xs"
            label={t('reader.field.qualifier')}
            value={qualifier}
            data={QUALIFIERS.map((q) => ({ value: q, label: qualifierLabel(i18n, q) }))}
            onChange={(e) => setQualifier(e.currentTarget.value as Qualifier)}
          />
          <NativeSelect
            size="xs"
            label={t('reader.field.kind')}
            value={kind}
            data={KINDS.map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))}
            onChange={(e) => setKind(e.currentTarget.value as FigureKind)}
          />
          <NativeSelect
            size="xs"
            label={t('reader.field.change')}
            value={change}
            data={CHANGES.map((c) => ({ value: c, label: changeLabel(i18n, c) }))}
            onChange={(e) => setChange(e.currentTarget.value as FigureChange)}
          />
        </SimpleGrid>
        <TextInput size="xs" label={t('reader.field.metric')} value={metric} maxLength={200} onChange={(e) => setMetric(e.currentTarget.value)} />
        <TextInput size="xs" label={t('reader.field.entity')} value={entity} maxLength={200} onChange={(e) => setEntity(e.currentTarget.value)} />
        <SimpleGrid cols={2} spacing="xs">
          <TextInput size="xs" label={t('reader.field.periodFrom')} placeholder="YYYY-MM-DD" value={from} error={Boolean(periodError)} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput size="xs" label={t('reader.field.periodTo')} placeholder="YYYY-MM-DD" value={to} error={periodError} onChange={(e) => setTo(e.currentTarget.value)} />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button size="xs" type="submit" disabled={invalid} loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
