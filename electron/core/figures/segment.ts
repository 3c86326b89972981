/**
 * Paragraph, sentence and clause spans of a text, computed once per text so
 * every figure can find its surroundings by binary search.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segments {
  paragraphs: Span[];
  sentences: Span[];
  clauses: Span[];
  /** 《…》 document titles: periods inside them name the document, not the figure's time. */
  titles: Span[];
}

// 'U.S. adults', 'Mr. Smith': the dot of an abbreviation ends nothing, unless a capital starts a sentence after U.S.
// The dot comes first and the look-behinds after it (taking it in), so the engine only stops at dots, not at
// every character to try the look-behinds there.
const EN_ABBREVIATION_DOT = String.raw`\.(?<!(?:\b[A-Z]\.[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gov|Sen|Rep|Gen|Jr|Sr|vs|No))\.)(?=["”’)]?(?:\s|$))|\.(?<=\b[A-Z]\.[A-Z]\.)(?=["”’)]?(?:\s+["“]?[A-Z]|$))`;
const SENTENCE_END_EN = new RegExp(String.raw`[。！？!?；;]|${EN_ABBREVIATION_DOT}`, 'g');
const SENTENCE_END_ZH = /[。！？!?]|\.(?=\s+[A-Z"“(])/g;
// A comma inside a number (81,000) separates thousands, not clauses.
const CLAUSE_ZH = /[，；;：:、。！？!?]|,(?!\d{3}(?!\d))/g;
const CLAUSE_EN = new RegExp(String.raw`,(?!\d{3})|[;:!?]|${EN_ABBREVIATION_DOT}|\s[–—-]\s`, 'g');

function splitSpans(text: string, start: number, end: number, boundary: RegExp, keepBoundary: boolean): Span[] {
  const spans: Span[] = [];
  boundary.lastIndex = start;
  let from = start;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null && m.index < end) {
    const cut = keepBoundary ? m.index + m[0].length : m.index;
    if (cut > from) spans.push({ start: from, end: cut });
    from = m.index + m[0].length;
    if (m[0].length === 0) boundary.lastIndex++;
  }
  if (from > end) from = end;
  if (end > from) spans.push({ start: from, end });
  return spans;
}

/** A line that starts in lower case, and one that ends with a word, a number or a comma rather than a stop or a colon. */
const EN_LINE_GOES_ON = /^\s*[a-z]/;
const EN_LINE_UNENDED = /[A-Za-z0-9%,]\s*$/;

/** Semicolons end a sentence only in English; in Chinese reports ； separates items of one sentence. */
export function segment(text: string, language: 'zh' | 'en'): Segments {
  const paragraphs: Span[] = [];
  let p = 0;
  while (p <= text.length) {
    const nl = text.indexOf('\n', p);
    const end = nl < 0 ? text.length : nl;
    if (end > p && text.slice(p, end).trim()) {
      const last = paragraphs[paragraphs.length - 1];
      // 'The ministry forecasts the economy will\n\ngrow 5.5%\n\nthis year': a page copied from the web may break a
      // sentence over lines; an English line that starts in lower case after one that ends mid-sentence goes on with it.
      if (language === 'en' && last && EN_LINE_GOES_ON.test(text.slice(p, end)) && EN_LINE_UNENDED.test(text.slice(last.start, last.end))) last.end = end;
      else paragraphs.push({ start: p, end });
    }
    if (nl < 0) break;
    p = nl + 1;
  }
  const sentenceRe = language === 'zh' ? SENTENCE_END_ZH : SENTENCE_END_EN;
  const clauseRe = language === 'zh' ? CLAUSE_ZH : CLAUSE_EN;
  const sentences: Span[] = [];
  const clauses: Span[] = [];
  for (const para of paragraphs) {
    for (const s of splitSpans(text, para.start, para.end, sentenceRe, true)) {
      sentences.push(s);
      for (const c of splitSpans(text, s.start, s.end, clauseRe, false)) clauses.push(c);
    }
  }
  const titles: Span[] = [];
  const titleRe = /《[^《》\n]*》/g;
  let m: RegExpExecArray | null;
  while ((m = titleRe.exec(text)) !== null) titles.push({ start: m.index, end: m.index + m[0].length });
  return { paragraphs, sentences, clauses, titles };
}

/** Index of the span containing `pos` (or the last span starting at or before it). */
export function spanIndexAt(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function spanAt(spans: Span[], pos: number): Span | null {
  const i = spanIndexAt(spans, pos);
  if (i < 0) return null;
  const s = spans[i]!;
  return pos < s.end || (pos === s.end && pos === s.start) ? s : pos <= s.end ? s : null;
}

export function inAnySpan(spans: Span[], pos: number): boolean {
  const s = spanAt(spans, pos);
  return s !== null && pos >= s.start && pos < s.end;
}

/** Index of the first item whose `start` is at or after `pos`, in a list sorted by start. */
export function lowerBound<T extends { start: number }>(items: T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
