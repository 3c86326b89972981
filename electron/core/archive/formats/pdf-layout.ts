/**
 * Reading order for a PDF page's text. E-paper pages set stories in several columns with
 * headlines spanning them, and the content stream order is whatever the typesetter
 * emitted, so we rebuild order geometrically: a recursive XY-cut that prefers vertical
 * cuts (columns, left → right) and cuts horizontally only next to a spanning element,
 * so aligned lines in neighbouring columns never get read across.
 */
import { HAN } from '../signals';

export interface Glyphs {
  text: string;
  x: number;
  /** Baseline, PDF units (y grows upwards). */
  y: number;
  width: number;
  size: number;
}

export interface Frag {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** A headline set on several lines, kept together while cutting (y is its last line's baseline). */
  lines?: Frag[];
}

function top(f: Frag): number {
  return (f.lines?.[0]?.y ?? f.y) + f.size * 0.85;
}
function bottom(f: Frag): number {
  return f.y - f.size * 0.25;
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function glue(left: string, right: string, gap: number, size: number): string {
  if (!left) return right;
  const l = left.slice(-1);
  const r = right.slice(0, 1);
  if (l === ' ' || r === ' ' || HAN.test(l) || HAN.test(r)) return left + right;
  return gap > size * 0.15 ? `${left} ${right}` : left + right;
}

/** Items on one baseline become fragments, broken wherever the gap is wide enough to be a gutter. */
export function toFragments(items: Glyphs[]): Frag[] {
  // Space items are judged by width. Chromium justifies CJK lines with thin spaces between
  // characters (自 4 月 15 日): spacing, not word breaks. pdf.js bridges wide gaps (a gutter,
  // the space between a folio's parts) with one long space item: a break, not a word space.
  const spaceOk = (i: Glyphs) => i.text.trim() !== '' || (i.width >= i.size * 0.2 && i.width <= i.size * 3);
  const sorted = items.filter((i) => i.text.length && i.size > 0 && spaceOk(i)).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Glyphs[][] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - it.y) < Math.min(row[0]!.size, it.size) * 0.35) row.push(it);
    else rows.push([it]);
  }
  const frags: Frag[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let cur: Frag | null = null;
    for (const it of row) {
      const gap = cur ? it.x - cur.x1 : 0;
      if (cur && gap < Math.max(cur.size, it.size) * 0.8) {
        cur.text = glue(cur.text, it.text, gap, it.size);
        cur.x1 = Math.max(cur.x1, it.x + it.width);
        cur.size = Math.max(cur.size, it.size);
      } else {
        if (cur && cur.text.trim()) frags.push(cur);
        cur = { text: it.text, x0: it.x, x1: it.x + it.width, y: it.y, size: it.size };
      }
    }
    if (cur && cur.text.trim()) frags.push(cur);
  }
  return frags.map((f) => ({ ...f, text: f.text.replace(/\s+/g, ' ').trim() }));
}

function verticalCuts(frags: Frag[], minGutter: number): Frag[][] | null {
  const byX = frags.slice().sort((a, b) => a.x0 - b.x0);
  const cols: Frag[][] = [[byX[0]!]];
  let reach = byX[0]!.x1;
  for (const f of byX.slice(1)) {
    if (f.x0 - reach >= minGutter) cols.push([f]);
    else cols[cols.length - 1]!.push(f);
    reach = Math.max(reach, f.x1);
  }
  return cols.length > 1 ? cols : null;
}

function horizontalCut(frags: Frag[]): [Frag[], Frag[]] | null {
  const left = Math.min(...frags.map((f) => f.x0));
  const right = Math.max(...frags.map((f) => f.x1));
  const width = right - left;
  const byTop = frags.slice().sort((a, b) => top(b) - top(a));
  let low = bottom(byTop[0]!);
  const gaps: Array<{ at: number; size: number; above: Frag; below: Frag }> = [];
  let lowest = byTop[0]!;
  for (const f of byTop.slice(1)) {
    if (top(f) < low) gaps.push({ at: (low + top(f)) / 2, size: low - top(f), above: lowest, below: f });
    if (bottom(f) < low) {
      low = bottom(f);
      lowest = f;
    }
  }
  if (!gaps.length) return null;
  const spanning = (f: Frag) => f.x1 - f.x0 > width * 0.6;
  const good = gaps.filter((g) => spanning(g.above) || spanning(g.below));
  const pick = (good.length ? good : gaps).sort((a, b) => b.size - a.size)[0]!;
  return [frags.filter((f) => f.y > pick.at), frags.filter((f) => f.y <= pick.at)];
}

