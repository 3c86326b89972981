/** The drafts: title, language, updated, counts; New, New follow-up, Delete. */
import { useState } from 'react';
import { Alert, Button, Center, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import type { DraftSummary } from '../../../../shared/domain/draft';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage, notifyError, notifySuccess } from '../common/notify';
import { FollowUpModal } from './FollowUpModal';
import { DraftsTable } from './DraftsTable';
import { NewDraftModal } from './NewDraftModal';

export function DraftList() {
  const i18n = useI18n();
  const { t } = i18n;
  const drafts = useApiQuery('drafts:list', { limit: 1000 });
  const [followUp, setFollowUp] = useState(false);
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);

  const remove = async (draft: DraftSummary) => {
    setBusy(true);
    try {
      await api.call('drafts:delete', { id: draft.id });
      notifySuccess(t('drafts.deleted'), { id: 'draft-deleted' });
      setDeleting(null);
      drafts.reload();
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusy(false);
    }
  };

  const items = drafts.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h3">
          {t('drafts.pageTitle')}
        </Title>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('drafts.new')}
          </Button>
          <Button leftSection={<IconTargetArrow size={16} aria-hidden />} onClick={() => setFollowUp(true)}>
            {t('drafts.newFollowUp')}
          </Button>
        </Group>
      </Group>

      {drafts.loading && !drafts.data && (
        <Center py="lg">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      )}
      {drafts.error && (
        <Alert color="red" variant="light" role="alert">
          {t('drafts.listFailed')} {errorMessage(i18n, drafts.error)}
          <Button size="xs" variant="light" ml="sm" onClick={drafts.reload}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      {drafts.data && items.length === 0 && <Text c="dimmed">{t('drafts.empty')}</Text>}
      {items.length > 0 && (
        <DraftsTable items={items} onDelete={setDeleting} />
      )}

      <NewDraftModal opened={creating} onClose={() => setCreating(false)} />

      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('drafts.deleteTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Text size="sm">{t('drafts.deleteConfirm', { title: deleting?.title || t('drafts.untitled') })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setDeleting(null)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => deleting && void remove(deleting)}>
            {t('drafts.delete')}
          </Button>
        </Group>
      </Modal>

      <FollowUpModal opened={followUp} onClose={() => setFollowUp(false)} />
    </Stack>
  );
}
