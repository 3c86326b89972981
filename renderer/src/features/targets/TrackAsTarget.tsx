/** 「设为目标」: one action from a target figure to a tracked target; once tracked, the figure says so and `t` opens its target. */
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTarget, IconTargetArrow } from '@tabler/icons-react';
import type { Figure } from '../../../../shared/domain/figure';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { notifyError } from '../common/notify';
import { targetHref } from './targetText';
import { announceTracked, useTrackedFigures } from './useTrackedFigures';

export function TrackAsTarget({ figure }: { figure: Figure }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const tracked = useTrackedFigures(figure.storyId).get(figure.id) ?? null;
  const enabled = figure.kind === 'target' && figure.review !== 'rejected';

  const track = async () => {
    // A tracked figure's `t` opens its target: tracking twice would say nothing new.
    if (tracked) {
      window.location.hash = targetHref(tracked.id);
      return;
    }
    if (!enabled || busy) return;
    setBusy(true);
    try {
      const target = await api.call('targets:fromFigure', { figureId: figure.id });
      announceTracked(figure.storyId);
      notifications.show({
        id: `target-tracked-${target.id}`,
        color: 'teal',
        icon: <IconTarget size={18} aria-hidden />,
        autoClose: 8000,
        title: t('targets.tracked'),
        message: (
          <Stack gap={2}>
            <Text size="sm">{[target.metric, target.entity].filter(Boolean).join(' · ')}</Text>
            <Anchor href={targetHref(target.id)} size="sm">
              {t('targets.tracked.open')}
            </Anchor>
          </Stack>
        ),
      });
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusy(false);
    }
  };

  useHotkeys([['t', () => void track()]]);

  if (tracked) {
    return (
      <Group gap="xs">
        <Badge color="indigo" variant="light" leftSection={<IconTargetArrow size={12} aria-hidden />}>
          {t('targets.trackedBadge', { id: tracked.id })}
        </Badge>
        <Button component="a" href={targetHref(tracked.id)} size="xs" variant="subtle" color="indigo" aria-keyshortcuts="t">
          {t('targets.trackedOpen')}
        </Button>
      </Group>
    );
  }
  if (figure.kind !== 'target') return null;
  return (
    <Group gap="xs">
      <Tooltip label={t('targets.track.hint')} openDelay={400}>
        <Button
          size="xs"
          variant="light"
          color="indigo"
          leftSection={<IconTarget size={14} aria-hidden />}
          loading={busy}
          disabled={!enabled}
          onClick={() => void track()}
          aria-keyshortcuts="t"
        >
          {t('targets.track')}
        </Button>
      </Tooltip>
    </Group>
  );
}
