/**
 * The annotation toolbar under a selection in the story's body: reading the selection as
 * offsets into story.body, applying a type (1–4, Alt+1–4) or opening a comment (m), and
 * saving the form. Creating or changing an annotation goes through the story's annotations.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useHotkeys } from '@mantine/hooks';
import type { AnnotationTypeDef } from '../../../../../shared/domain/annotation';
import type { Story } from '../../../../../shared/domain/story';
import { useI18n } from '../../../i18n';
import { notifyError, notifySuccess } from '../../common/notify';
import type { AnnotationValues } from '../../annotations/AnnotationForm';
import type { ToolbarForm } from '../../annotations/AnnotationToolbar';
import { rangeToOffsets, trimSpan } from '../../annotations/offsets';
import { toolbarPlacement, type ToolbarPlacement } from '../../annotations/placement';
import type { StoryAnnotations } from '../../annotations/useStoryAnnotations';

export interface PendingSelection {
  start: number;
  end: number;
  placement: ToolbarPlacement;
}

export interface SelectionToolbar {
  /** The selection the toolbar is open on, or null when it is closed. */
  pending: PendingSelection | null;
  form: ToolbarForm | null;
  busy: boolean;
  applyType(type: string): Promise<void>;
  openComment(): void;
  saveForm(values: AnnotationValues): Promise<void>;
  close(): void;
}

const emptyValues = (type: string): AnnotationValues => ({ type, comment: '', tags: [], figureId: null, targetId: null });

/** Where a selection's range sits on screen; the start of its paragraph when the range has no box. */
function selectionRect(range: Range, root: HTMLElement): { top: number; bottom: number; left: number } {
  try {
    const r = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
    if (r && (r.bottom || r.left)) return r;
    return (range.startContainer.parentElement ?? root).getBoundingClientRect();
  } catch {
    return { top: 0, bottom: 0, left: 0 }; // no layout (tests)
  }
}

interface Options {
  story: Story | undefined;
  storyId: number;
  bodyRef: RefObject<HTMLDivElement | null>;
  types: AnnotationTypeDef[];
  annotations: Pick<StoryAnnotations, 'create' | 'update'>;
  /** The annotation just made or saved, to show as active. */
  onSaved(id: number): void;
}

export function useSelectionToolbar({ story, storyId, bodyRef, types, annotations, onSaved }: Options): SelectionToolbar {
  const i18n = useI18n();
  const { t } = i18n;
  const { create, update } = annotations;
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [form, setForm] = useState<ToolbarForm | null>(null);
  const [busy, setBusy] = useState(false);

  const close = useCallback(() => {
    setPending(null);
    setForm(null);
  }, []);
  useEffect(close, [storyId, close]);

  /** Reads the selection in the body as offsets into story.body and opens the toolbar under it. */
  const readSelection = useCallback(() => {
    const root = bodyRef.current;
    const selection = window.getSelection();
    const range = root && story && selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    const raw = root && range ? rangeToOffsets(root, range) : null;
    const span = raw && story ? trimSpan(story.body, raw) : null;
    if (!root || !range || !span) {
      if (!form) setPending(null);
      return;
    }
    setForm(null);
    setPending({ ...span, placement: toolbarPlacement(selectionRect(range, root), { width: window.innerWidth, height: window.innerHeight }) });
  }, [story, form, bodyRef]);

  useSelectionEnd(readSelection);

  /** Runs a save with the toolbar busy; a failure is said, not thrown. */
  const busyWhile = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch (err) {
        notifyError(i18n, err);
      } finally {
        setBusy(false);
      }
    },
    [i18n],
  );

  const applyType = useCallback(
    async (type: string) => {
      if (!pending) return;
      if (form?.mode === 'edit' && form.id !== null) {
        // Already made: change its type.
        const id = form.id;
        await busyWhile(async () => {
          const saved = await update(id, { type });
          setForm({ ...form, initial: { ...form.initial, type: saved.type } });
        });
        return;
      }
      if (form?.mode === 'new') {
        setForm({ ...form, initial: { ...form.initial, type } });
        return;
      }
      await busyWhile(async () => {
        const saved = await create({ start: pending.start, end: pending.end, type });
        window.getSelection()?.removeAllRanges();
        onSaved(saved.id);
        notifySuccess(t('annot.created'), { id: 'annotation-created' });
        // Stay open on the new annotation, for a comment, tags or links.
        setForm({ mode: 'edit', id: saved.id, initial: { type: saved.type, comment: saved.comment, tags: saved.tags, figureId: saved.figureId, targetId: saved.targetId } });
      });
    },
    [pending, form, create, update, busyWhile, onSaved, t],
  );

  const openComment = useCallback(() => {
    if (!pending || form) return;
    const note = types.find((ty) => ty.id === 'note') ?? types[0];
    setForm({ mode: 'new', id: null, initial: emptyValues(note?.id ?? 'note') });
  }, [pending, form, types]);

  const saveForm = async (values: AnnotationValues) => {
    if (!pending || !form) return;
    await busyWhile(async () => {
      const saved = form.mode === 'edit' && form.id !== null ? await update(form.id, values) : await create({ start: pending.start, end: pending.end, ...values });
      onSaved(saved.id);
      notifySuccess(t('annot.saved'), { id: 'annotation-saved' });
      window.getSelection()?.removeAllRanges();
      close();
    });
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

  return { pending, form, busy, applyType, openComment, saveForm, close };
}

/**
 * Reads the selection whenever one may have ended: on the document, so a selection that ends
 * outside the body (or an event sent to the document) is still read; clicks in the toolbar
 * or a dialog are their own business.
 */
function useSelectionEnd(readSelection: () => void) {
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
}
