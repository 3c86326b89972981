/**
 * A goal noun governs its own value, not the figures after it: 'Against an official target of 95% a total of
 * 36.5% of patients started their treatment' gives the goal 95%; 36.5% is what happened. The cue 'target' is
 * spent on the value printed right after it, unless the later figure continues that value as an item of the
 * same list or range ('targets of 4.8 million homes and 2 million jobs', 'a goal of 53 to 57 per cent').
 */
import type { KindCue } from './kind';

/** Goal nouns that take their value after them ('a target of 95%', 'its goal of 60 percent', 'commitment of'). */
const EN_GOAL_NOUN = /^(?:targets?|goals?|objectives?|pledges?|ambitions?|(?:manifesto\s+)?commitments?(?:\s+(?:of|to))?)$/i;
/** How far after the noun its value may begin: 'target of', 'target, set in 2019, of'. */
const VALUE_REACH = 32;
/** A number that is a value, not a year ('by 2025'). */
const VALUE = /(?<![\d.,])(?!(?:19|20)\d\d(?![\d%]|[.,]\d))[$£€¥₦]?\d[\d.,]*/g;
/**
 * What joins two values of one list, range or band: 'and', 'or', 'to', a comma, a dash, and 'with' of a goal's
 * margin ('4 per cent with a margin of 2 per cent on either side').
 */
const LIST_JOINT = /(?:,|;|\band\b|\bor\b|\bto\b|\bthrough\b|\bwith\b|-|–|—)\s*(?:[a-z$£€¥₦-]+\s+){0,3}$/i;

/** Whether the goal cue `cue` is spent on a value of its own before the figure at `figStart`. */
export function goalValueSpent(cue: KindCue, folded: string, figStart: number): boolean {
  if (cue.kind !== 'target' || !EN_GOAL_NOUN.test(cue.word.trim())) return false;
  const between = folded.slice(cue.end, figStart);
  const values = [...between.matchAll(VALUE)];
  const first = values[0];
  if (!first || first.index! > VALUE_REACH) return false;
  const last = values[values.length - 1]!;
  return !LIST_JOINT.test(between.slice(last.index! + last[0].length));
}
