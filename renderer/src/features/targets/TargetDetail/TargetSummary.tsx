import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Target } from '../../../../../shared/domain/target';
import { useI18n } from '../../../i18n';
import { StatusBadge } from '../StatusBadge';
import { explanationText, statusLabel, storyHref, targetHref, targetValueText } from '../targetText';

/** What the target is and where it stands: its value and deadline, the status with its arithmetic, its source and revisions. */
export function TargetSummary({ target }: { target: Target }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  return (
    <>
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
    </>
  );
}
