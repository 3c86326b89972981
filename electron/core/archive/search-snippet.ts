import type { SnippetRun } from '../../../shared/domain/archive';
import { toSimplified } from '../text/simplify';

const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 70;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A snippet of the story around the first hit, cut from the stored body (the index is
 * contentless), as runs so the renderer never has to trust HTML.
 */
export function makeSnippet(body: string, terms: string[]): SnippetRun[] {
  const usable = terms.map((t) => toSimplified(t.normalize('NFKC'))).filter((t) => t.length > 0);
  const flat = body.replace(/\s*\n\s*/g, ' ');
  // Matched in simplified form (the fold keeps lengths), shown as printed.
  const folded = toSimplified(flat);
  if (usable.length === 0) return [{ text: flat.slice(0, WINDOW_BEFORE + WINDOW_AFTER), hit: false }];
  const pattern = new RegExp(usable.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'giu');
  const first = pattern.exec(folded);
  pattern.lastIndex = 0;
  const center = first ? first.index : 0;
  let from = Math.max(0, center - WINDOW_BEFORE);
  const to = Math.min(flat.length, center + WINDOW_AFTER);
  // Do not cut a surrogate pair in half.
  if (from > 0 && /[\udc00-\udfff]/.test(flat[from] ?? '')) from--;
  const window = flat.slice(from, to);
  const foldedWindow = folded.slice(from, to);
  const runs: SnippetRun[] = [];
  if (from > 0) runs.push({ text: '…', hit: false });
  let last = 0;
  for (const m of foldedWindow.matchAll(pattern)) {
    if (m.index > last) runs.push({ text: window.slice(last, m.index), hit: false });
    runs.push({ text: window.slice(m.index, m.index + m[0].length), hit: true });
    last = m.index + m[0].length;
  }
  if (last < window.length) runs.push({ text: window.slice(last), hit: false });
  if (to < flat.length) runs.push({ text: '…', hit: false });
  return runs;
}
