/**
 * A story's body in paragraphs with its figures marked: one mark per figure, selectable by
 * click, Enter or Space, flagged when the figure is tracked as a target. The reader colours
 * marks by kind and draws annotations inside the text; the check page colours them by verdict.
 */
import type { ReactNode, Ref } from 'react';
import type { Figure } from '../../../../shared/domain/figure';
import { useI18n } from '../../i18n';
import type { Paragraph, Segment } from '../figures/highlight';
import classes from './MarkedStoryBody.module.css';

/** The palettes a mark can be drawn in (Mantine colour names). */
export type MarkTone = 'indigo' | 'teal' | 'green' | 'red' | 'blue' | 'grape' | 'orange' | 'gray';

export const toneClass = (tone: string): string => classes[`tone-${tone}`] ?? classes['tone-gray']!;

/** How one figure's mark reads: its accessible name, its colour, and a data-verdict when it has one. */
export interface FigureMark {
  label: string;
  tone: string;
  verdict?: string;
}

interface Props {
  paragraphs: Paragraph[];
  /** The element id of a figure's mark, so the page can scroll it into view. */
  markId(figureId: number): string;
  markOf(figure: Figure): FigureMark;
  selectedId: number | null;
  onSelect(figureId: number): void;
  /** Figures tracked as targets. */
  tracked: ReadonlyMap<number, unknown>;
  /** The text of a piece of the body; plain text unless the page draws something inside it. */
  renderText?(segment: Segment, paragraph: Paragraph): ReactNode;
  bodyRef?: Ref<HTMLDivElement>;
}

export function MarkedStoryBody({ paragraphs, markId, markOf, selectedId, onSelect, tracked, renderText = (s) => s.text, bodyRef }: Props) {
  const { t } = useI18n();
  return (
    <div className={classes.body} ref={bodyRef}>
      {paragraphs.map((p) => (
        <p key={p.start} data-offset={p.start}>
          {p.segments.map((segment) => {
            const text = renderText(segment, p);
            const figure = segment.figure;
            if (!figure) return typeof text === 'string' ? text : <span key={segment.start}>{text}</span>;
            const mark = markOf(figure);
            const isTracked = tracked.has(figure.id);
            const selected = figure.id === selectedId;
            return (
              <mark
                key={segment.start}
                id={markId(figure.id)}
                role="button"
                tabIndex={0}
                aria-label={isTracked ? `${mark.label} · ${t('reader.trackedMark')}` : mark.label}
                aria-pressed={selected}
                data-selected={selected}
                data-tracked={isTracked || undefined}
                data-figure-id={figure.id}
                data-verdict={mark.verdict}
                className={`${classes.mark} ${toneClass(mark.tone)}`}
                onClick={() => onSelect(figure.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onSelect(figure.id);
                  }
                }}
              >
                {text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

/** What the marks' colours mean: one swatch per kind or verdict. */
export function MarkLegend({ label, items }: { label: string; items: Array<{ key: string; label: string; tone: string }> }) {
  return (
    <ul className={classes.legend} aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={toneClass(item.tone)}>
          <span className={classes.swatch} aria-hidden />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
