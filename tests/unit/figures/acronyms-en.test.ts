/**
 * Abbreviation definitions ('zero-emission vehicles (ZEVs)') are found from each bracket backwards
 * rather than by a regex tried at every word. They must be exactly the definitions that regex finds,
 * in the same order, on awkward rows and on every English text in the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { abbreviationDefinitions, definedAbbreviations } from '../../../electron/core/figures/acronyms-en';
import { foldText } from '../../../electron/core/figures/fold';
import { corpusTexts } from '../../differential/corpus';
import { loadFixtures } from '../../eval/figures';

/** The regex the finder replaces, kept here as the reference. */
const DEFINITION = /((?:[A-Za-z][A-Za-z'’]*[\s-]+){1,8})\(([A-Z][A-Za-z]{1,9}?)(s?)\)/g;

function byRegex(text: string): string[] {
  return [...text.matchAll(DEFINITION)].map((m) => `${m.index}|${m[1]}|${m[2]}|${m[3]}`);
}

function byFinder(text: string): string[] {
  return abbreviationDefinitions(text).map((d) => `${d.end - d.words.length - d.abbr.length - d.plural.length - 2}|${d.words}|${d.abbr}|${d.plural}`);
}

describe('abbreviation definitions', () => {
  it.each([
    ['plural short form', 'selling zero-emission vehicles (ZEVs) fast'],
    ['more than eight words before', 'one two three four five six seven eight nine ten (OTTFFSSENT)'],
    ['exactly eight words', 'a b c d e f g h (ABCDEFGH)'],
    ['a word opening with an apostrophe', "x 'tis the season (TS)"],
    ['an apostrophe inside a word', "the world's largest fund (WLF)"],
    ['punctuation breaks the run', 'the U.S. gross domestic product (GDP) rose'],
    ['no space before the bracket', 'gross domestic product(GDP)'],
    ['a second definition right after the first', 'greenhouse gas (GHG)ab cd (AC) and more'],
    ['a definition inside words run into the last', 'Alpha Beta (AB) Gamma Delta (GD)'],
    ['short form too long', 'words here (ABCDEFGHIJKL)'],
    ['short form of ten letters plus s', 'words here (ABCDEFGHIJs)'],
    ['short form of one letter', 'words here (A)'],
    ['lower-case start', 'words here (abc)'],
    ['short form ending in ss', 'words here (ABss)'],
    ['a short form read as plural', 'auxiliary systems (As)'],
    ['new lines and tabs as separators', 'gross\n\tdomestic  product\n(GDP)'],
    ['unicode spaces and a hyphen before the bracket', 'net\u00a0zero -(NZ)'],
    ['a bracket with no words before', '(GDP) and 5 (GDP)'],
    ['a right quote mark in a word', 'the city’s Transport Department (TD)'],
  ])('%s', (_name, text) => {
    expect(byFinder(text)).toEqual(byRegex(text));
  });

  it('finds what the regex finds in every English fixture text', () => {
    const texts = [...corpusTexts().filter((t) => t.language === 'en').map((t) => t.text), ...loadFixtures().filter((f) => f.language === 'en').map((f) => f.text)].map(foldText);
    let found = 0;
    for (const text of texts) {
      const expected = byRegex(text);
      found += expected.length;
      expect(byFinder(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(10);
  });

  it('spells out the definitions the story gives', () => {
    expect([...definedAbbreviations('selling zero-emission vehicles (ZEVs) as gross domestic product (GDP) grows')]).toEqual([['zev', 'zero-emission vehicle'], ['gdp', 'gross domestic product']]);
  });
});
