/**
 * Maps figures (UTF-16 offsets into story.body) onto the paragraphs the reader shows.
 * Paragraphs are the body's \n-separated lines, trimmed, blank ones dropped; each keeps
 * its offset so a figure lands in the right place. Rejected figures are not marked; a
 * figure overlapping an earlier one is listed but not marked twice.
 */
import type { Figure } from '../../../../shared/domain/figure';

export interface Segment {
  text: string;
  figure: Figure | null;
  /** Offset of the segment in the body. */
  start: number;
}

export interface Paragraph {
  start: number;
  segments: Segment[];
}

/** Where the figure is in the body: its offsets, or the nearest place its quote appears when they drifted. */
export function locate(body: string, figure: Figure): { start: number; end: number } | null {
  const { start, end, quote } = figure;
  if (start >= 0 && end > start && end <= body.length && (!quote || body.slice(start, end) === quote)) return { start, end };
  if (quote) {
    let best = -1;
    for (let at = body.indexOf(quote); at >= 0; at = body.indexOf(quote, at + 1)) {
      if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
    }
    if (best >= 0) return { start: best, end: best + quote.length };
  }
  return start >= 0 && end > start && end <= body.length ? { start, end } : null;
}

export function paragraphsWithFigures(body: string, figures: Figure[]): Paragraph[] {
  const spans = figures
    .filter((f) => f.review !== 'rejected')
    .map((figure) => ({ figure, at: locate(body, figure) }))
    .filter((s): s is { figure: Figure; at: { start: number; end: number } } => s.at !== null)
    .sort((a, b) => a.at.start - b.at.start || b.at.end - a.at.end);
  const placed: typeof spans = [];
  for (const span of spans) {
    const last = placed[placed.length - 1];
    if (!last || span.at.start >= last.at.end) placed.push(span);
  }

  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  let next = 0;
  for (const line of body.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const text = line.trim();
    const ps = lineStart + lead;
    const pe = ps + text.length;
    lineStart += line.length + 1;
    if (!text) continue;
    const segments: Segment[] = [];
    let cursor = ps;
    // Figures that start in this paragraph; one running past its end is cut at the end.
    while (next < placed.length && placed[next]!.at.start < pe) {
      const { figure, at } = placed[next]!;
      next += 1;
      if (at.start < ps) continue;
      const end = Math.min(at.end, pe);
      if (at.start > cursor) segments.push({ text: body.slice(cursor, at.start), figure: null, start: cursor });
      segments.push({ text: body.slice(at.start, end), figure, start: at.start });
      cursor = end;
    }
    if (cursor < pe) segments.push({ text: body.slice(cursor, pe), figure: null, start: cursor });
    paragraphs.push({ start: ps, segments });
  }
  return paragraphs;
}
