/**
 * One target in a drawer: its fields (editable), the status with its arithmetic, the
 * editor's override, the chart of its metric, the evidence newest first, the audit trail,
 * the revision links and delete.
 */
import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Center,
  Divider,
  Drawer,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconPencil, IconTrash } from '@tabler/icons-react';
import type { TargetDetail as TargetDetailData } from '../../../../shared/contract';
import type { EvidenceLink, Target, TargetStatus } from '../../../../shared/domain/target';
import { api } from '../../api';
import { useI18n, type I18n } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage, notifyError, notifySuccess } from '../common/notify';
import { figureValue } from '../figures/figureText';
import { WithContent } from '../common/WithContent';
import { MetricChart } from './MetricChart';
import { StatusBadge } from './StatusBadge';
import { TargetEditForm } from './TargetForm';
import {
  bindingLabel,
  eventCauseLabel,
  eventNoteContent,
  eventNoteText,
  eventWhyText,
  hasTolerance,
  comparatorLabel,
  directionLabel,
  explanationText,
  formatTime,
  STATUSES,
  statusLabel,
  storyHref,
  targetHref,
  targetValueText,
} from './targetText';

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
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { target, events, evidence } = detail;
  const [editing, setEditing] = useState(false);
  const none = (
    <Text span c="dimmed" size="sm">
      {t('common.none')}
    </Text>
  );

  const fieldRows: [string, React.ReactNode][] = [
    [t('targets.field.metric'), <span data-content="">{target.metric}</span>],
    [t('targets.field.entity'), target.entity ? <span data-content="">{target.entity}</span> : none],
    [t('targets.field.value'), targetValueText(i18n, target)],
    [t('targets.field.comparator'), comparatorLabel(i18n, target.comparator)],
    [t('targets.field.direction'), directionLabel(i18n, target.direction)],
    [
      t('targets.field.period'),
      target.period ? (
        <WithContent text={`${target.period.label} (${formatDate(target.period.from)} – ${formatDate(target.period.to)})`} spans={[target.period.label]} />
      ) : (
        none
      ),
    ],
    [t('targets.field.deadline'), target.deadline ? formatDate(target.deadline) : none],
    [t('targets.field.binding'), bindingLabel(i18n, target.binding)],
    [t('targets.field.notes'), target.notes ? <span data-content="">{target.notes}</span> : none],
  ];
  if (hasTolerance(target)) {
    fieldRows.splice(5, 0, [t('targets.field.tolerance'), i18n.formatNumber(target.tolerance, { style: 'percent', maximumFractionDigits: 2 })]);
  }
  const linkOf = new Map((detail.links ?? []).map((l) => [l.figureId, l]));

  const sortedEvidence = [...evidence].sort((a, b) => (b.storyDate ?? '').localeCompare(a.storyDate ?? '') || b.figureId - a.figureId);
  const sortedEvents = [...events].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);

  return (
    <Stack gap="md" data-target-id={target.id}>
      <div>
        <Title order={2} size="h4" data-content="">
          {[target.metric, target.entity].filter(Boolean).join(' · ')}
        </Title>
        <Text size="lg" fw={600} mt={2}>
          {targetValueText(i18n, target)}
          {target.deadline ? ` · ${formatDate(target.deadline)}` : ''}
        </Text>
      </div>

      <Paper withBorder p="sm" radius="md" component="section" aria-label={t('targets.arithmetic')}>
        <Stack gap={6}>
          <Group gap="xs">
            <StatusBadge status={target.status} size="lg" />
            {target.override && (
              <Text size="xs" c="dimmed">
                {t('targets.computed', { status: statusLabel(i18n, target.computedStatus) })}
              </Text>
            )}
          </Group>
          <Text size="sm" data-testid="target-explanation">
            {target.explanation ? explanationText(i18n, target.explanation) : t('targets.noExplanation')}
          </Text>
          {target.override && (
            <Text size="sm" c="dimmed">
              {t('targets.overriddenBecause', { reason: target.override.reason })}
            </Text>
          )}
        </Stack>
      </Paper>

      {(target.sourceStoryId !== null || target.sourceHeadline) && (
        <section aria-label={t('targets.source')}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('targets.source')}
          </Text>
          {target.quote && (
            <Text size="sm" fs="italic" data-content="">
              {target.quote}
            </Text>
          )}
          <Text size="sm">
            {target.sourceStoryId !== null ? (
              <Anchor href={storyHref(target.sourceStoryId, target.sourceFigureId)} data-content={target.sourceHeadline ? '' : undefined}>
                {target.sourceHeadline ?? t('targets.openStory')}
              </Anchor>
            ) : (
              <span data-content="">{target.sourceHeadline}</span>
            )}
            {target.sourceDate ? ` · ${formatDate(target.sourceDate)}` : ''}
          </Text>
        </section>
      )}

      {(target.revisesTargetId !== null || target.revisedByTargetId !== null) && (
        <Group gap="md">
          {target.revisesTargetId !== null && (
            <Anchor href={targetHref(target.revisesTargetId)} size="sm">
              {t('targets.revises', { id: target.revisesTargetId })}
            </Anchor>
          )}
          {target.revisedByTargetId !== null && (
            <Anchor href={targetHref(target.revisedByTargetId)} size="sm">
              {t('targets.revisedBy', { id: target.revisedByTargetId })}
            </Anchor>
          )}
        </Group>
      )}

      <section aria-label={t('targets.fields')}>
        <Group justify="space-between" mb={4}>
          <Title order={3} size="h6">
            {t('targets.fields')}
          </Title>
          <Button size="compact-xs" variant={editing ? 'filled' : 'default'} leftSection={<IconPencil size={14} aria-hidden />} aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            {t('targets.edit')}
          </Button>
        </Group>
        {editing ? (
          <TargetEditForm
            target={target}
            onSaved={(saved) => {
              setEditing(false);
              onTargetChanged(saved);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <Table variant="vertical" withRowBorders={false} verticalSpacing={2} horizontalSpacing={6} fz="sm">
            <Table.Tbody>
              {fieldRows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w="8rem" fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
                    {label}
                  </Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      <OverrideForm target={target} onSaved={onTargetChanged} />

      <Divider />
      <section aria-label={t('targets.chartTitle')}>
        <Title order={3} size="h6" mb={4}>
          {t('targets.chartTitle')}
        </Title>
        <MetricChart metricKey={target.metricKey} entity={target.entity} targetId={target.id} label={target.metric} />
      </section>

      <Divider />
      <section aria-label={t('targets.evidence')}>
        <Title order={3} size="h6" mb="xs">
          {t('targets.evidence')}
        </Title>
        {sortedEvidence.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('targets.evidenceEmpty')}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={sortedEvidence.length}>
            {sortedEvidence.map((e) => (
              <Timeline.Item
                key={e.figureId}
                title={
                  <Text size="sm" fw={600}>
                    {figureValue(i18n, e)} · {e.storyDate ? formatDate(e.storyDate) : t('targets.noDate')}
                  </Text>
                }
              >
                <Text size="sm" fs="italic" data-content="">
                  {e.quote}
                </Text>
                <Anchor size="sm" href={storyHref(e.storyId, e.figureId)} data-content="">
                  {e.headline}
                </Anchor>
                {linkOf.has(e.figureId) && (
                  <Text size="xs" c="dimmed" data-testid="evidence-confirmed">
                    <WithContent text={linkText(i18n, linkOf.get(e.figureId)!)} spans={[linkOf.get(e.figureId)!.author]} />
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </section>

      <Divider />
      <section aria-label={t('targets.history')}>
        <Title order={3} size="h6" mb="xs">
          {t('targets.history')}
        </Title>
        {sortedEvents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('targets.historyEmpty')}
          </Text>
        ) : (
          <ol style={{ margin: 0, paddingLeft: '1.1rem' }} aria-label={t('targets.history')}>
            {sortedEvents.map((ev) => (
              <li key={ev.id}>
                <Group gap={6} wrap="wrap">
                  <Text size="xs" c="dimmed">
                    {formatTime(i18n, ev.at)}
                  </Text>
                  {ev.fromStatus && <StatusBadge status={ev.fromStatus} size="xs" />}
                  {ev.fromStatus && <IconArrowRight size={12} aria-label={t('targets.to')} />}
                  <StatusBadge status={ev.toStatus} size="xs" />
                  <Text size="xs">{eventCauseLabel(i18n, ev)}</Text>
                  {ev.author && (
                    <Text size="xs" c="dimmed">
                      <WithContent text={t('common.byAuthor', { name: ev.author })} spans={[ev.author]} />
                    </Text>
                  )}
                </Group>
                {ev.note && (
                  <Text size="xs" c="dimmed" data-testid="history-note">
                    <WithContent text={eventNoteText(i18n, ev.note)} spans={eventNoteContent(ev.note)} />
                  </Text>
                )}
                {eventWhyText(i18n, ev.snapshot) && (
                  <Text size="xs" c="dimmed" data-testid="history-why">
                    {t('targets.historyWhy', { why: eventWhyText(i18n, ev.snapshot)! })}
                  </Text>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <Divider />
      <DeleteTarget targetId={target.id} onDeleted={onDeleted} />
    </Stack>
  );
}

function OverrideForm({ target, onSaved }: { target: Target; onSaved: (t: Target) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [status, setStatus] = useState<TargetStatus>(target.override?.status ?? target.computedStatus);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (override: { status: TargetStatus; reason: string } | null) => {
    setBusy(true);
    try {
      const saved = await api.call('targets:override', { id: target.id, override });
      notifySuccess(t(override ? 'targets.overrideSaved' : 'targets.overrideCleared'), { id: 'target-override' });
      setReason('');
      onSaved(saved);
    } catch (err) {
      notifyError(i18n, err);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('targets.overrideReasonRequired'));
      return;
    }
    setError(null);
    void send({ status, reason: reason.trim() });
  };

  return (
    <Paper withBorder p="sm" radius="md" component="form" onSubmit={submit} aria-label={t('targets.override')}>
      <Stack gap="xs">
        <Title order={3} size="h6">
          {t('targets.override')}
        </Title>
        {target.override && (
          <Group gap="xs" justify="space-between">
            <Text size="sm">
              {t('targets.overrideCurrent', { status: statusLabel(i18n, target.override.status), reason: target.override.reason })}
            </Text>
            <Button size="compact-xs" variant="light" color="gray" loading={busy} onClick={() => void send(null)}>
              {t('targets.overrideClear')}
            </Button>
          </Group>
        )}
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Select
            label={t('targets.overrideStatus')}
            data={STATUSES.map((s) => ({ value: s, label: statusLabel(i18n, s) }))}
            value={status}
            onChange={(v) => v && setStatus(v as TargetStatus)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
            w={160}
          />
          <Textarea
            label={t('targets.overrideReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            autosize
            minRows={1}
            style={{ flex: 1 }}
            withAsterisk
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={busy}>
            {t('targets.overrideSave')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function DeleteTarget({ targetId, onDeleted }: { targetId: number; onDeleted: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    try {
      await api.call('targets:delete', { id: targetId });
      notifySuccess(t('targets.deleted'));
      onDeleted();
    } catch (err) {
      notifyError(i18n, err);
      setBusy(false);
    }
  };
  if (!asking) {
    return (
      <Group>
        <Button color="red" variant="subtle" size="xs" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => setAsking(true)}>
          {t('targets.delete')}
        </Button>
      </Group>
    );
  }
  return (
    <Alert color="red" variant="light" role="alertdialog" title={t('targets.deleteConfirm')}>
      <Group gap="xs">
        <Button color="red" size="xs" loading={busy} onClick={() => void remove()}>
          {t('targets.deleteYes')}
        </Button>
        <Button variant="default" size="xs" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Alert>
  );
}

/** "Confirmed by 李华, 2024年1月20日 16:00": who linked the evidence, and when. */
function linkText(i18n: I18n, link: EvidenceLink): string {
  const time = formatTime(i18n, link.createdAt);
  if (link.confirmedBy === 'editor') {
    return link.author ? i18n.t('targets.evidenceConfirmedBy', { name: link.author, time }) : i18n.t('targets.evidenceConfirmedAt', { time });
  }
  return link.author ? i18n.t('targets.evidenceAttachedBy', { name: link.author, time }) : i18n.t('targets.evidenceAttachedAt', { time });
}
