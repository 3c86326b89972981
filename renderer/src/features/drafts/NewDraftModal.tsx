/** New draft: a title and a language; on success the new draft opens. */
import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import type { DraftLanguage } from '../../../../shared/domain/draft';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { notifyError } from '../common/notify';

export function NewDraftModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [newTitle, setNewTitle] = useState('');
  const [newLanguage, setNewLanguage] = useState<DraftLanguage>(locale);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setBusy(true);
    try {
      const draft = await api.call('drafts:create', { title: newTitle.trim(), language: newLanguage });
      onClose();
      setNewTitle('');
      navigate({ page: 'drafts', draftId: draft.id });
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('drafts.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Stack gap="sm">
          <TextInput label={t('drafts.titleField')} placeholder={t('drafts.titlePlaceholder')} value={newTitle} onChange={(e) => setNewTitle(e.currentTarget.value)} data-autofocus />
          <NativeSelect
            label={t('drafts.language')}
            value={newLanguage}
            onChange={(e) => setNewLanguage(e.currentTarget.value as DraftLanguage)}
            data={[
              { value: 'zh-CN', label: t('drafts.lang.zh-CN') },
              { value: 'en', label: t('drafts.lang.en') },
            ]}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('drafts.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
