/**
 * Splits the reader's paragraph segments (text and figure marks) at annotation edges, so
 * every run of text knows which annotations cover it. Figures and annotations may overlap
 * freely: a figure mark keeps its one element, with annotation runs inside it.
 */
import type { Annotation, AnnotationTypeDef } from '../../../../shared/domain/annotation';
import type { Paragraph } from '../figures/highlight';

export interface Run {
  text: string;
  start: number;
  /** The annotations covering this run, in list order. */
  annotations: Annotation[];
}

/** Annotations that can be placed in a body of this length. */
export function placeable(annotations: Annotation[], bodyLength: number): Annotation[] {
  return annotations.filter((a) => !a.orphaned && a.position.start >= 0 && a.position.end > a.position.start && a.position.end <= bodyLength);
}

export function splitRuns(text: string, start: number, annotations: Annotation[]): Run[] {
  const end = start + text.length;
  const cuts = new Set<number>([start, end]);
  for (const a of annotations) {
    if (a.position.end <= start || a.position.start >= end) continue;
    cuts.add(Math.max(start, a.position.start));
    cuts.add(Math.min(end, a.position.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    runs.push({
      text: text.slice(from - start, to - start),
      start: from,
      annotations: annotations.filter((a) => a.position.start < to && a.position.end > from),
    });
  }
  return runs;
}

/** Annotations that touch a paragraph, to keep the per-segment work small. */
export function inParagraph(paragraph: Paragraph, annotations: Annotation[]): Annotation[] {
  const last = paragraph.segments[paragraph.segments.length - 1];
  const end = last ? last.start + last.text.length : paragraph.start;
  return annotations.filter((a) => a.position.start < end && a.position.end > paragraph.start);
}

export const FALLBACK_COLOUR = '#cccccc';

export function typeColour(types: AnnotationTypeDef[], id: string): string {
  return types.find((t) => t.id === id)?.colour ?? FALLBACK_COLOUR;
}

/** #rrggbb → rgba() at the given opacity, so highlights stay readable in dark mode too. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  return `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})`;
}

/** The background for a run: the type colour, or stripes of each colour where annotations overlap. */
export function runBackground(types: AnnotationTypeDef[], annotations: Annotation[]): string {
  const colours = [...new Set(annotations.map((a) => withAlpha(typeColour(types, a.type), 0.7)))];
  if (colours.length === 1) return colours[0]!;
  const step = 100 / colours.length;
  const stops = colours.map((c, i) => `${c} ${i * step}%, ${c} ${(i + 1) * step}%`).join(', ');
  return `linear-gradient(180deg, ${stops})`;
}
