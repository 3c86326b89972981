/**
 * A story checked: its body with each figure marked by verdict (against a target, earlier
 * reporting, its own arithmetic), and beside it the selected figure's verdicts with the
 * arithmetic and both sources side by side. Matches can be confirmed or rejected; a
 * confirmed target match becomes evidence and the target's new status is shown.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Anchor, Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconDownload, IconRefresh } from '@tabler/icons-react';
import type { Figure } from '../../../../../shared/domain/figure';
import type { FigureCheck } from '../../../../../shared/domain/check';
import { api, type ApiError } from '../../../api';
import { useI18n } from '../../../i18n';
import { shownHeadline } from '../../archive/shownHeadline';
import { useApiQuery } from '../../../useApiQuery';
import { useTrackedFigures } from '../../targets/useTrackedFigures';
import { errorMessage, notifyError, notifySuccess } from '../../common/notify';
import { paragraphsWithFigures } from '../../figures/highlight';
import { saveExportedFile } from '../../export/download';
import { storyHref, VERDICT_COLORS, verdictLabel } from '../../targets/targetText';
import { MarkedStoryBody, MarkLegend } from '../../story-body/MarkedStoryBody';
import { FigureVerdicts } from './FigureVerdicts';
import { useMatchDecisions } from './useMatchDecisions';
import { confirmable, primaryVerdict, VERDICTS } from './verdicts';
import layout from '../../story-body/StoryLayout.module.css';
import classes from './CheckView.module.css';

const markId = (id: number) => `check-mark-${id}`;

export function CheckView({ storyId }: { storyId: number }) {
  const i18n = useI18n();
  const { t, tn, formatDate } = i18n;
  const storyQuery = useApiQuery('archive:get', { id: storyId });
  const check = useApiQuery('check:story', { storyId });
  const tracked = useTrackedFigures(storyId);
  const story = storyQuery.data;
  const checks = useMemo(() => check.data ?? [], [check.data]);
  const byFigure = useMemo(() => new Map(checks.map((c) => [c.figure.id, c])), [checks]);
  const paragraphs = useMemo(() => (story ? paragraphsWithFigures(story.body, checks.map((c) => c.figure)) : []), [story, checks]);
  const { decisions, busyKey, decide, firstPending } = useMatchDecisions(check.reload);
  const [selectedId, setSelectedId] = useFigureSelection(paragraphs, byFigure);
  const selected = selectedId !== null ? (byFigure.get(selectedId) ?? null) : null;

  useHotkeys([
    ['c', () => decideFirstPending(true)],
    ['x', () => decideFirstPending(false)],
  ]);
  function decideFirstPending(accept: boolean) {
    const v = firstPending(selected);
    if (selected && v) void decide(selected.figure, v, accept);
  }

  const markOf = useCallback(
    (figure: Figure) => {
      const verdict = primaryVerdict(byFigure.get(figure.id)!);
      return { label: t('check.markLabel', { quote: figure.quote, verdict: verdictLabel(i18n, verdict) }), tone: VERDICT_COLORS[verdict], verdict };
    },
    [byFigure, i18n, t],
  );

  const error = storyQuery.error ?? check.error;
  if (error || !story || !check.data) {
    const retry = () => {
      storyQuery.reload();
      check.reload();
    };
    return <CheckStatus error={error} onRetry={retry} />;
  }

  const meta = [story.date ? formatDate(story.date) : null, story.publication].filter(Boolean).join(' · ');

  return (
    <Stack gap="sm">
      <CheckToolbar storyId={storyId} checking={check.loading} onRun={check.reload} />
      <div className={`${layout.layout} ${classes.wideAside}`}>
        <article className={layout.article} lang={story.language === 'zh' ? 'zh-CN' : 'en'} aria-labelledby="check-headline">
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
            <MarkLegend label={t('check.legend')} items={VERDICTS.map((v) => ({ key: v, label: verdictLabel(i18n, v), tone: VERDICT_COLORS[v] }))} />
          </header>
          <MarkedStoryBody paragraphs={paragraphs} markId={markId} markOf={markOf} selectedId={selectedId} onSelect={setSelectedId} tracked={tracked} />
        </article>
        <aside className={layout.aside} lang={i18n.locale}>
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

/**
 * The figure whose verdicts are shown: the first with something to settle, else the first
 * with a verdict; j and k move through the figures in reading order.
 */
function useFigureSelection(paragraphs: ReturnType<typeof paragraphsWithFigures>, byFigure: Map<number, FigureCheck>) {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const order = useMemo(() => paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.figure ? [s.figure.id] : []))), [paragraphs]);

  // Chosen while rendering, not in an effect: the check then shows its marks and the chosen
  // figure's verdicts in one commit, instead of drawing the whole story a second time.
  if (selectedId === null && order.length > 0) {
    const first =
      order.find((id) => byFigure.get(id)?.verdicts.some(confirmable)) ?? order.find((id) => primaryVerdict(byFigure.get(id)!) !== 'unmatched') ?? null;
    if (first !== null) setSelectedId(first);
  }

  useEffect(() => {
    if (selectedId !== null) document.getElementById(markId(selectedId))?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selectedId]);

  const move = (step: number) => {
    if (order.length === 0) return;
    const at = selectedId === null ? -1 : order.indexOf(selectedId);
    const next = at < 0 ? (step > 0 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + step));
    setSelectedId(order[next]!);
  };
  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
  ]);
  return [selectedId, setSelectedId] as const;
}

function BackToPicker() {
  const { t } = useI18n();
  return (
    <Button component="a" href="#/check" variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} px="xs">
      {t('check.change')}
    </Button>
  );
}

/** Back to the story picker, the keys, check again, and export the check as CSV. */
function CheckToolbar({ storyId, checking, onRun }: { storyId: number; checking: boolean; onRun: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [exporting, setExporting] = useState(false);
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
  return (
    <Group justify="space-between">
      <BackToPicker />
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {t('check.keys')}
        </Text>
        <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} loading={checking} onClick={onRun}>
          {t('check.run')}
        </Button>
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />} loading={exporting} onClick={() => void runExport()}>
          {t('check.export')}
        </Button>
      </Group>
    </Group>
  );
}

/** The story or its check could not be read, or the check is still running. */
function CheckStatus({ error, onRetry }: { error: ApiError | null; onRetry: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Stack gap="md" align="flex-start">
      <BackToPicker />
      {error ? (
        <Alert color={error.code === 'not_found' ? 'gray' : 'red'} variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          <Text size="sm">{error.code === 'not_found' ? t('reader.notFound') : errorMessage(i18n, error)}</Text>
          <Button size="xs" variant="light" mt="xs" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : (
        <Center w="100%" py="xl">
          <Loader size="sm" aria-label={t('check.running')} />
        </Center>
      )}
    </Stack>
  );
}