/** One fragment per line, stacked: a single column (or a lone headline) needs no more cutting. */
function singleFlow(frags: Frag[]): boolean {
  const byTop = frags.slice().sort((a, b) => top(b) - top(a));
  for (let i = 1; i < byTop.length; i++) {
    if (top(byTop[i]!) > bottom(byTop[i - 1]!) + byTop[i]!.size * 0.1) return false;
  }
  return true;
}

/**
 * Display type set on several lines (a centred headline whose last word wraps to a short
 * second line) is one unit: stacked at its own line pitch, same size, overlapping across.
 * Cutting between its lines would leave the short line to be read with the columns below.
 */
function groupDisplayLines(frags: Frag[], bodySize: number): Frag[] {
  const byTop = frags.slice().sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const used = new Set<Frag>();
  const out: Frag[] = [];
  for (const f of byTop) {
    if (used.has(f)) continue;
    if (f.size < bodySize * 1.3) {
      out.push(f);
      continue;
    }
    const lines = [f];
    let last = f;
    for (;;) {
      const next = byTop.find(
        (g) =>
          !used.has(g) &&
          g !== last &&
          !lines.includes(g) &&
          g.y < last.y &&
          Math.abs(g.size - f.size) <= f.size * 0.05 &&
          last.y - g.y <= f.size * 1.6 &&
          Math.min(g.x1, last.x1) > Math.max(g.x0, last.x0),
      );
      if (!next) break;
      lines.push(next);
      used.add(next);
      last = next;
    }
    if (lines.length === 1) out.push(f);
    else out.push({ text: lines.map((l) => l.text).join(' '), x0: Math.min(...lines.map((l) => l.x0)), x1: Math.max(...lines.map((l) => l.x1)), y: last.y, size: f.size, lines });
  }
  return out;
}

function ungroup(region: Frag[]): Frag[] {
  return region.flatMap((f) => f.lines ?? [f]);
}

/**
 * Page furniture by position: the top and bottom rows of a page (paper, date, page number;
 * editors' names), set in small type at the very edge and apart from the text by more than
 * a line's leading. Each row comes back as its pieces, left → right.
 */
export function pageBands(frags: Frag[], pageHeight: number): { header: Frag[]; footer: Frag[]; body: Frag[] } {
  const body = frags.slice();
  const bodySize = median(frags.map((f) => f.size));
  const take = (edge: 'top' | 'bottom'): Frag[] => {
    if (body.length < 2) return [];
    const sorted = body.slice().sort((a, b) => (edge === 'top' ? b.y - a.y : a.y - b.y));
    const first = sorted[0]!;
    const row = sorted.filter((f) => Math.abs(f.y - first.y) < Math.min(f.size, first.size) * 0.35);
    const rest = sorted.filter((f) => !row.includes(f));
    const next = rest[0];
    const size = Math.max(...row.map((f) => f.size));
    const inMargin = edge === 'top' ? first.y > pageHeight * 0.92 : first.y < pageHeight * 0.08;
    const gap = next ? (edge === 'top' ? bottom(first) - top(next) : bottom(next) - top(first)) : Infinity;
    const chars = row.reduce((n, f) => n + f.text.length, 0);
    if (!inMargin || size > bodySize * 1.1 || gap < size * 1.5 || chars > 80) return [];
    for (const f of row) body.splice(body.indexOf(f), 1);
    return row.sort((a, b) => a.x0 - b.x0);
  };
  const header = take('top');
  const footer = take('bottom');
  return { header, footer, body };
}

/** Fragments in reading order, grouped into the leaf regions (columns or bands) they came from. */
export function readingOrder(all: Frag[]): Frag[][] {
  if (!all.length) return [];
  const bodySize = median(all.map((f) => f.size));
  const frags = groupDisplayLines(all, bodySize);
  const minGutter = Math.max(bodySize * 0.9, 6);
  const out: Frag[][] = [];
  const visit = (region: Frag[]) => {
    if (region.length <= 1) {
      out.push(ungroup(region));
      return;
    }
    if (singleFlow(region)) {
      out.push(ungroup(region.slice().sort((a, b) => b.y - a.y || a.x0 - b.x0)));
      return;
    }
    const cols = verticalCuts(region, minGutter);
    if (cols) {
      cols.forEach(visit);
      return;
    }
    const rows = horizontalCut(region);
    if (rows && rows[0].length && rows[1].length) {
      rows.forEach(visit);
      return;
    }
    out.push(ungroup(region).sort((a, b) => b.y - a.y || a.x0 - b.x0));
  };
  visit(frags);
  return out;
}
