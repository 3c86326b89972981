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

/**
 * Openings that point back to the sentence before for what they count: 'The figure dived 87.1
 * pct … to 4,115,900' speaks of the 'foreign visitors' named one sentence earlier.
 */
const ANAPHORIC_OPENING = /^(?:the\s+(?:figure|figures|number|numbers|total|tally|count|result|rate)|this|that|these|those|it|they)\b|^(?:这一?数字|该数字?|这一?数据|此数|这一?比例|其中|这一?指标)/i;

/** The sentence around a span, and the one before it when this one opens by pointing back to it. */
export function sentenceWithAntecedent(text: string, start: number, end: number): string {
  const own = sentenceAround(text, start, end);
  if (!ANAPHORIC_OPENING.test(own)) return own;
  const span = sentenceSpan(text, start, end);
  let before = span.start - 1;
  while (before > 0 && /\s/.test(text[before]!)) before--;
  if (before <= 0) return own;
  return `${sentenceAround(text, before, before)} ${own}`;
}
