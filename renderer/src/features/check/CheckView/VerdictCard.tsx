/**
 * One verdict on a figure: what it is and against what, the sentence with its arithmetic,
 * the two sources side by side, who settled it, and Confirm / Reject while it is open.
 */
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { Figure } from '../../../../../shared/domain/figure';
import type { CheckVerdict } from '../../../../../shared/domain/check';
import { useI18n, type I18n } from '../../../i18n';
import { WithContent } from '../../common/WithContent';
import { StatusBadge } from '../../targets/StatusBadge';
import { againstLabel, explanationText, formatTime, storyHref, targetHref, VERDICT_COLORS, verdictLabel } from '../../targets/targetText';
import { confirmable, type Decision } from './verdicts';
import classes from './CheckView.module.css';

interface CardProps {
  figure: Figure;
  verdict: CheckVerdict;
  storyHeadline: string;
  storyDate: string | null;
  decision: Decision | undefined;
  busy: boolean;
  /** The first match still open: c and x act on it. */
  top: boolean;
  onDecide: (accept: boolean) => void;
}

export function VerdictCard({ figure, verdict: v, storyHeadline, storyDate, decision, busy, top, onDecide }: CardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Paper withBorder p="sm" radius="sm" component="article" aria-label={`${verdictLabel(i18n, v.verdict)} · ${againstLabel(i18n, v.against)}`} data-verdict={v.verdict}>
      <Stack gap={6}>
        <VerdictBadges verdict={v} />
        <Text size="sm" data-testid="verdict-explanation">
          <WithContent text={explanationText(i18n, v.explanation)} spans={reportedWords(figure, v)} />
        </Text>
        {v.explanation.basis && (
          <Text size="xs" c="dimmed" data-testid="verdict-basis">
            <WithContent text={explanationText(i18n, v.explanation.basis)} spans={reportedWords(figure, v)} />
          </Text>
        )}
        {v.verdict !== 'unmatched' && <SourcesSideBySide figure={figure} verdict={v} storyHeadline={storyHeadline} storyDate={storyDate} />}
        {v.settled && <SettledLine settled={v.settled} decidedNow={decision !== undefined} />}
        {decision ? (
          <DecisionOutcome decision={decision} />
        ) : (
          confirmable(v) && (
            <Group gap="xs">
              <Tooltip label={t('check.confirmHint')} disabled={!top} openDelay={400}>
                <Button size="xs" color="teal" leftSection={<IconCheck size={14} aria-hidden />} loading={busy} onClick={() => onDecide(true)} aria-keyshortcuts={top ? 'c' : undefined}>
                  {t('check.confirm')}
                </Button>
              </Tooltip>
              <Button size="xs" color="red" variant="light" leftSection={<IconX size={14} aria-hidden />} disabled={busy} onClick={() => onDecide(false)} aria-keyshortcuts={top ? 'x' : undefined}>
                {t('check.reject')}
              </Button>
            </Group>
          )
        )}
      </Stack>
    </Paper>
  );
}

function VerdictBadges({ verdict: v }: { verdict: CheckVerdict }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  return (
    <Group gap={6} wrap="wrap">
      <Badge color={VERDICT_COLORS[v.verdict]} variant="filled" tt="none">
        {verdictLabel(i18n, v.verdict)}
      </Badge>
      <Text size="xs" c="dimmed">
        {againstLabel(i18n, v.against)}
      </Text>
      {v.verdict !== 'unmatched' && (
        <Text size="xs" c="dimmed">
          {t('check.score', { score: formatNumber(v.score, { style: 'percent', maximumFractionDigits: 0 }) })}
        </Text>
      )}
      {v.suggestion && (
        <Badge size="xs" variant="outline" color="yellow" tt="none">
          {t('check.suggestion')}
        </Badge>
      )}
      {v.attached && (
        <Badge size="xs" variant="light" color="teal" tt="none">
          {t('check.attached')}
        </Badge>
      )}
    </Group>
  );
}

