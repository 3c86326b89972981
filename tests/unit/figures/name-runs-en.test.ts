/**
 * English names are read from runs of capitalised words (PROPER). The runs used to include runs of
 * the joining words alone ('of', 'and'), which were then thrown away; the pattern now asks for a
 * capitalised word. It must find exactly the runs the old pattern found that held a capital.
 */
import { describe, expect, it } from 'vitest';
import { PROPER } from '../../../electron/core/figures/entity-rules-en';
import { foldText } from '../../../electron/core/figures/fold';
import { corpusTexts } from '../../differential/corpus';
import { loadFixtures } from '../../eval/figures';

/** The pattern before, kept as the reference: any run, capitalised or not, kept only if it holds a capital. */
const ANY_RUN = /\b(?:[A-Z][A-Za-z&.'-]*|of|and|for|&)(?:[ \t]+(?:[A-Z][A-Za-z&.'-]*|of|and|for|&))*/g;

function before(text: string): string[] {
  return [...text.matchAll(ANY_RUN)].filter((m) => /[A-Z]/.test(m[0])).map((m) => `${m.index}:${m[0]}`);
}

function now(text: string): string[] {
  return [...text.matchAll(PROPER)].map((m) => `${m.index}:${m[0]}`);
}

describe('capitalised runs', () => {
  it.each([
    ['joining words before a name', 'figures for England and Wales of and Bank of England'],
    ['joining words alone', 'a share of the market and more for all'],
    ['a joining word run into the next word', 'offer of forward Bank andBank of andover Andover'],
    ['an ampersand', 'R&D spending at Marks & Spencer and&Bank, for &Co'],
    ['a capital after a tab', 'of\tSussex and\t\tKent'],
  ])('%s', (_name, text) => {
    expect(now(text)).toEqual(before(text));
  });

  it('finds the same runs in every English fixture text', () => {
    const texts = [...corpusTexts().filter((t) => t.language === 'en').map((t) => t.text), ...loadFixtures().filter((f) => f.language === 'en').map((f) => f.text)].map(foldText);
    for (const text of texts) expect(now(text)).toEqual(before(text));
  });
});
