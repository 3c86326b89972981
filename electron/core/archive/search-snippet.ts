import type { SnippetRun } from '../../../shared/domain/archive';
import { escapeRegex } from '../text/escape-regex';
import { toSimplified } from '../text/simplify';

const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 70;


function hitPattern(terms: string[]): RegExp | null {
  const usable = terms.map((t) => toSimplified(t.normalize('NFKC'))).filter((t) => t.length > 0);
  if (usable.length === 0) return null;
  return new RegExp(usable.sort((a, b) => b.length - a.length).map(escapeRegex).join('|'), 'giu');
}

/** `text` as runs with every hit marked; matched in simplified form (the fold keeps lengths), shown as printed. */
function markHits(text: string, folded: string, pattern: RegExp): SnippetRun[] {
  const runs: SnippetRun[] = [];
  let last = 0;
  for (const m of folded.matchAll(pattern)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), hit: false });
    runs.push({ text: text.slice(m.index, m.index + m[0].length), hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), hit: false });
  return runs;
}

/** A headline as runs with the query's hits marked, as the snippet marks them. */
export function markHeadline(headline: string, terms: string[]): SnippetRun[] {
  const pattern = hitPattern(terms);
  if (!pattern) return [{ text: headline, hit: false }];
  return markHits(headline, toSimplified(headline), pattern);
}

/**
 * A snippet of the story around the first hit, cut from the stored body (the index is
 * contentless), as runs so the renderer never has to trust HTML.
 */
export function makeSnippet(body: string, terms: string[]): SnippetRun[] {
  const flat = body.replace(/\s*\n\s*/g, ' ');
  const folded = toSimplified(flat);
  const pattern = hitPattern(terms);
  if (!pattern) return [{ text: flat.slice(0, WINDOW_BEFORE + WINDOW_AFTER), hit: false }];
  const first = pattern.exec(folded);
  pattern.lastIndex = 0;
  const center = first ? first.index : 0;
  let from = Math.max(0, center - WINDOW_BEFORE);
  const to = Math.min(flat.length, center + WINDOW_AFTER);
  // Do not cut a surrogate pair in half.
  if (from > 0 && /[\udc00-\udfff]/.test(flat[from] ?? '')) from--;
  const runs: SnippetRun[] = [];
  if (from > 0) runs.push({ text: '…', hit: false });
  runs.push(...markHits(flat.slice(from, to), folded.slice(from, to), pattern));
  if (to < flat.length) runs.push({ text: '…', hit: false });
  return runs;
}
