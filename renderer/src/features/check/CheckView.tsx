/**
 * A story checked: its body with each figure marked by verdict (against a target, earlier
 * reporting, its own arithmetic), and beside it the selected figure's verdicts with the
 * arithmetic and both sources side by side. Matches can be confirmed or rejected; a
 * confirmed target match becomes evidence and the target's new status is shown.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Anchor, Badge, Button, Center, Group, Loader, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconCheck, IconDownload, IconRefresh, IconX } from '@tabler/icons-react';
import type { Figure } from '../../../../shared/domain/figure';
import type { CheckVerdict, ConfirmMatchResult, FigureCheck, Verdict } from '../../../../shared/domain/check';
import { api } from '../../api';
import { useI18n, type I18n } from '../../i18n';
import { shownHeadline } from '../archive/shownHeadline';
import { useApiQuery } from '../../useApiQuery';
import { useTrackedFigures } from '../targets/useTrackedFigures';
import { errorMessage, notifyError, notifySuccess } from '../common/notify';
import { figureValue } from '../figures/figureText';
import { paragraphsWithFigures } from '../figures/highlight';
import { saveExportedFile } from '../export/download';
import { WithContent } from '../common/WithContent';
import { StatusBadge } from '../targets/StatusBadge';
import { againstLabel, explanationText, formatTime, storyHref, targetHref, VERDICT_COLORS, verdictLabel } from '../targets/targetText';
import classes from './Check.module.css';

const VERDICTS: Verdict[] = ['meets', 'consistent', 'misses', 'conflict', 'on_track', 'too_early', 'off_track', 'revised', 'not_comparable', 'unmatched'];

/** The verdict a figure is coloured by: the first one (targets come first), else unmatched. */
export function primaryVerdict(check: FigureCheck): Verdict {
  return check.verdicts[0]?.verdict ?? 'unmatched';
}

/** A match the editor can settle: a target match not yet attached, or a suggested figure match. */
export function confirmable(v: CheckVerdict): boolean {
  if (v.id === null || v.settled) return false;
  if (v.against === 'target') return !v.attached;
  return v.against === 'figure' && v.suggestion;
}

const decisionKey = (figureId: number, v: CheckVerdict) => `${figureId}:${v.against}:${v.id ?? 0}`;
const markId = (id: number) => `check-mark-${id}`;

interface Decision {
  accepted: boolean;
  result: ConfirmMatchResult;
}