/** This story's quote beside the target's or earlier story's. */
function SourcesSideBySide({ figure, verdict: v, storyHeadline, storyDate }: { figure: Figure; verdict: CheckVerdict; storyHeadline: string; storyDate: string | null }) {
  const { t, formatDate } = useI18n();
  const earlierLabel = v.against === 'target' ? t('check.targetSource') : v.against === 'internal' ? t('check.related') : t('check.earlier');
  return (
    <div className={classes.sources}>
      <Paper bg="var(--mantine-color-default-hover)" p={6} radius="sm" aria-label={t('check.thisStory')} component="section">
        <Text size="xs" fw={600} c="dimmed">
          {t('check.thisStory')}
        </Text>
        <Text size="xs">
          {storyHeadline}
          {storyDate ? ` · ${formatDate(storyDate)}` : ''}
        </Text>
        <Text size="sm" fs="italic">
          {figure.quote}
        </Text>
      </Paper>
      <Paper bg="var(--mantine-color-default-hover)" p={6} radius="sm" aria-label={earlierLabel} component="section">
        <Text size="xs" fw={600} c="dimmed">
          {earlierLabel}
        </Text>
        {v.source ? (
          <>
            <Text size="xs">
              {v.source.storyId !== null ? (
                <Anchor size="xs" href={storyHref(v.source.storyId, v.against === 'figure' || v.against === 'internal' ? v.id : null)}>
                  {v.source.headline ?? t('check.openStory')}
                </Anchor>
              ) : (
                (v.source.headline ?? t('common.none'))
              )}
              {v.source.date ? ` · ${formatDate(v.source.date)}` : ''}
            </Text>
            <Text size="sm" fs="italic">
              {v.source.quote}
            </Text>
          </>
        ) : (
          <Text size="xs" c="dimmed">
            {t('check.noSource')}
          </Text>
        )}
        {v.against === 'target' && v.id !== null && (
          <Anchor size="xs" href={targetHref(v.id)}>
            {t('check.openTarget')}
          </Anchor>
        )}
      </Paper>
    </div>
  );
}

/** Who settled the match and when; the badge only when it was not settled in this visit. */
function SettledLine({ settled, decidedNow }: { settled: NonNullable<CheckVerdict['settled']>; decidedNow: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Group gap={6} data-testid="verdict-settled" data-decision={settled.decision}>
      {!decidedNow && (
        <Badge size="sm" color={settled.decision === 'rejected' ? 'gray' : 'teal'} variant="light" tt="none">
          {settled.decision === 'rejected' ? t('check.rejected') : settled.decision === 'confirmed' ? t('check.confirmed') : t('check.attached')}
        </Badge>
      )}
      <Text size="xs" c="dimmed">
        <WithContent text={settledText(i18n, settled)} spans={[settled.author]} />
      </Text>
    </Group>
  );
}

/** The editor's decision in this visit, and the target's status it led to. */
function DecisionOutcome({ decision }: { decision: Decision }) {
  const { t } = useI18n();
  return (
    <Group gap={6} role="status">
      <Badge size="sm" color={decision.accepted ? 'teal' : 'gray'} variant="light" tt="none">
        {decision.accepted ? t('check.confirmed') : t('check.rejected')}
      </Badge>
      {decision.accepted && decision.result.target && (
        <>
          <Text size="sm">{t('check.statusNowLabel')}</Text>
          <StatusBadge status={decision.result.target.status} />
          <Anchor size="sm" href={targetHref(decision.result.target.id)}>
            {t('check.openBoard')}
          </Anchor>
        </>
      )}
      {decision.result.aliasLearned && (
        <Text size="xs" c="dimmed">
          {t('check.aliasLearned', { alias: decision.result.aliasLearned.aliasKey, canonical: decision.result.aliasLearned.canonicalKey })}
        </Text>
      )}
    </Group>
  );
}

/** "Confirmed by 李华, 2024年1月20日 16:00"; the time alone where no name was recorded. */
export function settledText(i18n: I18n, settled: NonNullable<CheckVerdict['settled']>): string {
  const time = formatTime(i18n, settled.at);
  const keys = {
    confirmed: ['check.confirmedBy', 'check.confirmedAt'],
    attached: ['check.attachedBy', 'check.attachedAt'],
    rejected: ['check.rejectedBy', 'check.rejectedAt'],
  } as const;
  const [withName, timeOnly] = keys[settled.decision];
  return settled.author ? i18n.t(withName, { name: settled.author, time }) : i18n.t(timeOnly, { time });
}

/** Names and labels from the reporting that a verdict's sentences repeat: places, metrics, periods as printed. */
function reportedWords(figure: Figure, v: CheckVerdict): string[] {
  const words = [figure.entity, figure.metric, figure.period?.label, v.source?.quote, v.source?.headline];
  return words.filter((w): w is string => Boolean(w));
}
