/**
 * The Chinese kind cues are run only where a character a rule can start with stands
 * (start-chars.ts). Each rule's characters must be whole: over every Chinese text in the fixtures,
 * the rule tried at its start characters finds exactly what a search of the whole text finds. A
 * character missing from a rule's list loses that rule's matches there, and its row fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../electron/core/figures/fold';
import { ZH_CUES } from '../../../electron/core/figures/kind';
import { eachStartCharMatch, startCharTable, type StartCharRule } from '../../../electron/core/figures/start-chars';
import { corpusTexts } from '../../differential/corpus';
import { loadExpressions } from '../../eval/numerals';
import { loadFixtures } from '../../eval/figures';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

function chineseTexts(): string[] {
  const texts = corpusTexts().filter((t) => t.language !== 'en').map((t) => t.text);
  texts.push(...loadFixtures().filter((f) => f.language !== 'en').map((f) => f.text));
  texts.push(...loadExpressions().filter((row) => row.language !== 'en').map((row) => row.sentence));
  const pairs = join(FIXTURES, 'check-pairs/dev');
  for (const f of readdirSync(pairs).filter((n) => !n.startsWith('en-') && n.endsWith('.json'))) {
    const pair = JSON.parse(readFileSync(join(pairs, f), 'utf8')) as { target: { text: string }; outcome: { text: string } };
    texts.push(pair.target.text, pair.outcome.text);
  }
  return texts.map(foldText);
}

const TEXTS = chineseTexts();

function searched(rule: StartCharRule, text: string): string[] {
  const re = new RegExp(rule.pattern.source, rule.pattern.flags);
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function byStartChars(rule: StartCharRule, text: string): string[] {
  const out: string[] = [];
  eachStartCharMatch(text, startCharTable([rule]), (_r, m) => out.push(`${m.index}:${m[0]}`));
  return out;
}

const CUE_ROWS = ZH_CUES.map(([pattern, kind, , starts]) => [`${kind}: ${pattern.source.slice(0, 50)}`, { pattern, starts }] as const);

describe('Chinese rules tried only at their start characters', () => {
  it('reads Chinese texts from every fixture set', () => {
    expect(TEXTS.length).toBeGreaterThan(50);
  });

  it.each(CUE_ROWS)('%s finds what a search of the whole text finds', (_name, rule) => {
    for (const text of TEXTS) expect(byStartChars(rule, text)).toEqual(searched(rule, text));
  });

  it('a rule missing the character its match starts with loses that match', () => {
    const text = '今年上半年增长5%，去年全年增长4%。';
    const whole = { pattern: /(今年|去年)(上半年|全年)?/g, starts: '今去' };
    expect(byStartChars(whole, text)).toEqual(['0:今年上半年', '10:去年全年']);
    expect(byStartChars({ ...whole, starts: '今' }, text)).toEqual(['0:今年上半年']);
  });

  it('a rule that names no start characters is refused', () => {
    expect(() => startCharTable([{ pattern: /今年/g, starts: '' }])).toThrow(/no start characters/);
  });
});