export function CheckView({ storyId }: { storyId: number }) {
  const i18n = useI18n();
  const { t, tn, formatDate } = i18n;
  const storyQuery = useApiQuery('archive:get', { id: storyId });
  const check = useApiQuery('check:story', { storyId });
  const tracked = useTrackedFigures(storyId);
  const story = storyQuery.data;
  const checks = useMemo(() => check.data ?? [], [check.data]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  const byFigure = useMemo(() => new Map(checks.map((c) => [c.figure.id, c])), [checks]);
  const paragraphs = useMemo(() => (story ? paragraphsWithFigures(story.body, checks.map((c) => c.figure)) : []), [story, checks]);
  // Figures in reading order, for j/k.
  const order = useMemo(
    () => paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.figure ? [s.figure.id] : []))),
    [paragraphs],
  );

  // Start on the first figure with something to settle, else the first with a verdict.
  useEffect(() => {
    if (selectedId !== null || order.length === 0) return;
    const first =
      order.find((id) => byFigure.get(id)?.verdicts.some(confirmable)) ??
      order.find((id) => primaryVerdict(byFigure.get(id)!) !== 'unmatched') ??
      null;
    if (first !== null) setSelectedId(first);
  }, [order, byFigure, selectedId]);

  useEffect(() => {
    if (selectedId !== null) document.getElementById(markId(selectedId))?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selectedId]);

  const selected = selectedId !== null ? (byFigure.get(selectedId) ?? null) : null;

  const decide = async (figure: Figure, verdict: CheckVerdict, accept: boolean) => {
    const key = decisionKey(figure.id, verdict);
    if (busyKey !== null || decisions[key] || verdict.id === null) return;
    setBusyKey(key);
    try {
      const result = await api.call('check:confirm', {
        figureId: figure.id,
        ...(verdict.against === 'target' ? { targetId: verdict.id } : { otherFigureId: verdict.id }),
        accept,
      });
      setDecisions((d) => ({ ...d, [key]: { accepted: accept, result } }));
      // Read the match back as settled: who settled it and when.
      check.reload();
      if (accept && result.target) {
        notifySuccess(t('check.statusNow', { status: t(`targets.status.${result.target.status}`) }), { id: 'check-confirmed' });
      }
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusyKey(null);
    }
  };

  const topPending = (): CheckVerdict | null => {
    if (!selected) return null;
    return selected.verdicts.find((v) => confirmable(v) && !decisions[decisionKey(selected.figure.id, v)]) ?? null;
  };

  const move = (step: number) => {
    if (order.length === 0) return;
    const at = selectedId === null ? -1 : order.indexOf(selectedId);
    const next = at < 0 ? (step > 0 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + step));
    setSelectedId(order[next]!);
  };

  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    [
      'c',
      () => {
        const v = topPending();
        if (selected && v) void decide(selected.figure, v, true);
      },
    ],
    [
      'x',
      () => {
        const v = topPending();
        if (selected && v) void decide(selected.figure, v, false);
      },
    ],
  ]);

  const runExport = async () => {
    setExporting(true);
    try {
      const file = await api.call('check:export', { storyId, language: i18n.locale });
      saveExportedFile(file);
      notifySuccess(t('targets.exported', { file: file.fileName }));
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setExporting(false);
    }
  };

  const back = (
    <Button component="a" href="#/check" variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} px="xs">
      {t('check.change')}
    </Button>
  );

  const error = storyQuery.error ?? check.error;
  if (error) {
    return (
      <Stack gap="md" align="flex-start">
        {back}
        <Alert color={error.code === 'not_found' ? 'gray' : 'red'} variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          <Text size="sm">{error.code === 'not_found' ? t('reader.notFound') : errorMessage(i18n, error)}</Text>
          <Button
            size="xs"
            variant="light"
            mt="xs"
            onClick={() => {
              storyQuery.reload();
              check.reload();
            }}
          >
            {t('common.retry')}
          </Button>
        </Alert>
      </Stack>
    );
  }

  if (!story || !check.data) {
    return (
      <Stack gap="md" align="flex-start">
        {back}
        <Center w="100%" py="xl">
          <Loader size="sm" aria-label={t('check.running')} />
        </Center>
      </Stack>
    );
  }

  const meta = [story.date ? formatDate(story.date) : null, story.publication].filter(Boolean).join(' · ');

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        {back}
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('check.keys')}
          </Text>
          <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} loading={check.loading} onClick={check.reload}>
            {t('check.run')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />} loading={exporting} onClick={() => void runExport()}>
            {t('check.export')}
          </Button>
        </Group>
      </Group>
      <div className={classes.layout}>
        <article className={classes.article} lang={story.language === 'zh' ? 'zh-CN' : 'en'} aria-labelledby="check-headline">
          <header>
            <h1 className={classes.headline} id="check-headline">
              {shownHeadline(i18n, story.headline)}
            </h1>
            <Text size="sm" c="dimmed" mb="sm">
              {meta}
              {meta ? ' · ' : ''}
              <Anchor href={storyHref(story.id)} size="sm">
                {t('check.openStory')}
              </Anchor>
            </Text>
            <VerdictLegend />
          </header>
          <div className={classes.body}>
            {paragraphs.map((p) => (
              <p key={p.start}>
                {p.segments.map((segment) => {
                  const figure = segment.figure;
                  if (!figure) return <span key={segment.start}>{segment.text}</span>;
                  const fc = byFigure.get(figure.id)!;
                  const verdict = primaryVerdict(fc);
                  const isSelected = figure.id === selectedId;
                  return (
                    <mark
                      key={segment.start}
                      id={markId(figure.id)}
                      role="button"
                      tabIndex={0}
                      aria-label={`${t('check.markLabel', { quote: figure.quote, verdict: verdictLabel(i18n, verdict) })}${tracked.has(figure.id) ? ` · ${t('reader.trackedMark')}` : ''}`}
                      data-tracked={tracked.has(figure.id) || undefined}
                      aria-pressed={isSelected}
                      data-selected={isSelected}
                      data-figure-id={figure.id}
                      data-verdict={verdict}
                      className={`${classes.mark} ${classes[`v-${VERDICT_COLORS[verdict]}`]}`}
                      onClick={() => setSelectedId(figure.id)}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter' || event.key === ' ') {
                          event.preventDefault();
                          setSelectedId(figure.id);
                        }
                      }}
                    >
                      {segment.text}
                    </mark>
                  );
                })}
              </p>
            ))}
          </div>
        </article>
        <aside className={classes.aside} lang={i18n.locale}>
          <Paper withBorder p="md" radius="md" component="section" aria-label={t('check.panel')}>
            <Stack gap="sm">
              <Text size="xs" c="dimmed">
                {tn('check.figures', checks.length)}
              </Text>
              {checks.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('check.noFigures')}
                </Text>
              ) : !selected ? (
                <Text size="sm" c="dimmed">
                  {t('check.selectHint')}
                </Text>
              ) : (
                <FigureVerdicts
                  check={selected}
                  storyHeadline={story.headline}
                  storyDate={story.date}
                  decisions={decisions}
                  busyKey={busyKey}
                  onDecide={(v, accept) => void decide(selected.figure, v, accept)}
                />
              )}
            </Stack>
          </Paper>
        </aside>
      </div>
    </Stack>
  );
}

