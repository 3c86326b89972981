/**
 * The sentence around a span of a story, for quoting a figure in its words rather than as a
 * bare 「42989家」 and for reading what a sentence says of it. Ends at 。！？!? , a line break,
 * or a full stop followed by space; Chinese ； and English ; stay inside.
 */
const SENTENCE_END = /[。！？!?\n]|\.(?=\s|$)/g;

export function sentenceSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  const re = new RegExp(SENTENCE_END.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      // Keep the sentence's own closing mark.
      to = text[m.index] === '\n' ? m.index : m.index + 1;
      break;
    }
  }
  while (from < start && /\s/.test(text[from]!)) from++;
  return { start: from, end: to };
}

export function sentenceAround(text: string, start: number, end: number): string {
  if (start < 0 || end > text.length || start > end) return '';
  const span = sentenceSpan(text, start, end);
  return text.slice(span.start, span.end).trim();
}
