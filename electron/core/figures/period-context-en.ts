/**
 * The words around an English time word that decide what it stands for: a year compared with,
 * the relative phrases resolved on the story date, and the tense of the sentence: whether it
 * tells what already happened ('rose to 23.8 percent by December') or what will or should be
 * ('should be vaccinated by March'), which decides whether a year-less month or 'the full
 * year' told early in a year is the one just past or the one ahead.
 */
import { plain, type PeriodReading, type PeriodSite } from './period-rules';
import { addDays, months, year } from './period-calendar';

/** Words that put a sentence ahead of its story: what will be, is expected or is planned. */
export const LOOKS_AHEAD = /\b(?:will|would|shall|expects?|expected|forecasts?|forecasted|projects?|projected|aims?\s+to|plans?\s+to|is\s+seen|are\s+seen|is\s+set\s+to|on\s+track|on\s+course)\b/i;
/** Words that tell what already happened. */
const TELLS_PAST = /\b(?:was|were|had|rose|fell|grew|stood|ended|reached|climbed|dropped|slowed|eased|jumped|surged|recorded|posted|averaged|came\s+in|[a-z]{3,}ed)\b/i;

/** The sentence a match stands in. */
export function sentenceOf(folded: string, start: number, end: number): string {
  const from = Math.max(folded.lastIndexOf('. ', start), folded.lastIndexOf('\n', start)) + 1;
  const stop = folded.slice(end).search(/\.\s|\n/);
  return folded.slice(from, stop < 0 ? folded.length : end + stop);
}

/** Words of a goal: what should, must or is aimed to be. */
const STATES_GOAL = /\b(?:should|must|needs?\s+to|has\s+to|have\s+to|goal|target(?:s|ed)?|aim(?:s|ed)?|pledged?|promised?|committed)\b/i;

/** A sentence that tells what already happened and says nothing of what will or should be. */
export function narratesPast(s: PeriodSite): boolean {
  const sentence = sentenceOf(s.folded, s.start, s.end);
  return !LOOKS_AHEAD.test(sentence) && !STATES_GOAL.test(sentence) && TELLS_PAST.test(sentence);
}

/** 'compared with', 'relative to', 'versus' right before a year: the base of a comparison. */
export const COMPARED_WITH_BEFORE = /\b(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|against)\s+(?:the\s+)?(?:(?:levels?|figures?)\s+(?:of|in)\s+)?$/i;
/**
 * A year named as the base of a comparison by the words around it: 'lower than the baseline year of 1990',
 * '35 per cent lower than that in 2005', 'below the level of 2005', 'using 2005 as the base'.
 */
export const BASE_YEAR_BEFORE = /(?:\bbase(?:line)?(?:\s+year)?(?:\s+(?:of|in))?|\b(?:than|from|below|above|on)\s+(?:that|those|the\s+levels?|levels?|the\s+figures?)\s+(?:of|in|for))\s+$/i;
export const BASE_YEAR_AFTER = /^\s+(?:as\s+(?:the|a|its)\s+base(?:line)?(?:\s+year)?|base(?:line)?\s+year)\b/i;
/** A change figure right before 'over': 'up 3.63 percent over 2023', 'a 12% rise over'. */
export const CHANGE_JUST_BEFORE = /(?:\d\s*(?:%|percent|per\s+cent|pc|points?)|\b(?:rise|increase|gain|growth|jump|drop|fall|decline))\s+over\s+$/i;
/** Prepositions before a year that make it a base or a date, not the figure's period. */
export const BASE_YEAR_PREPOSITIONS = new Set(['from', 'than', 'before', 'after', 'on', 'as']);

/** 'this year', 'yesterday', 'a year earlier': each phrase's period on the story date. */
export const RELATIVE_PHRASES: Record<string, (ctxYear: number, ctxDate: string, label: string) => PeriodReading | null> = {
  'the year before': () => null,
  'the previous year': () => null,
  'this year': (y, _d, label) => plain(year(y, label)),
  'so far this year': (y, _d, label) => plain(year(y, label)),
  'last year': (y, _d, label) => plain(year(y - 1, label)),
  'the past year': (y, _d, label) => plain(year(y - 1, label)),
  'next year': (y, _d, label) => plain(year(y + 1, label)),
  today: (_y, d, label) => ({ period: { from: d, to: d, label }, local: true }),
  yesterday: (_y, d, label) => ({ period: { from: addDays(d, -1), to: addDays(d, -1), label }, local: true }),
  'this month': (_y, d, label) => plain(months(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(5, 7)), label)),
  'last month': (_y, d, label) => {
    const at = new Date(`${d}T00:00:00Z`);
    at.setUTCMonth(at.getUTCMonth() - 1, 1);
    return plain(months(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCMonth() + 1, label));
  },
};
/**
 * In the first quarter a story still reports the year just ended: 'bringing the full-year average
 * to 6%' in January is last year's. A sentence that looks ahead speaks of the year under way.
 */
export const LOOK_BACK_LAST_MONTH = 3;
