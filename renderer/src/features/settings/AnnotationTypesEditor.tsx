/**
 * Settings → annotation types: the highlight types offered in the reader (label in both
 * languages, colour), added and removed. A new type's id comes from its English label;
 * an existing type keeps its id, so the annotations already made with it stay attached.
 */
import { useEffect, useMemo, useState } from 'react';
import { ActionIcon, Button, Code, ColorInput, Group, Paper, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { AnnotationTypeList, type AnnotationTypeDef } from '../../../../shared/domain/annotation';
import { useI18n } from '../../i18n';
import { notifyError, notifySuccess } from '../common/notify';
import { useSettings } from './SettingsContext';

interface Row {
  key: number;
  /** Set for types that exist already: their id never changes. */
  id: string | null;
  zh: string;
  en: string;
  colour: string;
}

/** needs_source from "Needs source"; '' when the label has no letter to start with. */
export function typeIdFrom(label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 40);
  return slug;
}

function rowsFrom(types: AnnotationTypeDef[]): Row[] {
  return types.map((ty, i) => ({ key: i, id: ty.id, zh: ty.label['zh-CN'], en: ty.label.en, colour: ty.colour }));
}

function toTypes(rows: Row[]): AnnotationTypeDef[] {
  const used = new Set(rows.filter((r) => r.id).map((r) => r.id!));
  return rows.map((r) => {
    let id = r.id;
    if (!id) {
      const base = typeIdFrom(r.en) || 'type';
      id = base;
      for (let n = 2; used.has(id); n += 1) id = `${base}_${n}`;
      used.add(id);
    }
    return { id, label: { 'zh-CN': r.zh.trim(), en: r.en.trim() }, colour: r.colour.trim().toLowerCase() };
  });
}

export function AnnotationTypesEditor() {
  const i18n = useI18n();
  const { t } = i18n;
  const { settings, update } = useSettings();
  const [rows, setRows] = useState<Row[]>(() => rowsFrom(settings.annotationTypes));
  const [busy, setBusy] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const stored = JSON.stringify(settings.annotationTypes);
  useEffect(() => setRows(rowsFrom(JSON.parse(stored) as AnnotationTypeDef[])), [stored]);

  const next = useMemo(() => toTypes(rows), [rows]);
  const dirty = JSON.stringify(next) !== stored;
  const set = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async () => {
    const check = AnnotationTypeList.safeParse(next);
    const labelsUnique = new Set(next.map((ty) => ty.label.en.toLowerCase())).size === next.length;
    if (!check.success || !labelsUnique || rows.some((r) => !r.id && !typeIdFrom(r.en))) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setBusy(true);
    try {
      await update({ annotationTypes: check.data });
      notifySuccess(t('annot.typesSaved'), { id: 'settings-saved' });
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-annotation-types">
      <Title order={2} size="h4" id="settings-annotation-types" mb={4}>
        {t('annot.typesTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('annot.typesHint')}
      </Text>
      <Stack gap="xs">
        {rows.map((r, i) => {
          const id = next[i]?.id ?? '';
          return (
            <Group key={r.key} gap="xs" align="flex-end" wrap="wrap">
              <TextInput size="xs" label={t('annot.typeLabelZh')} value={r.zh} onChange={(e) => set(r.key, { zh: e.currentTarget.value })} maxLength={40} w="9rem" />
              <TextInput
                size="xs"
                label={t('annot.typeLabelEn')}
                value={r.en}
                onChange={(e) => set(r.key, { en: e.currentTarget.value })}
                maxLength={40}
                w="10rem"
                description={
                  id ? (
                    <>
                      {t('annot.typeId')} <Code>{id}</Code>
                    </>
                  ) : undefined
                }
                inputWrapperOrder={['label', 'input', 'description', 'error']}
              />
              <ColorInput size="xs" label={t('annot.typeColour')} value={r.colour} onChange={(colour) => set(r.key, { colour })} format="hex" w="8rem" popoverProps={{ withinPortal: false }} />
              <Tooltip label={t('annot.typeRemove', { label: r.zh || r.en || id })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('annot.typeRemove', { label: r.zh || r.en || id })}
                  onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                  disabled={rows.length <= 1}
                  mb={r.id || id ? 22 : 2}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          );
        })}
        {invalid && (
          <Text size="sm" c="red" role="alert">
            {t('annot.typesInvalid')}
          </Text>
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setRows((rs) => [...rs, { key: Math.max(0, ...rs.map((x) => x.key)) + 1, id: null, zh: '', en: '', colour: '#d0bfff' }])}
            disabled={rows.length >= 50}
          >
            {t('annot.typeAdd')}
          </Button>
          <Button size="xs" onClick={() => void save()} loading={busy} disabled={!dirty}>
            {t('annot.typesSave')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
