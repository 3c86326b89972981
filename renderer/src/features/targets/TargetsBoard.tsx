/**
 * The targets board: every tracked target with its status, filtered and in views (all, due
 * soon, overdue without evidence); a row opens its detail (#/targets/<id>). New by hand,
 * export and import of the register.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Paper, Stack, Tabs, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconTarget } from '@tabler/icons-react';
import type { Target } from '../../../../shared/domain/target';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { useApiQuery, type QueryState } from '../../useApiQuery';
import { errorMessage } from '../common/notify';
import { BoardCharts } from './BoardCharts';
import { ImportRegisterModal } from './ImportRegisterModal';
import { RegisterActions } from './RegisterActions';
import { NewTargetModal } from './TargetForm';
import { TargetDetailDrawer } from './TargetDetail';
import { applyFilters, NO_FILTERS, TargetFilters, type Filters } from './TargetFilters';
import { TargetsTable } from './TargetsTable';

type View = 'all' | 'dueSoon' | 'overdue';

/** The targets of the view chosen: only that view's query runs. */
function useViewTargets(view: View) {
  const all = useApiQuery('targets:list', view === 'all' ? { limit: 5000 } : null, { keepPrevious: true });
  const dueSoon = useApiQuery('targets:dueSoon', view === 'dueSoon' ? { days: 30 } : null);
  const overdue = useApiQuery('targets:overdue', view === 'overdue' ? {} : null);
  const query = view === 'all' ? all : view === 'dueSoon' ? dueSoon : overdue;
  const reload = () => {
    all.reload();
    dueSoon.reload();
    overdue.reload();
  };
  return { query, reload };
}

export function TargetsBoard({ targetId }: { targetId: number | null }) {
  const { t, tn } = useI18n();
  const [view, setView] = useState<View>('all');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const { query, reload } = useViewTargets(view);
  const rows = useMemo(() => applyFilters(query.data ?? [], filters), [query.data, filters]);

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
        <RegisterActions onNew={() => setCreating(true)} onImport={() => setImporting(true)} />
      </Group>

      <Tabs value={view} onChange={(v) => v && setView(v as View)} keepMounted={false}>
        <Tabs.List aria-label={t('targets.tabs')}>
          <Tabs.Tab value="all">{t('targets.tab.all')}</Tabs.Tab>
          <Tabs.Tab value="dueSoon">{t('targets.tab.dueSoon')}</Tabs.Tab>
          <Tabs.Tab value="overdue">{t('targets.tab.overdue')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>

      <TargetFilters filters={filters} setFilters={setFilters} />

      {query.data && query.data.length > 0 && (
        <Text size="xs" c="dimmed" aria-live="polite">
          {tn('targets.count', rows.length)}
        </Text>
      )}
      <BoardTable query={query} view={view} rows={rows} targetId={targetId} />
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

interface BoardTableProps {
  query: Pick<QueryState<Target[]>, 'data' | 'error' | 'reload'>;
  view: View;
  rows: Target[];
  targetId: number | null;
}

/** The table, or why there is none: an error, loading, an empty view, or no match for the filters. */
function BoardTable({ query, view, rows, targetId }: BoardTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (query.error) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
        <Text size="sm">{errorMessage(i18n, query.error)}</Text>
        <Button size="xs" variant="light" mt="xs" onClick={query.reload}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (!query.data) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (query.data.length === 0 || rows.length === 0) {
    return (
      <Paper withBorder radius="md" p="lg">
        <Text c="dimmed" size="sm">
          {query.data.length > 0 ? t('targets.noMatch') : view === 'all' ? t('targets.empty') : t('targets.emptyView')}
        </Text>
      </Paper>
    );
  }
  return <TargetsTable rows={rows} targetId={targetId} />;
}
