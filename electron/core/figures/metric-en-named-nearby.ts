/**
 * When the words before an English figure name no measure, the sentence often does.
 *
 * 'The government has set a disinvestment target at ₹51,000 crore' and 'the government is
 * shipping goods worth $58 billion' leave an actor as the subject; 'the long-term trend is
 * still way off … 330,000' leaves a frame word; 'It constructed 12,349 km' leaves the unit.
 * None of those is what was counted, and a later report of the same quantity can never be
 * connected to them. The indicator the sentence names nearest the figure, when its unit
 * class fits the figure, is the better reading.
 *
 * Only weak metrics are replaced (the rows below, each named): a metric that names a thing
 * ('urban jobs', 'GDP') is kept even when the lexicon does not know it, because another
 * indicator named in the same sentence is as likely to be another figure's.
 */
import { indicatorFor, unitClassOf } from '../metrics/key';
import { findIndicator } from '../metrics/lexicon/lookup';
import { escapeRegex } from '../text/escape-regex';

const ACTOR = /^(?:the\s+)?(?:state|country|nation|we|they|it|them|he|she|you|i)$/i;
/** An office that sets or reports figures, however it is introduced: 'The Indian government', 'apr 2 (KNN) The Centre'. */
const OFFICE_LAST = /(?:^|\s)(?:government|govt|centre|center|ministry|minister|president|council|administration|authorities|officials|department|agency|treasury|parliament|assembly|cabinet)(?:\s+[a-z]+ed)?$/i;
const FRAME_WORD = /^(?:the\s+|a\s+|an\s+)?(?:projection|projections|(?:target|targets|goal|goals)(?:\s+(?:set|agreed|adopted))?|aim|figure|figures|number|numbers|total|level|levels|record|record high|portion|index|estimate|estimates|forecast|forecasts|amount|sum|value)$/i;
const LONE_WORD = /^(?:however|now|still|also|then|just|already|only|so far|meanwhile|overall|set|achieved|started|measured|reaching|accounted|through|during|under|over|since|before|after|until|while|when|rising|falling)$/i;

/**
 * Words that name no thing: function words, and the evaluating or reporting words a misread metric is
 * left with ('far short of the 95% target', 'The EU's stated target is 16 per cent', 'estimated at').
 */
const NAMES_NOTHING = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'is', 'was', 'are', 'were', 'be', 'been', 'its', 'their',
  'his', 'her', 'our', 'this', 'that', 'these', 'those', 'it', 'them', 'they', 'we', 'far', 'short', 'well', 'ambitious', 'detailed', 'concrete',
  'stated', 'estimated', 'expected', 'projected', 'planned', 'revised', 'current', 'latest', 'previous', 'original', 'new', 'own', 'margin', 'more', 'less',
]);
/** A word that describes or reports rather than names: an adverb or a participle. */
const DESCRIBING = /^[a-z]+(?:ly|ed)$/;

/** Metrics that name no measure, as named rows: each is replaced by the indicator the sentence names. */
export const EN_WEAK_METRICS: ReadonlyArray<{ name: string; test: (metric: string, unit: string) => boolean }> = [
  { name: 'nothing', test: (metric) => metric.trim() === '' },
  { name: 'the actor who set or reported it', test: (metric) => ACTOR.test(metric.trim()) || (OFFICE_LAST.test(metric.trim()) && !/\bof\b/i.test(metric)) },
  { name: 'a frame word', test: (metric) => FRAME_WORD.test(metric.trim()) },
  { name: 'a lone adverb, verb or preposition', test: (metric) => LONE_WORD.test(metric.trim()) },
  {
    name: 'words that name no thing',
    test: (metric) => {
      const words = metric.toLowerCase().replace(/[()"“”'‘’,]/g, ' ').split(/\s+/).filter(Boolean);
      return words.length > 0 && words.every((w) => NAMES_NOTHING.has(w) || DESCRIBING.test(w));
    },
  },
  // A unit of measure ('km', 'crore') names no quantity; a counted noun ('jobs', 'people') does.
  { name: 'a unit of measure itself', test: (metric, unit) => unit !== '' && metric.trim().toLowerCase().replace(/^metric\s+/, '') === unit.trim().toLowerCase() && unitClassOf({ unit, currency: null }) !== 'count' },
];

/** A comma that opens another clause ('…, and the chief executive said'), unlike a list's ('admitted, transferred or discharged'). */
export const CLAUSE_COMMA = String.raw`,\s+(?:and|but|while|which|who|whereas|although|though|as|so|with)\b`;
const CLAUSE_COMMA_RE = new RegExp(CLAUSE_COMMA, 'i');

interface Span {
  start: number;
  end: number;
}

export interface FigureAt {
  start: number;
  end: number;
  unit: string;
  currency: string | null;
  change: string;
}

/**
 * The indicator name nearest the figure in its clause, then in its sentence before it, then
 * after it up to another clause, whose indicator can take the figure's quantity; null when none does.
 */
export function indicatorNamedNearby(folded: string, fig: FigureAt, clause: Span, sentence: Span, paragraph?: Span): string | null {
  const quantity = { unit: fig.unit, currency: fig.currency, change: fig.change };
  // After the figure only up to a comma that opens another clause: ', and the chief executive said capital
  // spending …' is another figure's; ', falling short of its estimates for disinvestment proceeds' is this one's.
  const after = folded.slice(fig.end, sentence.end);
  // Then the sentences before it in its paragraph: 'clean energy made up 10.6 per cent of gross final consumption.
  // The EU's stated target is 16 per cent' sets a goal for the measure the sentence before named.
  const earlier = paragraph && paragraph.start < sentence.start ? folded.slice(paragraph.start, sentence.start) : '';
  const windows = [folded.slice(clause.start, fig.start), folded.slice(sentence.start, fig.start), after.slice(0, CLAUSE_COMMA_RE.exec(after)?.index ?? after.length), earlier];
  for (const text of windows) {
    const hit = text.trim() ? findIndicator(text, 'en') : null;
    if (hit && indicatorFor(hit.matched, quantity)) return asPrinted(hit.matched, text);
  }
  return null;
}

/** The lexicon's folded name as the text prints it ('disinvestment proceed' → 'disinvestment proceeds'). */
function asPrinted(folded: string, text: string): string {
  const words = folded.split(' ').map((w) => `${escapeRegex(w)}(?:e?s)?`);
  return new RegExp(`\\b${words.join('[\\s-]+')}\\b`, 'i').exec(text)?.[0] ?? folded;
}

/** A goal's frame around the measure it sets: 'a disinvestment target' is a target for disinvestment. */
const GOAL_FRAMED = /^(?:a|an|the|its|their|his|her|our)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:target|goal|aim|objective|ambition)$/i;

/** The metric to keep: the printed one, or (when it is weak) the indicator the sentence names. */
export function settleWeakMetric(printed: string, folded: string, fig: FigureAt, clause: Span, sentence: Span, paragraph?: Span): string {
  const metric = GOAL_FRAMED.exec(printed.trim())?.[1] ?? printed;
  if (!EN_WEAK_METRICS.some((row) => row.test(metric, fig.unit))) return metric;
  if (metric.trim() && findIndicator(metric, 'en')) return metric;
  return indicatorNamedNearby(folded, fig, clause, sentence, paragraph) ?? metric;
}
