/**
 * A little of the text around a figure, for lists that show the figure without its story
 * (the figure queue): up to `chars` characters either side, never across a paragraph break.
 * Cut where the story is, so a list of 200 figures does not carry 200 story bodies.
 */
export const CONTEXT_CHARS = 24;

export interface FigureContext {
  /** The text before the figure in its paragraph, '' when the quote is not found at its offsets. */
  before: string;
  after: string;
}

export function contextAround(body: string, figure: { start: number; end: number; quote: string }, chars = CONTEXT_CHARS): FigureContext {
  if (body.slice(figure.start, figure.end) !== figure.quote) return { before: '', after: '' };
  return {
    before: body.slice(Math.max(0, figure.start - chars), figure.start).replace(/^.*\n/s, ''),
    after: body.slice(figure.end, figure.end + chars).replace(/\n.*$/s, ''),
  };
}
