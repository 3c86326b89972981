/**
 * The targets board: every tracked target with its status, filtered and in views (all, due
 * soon, overdue without evidence); a row opens its detail (#/targets/<id>). New by hand,
 * export and import of the register.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Menu,
  Tabs,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconPlus, IconTable, IconTarget, IconUpload } from '@tabler/icons-react';
import type { Target, TargetStatus } from '../../../../shared/domain/target';
import type { InputOf } from '../../../../shared/contract';

type ExportFormat = InputOf<'targets:export'>['format'];
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage, notifyError, notifySuccess } from '../common/notify';
import { saveExportedFile } from '../export/download';
import { ImportRegisterModal } from './ImportRegisterModal';
import { MetricChart } from './MetricChart';
import { NewTargetModal } from './TargetForm';
import { StatusBadge } from './StatusBadge';
import { TargetDetailDrawer } from './TargetDetail';
import { bindingLabel, STATUSES, statusLabel, targetHref, targetValueText } from './targetText';

type View = 'all' | 'dueSoon' | 'overdue';

interface Filters {
  status: TargetStatus[];
  entity: string;
  from: string;
  to: string;
  source: string;
}

const NO_FILTERS: Filters = { status: [], entity: '', from: '', to: '', source: '' };

function applyFilters(targets: Target[], f: Filters): Target[] {
  const entity = f.entity.trim().toLowerCase();
  const source = f.source.trim().toLowerCase();
  return targets.filter((target) => {
    if (f.status.length > 0 && !f.status.includes(target.status)) return false;
    if (entity && !(target.entity ?? '').toLowerCase().includes(entity)) return false;
    if (f.from && (!target.deadline || target.deadline < f.from)) return false;
    if (f.to && (!target.deadline || target.deadline > f.to)) return false;
    if (source && !`${target.sourceHeadline ?? ''} ${target.sourceDate ?? ''}`.toLowerCase().includes(source)) return false;
    return true;
  });
}

export function TargetsBoard({ targetId }: { targetId: number | null }) {
  const i18n = useI18n();
  const { t, tn, formatDate } = i18n;
  const [view, setView] = useState<View>('all');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);

  const all = useApiQuery('targets:list', view === 'all' ? { limit: 5000 } : null, { keepPrevious: true });
  const dueSoon = useApiQuery('targets:dueSoon', view === 'dueSoon' ? { days: 30 } : null);
  const overdue = useApiQuery('targets:overdue', view === 'overdue' ? {} : null);
  const query = view === 'all' ? all : view === 'dueSoon' ? dueSoon : overdue;
  const reload = () => {
    all.reload();
    dueSoon.reload();
    overdue.reload();
  };

  const rows = useMemo(() => applyFilters(query.data ?? [], filters), [query.data, filters]);
  const filtered = filters !== NO_FILTERS;
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));

  const runExport = async (format: ExportFormat) => {
    setExporting(format);
    try {
      // the summary is for people: headers and status words in the language the editor reads
      const file = await api.call('targets:export', { format, language: i18n.locale === 'zh-CN' ? 'zh' : 'en' });
      saveExportedFile(file);
      notifySuccess(t('targets.exported', { file: file.fileName }));
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setExporting(null);
    }
  };

  let table;
  if (query.error) {
    table = (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
        <Text size="sm">{errorMessage(i18n, query.error)}</Text>
        <Button size="xs" variant="light" mt="xs" onClick={query.reload}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  } else if (!query.data) {
    table = (
      <Center py="xl">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  } else if (query.data.length === 0) {
    table = (
      <Paper withBorder radius="md" p="lg">
        <Text c="dimmed" size="sm">
          {view === 'all' ? t('targets.empty') : t('targets.emptyView')}
        </Text>
      </Paper>
    );
  } else if (rows.length === 0) {
    table = (
      <Paper withBorder radius="md" p="lg">
        <Text c="dimmed" size="sm">
          {t('targets.noMatch')}
        </Text>
      </Paper>
    );
  } else {
    table = (
      <Table.ScrollContainer minWidth={800}>
        <Table highlightOnHover verticalSpacing="xs" aria-label={t('targets.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('targets.col.metric')}</Table.Th>
              <Table.Th>{t('targets.col.entity')}</Table.Th>
              <Table.Th>{t('targets.col.value')}</Table.Th>
              <Table.Th>{t('targets.col.deadline')}</Table.Th>
              <Table.Th>{t('targets.col.status')}</Table.Th>
              <Table.Th>{t('targets.col.binding')}</Table.Th>
              <Table.Th>{t('targets.col.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((target) => (
              <Table.Tr
                key={target.id}
                data-target-id={target.id}
                aria-selected={target.id === targetId}
                style={{ cursor: 'pointer' }}
                onClick={(event) => {
                  if ((event.target as HTMLElement).closest('a')) return;
                  navigate({ page: 'targets', targetId: target.id });
                }}
              >
                <Table.Td>
                  <Anchor href={targetHref(target.id)} fw={600} size="sm" data-content="">
                    {target.metric}
                  </Anchor>
                </Table.Td>
                <Table.Td>{target.entity ? <span data-content="">{target.entity}</span> : <Text span c="dimmed">{t('common.none')}</Text>}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{targetValueText(i18n, target)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {target.deadline ? formatDate(target.deadline) : <Text span c="dimmed" size="sm">{t('targets.noDeadline')}</Text>}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <StatusBadge status={target.status} />
                    {target.override && (
                      <Badge size="xs" variant="outline" color="gray" tt="none" title={target.override.reason}>
                        {t('targets.overriddenShort')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{bindingLabel(i18n, target.binding)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1} data-content={target.sourceHeadline ? '' : undefined}>
                    {target.sourceHeadline ?? t('common.none')}
                  </Text>
                  {target.sourceDate && (
                    <Text size="xs" c="dimmed">
                      {formatDate(target.sourceDate)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Group gap="sm" align="center">
          <ThemeIcon variant="light" size="xl" radius="md" aria-hidden>
            <IconTarget size={24} />
          </ThemeIcon>
          <div>
            <Title order={1} size="h3">
              {t('targets.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('targets.intro')}
            </Text>
          </div>
        </Group>
        <Group gap="xs">
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('targets.new')}
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={exporting === 'csv'} onClick={() => void runExport('csv')}>
            {t('targets.exportCsv')}
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={exporting === 'json'} onClick={() => void runExport('json')}>
            {t('targets.exportJson')}
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                variant="default"
                leftSection={<IconTable size={16} aria-hidden />}
                loading={exporting === 'summary-xlsx' || exporting === 'summary-csv'}
              >
                {t('targets.exportSummary')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void runExport('summary-xlsx')}>{t('targets.exportSummaryXlsx')}</Menu.Item>
              <Menu.Item onClick={() => void runExport('summary-csv')}>{t('targets.exportSummaryCsv')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} onClick={() => setImporting(true)}>
            {t('targets.import')}
          </Button>
        </Group>
      </Group>

      <Tabs value={view} onChange={(v) => v && setView(v as View)} keepMounted={false}>
        <Tabs.List aria-label={t('targets.tabs')}>
          <Tabs.Tab value="all">{t('targets.tab.all')}</Tabs.Tab>
          <Tabs.Tab value="dueSoon">{t('targets.tab.dueSoon')}</Tabs.Tab>
          <Tabs.Tab value="overdue">{t('targets.tab.overdue')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>

      <Group gap="sm" align="flex-end" component="form" role="search" aria-label={t('targets.filters')} onSubmit={(e) => e.preventDefault()}>
        <MultiSelect
          label={t('targets.filter.status')}
          data={STATUSES.map((s) => ({ value: s, label: statusLabel(i18n, s) }))}
          value={filters.status}
          onChange={(v) => set('status', v as TargetStatus[])}
          clearable
          w={260}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput label={t('targets.filter.entity')} value={filters.entity} onChange={(e) => set('entity', e.currentTarget.value)} w={160} />
        <TextInput type="date" label={t('targets.filter.from')} value={filters.from} onChange={(e) => set('from', e.currentTarget.value)} w={160} />
        <TextInput type="date" label={t('targets.filter.to')} value={filters.to} onChange={(e) => set('to', e.currentTarget.value)} w={160} />
        <TextInput
          label={t('targets.filter.source')}
          placeholder={t('targets.filter.sourcePlaceholder')}
          value={filters.source}
          onChange={(e) => set('source', e.currentTarget.value)}
          w={200}
        />
        {filtered && (
          <Button variant="subtle" onClick={() => setFilters(NO_FILTERS)}>
            {t('targets.filter.clear')}
          </Button>
        )}
      </Group>

      {query.data && query.data.length > 0 && (
        <Text size="xs" c="dimmed" aria-live="polite">
          {tn('targets.count', rows.length)}
        </Text>
      )}
      {table}
      {rows.length > 0 && <BoardCharts targets={rows} />}

      <TargetDetailDrawer targetId={targetId} onChanged={reload} onClose={() => navigate({ page: 'targets' })} />
      <NewTargetModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(target) => {
          setCreating(false);
          reload();
          navigate({ page: 'targets', targetId: target.id });
        }}
      />
      <ImportRegisterModal opened={importing} onClose={() => setImporting(false)} onImported={reload} />
    </Stack>
  );
}

const MAX_CHARTS = 6;

/** One chart per metric (and entity) among the targets shown, the first few. */
function BoardCharts({ targets }: { targets: Target[] }) {
  const { t } = useI18n();
  const groups = new Map<string, { metricKey: string; entity: string | null; metric: string }>();
  for (const target of targets) {
    const key = `${target.metricKey}\u0000${target.entity ?? ''}`;
    if (!groups.has(key)) groups.set(key, { metricKey: target.metricKey, entity: target.entity, metric: target.metric });
  }
  const shown = [...groups.values()].slice(0, MAX_CHARTS);
  return (
    <section aria-label={t('targets.chartsTitle')}>
      <Title order={2} size="h5" mb="xs">
        {t('targets.chartsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {shown.map((g) => (
          <Paper key={`${g.metricKey}:${g.entity ?? ''}`} withBorder radius="md" p="sm">
            <Text fw={600} size="sm" mb={4} data-content="">
              {[g.metric, g.entity].filter(Boolean).join(' · ')}
            </Text>
            <MetricChart metricKey={g.metricKey} entity={g.entity} targetId={null} label={g.metric} />
          </Paper>
        ))}
      </SimpleGrid>
      {groups.size > shown.length && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('targets.chartsMore', { count: groups.size - shown.length })}
        </Text>
      )}
    </section>
  );
}
