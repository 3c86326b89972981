/** The panel's two filters: by type and by tag (the tags in use, sorted). */
import { Group, Select } from '@mantine/core';
import type { AnnotationTypeDef } from '../../../../shared/domain/annotation';
import { useI18n } from '../../i18n';

export const ALL = '__all__';

interface Props {
  types: AnnotationTypeDef[];
  tags: string[];
  typeFilter: string;
  tagFilter: string;
  onType: (value: string) => void;
  onTag: (value: string) => void;
}

export function AnnotationFilters({ types, tags, typeFilter, tagFilter, onType, onTag }: Props) {
  const { t, locale } = useI18n();
  return (
    <Group gap="xs" grow>
      <Select
        size="xs"
        label={t('annot.filterType')}
        data={[{ value: ALL, label: t('annot.allTypes') }, ...types.map((ty) => ({ value: ty.id, label: ty.label[locale] }))]}
        value={typeFilter}
        onChange={(v) => onType(v ?? ALL)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: false }}
      />
      <Select
        size="xs"
        label={t('annot.filterTag')}
        data={[{ value: ALL, label: t('annot.allTags') }, ...tags.map((tag) => ({ value: tag, label: tag }))]}
        value={tagFilter}
        onChange={(v) => onTag(v ?? ALL)}
        allowDeselect={false}
        disabled={tags.length === 0}
        comboboxProps={{ withinPortal: false }}
      />
    </Group>
  );
}
