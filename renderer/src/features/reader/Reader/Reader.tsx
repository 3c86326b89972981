import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Center, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconScissors } from '@tabler/icons-react';
import type { Figure } from '../../../../../shared/domain/figure';
import { useI18n } from '../../../i18n';
import { navigate } from '../../../router';
import { useApiQuery } from '../../../useApiQuery';
import { api, type ApiError } from '../../../api';
import { KIND_COLORS, markLabel } from '../../figures/figureText';
import { useTrackedFigures } from '../../targets/useTrackedFigures';
import { paragraphsWithFigures, type Paragraph, type Segment } from '../../figures/highlight';
import { useStoryFigures } from '../../figures/useStoryFigures';
import { errorMessage } from '../../common/notify';
import { useSettings } from '../../settings/SettingsContext';
import { ExportMenu } from '../../export/ExportMenu';
import { AnnotationToolbar } from '../../annotations/AnnotationToolbar';
import { AnnotationsPanel } from '../../annotations/AnnotationsPanel';
import { inParagraph, placeable, splitRuns } from '../../annotations/runs';
import { useStoryAnnotations } from '../../annotations/useStoryAnnotations';
import { MarkedStoryBody } from '../../story-body/MarkedStoryBody';
import { figureItemId, FiguresPanel } from '../FiguresPanel';
import { StoryHeader } from './StoryHeader';
import { useAnnotationHighlights } from './useAnnotationHighlights';
import { useSelectionToolbar } from './useSelectionToolbar';
import layout from '../../story-body/StoryLayout.module.css';
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
  const { t } = i18n;
  const { data: story, error, loading, reload } = useApiQuery('archive:get', { id: storyId });
  const figureState = useStoryFigures(storyId);
  const { figures } = figureState;
  const [selectedId, setSelectedId] = useState<number | null>(figureId);
  useEffect(() => setSelectedId(figureId), [figureId]);
  const paragraphs = useMemo(() => (story ? paragraphsWithFigures(story.body, figures ?? []) : []), [story, figures]);
  const tracked = useTrackedFigures(storyId);

  const types = useSettings().settings.annotationTypes;
  const annotationState = useStoryAnnotations(storyId);
  const { annotations } = annotationState;
  const bodyRef = useRef<HTMLDivElement>(null);
  const highlights = useAnnotationHighlights(bodyRef, types);
  const toolbar = useSelectionToolbar({ story, storyId, bodyRef, types, annotations: annotationState, onSaved: highlights.setActiveId });
  const placed = useMemo(() => (story && annotations ? placeable(annotations, story.body.length) : []), [story, annotations]);
  const targets = useTargetsWhenLinked(toolbar.form !== null || (annotations ?? []).some((a) => a.targetId !== null));

  // Bring the selected figure into view, in the text and in the list.
  const figuresReady = figures !== undefined && story !== undefined;
  useEffect(() => {
    if (selectedId === null || !figuresReady) return;
    const options: ScrollIntoViewOptions = { block: 'nearest', behavior: 'smooth' };
    document.getElementById(markId(selectedId))?.scrollIntoView({ ...options, block: 'center' });
    document.getElementById(figureItemId(selectedId))?.scrollIntoView(options);
  }, [selectedId, figuresReady]);

  const back = () => navigate({ page: 'archive' });
  const { pending, form, close: closeToolbar } = toolbar;
  useHotkeys([
    [
      'Escape',
      (event) => {
        if (pending || form) {
          closeToolbar();
          return;
        }
        if (!anyDialogOpen() && !event.defaultPrevented) back();
      },
      { preventDefault: false },
    ],
    ['alt+ArrowLeft', back],
  ]);

  const markOf = useCallback((figure: Figure) => ({ label: markLabel(i18n, figure), tone: KIND_COLORS[figure.kind] }), [i18n]);
  // Annotation runs inside each piece of text; a piece no annotation touches stays plain text.
  const placedByParagraph = useMemo(() => new Map(paragraphs.map((p) => [p.start, inParagraph(p, placed)])), [paragraphs, placed]);
  const renderText = (segment: Segment, paragraph: Paragraph): ReactNode => {
    const runs = highlights.renderRuns(splitRuns(segment.text, segment.start, placedByParagraph.get(paragraph.start) ?? []));
    return runs.length === 1 && typeof runs[0] === 'string' ? runs[0] : runs;
  };

  if (error || !story || (loading && story.id !== storyId)) {
    return <ReaderStatus error={error} onBack={back} onRetry={reload} />;
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <BackButton onBack={back} />
        <ExportMenu render={(format) => api.call('export:story', { storyId: story.id, format, annotated: true, language: i18n.locale })} />
      </Group>
      <div className={layout.layout}>
        <article className={`${layout.article} ${classes.articleFont}`} lang={story.language === 'zh' ? 'zh-CN' : 'en'} aria-labelledby="reader-headline">
          <StoryHeader story={story} />
          {story.truncated && (
            <Alert color="orange" variant="light" icon={<IconScissors size={18} aria-hidden />} mb="md" p="xs">
              {t('reader.truncated')}
            </Alert>
          )}
          <MarkedStoryBody
            paragraphs={paragraphs}
            markId={markId}
            markOf={markOf}
            selectedId={selectedId}
            onSelect={setSelectedId}
            tracked={tracked}
            renderText={renderText}
            bodyRef={bodyRef}
          />
          {story.sourcePath && (
            <Text size="xs" c="dimmed" mt="lg">
              {t('reader.source', { path: story.sourcePath })}
            </Text>
          )}
        </article>
        <aside className={layout.aside} lang={i18n.locale}>
          <FiguresPanel storyId={story.id} state={figureState} selectedId={selectedId} onSelect={setSelectedId} />
          <AnnotationsPanel
            state={annotationState}
            types={types}
            figures={figures ?? []}
            targets={targets}
            activeId={highlights.activeId}
            onJump={highlights.jumpTo}
          />
        </aside>
        {pending && (
          <AnnotationToolbar
            placement={pending.placement}
            quote={story.body.slice(pending.start, pending.end)}
            types={types}
            figures={figures ?? []}
            targets={targets}
            form={form}
            busy={toolbar.busy}
            onType={(type) => void toolbar.applyType(type)}
            onComment={toolbar.openComment}
            onSave={(values) => void toolbar.saveForm(values)}
            onClose={closeToolbar}
          />
        )}
      </div>
    </Stack>
  );
}

/** The targets an annotation can link to, read only once an annotation form or link needs them. */
function useTargetsWhenLinked(needed: boolean) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (needed) setWanted(true);
  }, [needed]);
  return useApiQuery('targets:list', wanted ? { limit: 1000 } : null).data;
}

function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useI18n();
  return (
    <Tooltip label={t('reader.backHint')}>
      <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack} px="xs">
        {t('reader.back')}
      </Button>
    </Tooltip>
  );
}

/** The story could not be read (gone, or the core failed), or is still loading. */
function ReaderStatus({ error, onBack, onRetry }: { error: ApiError | null; onBack: () => void; onRetry: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Stack gap="md" align="flex-start">
      <BackButton onBack={onBack} />
      {error ? (
        <Alert color={error.code === 'not_found' ? 'gray' : 'red'} variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          <Text size="sm">{error.code === 'not_found' ? t('reader.notFound') : errorMessage(i18n, error)}</Text>
          {error.code !== 'not_found' && (
            <Button size="xs" variant="light" mt="xs" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
        </Alert>
      ) : (
        <Center w="100%" py="xl">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      )}
    </Stack>
  );
}
