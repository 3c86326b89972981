import { QUOTE_CONTEXT, type AnchorResult, type TextQuoteSelector } from '../../../shared/domain/annotation';

export interface AnchorSelectors {
  quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>;
  position?: { start: number; end: number } | null;
}

export interface AnchorOptions {
  /** Least similarity (1 − edits/length) a rewritten quote may have and still anchor. */
  minSimilarity?: number;
  /** Bound on pattern × text cells for the fuzzy search, to keep a long story responsive. */
  maxCells?: number;
}

const DEFAULTS = { minSimilarity: 0.7, maxCells: 40_000_000 };

/** The quote selector for a span, with the standard context either side. */
export function quoteAt(body: string, start: number, end: number, context = QUOTE_CONTEXT): TextQuoteSelector {
  return selectSpan(body, start, end, context).quote;
}

/** The span widened to whole code points, with its quote selector. */
export function selectSpan(
  body: string,
  start: number,
  end: number,
  context = QUOTE_CONTEXT,
): { start: number; end: number; quote: TextQuoteSelector } {
  const s = snapOut(body, start, end);
  return { start: s.start, end: s.end, quote: quoteFor(body, s, context) };
}

function quoteFor(body: string, s: { start: number; end: number }, context: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: body.slice(s.start, s.end),
    prefix: body.slice(Math.max(0, s.start - context), s.start),
    suffix: body.slice(s.end, s.end + context),
  };
}

/**
 * Re-finds an annotated span in a body that may have been edited or re-imported:
 * 1. the stored position, if the exact text is still there;
 * 2. every occurrence of the exact text, picking the one whose context matches best;
 * 3. the closest approximate occurrence (bounded edit distance) when the text was reworded;
 * 4. otherwise orphaned, keeping the old offsets so nothing is silently dropped.
 */
export function anchorAnnotation(body: string, selectors: AnchorSelectors, options: AnchorOptions = {}): AnchorResult {
  const opts = { ...DEFAULTS, ...options };
  const { exact, prefix, suffix } = selectors.quote;
  const pos = selectors.position ?? null;
  if (exact.length === 0) return orphan(pos);

  if (pos && pos.end - pos.start === exact.length && body.slice(pos.start, pos.end) === exact) {
    return { start: pos.start, end: pos.end, orphaned: false, method: 'position', score: 1 };
  }

  const hits: number[] = [];
  for (let i = body.indexOf(exact); i !== -1; i = body.indexOf(exact, i + 1)) hits.push(i);
  if (hits.length > 0) {
    let best = hits[0]!;
    let bestScore = -Infinity;
    for (const h of hits) {
      const score = contextScore(body, h, h + exact.length, prefix, suffix) - proximityPenalty(h, pos, body.length);
      if (score > bestScore) {
        bestScore = score;
        best = h;
      }
    }
    return { start: best, end: best + exact.length, orphaned: false, method: 'quote', score: clamp01(contextScore(body, best, best + exact.length, prefix, suffix)) };
  }

  const fuzzy = fuzzyFind(body, exact, prefix, suffix, pos, opts);
  if (fuzzy) return fuzzy;
  return orphan(pos);
}

function orphan(pos: { start: number; end: number } | null): AnchorResult {
  const start = pos?.start ?? 0;
  return { start, end: Math.max(pos?.end ?? 1, start + 1), orphaned: true, method: 'orphaned', score: 0 };
}

function clamp01(n: number): number {
  return Math.max(0, Math.min(1, n));
}

/** A tie-breaker only: two identical contexts resolve to the one nearer the old position. */
function proximityPenalty(at: number, pos: { start: number } | null, length: number): number {
  if (!pos) return 0;
  return (Math.abs(at - pos.start) / Math.max(1, length)) * 0.01;
}

