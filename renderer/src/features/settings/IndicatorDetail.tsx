/**
 * One indicator of the lexicon: its facts, all its names, and the names the editor taught it,
 * with a form to teach another and a button to remove each taught one.
 */
import { useId, useState } from 'react';
import { ActionIcon, Badge, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { IndicatorEntry, LexiconLanguage } from '../../../../shared/domain/lexicon';
import { api, isApiError } from '../../api';
import { useI18n } from '../../i18n';
import { FactsTable } from '../common/FactsTable';
import { notifyError, notifySuccess } from '../common/notify';
import { nameOf } from './LexiconTable';

export function IndicatorDetail({
  entry,
  opened,
  onClose,
  onChanged,
}: {
  entry: IndicatorEntry;
  opened: boolean;
  onClose: () => void;
  onChanged: (entry: IndicatorEntry) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const formId = useId();
  const [language, setLanguage] = useState<LexiconLanguage>(i18n.locale === 'zh-CN' ? 'zh' : 'en');
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = async (channel: 'lexicon:addName' | 'lexicon:removeName', input: { language: LexiconLanguage; name: string }) => {
    setBusy(true);
    try {
      const updated = await api.call(channel, { indicatorId: entry.id, ...input });
      onChanged(updated);
      notifySuccess(t(channel === 'lexicon:addName' ? 'lexicon.added' : 'lexicon.removed', { name: input.name.trim() }));
      if (channel === 'lexicon:addName') setName('');
    } catch (error) {
      // Why the name will not do (another indicator has it, nothing to match on) belongs on the field.
      if (channel === 'lexicon:addName' && isApiError(error) && (error.code === 'conflict' || error.code === 'invalid_input')) {
        setFieldError(`${t(error.code === 'conflict' ? 'lexicon.error.conflict' : 'lexicon.error.invalid')} (${error.message})`);
      } else {
        notifyError(i18n, error);
      }
    } finally {
      setBusy(false);
    }
  };

  const facts: [string, string][] = [
    [t('lexicon.id'), entry.id],
    [t('lexicon.col.measure'), t(`lexicon.measure.${entry.measure}` as const)],
    [t('lexicon.col.unitClass'), t(`lexicon.unit.${entry.unitClass}` as const)],
    [t('lexicon.statistic'), t(`lexicon.statistic.${entry.statistic}` as const)],
    [t('lexicon.better'), t(`lexicon.better.${entry.better}` as const)],
    [t('lexicon.col.domain'), t(`lexicon.domain.${entry.domain}` as const)],
    [t('lexicon.col.source'), entry.source],
  ];

  return (
    <Modal opened={opened} onClose={onClose} title={nameOf(entry, i18n)} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <FactsTable rows={facts} labelWidth="9rem" />

        <NameList title={t('lexicon.namesZh')} names={entry.zh} />
        <NameList title={t('lexicon.namesEn')} names={entry.en} />

        <TaughtNames id={`${formId}-taught`} names={entry.editorNames} busy={busy} onRemove={(n) => void change('lexicon:removeName', n)} />

        <form
          aria-labelledby={`${formId}-add`}
          onSubmit={(event) => {
            event.preventDefault();
            if (!name.trim()) {
              setFieldError(t('lexicon.error.invalid'));
              return;
            }
            void change('lexicon:addName', { language, name: name.trim() });
          }}
        >
          <Text fw={500} size="sm" mb={4} id={`${formId}-add`}>
            {t('lexicon.addTitle')}
          </Text>
          <Group gap="xs" align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('lexicon.addLanguage')}
              value={language}
              onChange={(event) => setLanguage(event.currentTarget.value === 'en' ? 'en' : 'zh')}
              data={[
                { value: 'zh', label: t('lexicon.lang.zh') },
                { value: 'en', label: t('lexicon.lang.en') },
              ]}
            />
            <TextInput
              label={t('lexicon.addName')}
              description={t('lexicon.addHint')}
              value={name}
              error={fieldError}
              maxLength={100}
              autoComplete="off"
              style={{ flex: '1 1 14rem' }}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setFieldError(null);
              }}
            />
            <Button type="submit" mt={24} leftSection={<IconPlus size={14} aria-hidden />} loading={busy}>
              {t('lexicon.add')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Modal>
  );
}

function NameList({ title, names }: { title: string; names: readonly string[] }) {
  return (
    <div>
      <Text fw={500} size="sm" mb={4}>
        {title}
      </Text>
      <Group gap={6}>
        {names.map((n) => (
          <Badge key={n} variant="light" tt="none" fw={400}>
            {n}
          </Badge>
        ))}
      </Group>
    </div>
  );
}

interface TaughtNamesProps {
  id: string;
  names: IndicatorEntry['editorNames'];
  busy: boolean;
  onRemove: (name: IndicatorEntry['editorNames'][number]) => void;
}

function TaughtNames({ id, names, busy, onRemove }: TaughtNamesProps) {
  const { t } = useI18n();
  return (
    <div>
      <Text fw={500} size="sm" mb={4} id={id}>
        {t('lexicon.namesTaught')}
      </Text>
      {names.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('lexicon.noTaught')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" aria-labelledby={id} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {names.map((n) => (
            <Group key={`${n.language}:${n.name}`} gap="xs" component="li" wrap="nowrap">
              <Badge size="sm" variant="outline">
                {t(`lexicon.lang.${n.language}` as const)}
              </Badge>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {n.name}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('lexicon.remove', { name: n.name })}
                disabled={busy}
                onClick={() => onRemove(n)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
    </div>
  );
}
