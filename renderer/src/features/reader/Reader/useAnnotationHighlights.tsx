/**
 * Annotations drawn in the story's text: each run of text under one or more annotations
 * becomes a highlight in their type's colour; clicking one shows it in the list, and
 * jumping from the list scrolls to it and flashes it.
 */
import { useCallback, useEffect, useState, type ReactNode, type RefObject } from 'react';
import type { AnnotationTypeDef } from '../../../../../shared/domain/annotation';
import { annotationItemId } from '../../annotations/AnnotationsPanel';
import { runBackground, type Run } from '../../annotations/runs';
import annotClasses from '../../annotations/Annotations.module.css';

export interface AnnotationHighlights {
  /** The annotation shown as active, in the text and in the list. */
  activeId: number | null;
  setActiveId(id: number | null): void;
  /** From the list: scroll the text to the annotation and flash it. */
  jumpTo(id: number): void;
  renderRuns(runs: Run[]): ReactNode[];
}

const FLASH_MS = 1600;

export function useAnnotationHighlights(bodyRef: RefObject<HTMLDivElement | null>, types: AnnotationTypeDef[]): AnnotationHighlights {
  const [activeId, setActiveId] = useState<number | null>(null);
  const [flashId, setFlashId] = useState<number | null>(null);

  const jumpTo = useCallback(
    (id: number) => {
      setActiveId(id);
      const el = bodyRef.current?.querySelector(`[data-annotation-ids~="${id}"]`);
      el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      setFlashId(id);
    },
    [bodyRef],
  );
  useEffect(() => {
    if (flashId === null) return;
    const timer = setTimeout(() => setFlashId(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flashId]);

  const showInList = (id: number) => {
    setActiveId(id);
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
          data-active={activeId !== null && ids.includes(activeId)}
          data-flash={flashId !== null && ids.includes(flashId)}
          style={{ background: runBackground(types, run.annotations) }}
          title={comment || undefined}
          onClick={() => showInList(ids[ids.length - 1]!)}
        >
          {run.text}
        </span>
      );
    });

  return { activeId, setActiveId, jumpTo, renderRuns };
}
