/**
 * One target in a drawer: its fields (editable), the status with its arithmetic, the
 * editor's override, the chart of its metric, the evidence newest first, the audit trail,
 * the revision links and delete.
 */
import { useEffect, useState } from 'react';
import { Alert, Center, Divider, Drawer, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TargetDetail as TargetDetailData } from '../../../../../shared/contract';
import type { Target } from '../../../../../shared/domain/target';
import { useI18n } from '../../../i18n';
import { useApiQuery } from '../../../useApiQuery';
import { errorMessage } from '../../common/notify';
import { MetricChart } from '../MetricChart';
import { DeleteTarget } from './DeleteTarget';
import { OverrideForm } from './OverrideForm';
import { TargetEvidence } from './TargetEvidence';
import { TargetFields } from './TargetFields';
import { TargetHistory } from './TargetHistory';
import { TargetSummary } from './TargetSummary';

interface Props {
  targetId: number | null;
  onChanged: () => void;
  onClose: () => void;
}

export function TargetDetailDrawer({ targetId, onChanged, onClose }: Props) {
  const { t } = useI18n();
  return (
    <Drawer
      opened={targetId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('targets.detailTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {targetId !== null && <TargetDetailView key={targetId} targetId={targetId} onChanged={onChanged} onDeleted={onClose} />}
    </Drawer>
  );
}

export function TargetDetailView({ targetId, onChanged, onDeleted }: { targetId: number; onChanged: () => void; onDeleted: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useApiQuery('targets:get', { id: targetId });
  const [detail, setDetail] = useState<TargetDetailData | undefined>(undefined);
  useEffect(() => {
    if (query.data) setDetail(query.data);
  }, [query.data]);

  if (query.error && !detail) {
    return (
      <Alert color={query.error.code === 'not_found' ? 'gray' : 'red'} variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
        <Text size="sm">{query.error.code === 'not_found' ? t('targets.notFound') : errorMessage(i18n, query.error)}</Text>
      </Alert>
    );
  }
  if (!detail) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }

  // A change to the target: show it at once, then fetch the history and evidence it moved.
  const changed = (target: Target) => {
    setDetail((d) => (d ? { ...d, target } : d));
    query.reload();
    onChanged();
  };

  return <DetailBody detail={detail} onTargetChanged={changed} onDeleted={() => {
    onChanged();
    onDeleted();
  }} />;
}

function DetailBody({ detail, onTargetChanged, onDeleted }: { detail: TargetDetailData; onTargetChanged: (t: Target) => void; onDeleted: () => void }) {
  const { t } = useI18n();
  const { target } = detail;
  return (
    <Stack gap="md" data-target-id={target.id}>
      <TargetSummary target={target} />
      <TargetFields target={target} onTargetChanged={onTargetChanged} />
      <OverrideForm target={target} onSaved={onTargetChanged} />
      <Divider />
      <section aria-label={t('targets.chartTitle')}>
        <Title order={3} size="h6" mb={4}>
          {t('targets.chartTitle')}
        </Title>
        <MetricChart metricKey={target.metricKey} entity={target.entity} targetId={target.id} label={target.metric} />
      </section>
      <Divider />
      <TargetEvidence evidence={detail.evidence} links={detail.links ?? []} />
      <Divider />
      <TargetHistory events={detail.events} />
      <Divider />
      <DeleteTarget targetId={target.id} onDeleted={onDeleted} />
    </Stack>
  );
}
