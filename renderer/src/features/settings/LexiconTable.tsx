/** The lexicon's page of indicators: name (opens it), measure, unit class, domain, source. */
import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { IndicatorEntry } from '../../../../shared/domain/lexicon';
import { useI18n, type I18n } from '../../i18n';

/** The indicator's canonical name in the interface language. */
export function nameOf(entry: IndicatorEntry, i18n: I18n): string {
  return (i18n.locale === 'zh-CN' ? entry.zh[0] : entry.en[0]) ?? entry.id;
}

export function LexiconTable({ items, onOpen: setOpen }: { items: IndicatorEntry[]; onOpen: (entry: IndicatorEntry) => void }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={t('lexicon.tableLabel')} verticalSpacing={6} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lexicon.col.name')}</Table.Th>
            <Table.Th>{t('lexicon.col.measure')}</Table.Th>
            <Table.Th>{t('lexicon.col.unitClass')}</Table.Th>
            <Table.Th>{t('lexicon.col.domain')}</Table.Th>
            <Table.Th>{t('lexicon.col.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => (
            <Table.Tr key={entry.id} onClick={() => setOpen(entry)} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  ta="start"
                  onClick={(event) => {
                    event.stopPropagation();
                    setOpen(entry);
                  }}
                >
                  {nameOf(entry, i18n)}
                </Anchor>
                {entry.editorNames.length > 0 && (
                  <Badge size="xs" variant="light" ml={6}>
                    {tn('lexicon.taught', entry.editorNames.length)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{t(`lexicon.measure.${entry.measure}` as const)}</Table.Td>
              <Table.Td>{t(`lexicon.unit.${entry.unitClass}` as const)}</Table.Td>
              <Table.Td>{t(`lexicon.domain.${entry.domain}` as const)}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={1} title={entry.source} maw="14rem" data-content>
                  {entry.source}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
