/** The figure a test's sentence prints at the words quoted, read as the extractor reads a story of that date. */
import { expect } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../../shared/domain/figure';

export function figureAt(text: string, quote: string, language: 'zh' | 'en', date: string): ExtractedFigure {
  const f = extractFigures(text, { date, city: null, language }).find((x) => x.quote.includes(quote));
  expect(f, `${quote} in ${text}`).toBeDefined();
  return f!;
}
