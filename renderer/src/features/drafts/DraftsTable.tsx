/** The drafts as a table: title (a link), language, updated, counts, and a delete button. */
import { ActionIcon, Anchor, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { DraftSummary } from '../../../../shared/domain/draft';
import { useI18n } from '../../i18n';
import { routeHref } from '../../router';
import { formatTime } from './VersionsDrawer';

export function DraftsTable({ items, onDelete }: { items: DraftSummary[]; onDelete: (draft: DraftSummary) => void }) {
  const { t, locale, formatNumber } = useI18n();
  return (
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
                <ActionIcon variant="subtle" color="red" aria-label={`${t('drafts.delete')} ${d.title || t('drafts.untitled')}`} onClick={() => onDelete(d)}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
