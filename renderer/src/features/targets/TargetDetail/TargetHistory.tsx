import { Group, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { TargetEvent } from '../../../../../shared/domain/target';
import { useI18n } from '../../../i18n';
import { WithContent } from '../../common/WithContent';
import { DetailSection } from './DetailSection';
import { StatusBadge } from '../StatusBadge';
import { eventCauseLabel, eventNoteContent, eventNoteText, eventWhyText, formatTime } from '../targetText';

/** The audit trail, newest first: each status change with its cause, who, and why. */
export function TargetHistory({ events }: { events: TargetEvent[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const sortedEvents = [...events].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <DetailSection title={t('targets.history')} empty={sortedEvents.length === 0} emptyText={t('targets.historyEmpty')}>
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
    </DetailSection>
  );
}
