import { Paper, Title } from '@mantine/core';
import { useI18n } from '../../../i18n';
import { useApiQuery } from '../../../useApiQuery';
import { FactsTable } from '../../common/FactsTable';

/** Version, transport, where the archive is, and how many stories it holds. */
export function AboutSection() {
  const { t, formatNumber } = useI18n();
  const { data } = useApiQuery('app:info', {});
  if (!data) return null;
  const rows: [string, string][] = [
    [t('settings.version'), `${data.name} ${data.version}`],
    [t('settings.transport'), data.transport === 'ipc' ? t('settings.transport.ipc') : t('settings.transport.http')],
    [t('settings.database'), data.dbPath],
    [t('settings.storyCount'), formatNumber(data.stories)],
  ];
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-about">
      <Title order={2} size="h4" id="settings-about" mb="sm">
        {t('settings.about')}
      </Title>
      <FactsTable rows={rows} />
    </Paper>
  );
}
