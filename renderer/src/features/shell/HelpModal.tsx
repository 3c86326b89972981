import { Fragment } from 'react';
import { Kbd, Modal, Table, Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import { modKey, NAV_ITEMS } from './shortcuts';

function Keys({ keys }: { keys: string[] }) {
  return (
    <>
      {keys.map((k, i) => (
        <Fragment key={k}>
          {i > 0 && ' + '}
          <Kbd size="sm">{k}</Kbd>
        </Fragment>
      ))}
    </>
  );
}

/** The list of keyboard shortcuts, opened with ? or the keyboard button in the header. */
export function HelpModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const mod = modKey();
  const or = (
    <Text span c="dimmed" size="sm" mx={6}>
      {t('help.or')}
    </Text>
  );
  const rows: { label: string; keys: React.ReactNode }[] = [
    ...NAV_ITEMS.map((item) => ({ label: t('help.goTo', { page: t(item.label) }), keys: <Keys keys={[mod, String(item.digit)]} /> })),
    {
      label: t('help.focusSearch'),
      keys: (
        <>
          <Keys keys={[mod, 'K']} />
          {or}
          <Keys keys={['/']} />
        </>
      ),
    },
    { label: t('help.import'), keys: <Keys keys={[mod, 'O']} /> },
    {
      label: t('help.rows'),
      keys: (
        <>
          <Keys keys={['↑']} /> <Keys keys={['↓']} />
        </>
      ),
    },
    {
      label: t('help.back'),
      keys: (
        <>
          <Keys keys={['Esc']} />
          {or}
          <Keys keys={['Alt', '←']} />
        </>
      ),
    },
    { label: t('help.help'), keys: <Keys keys={['?']} /> },
    {
      label: t('help.queueMove'),
      keys: (
        <>
          <Keys keys={['j']} /> <Keys keys={['k']} />
          {or}
          <Keys keys={['↓']} /> <Keys keys={['↑']} />
        </>
      ),
    },
    { label: t('help.queueConfirm'), keys: <Keys keys={['c']} /> },
    { label: t('help.queueReject'), keys: <Keys keys={['x']} /> },
    { label: t('help.queueEdit'), keys: <Keys keys={['e']} /> },
    { label: t('help.queueOpen'), keys: <Keys keys={['Enter']} /> },
    { label: t('help.track'), keys: <Keys keys={['t']} /> },
    {
      label: t('help.checkMove'),
      keys: (
        <>
          <Keys keys={['j']} /> <Keys keys={['k']} />
        </>
      ),
    },
    { label: t('help.checkConfirm'), keys: <Keys keys={['c']} /> },
    { label: t('help.checkReject'), keys: <Keys keys={['x']} /> },
    { label: t('help.reviewSave'), keys: <Keys keys={[mod, 'Enter']} /> },
    { label: t('help.reviewCancel'), keys: <Keys keys={['Esc']} /> },
    { label: t('annot.help.types'), keys: <><Keys keys={['1']} />–<Keys keys={['4']} />{or}<Keys keys={['Alt', '1–4']} /></> },
    { label: t('annot.help.comment'), keys: <Keys keys={['m']} /> },
    { label: t('drafts.help.save'), keys: <Keys keys={[mod, 'S']} /> },
    { label: t('drafts.help.insert'), keys: <Keys keys={[mod, 'Shift', 'I']} /> },
    { label: t('drafts.help.comment'), keys: <Keys keys={[mod, 'Alt', 'M']} /> },
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('help.title')} size="md" closeButtonProps={{ 'aria-label': t('help.close') }}>
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>{row.keys}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        {t('help.menuNote')}
      </Text>
    </Modal>
  );
}
