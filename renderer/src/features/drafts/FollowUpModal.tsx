/** New follow-up: pick tracked targets and a language → drafts:scaffold → open the new draft. */
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Loader, Modal, Radio, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import type { DraftLanguage } from '../../../../shared/domain/draft';
import { api } from '../../api';
import { useI18n, type MessageKey } from '../../i18n';
import { navigate } from '../../router';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage, notifyError, notifySuccess } from '../common/notify';

export function FollowUpModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const targets = useApiQuery('targets:list', opened ? { limit: 1000 } : null);
  const [picked, setPicked] = useState<number[]>([]);
  const [language, setLanguage] = useState<DraftLanguage>(locale);
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);

  const list = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return (targets.data ?? []).filter((tg) => !q || [tg.metric, tg.entity ?? '', tg.quote].join(' ').toLowerCase().includes(q));
  }, [targets.data, filter]);

  const generate = async () => {
    setTried(true);
    if (picked.length === 0) return;
    setBusy(true);
    try {
      const draft = await api.call('drafts:scaffold', { targetIds: picked, language });
      notifySuccess(t('drafts.created'), { id: 'draft-created' });
      setPicked([]);
      setTried(false);
      onClose();
      navigate({ page: 'drafts', draftId: draft.id });
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('drafts.followUpTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        {targets.loading && !targets.data && <Loader size="sm" aria-label={t('common.loading')} />}
        {targets.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(i18n, targets.error)}
          </Alert>
        )}
        {targets.data && targets.data.length === 0 && <Text c="dimmed">{t('drafts.noTargets')}</Text>}
        {targets.data && targets.data.length > 0 && (
          <>
            <TextInput size="xs" label={t('drafts.followUpFilter')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
            <Checkbox.Group
              label={t('drafts.followUpTargets')}
              description={t('drafts.selectedTargets', { count: picked.length })}
              value={picked.map(String)}
              onChange={(values) => setPicked(values.map(Number))}
              error={tried && picked.length === 0 ? t('drafts.pickTargets') : undefined}
            >
              <ScrollArea.Autosize mah="45vh" mt="xs">
                <Stack gap={8}>
                  {list.map((tg) => (
                    <Group key={tg.id} gap="xs" wrap="nowrap" align="flex-start">
                      <Checkbox
                        value={String(tg.id)}
                        label={tg.metric}
                        description={[tg.entity, tg.quote].filter(Boolean).join(' · ')}
                        style={{ flex: 1 }}
                      />
                      <Badge size="sm" variant="light" color={tg.status === 'met' ? 'teal' : tg.status === 'missed' || tg.status === 'off_track' ? 'red' : 'gray'}>
                        {t(`drafts.status.${tg.status}` as MessageKey)}
                      </Badge>
                    </Group>
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </Checkbox.Group>
          </>
        )}
        <Radio.Group label={t('drafts.language')} value={language} onChange={(v) => setLanguage(v as DraftLanguage)}>
          <Group mt={4}>
            <Radio value="zh-CN" label={t('drafts.lang.zh-CN')} />
            <Radio value="en" label={t('drafts.lang.en')} />
          </Group>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void generate()} loading={busy} disabled={!targets.data || targets.data.length === 0}>
            {t('drafts.generate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
