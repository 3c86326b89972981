/**
 * The English period, cue and entity tables are run only where a word a rule can start with begins
 * (start-words.ts). Each rule's list of start words must be whole: over every English text in the
 * fixtures, the rule tried at its start words finds exactly what a search of the whole text finds.
 * A start word missing from a rule's list loses that rule's matches there, and its row fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../electron/core/figures/fold';
import { EN_BODY_REFERENCE, EN_STATISTICS_OFFICES } from '../../../electron/core/figures/entity-rules-en';
import { EN_CUES } from '../../../electron/core/figures/kind';
import { EN_PERIOD_RULES } from '../../../electron/core/figures/period-rules-en';
import { eachStartWordMatch, startWordTable, type StartWordRule } from '../../../electron/core/figures/start-words';
import { corpusTexts } from '../../differential/corpus';
import { loadFixtures } from '../../eval/figures';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

function englishTexts(): string[] {
  const texts = corpusTexts().filter((t) => t.language === 'en').map((t) => t.text);
  texts.push(...loadFixtures().filter((f) => f.language === 'en').map((f) => f.text));
  const pairs = join(FIXTURES, 'check-pairs/dev');
  for (const f of readdirSync(pairs).filter((n) => n.startsWith('en-') && n.endsWith('.json'))) {
    const pair = JSON.parse(readFileSync(join(pairs, f), 'utf8')) as { target: { text: string }; outcome: { text: string } };
    texts.push(pair.target.text, pair.outcome.text);
  }
  return texts.map(foldText);
}

const TEXTS = englishTexts();

function searched(rule: StartWordRule, text: string): string[] {
  const re = new RegExp(rule.pattern.source, rule.pattern.flags);
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function byStartWords(rule: StartWordRule, text: string): string[] {
  const out: string[] = [];
  eachStartWordMatch(text, startWordTable([rule]), (_r, m) => out.push(`${m.index}:${m[0]}`));
  return out;
}

const PERIOD_ROWS = EN_PERIOD_RULES.map((r) => [r.name, { pattern: r.pattern, starts: r.starts ?? [] }] as const);
const CUE_ROWS = EN_CUES.map(([pattern, kind, , starts]) => [`${kind}: ${pattern.source.slice(0, 50)}`, { pattern, starts }] as const);
const ENTITY_ROWS = [
  ...EN_STATISTICS_OFFICES.map((o) => [`office: ${o.country}`, o] as const),
  ['a back-reference to a body', EN_BODY_REFERENCE] as const,
];

describe('English rules tried only at their start words', () => {
  it.each([...PERIOD_ROWS, ...CUE_ROWS, ...ENTITY_ROWS])('%s finds what a search of the whole text finds', (_name, rule) => {
    for (const text of TEXTS) expect(byStartWords(rule, text)).toEqual(searched(rule, text));
  });

  it('a rule missing the word its match starts with loses that match', () => {
    const text = 'Sales rose in the first quarter of 2024 and again in Q2.';
    const whole = { pattern: /\b(first|second)[- ]quarter|\bQ([1-4])/gi, starts: ['first', 'second', 'q'] };
    expect(byStartWords(whole, text)).toEqual(['18:first quarter', '53:Q2']);
    expect(byStartWords({ ...whole, starts: ['first', 'second'] }, text)).toEqual(['18:first quarter']);
  });

  it.each([
    ['a word sharing only its first two letters with a start', 'The total rose this year.', ['15:this']],
    ['a capitalised start', 'This year and then the next.', ['0:This']],
    ['a start that is the whole word', 'it is this.', ['6:this']],
    ['digits', 'in 2024 and 2124', ['3:2024']],
  ])('is tried only where a whole start word begins: %s', (_name, text, expected) => {
    const rule = { pattern: /\b(?:th\w+|2\d{3})/gi, starts: ['this', '202'] };
    expect(byStartWords(rule, text)).toEqual(expected);
  });

  it('rejects a start word that is not lower case', () => {
    expect(() => startWordTable([{ pattern: /\bMay\b/g, starts: ['May'] }])).toThrow(/lower-case/);
  });
});
