import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconScissors } from '@tabler/icons-react';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage } from '../common/notify';
import { markLabel } from '../figures/figureText';
import { paragraphsWithFigures } from '../figures/highlight';
import { useStoryFigures } from '../figures/useStoryFigures';
import { figureItemId, FiguresPanel } from './FiguresPanel';
import classes from './Reader.module.css';

function anyDialogOpen(): boolean {
  return document.querySelector('[role="dialog"]') !== null;
}

const markId = (id: number) => `figure-mark-${id}`;

/**
 * One story, for reading: furniture, body in paragraphs with its figures marked, and the
 * figures beside it. A figure picked in the text or in the list is selected in both.
 */
export function Reader({ storyId, figureId = null }: { storyId: number; figureId?: number | null }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { data: story, error, loading, reload } = useApiQuery('archive:get', { id: storyId });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const figureState = useStoryFigures(storyId);
  const { figures } = figureState;
  const [selectedId, setSelectedId] = useState<number | null>(figureId);
  useEffect(() => setSelectedId(figureId), [figureId]);

  const paragraphs = useMemo(() => (story ? paragraphsWithFigures(story.body, figures ?? []) : []), [story, figures]);

  // Bring the selected figure into view, in the text and in the list.
  const figuresReady = figures !== undefined && story !== undefined;
  useEffect(() => {
    if (selectedId === null || !figuresReady) return;
    const options: ScrollIntoViewOptions = { block: 'nearest', behavior: 'smooth' };
    document.getElementById(markId(selectedId))?.scrollIntoView({ ...options, block: 'center' });
    document.getElementById(figureItemId(selectedId))?.scrollIntoView(options);
  }, [selectedId, figuresReady]);

  const back = () => navigate({ page: 'archive' });
  useHotkeys([
    [
      'Escape',
      (event) => {
        if (!anyDialogOpen() && !event.defaultPrevented) back();
      },
      { preventDefault: false },
    ],
    ['alt+ArrowLeft', back],
  ]);

  // Move focus to the headline when a story opens, so keyboard and screen reader users start there.
  useEffect(() => {
    if (story) headingRef.current?.focus({ preventScroll: true });
  }, [story]);


  const backButton = (
    <Tooltip label={t('reader.backHint')}>
      <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={back} px="xs">
        {t('reader.back')}
      </Button>
    </Tooltip>
  );

  if (error) {
    return (
      <Stack gap="md" align="flex-start">
        {backButton}
        <Alert color={error.code === 'not_found' ? 'gray' : 'red'} variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          <Text size="sm">{error.code === 'not_found' ? t('reader.notFound') : errorMessage(i18n, error)}</Text>
          {error.code !== 'not_found' && (
            <Button size="xs" variant="light" mt="xs" onClick={reload}>
              {t('common.retry')}
            </Button>
          )}
        </Alert>
      </Stack>
    );
  }

  if (!story || (loading && story.id !== storyId)) {
    return (
      <Stack gap="md" align="flex-start">
        {backButton}
        <Center w="100%" py="xl">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      </Stack>
    );
  }

  const meta: string[] = [];
  if (story.byline) meta.push(t('reader.byline', { name: story.byline }));
  if (story.dateline) meta.push(story.dateline);
  if (story.date) meta.push(formatDate(story.date));
  if (story.publication) meta.push(story.publication);

  return (
    <Stack gap="sm">
      <Group>{backButton}</Group>
      <div className={classes.layout}>
        <article className={classes.article} lang={story.language === 'zh' ? 'zh-CN' : 'en'} aria-labelledby="reader-headline">
          <header>
            {story.kicker && <p className={classes.kicker}>{story.kicker}</p>}
            <h1 className={classes.headline} id="reader-headline" ref={headingRef} tabIndex={-1}>
              {story.headline}
            </h1>
            {story.subhead && <p className={classes.subhead}>{story.subhead}</p>}
            <p className={classes.meta}>{meta.join(' · ')}</p>
          </header>
          {story.truncated && (
            <Alert color="orange" variant="light" icon={<IconScissors size={18} aria-hidden />} mb="md" p="xs">
              {t('reader.truncated')}
            </Alert>
          )}
          <div className={classes.body}>
            {paragraphs.map((p) => (
              <p key={p.start}>
                {p.segments.length === 1 && !p.segments[0]!.figure
                  ? p.segments[0]!.text
                  : p.segments.map((segment) => {
                      const figure = segment.figure;
                      if (!figure) return <span key={segment.start}>{segment.text}</span>;
                      const selected = figure.id === selectedId;
                      return (
                        <mark
                          key={segment.start}
                          id={markId(figure.id)}
                          role="button"
                          tabIndex={0}
                          aria-label={markLabel(i18n, figure)}
                          aria-pressed={selected}
                          data-selected={selected}
                          data-figure-id={figure.id}
                          className={`${classes.mark} ${classes[`kind-${figure.kind}`]}`}
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
          {story.sourcePath && (
            <Text size="xs" c="dimmed" mt="lg">
              {t('reader.source', { path: story.sourcePath })}
            </Text>
          )}
        </article>
        <aside className={classes.aside} lang={i18n.locale}>
          <FiguresPanel storyId={story.id} state={figureState} selectedId={selectedId} onSelect={setSelectedId} />
        </aside>
      </div>
    </Stack>
  );
}