function VerdictLegend() {
  const i18n = useI18n();
  return (
    <ul className={classes.legend} aria-label={i18n.t('check.legend')}>
      {VERDICTS.map((v) => (
        <li key={v} className={classes[`v-${VERDICT_COLORS[v]}`]}>
          <span className={classes.swatch} aria-hidden />
          {verdictLabel(i18n, v)}
        </li>
      ))}
    </ul>
  );
}

interface VerdictsProps {
  check: FigureCheck;
  storyHeadline: string;
  storyDate: string | null;
  decisions: Record<string, Decision>;
  busyKey: string | null;
  onDecide: (v: CheckVerdict, accept: boolean) => void;
}

function FigureVerdicts({ check, storyHeadline, storyDate, decisions, busyKey, onDecide }: VerdictsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { figure, verdicts } = check;
  const firstPending = verdicts.find((v) => confirmable(v) && !decisions[decisionKey(figure.id, v)]);
  return (
    <Stack gap="sm">
      <div>
        <Title order={2} size="h5">
          {t('check.verdictsFor', { quote: figure.quote })}
        </Title>
        <Text size="xs" c="dimmed">
          <WithContent
            text={[figureValue(i18n, figure), figure.metric, figure.entity, figure.period?.label].filter(Boolean).join(' · ')}
            spans={[figure.metric, figure.entity, figure.period?.label]}
          />
        </Text>
      </div>
      {verdicts.map((v, i) => {
        const key = decisionKey(figure.id, v);
        return (
          <VerdictCard
            key={`${key}:${i}`}
            figure={figure}
            verdict={v}
            storyHeadline={storyHeadline}
            storyDate={storyDate}
            decision={decisions[key]}
            busy={busyKey === key}
            top={v === firstPending}
            onDecide={(accept) => onDecide(v, accept)}
          />
        );
      })}
    </Stack>
  );
}

interface CardProps {
  figure: Figure;
  verdict: CheckVerdict;
  storyHeadline: string;
  storyDate: string | null;
  decision: Decision | undefined;
  busy: boolean;
  top: boolean;
  onDecide: (accept: boolean) => void;
}

function VerdictCard({ figure, verdict: v, storyHeadline, storyDate, decision, busy, top, onDecide }: CardProps) {
  const i18n = useI18n();
  const { t, formatDate, formatNumber } = i18n;
  const color = VERDICT_COLORS[v.verdict];
  const earlierLabel = v.against === 'target' ? t('check.targetSource') : v.against === 'internal' ? t('check.related') : t('check.earlier');
  return (
    <Paper withBorder p="sm" radius="sm" component="article" aria-label={`${verdictLabel(i18n, v.verdict)} · ${againstLabel(i18n, v.against)}`} data-verdict={v.verdict}>
      <Stack gap={6}>
        <Group gap={6} wrap="wrap">
          <Badge color={color} variant="filled" tt="none">
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
        <Text size="sm" data-testid="verdict-explanation">
          <WithContent text={explanationText(i18n, v.explanation)} spans={reportedWords(figure, v)} />
        </Text>
        {v.explanation.basis && (
          <Text size="xs" c="dimmed" data-testid="verdict-basis">
            <WithContent text={explanationText(i18n, v.explanation.basis)} spans={reportedWords(figure, v)} />
          </Text>
        )}
        {v.verdict !== 'unmatched' && (
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
        )}
        {v.settled && (
          <Group gap={6} data-testid="verdict-settled" data-decision={v.settled.decision}>
            {!decision && (
              <Badge size="sm" color={v.settled.decision === 'rejected' ? 'gray' : 'teal'} variant="light" tt="none">
                {v.settled.decision === 'rejected' ? t('check.rejected') : v.settled.decision === 'confirmed' ? t('check.confirmed') : t('check.attached')}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              <WithContent text={settledText(i18n, v.settled)} spans={[v.settled.author]} />
            </Text>
          </Group>
        )}
        {decision ? (
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
