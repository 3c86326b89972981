/** The drafts: title, language, updated, counts; New, New follow-up, Delete. */
import { useState } from 'react';
import { ActionIcon, Alert, Anchor, Button, Center, Group, Loader, Modal, NativeSelect, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconTargetArrow, IconTrash } from '@tabler/icons-react';
import type { DraftLanguage, DraftSummary } from '../../../../shared/domain/draft';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { navigate, routeHref } from '../../router';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage, notifyError, notifySuccess } from '../common/notify';
import { FollowUpModal } from './FollowUpModal';
import { formatTime } from './VersionsDrawer';

export function DraftList() {
  const i18n = useI18n();
  const { t, locale, formatNumber } = i18n;
  const drafts = useApiQuery('drafts:list', { limit: 1000 });
  const [followUp, setFollowUp] = useState(false);
  const [creating, setCreating] = useState(false);
  const [newTitle, setNewTitle] = useState('');
  const [newLanguage, setNewLanguage] = useState<DraftLanguage>(locale);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);

  const create = async () => {
    setBusy(true);
    try {
      const draft = await api.call('drafts:create', { title: newTitle.trim(), language: newLanguage });
      setCreating(false);
      setNewTitle('');
      navigate({ page: 'drafts', draftId: draft.id });
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusy(false);
    }
  };

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
        <Table highlightOnHover aria-label={t('drafts.listLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('drafts.colTitle')}</Table.Th>
              <Table.Th>{t('drafts.colLanguage')}</Table.Th>
              <Table.Th>{t('drafts.colUpdated')}</Table.Th>
              <Table.Th>{t('drafts.colCounts')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor href={routeHref({ page: 'drafts', draftId: d.id })} fw={600}>
                    {d.title || t('drafts.untitled')}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(d.language === 'zh-CN' ? 'drafts.lang.zh-CN' : 'drafts.lang.en')}</Table.Td>
                <Table.Td>{formatTime(d.updatedAt, locale)}</Table.Td>
                <Table.Td>
                  {t('drafts.countWords', { count: formatNumber(d.counts.words) })}
                  <Text span size="xs" c="dimmed" ml={6}>
                    {t('drafts.countChars', { count: formatNumber(d.counts.characters) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={t('drafts.delete')}>
                    <ActionIcon variant="subtle" color="red" aria-label={`${t('drafts.delete')} ${d.title || t('drafts.untitled')}`} onClick={() => setDeleting(d)}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Modal opened={creating} onClose={() => setCreating(false)} title={t('drafts.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
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
              <Button variant="default" onClick={() => setCreating(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('drafts.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

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