/** How well the text around [start, end) matches the stored prefix and suffix, 0..1. */
export function contextScore(body: string, start: number, end: number, prefix: string, suffix: string): number {
  const parts: number[] = [];
  if (prefix.length > 0) parts.push(similarity(prefix, body.slice(Math.max(0, start - prefix.length), start)));
  if (suffix.length > 0) parts.push(similarity(suffix, body.slice(end, end + suffix.length)));
  if (parts.length === 0) return 0.5;
  return parts.reduce((a, b) => a + b, 0) / parts.length;
}

/** 1 − Levenshtein distance / longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - levenshtein(a, b) / longer;
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

interface Candidate {
  start: number;
  end: number;
  dist: number;
}

/**
 * Approximate substring search (Sellers): the edit distance of the quote to the best
 * substring ending at each text position, tracking where that substring starts.
 */
function fuzzyFind(
  body: string,
  exact: string,
  prefix: string,
  suffix: string,
  pos: { start: number; end: number } | null,
  opts: typeof DEFAULTS,
): AnchorResult | null {
  const m = exact.length;
  const maxDist = Math.floor(m * (1 - opts.minSimilarity));
  if (maxDist < 1) return null;

  // Search the whole body when affordable, else a window around where the text was.
  let from = 0;
  let to = body.length;
  const budget = Math.floor(opts.maxCells / m);
  if (body.length > budget) {
    const centre = pos ? pos.start : 0;
    from = Math.max(0, centre - Math.floor(budget / 2));
    to = Math.min(body.length, from + budget);
  }

  const dist = new Int32Array(m + 1);
  const start = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    dist[i] = i;
    start[i] = from;
  }
  const candidates: Candidate[] = [];
  let minDist = Infinity;
  for (let j = from; j < to; j++) {
    const c = body.charCodeAt(j);
    // dist/start hold column j (before reading body[j]); update in place to column j+1.
    let diagDist = dist[0]!;
    let diagStart = start[0]!;
    dist[0] = 0;
    start[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const upDist = dist[i]!; // column j, row i: skip body[j]
      const upStart = start[i]!;
      const sub = diagDist + (exact.charCodeAt(i - 1) === c ? 0 : 1);
      const del = dist[i - 1]! + 1; // column j+1, row i-1: skip exact[i-1]
      const ins = upDist + 1;
      let d = sub;
      let s = diagStart;
      if (del < d) {
        d = del;
        s = start[i - 1]!;
      }
      if (ins < d) {
        d = ins;
        s = upStart;
      }
      diagDist = upDist;
      diagStart = upStart;
      dist[i] = d;
      start[i] = s;
    }
    const d = dist[m]!;
    if (d <= maxDist && j + 1 > start[m]!) {
      candidates.push({ start: start[m]!, end: j + 1, dist: d });
      if (d < minDist) minDist = d;
    }
  }
  if (candidates.length === 0) return null;

  let best: AnchorResult | null = null;
  let bestRank = -Infinity;
  for (const cand of candidates) {
    if (cand.dist > minDist + 1) continue;
    const span = snapOut(body, cand.start, cand.end);
    const sim = 1 - cand.dist / Math.max(m, span.end - span.start);
    if (sim < opts.minSimilarity) continue;
    const rank = 0.75 * sim + 0.25 * contextScore(body, span.start, span.end, prefix, suffix) - proximityPenalty(span.start, pos, body.length);
    if (rank > bestRank) {
      bestRank = rank;
      best = { start: span.start, end: span.end, orphaned: false, method: 'fuzzy', score: clamp01(sim) };
    }
  }
  return best;
}

/** Never split a surrogate pair: widen the span to whole code points. */
function snapOut(body: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, body.length));
  let e = Math.max(s, Math.min(end, body.length));
  if (s > 0 && isLow(body.charCodeAt(s)) && isHigh(body.charCodeAt(s - 1))) s--;
  if (e < body.length && isLow(body.charCodeAt(e)) && e > 0 && isHigh(body.charCodeAt(e - 1))) e++;
  return { start: s, end: e };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
