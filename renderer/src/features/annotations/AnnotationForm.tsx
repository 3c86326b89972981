import { useState } from 'react';
import { Button, Group, Select, Stack, TagsInput, Textarea } from '@mantine/core';
import type { AnnotationTypeDef } from '../../../../shared/domain/annotation';
import type { Figure } from '../../../../shared/domain/figure';
import type { Target } from '../../../../shared/domain/target';
import { useI18n } from '../../i18n';

export interface AnnotationValues {
  type: string;
  comment: string;
  tags: string[];
  figureId: number | null;
  targetId: number | null;
}

interface Props {
  initial: AnnotationValues;
  types: AnnotationTypeDef[];
  figures: Figure[];
  targets: Target[] | undefined;
  saveLabel: string;
  busy?: boolean;
  onSave: (values: AnnotationValues) => void;
  onCancel: () => void;
  /** Focus the comment field when the form opens. */
  autoFocusComment?: boolean;
}

export function typeName(type: AnnotationTypeDef | undefined, locale: 'zh-CN' | 'en', fallback: string): string {
  return type ? type.label[locale] : fallback;
}

/** Type, comment (批注), tags and links of one annotation. */
export function AnnotationForm({ initial, types, figures, targets, saveLabel, busy, onSave, onCancel, autoFocusComment }: Props) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<AnnotationValues>(initial);
  const set = (patch: Partial<AnnotationValues>) => setValues((v) => ({ ...v, ...patch }));

  const typeData = types.map((ty) => ({ value: ty.id, label: ty.label[locale] }));
  if (!types.some((ty) => ty.id === values.type)) typeData.push({ value: values.type, label: values.type });
  const figureData = figures.map((f) => ({ value: String(f.id), label: f.metric ? `${f.quote} · ${f.metric}` : f.quote }));
  const targetData = (targets ?? []).map((tg) => ({
    value: String(tg.id),
    label: [tg.metric, tg.entity, tg.quote].filter(Boolean).join(' · '),
  }));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ ...values, comment: values.comment.trim() });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          event.preventDefault();
          onCancel();
        }
        if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
          event.preventDefault();
          onSave({ ...values, comment: values.comment.trim() });
        }
      }}
    >
      <Stack gap="xs">
        <Select
          label={t('annot.type')}
          data={typeData}
          value={values.type}
          onChange={(v) => v && set({ type: v })}
          allowDeselect={false}
          size="xs"
          comboboxProps={{ withinPortal: false }}
        />
        <Textarea
          label={t('annot.comment')}
          value={values.comment}
          onChange={(e) => set({ comment: e.currentTarget.value })}
          autosize
          minRows={2}
          maxRows={8}
          size="xs"
          data-autofocus={autoFocusComment || undefined}
          autoFocus={autoFocusComment}
        />
        <TagsInput
          label={t('annot.tags')}
          placeholder={t('annot.tagsPlaceholder')}
          value={values.tags}
          onChange={(tags) => set({ tags })}
          size="xs"
          clearable
          comboboxProps={{ withinPortal: false }}
        />
        {figureData.length > 0 && (
          <Select
            label={t('annot.figure')}
            data={figureData}
            value={values.figureId === null ? null : String(values.figureId)}
            onChange={(v) => set({ figureId: v ? Number(v) : null })}
            clearable
            searchable
            placeholder={t('annot.none')}
            size="xs"
            comboboxProps={{ withinPortal: false }}
          />
        )}
        <Select
          label={t('annot.target')}
          data={targetData}
          value={values.targetId === null ? null : String(values.targetId)}
          onChange={(v) => set({ targetId: v ? Number(v) : null })}
          clearable
          searchable
          placeholder={t('annot.none')}
          nothingFoundMessage={targets === undefined ? t('common.loading') : t('annot.noTargets')}
          size="xs"
          comboboxProps={{ withinPortal: false }}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={busy}>
            {saveLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
