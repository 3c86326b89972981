import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Center, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconScissors } from '@tabler/icons-react';
import { useI18n } from '../../i18n';
import { shownHeadline } from '../archive/shownHeadline';
import { navigate } from '../../router';
import { useApiQuery } from '../../useApiQuery';
import { markLabel } from '../figures/figureText';
import { useTrackedFigures } from '../targets/useTrackedFigures';
import { paragraphsWithFigures } from '../figures/highlight';
import { useStoryFigures } from '../figures/useStoryFigures';
import { api } from '../../api';
import { errorMessage, notifyError, notifySuccess } from '../common/notify';
import { useSettings } from '../settings/SettingsContext';
import { ExportMenu } from '../export/ExportMenu';
import type { AnnotationValues } from '../annotations/AnnotationForm';
import { AnnotationToolbar, type ToolbarForm } from '../annotations/AnnotationToolbar';
import { annotationItemId, AnnotationsPanel } from '../annotations/AnnotationsPanel';
import { rangeToOffsets, trimSpan } from '../annotations/offsets';
import { toolbarPlacement, type ToolbarPlacement } from '../annotations/placement';
import { inParagraph, placeable, runBackground, splitRuns, type Run } from '../annotations/runs';
import { useStoryAnnotations } from '../annotations/useStoryAnnotations';
import annotClasses from '../annotations/Annotations.module.css';
import { figureItemId, FiguresPanel } from './FiguresPanel';
import classes from './Reader.module.css';
import { creditPrintsRoles } from '../../../../shared/byline-roles';

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

  // ---- annotations ----
  const { settings } = useSettings();
  const types = settings.annotationTypes;
  const annotationState = useStoryAnnotations(storyId);
  const { annotations, create: createAnnotation, update: updateAnnotation } = annotationState;
  const bodyRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<{ start: number; end: number; placement: ToolbarPlacement } | null>(null);
  const [form, setForm] = useState<ToolbarForm | null>(null);
  const [annotBusy, setAnnotBusy] = useState(false);
  const [activeAnnotation, setActiveAnnotation] = useState<number | null>(null);
  const [flashId, setFlashId] = useState<number | null>(null);
  const placed = useMemo(() => (story && annotations ? placeable(annotations, story.body.length) : []), [story, annotations]);
  const needTargets = form !== null || (annotations ?? []).some((a) => a.targetId !== null);
  const [targetsWanted, setTargetsWanted] = useState(false);
  useEffect(() => {
    if (needTargets) setTargetsWanted(true);
  }, [needTargets]);
  const targetsQuery = useApiQuery('targets:list', targetsWanted ? { limit: 1000 } : null);
  const tracked = useTrackedFigures(storyId);

  const closeToolbar = useCallback(() => {
    setPending(null);
    setForm(null);
  }, []);
  useEffect(closeToolbar, [storyId, closeToolbar]);

  /** Reads the selection in the body as offsets into story.body and opens the toolbar under it. */
  const readSelection = useCallback(() => {
    const root = bodyRef.current;
    const selection = window.getSelection();
    if (!root || !story || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      if (!form) setPending(null);
      return;
    }
    const range = selection.getRangeAt(0);
    const raw = rangeToOffsets(root, range);
    const span = raw ? trimSpan(story.body, raw) : null;
    if (!span) {
      if (!form) setPending(null);
      return;
    }
    let rect: { top: number; bottom: number; left: number } = { top: 0, bottom: 0, left: 0 };
    try {
      const r = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
      if (r && (r.bottom || r.left)) rect = r;
      else rect = (range.startContainer.parentElement ?? root).getBoundingClientRect();
    } catch {
      /* no layout (tests) */
    }
    setForm(null);
    setPending({ ...span, placement: toolbarPlacement(rect, { width: window.innerWidth, height: window.innerHeight }) });
  }, [story, form]);

  // Listen on the document, so a selection that ends outside the body (or an event sent
  // to the document) is still read; clicks in the toolbar itself are its own business.
  useEffect(() => {
    const onUp = (event: Event) => {
      const target = event.target as Element | null;
      if (target instanceof Element && target.closest('[data-annotation-toolbar], [role="dialog"]')) return;
      if (event instanceof KeyboardEvent && !(event.shiftKey || event.key === 'Shift')) return;
      requestAnimationFrame(readSelection);
    };
    // Capture: a mouseup sent without bubbling (a script, an extension) is still seen.
    document.addEventListener('mouseup', onUp, true);
    document.addEventListener('keyup', onUp, true);
    return () => {
      document.removeEventListener('mouseup', onUp, true);
      document.removeEventListener('keyup', onUp, true);
    };
  }, [readSelection]);

  const emptyValues = (type: string): AnnotationValues => ({ type, comment: '', tags: [], figureId: null, targetId: null });

  const applyType = useCallback(
    async (type: string) => {
      if (!pending) return;
      if (form?.mode === 'edit' && form.id !== null) {
        // Already made: change its type.
        setAnnotBusy(true);
        try {
          const saved = await updateAnnotation(form.id, { type });
          setForm({ ...form, initial: { ...form.initial, type: saved.type } });
        } catch (err) {
          notifyError(i18n, err);
        } finally {
          setAnnotBusy(false);
        }
        return;
      }
      if (form?.mode === 'new') {
        setForm({ ...form, initial: { ...form.initial, type } });
        return;
      }
      setAnnotBusy(true);
      try {
        const saved = await createAnnotation({ start: pending.start, end: pending.end, type });
        window.getSelection()?.removeAllRanges();
        setActiveAnnotation(saved.id);
        notifySuccess(t('annot.created'), { id: 'annotation-created' });
        // Stay open on the new annotation, for a comment, tags or links.
        setForm({ mode: 'edit', id: saved.id, initial: { type: saved.type, comment: saved.comment, tags: saved.tags, figureId: saved.figureId, targetId: saved.targetId } });
      } catch (err) {
        notifyError(i18n, err);
      } finally {
        setAnnotBusy(false);
      }
    },
    [pending, form, createAnnotation, updateAnnotation, i18n, t],
  );

  const openComment = useCallback(() => {
    if (!pending || form) return;
    const note = types.find((ty) => ty.id === 'note') ?? types[0];
    setForm({ mode: 'new', id: null, initial: emptyValues(note?.id ?? 'note') });
  }, [pending, form, types]);

  const saveForm = async (values: AnnotationValues) => {
    if (!pending || !form) return;
    setAnnotBusy(true);
    try {
      const saved =
        form.mode === 'edit' && form.id !== null
          ? await updateAnnotation(form.id, values)
          : await createAnnotation({ start: pending.start, end: pending.end, ...values });
      setActiveAnnotation(saved.id);
      notifySuccess(t('annot.saved'), { id: 'annotation-saved' });
      window.getSelection()?.removeAllRanges();
      closeToolbar();
    } catch (err) {
      notifyError(i18n, err);
    } finally {
      setAnnotBusy(false);
    }
  };

  // 1–4 (or Alt+1–4) apply the first four types, m opens a comment; only while a selection waits.
  const shortcutsLive = pending !== null && form === null;
  useHotkeys(
    shortcutsLive
      ? [
          ...types.slice(0, 4).flatMap((type, i): [string, () => void][] => [
            [String(i + 1), () => void applyType(type.id)],
            [`alt+${i + 1}`, () => void applyType(type.id)],
          ]),
          ['m', openComment],
        ]
      : [],
  );

  const jumpTo = useCallback((id: number) => {
    setActiveAnnotation(id);
    const el = bodyRef.current?.querySelector(`[data-annotation-ids~="${id}"]`);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setFlashId(id);
  }, []);
  useEffect(() => {
    if (flashId === null) return;
    const timer = setTimeout(() => setFlashId(null), 1600);
    return () => clearTimeout(timer);
  }, [flashId]);

  const showInList = (id: number) => {
    setActiveAnnotation(id);
    document.getElementById(annotationItemId(id))?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const renderRuns = (runs: Run[]): ReactNode[] =>
    runs.map((run) => {
      if (run.annotations.length === 0) return run.text;
      const ids = run.annotations.map((a) => a.id);
      const comment = run.annotations.map((a) => a.comment).filter(Boolean).join('\n');
      return (
        <span
          key={run.start}
          className={annotClasses.annot}
          data-offset={run.start}
          data-annotation-ids={ids.join(' ')}
          data-active={activeAnnotation !== null && ids.includes(activeAnnotation)}
          data-flash={flashId !== null && ids.includes(flashId)}
          style={{ background: runBackground(types, run.annotations) }}
          title={comment || undefined}
          onClick={() => showInList(ids[ids.length - 1]!)}
        >
          {run.text}
        </span>
      );
    });

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
  // A credit that prints its roles (首席记者 张亦筑) is shown as printed; bare names get the label.
  if (story.byline) meta.push(creditPrintsRoles(story.byline) ? story.byline : t('reader.byline', { name: story.byline }));
  if (story.dateline) meta.push(story.dateline);
  if (story.date) meta.push(formatDate(story.date));
  if (story.publication) meta.push(story.publication);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        {backButton}
        <ExportMenu render={(format) => api.call('export:story', { storyId: story.id, format, annotated: true, language: i18n.locale })} />
      </Group>
      <div className={classes.layout}>
        <article className={classes.article} lang={story.language === 'zh' ? 'zh-CN' : 'en'} aria-labelledby="reader-headline">
          <header>
            {story.kicker && <p className={classes.kicker}>{story.kicker}</p>}
            <h1 className={classes.headline} id="reader-headline" ref={headingRef} tabIndex={-1}>
              {shownHeadline(i18n, story.headline)}
            </h1>
            {story.subhead && <p className={classes.subhead}>{story.subhead}</p>}
            <p className={classes.meta}>{meta.join(' · ')}</p>
          </header>
          {story.truncated && (
            <Alert color="orange" variant="light" icon={<IconScissors size={18} aria-hidden />} mb="md" p="xs">
              {t('reader.truncated')}
            </Alert>
          )}
          <div
            className={classes.body}
            ref={bodyRef}
          >
            {paragraphs.map((p) => {
              const here = inParagraph(p, placed);
              return (
                <p key={p.start} data-offset={p.start}>
                  {p.segments.map((segment) => {
                    const runs = renderRuns(splitRuns(segment.text, segment.start, here));
                    const figure = segment.figure;
                    if (!figure) return runs.length === 1 && typeof runs[0] === 'string' ? runs[0] : <span key={segment.start}>{runs}</span>;
                    const selected = figure.id === selectedId;
                    return (
                      <mark
                        key={segment.start}
                        id={markId(figure.id)}
                        role="button"
                        tabIndex={0}
                        aria-label={tracked.has(figure.id) ? `${markLabel(i18n, figure)} · ${t('reader.trackedMark')}` : markLabel(i18n, figure)}
                        aria-pressed={selected}
                        data-selected={selected}
                        data-tracked={tracked.has(figure.id) || undefined}
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
                        {runs}
                      </mark>
                    );
                  })}
                </p>
              );
            })}
          </div>
          {story.sourcePath && (
            <Text size="xs" c="dimmed" mt="lg">
              {t('reader.source', { path: story.sourcePath })}
            </Text>
          )}
        </article>
        <aside className={classes.aside} lang={i18n.locale}>
          <FiguresPanel storyId={story.id} state={figureState} selectedId={selectedId} onSelect={setSelectedId} />
          <AnnotationsPanel
            state={annotationState}
            types={types}
            figures={figures ?? []}
            targets={targetsQuery.data}
            activeId={activeAnnotation}
            onJump={jumpTo}
          />
        </aside>
        {pending && (
          <AnnotationToolbar
            placement={pending.placement}
            quote={story.body.slice(pending.start, pending.end)}
            types={types}
            figures={figures ?? []}
            targets={targetsQuery.data}
            form={form}
            busy={annotBusy}
            onType={(type) => void applyType(type)}
            onComment={openComment}
            onSave={(values) => void saveForm(values)}
            onClose={closeToolbar}
          />
        )}
      </div>
    </Stack>
  );
}
