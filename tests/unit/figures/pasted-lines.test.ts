/**
 * Pages copied from the web break sentences over lines. An English line that starts in lower case after one that
 * ends mid-sentence is read as the same sentence, so the words of the lines before still tell the figure; a line
 * that ends with a stop, or a new line that starts a sentence, stays apart. Every text is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../electron/core/figures/segment';
import { figureAt } from './figure-at';

describe('a sentence broken over lines', () => {
  it('is one sentence when the next line starts in lower case', () => {
    const text = 'The ministry expects the economy will\n\ngrow 5.5%\n\nthis year, officials said.';
    expect(segment(text, 'en').sentences).toHaveLength(1);
    expect(figureAt(text, '5.5%', 'en', '2023-03-10').period?.label).toBe('this year');
  });

  it.each([
    ['a line that ends with a stop', 'Growth was strong last year.\n\nprices rose 3% in March.'],
    ['a line that starts a sentence', 'The ministry expects the economy will grow\n\nPrices rose 3% in March.'],
  ])('but stays apart after %s', (_name, text) => {
    expect(segment(text, 'en').paragraphs).toHaveLength(2);
  });

  it('Chinese lines are left as they are', () => {
    expect(segment('标题\n\n正文第一句。', 'zh').paragraphs).toHaveLength(2);
  });
});
