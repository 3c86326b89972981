/**
 * Finding a word without compiling a RegExp for it must find exactly what `\bword\b` finds:
 * entity reading relies on it to tell a company's name ('Tesco said …') from a common noun that
 * also appears in lower case ('Funding confirmed …', '… the funding').
 */
import { describe, expect, it } from 'vitest';
import { containsWord, isWordBoundary, matchesAt, wordPlaces } from '../../../electron/core/figures/word-search';

const byRegExp = (text: string, word: string): number[] =>
  [...text.matchAll(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map((m) => m.index!);

describe('a word is found where \\bword\\b would find it', () => {
  it.each([
    ['the funding rose; funding fell', 'funding'],
    ['defunding and fundings are other words', 'funding'],
    ['Sunak said. Mr Sunak, Sunak’s plan (Sunak)', 'Sunak'],
    ['co-op, co-operative and co-op.', 'co-op'],
    ['rock & roll, rock &roll', 'rock &'],
    ['U.S. and U.S.A. and US', 'u.s.'],
    ['aaa aa aaaa aa', 'aa'],
    ['under_score under score', 'under'],
    ['2024 and 20245 and x2024', '2024'],
    ['', 'word'],
    // Words are filed by a hash of their characters: these pairs share one, and each must find only itself.
    ['Aa BB Aa', 'BB'],
    ['Aa BB Aa', 'Aa'],
    ['AaBB BBAa AaAa BBBB', 'BBAa'],
    ['AaBB BBAa AaAa BBBB', 'BBBB'],
  ])('%s / %s', (text, word) => {
    expect(wordPlaces(text, word)).toEqual(byRegExp(text, word));
    expect(containsWord(text, word)).toBe(byRegExp(text, word).length > 0);
  });

  it('answers for each text in turn, not for the one it saw before', () => {
    expect(containsWord('the funding rose', 'funding')).toBe(true);
    expect(containsWord('Funding rose', 'funding')).toBe(false);
    expect(containsWord('the funding rose', 'funding')).toBe(true);
  });

  it.each([
    ['ab cd', 2, true],
    ['ab cd', 1, false],
    ['ab', 0, true],
    ['ab', 2, true],
    ['', 0, false],
    ['a-b', 2, true],
  ])('a boundary in %j at %i: %s', (text, at, expected) => {
    expect(isWordBoundary(text, at)).toBe(expected);
  });

  it('tests a sticky pattern at one place only', () => {
    expect(matchesAt(/\s+[A-Z]/y, 'Sunak  Foundation', 5)).toBe(true);
    expect(matchesAt(/\s+[A-Z]/y, 'Sunak  Foundation and', 0)).toBe(false);
  });
});
