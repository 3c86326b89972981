/**
 * What an English count counts: the noun phrase after the number ('1.5 million homes'), the
 * noun an earlier count gave ('from 240 families to 120'), the object of a verb that changes a
 * headcount ('boost police numbers by 20,000'), and the source a share comes from. scan-en.ts
 * reads numbers with these.
 */
import type { FigureChange, Qualifier } from '../../../shared/domain/figure';
import { shareOfSource } from './metric';
import { isEnUnitlessFigure } from './numerals/unitless';
import { EN_QUALIFIER } from './qualifiers';
import type { RawFigure } from './scan-zh';

/** What the English scanner has read of a figure so far; each step adds to it. */
export interface EnReading {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string | null;
  currency: string | null;
  classifier: boolean;
  rule: string;
  cues: string[];
  metricHint: string | undefined;
  qualifier: Qualifier;
  change: FigureChange;
  /** '2.3 doctors per 1,000 people': what a rate per a base population counts, the measure's name of last resort. */
  rateOf?: string;
  /** '50 more officers', '30 fewer buses': the comparative says the count is a change. */
  moreChange: FigureChange | null;
}

export const QUALIFIER_ALT = [...EN_QUALIFIER.keys()].map((q) => q.replace('.', '\\.')).join('|');

export const NOT_NOUN = new Set(
  'goes went means shows pays covers remains a an the in on at of to for from by with as and or but than that this these those were was is are be been will would could should can may might has have had said says per each more less over under worldwide last next since its their which who after before into across about around up down it they we he she year-on-year a-year vs versus compared comparing according including excluding respectively'.split(' '),
);
/**
 * Words that end a count's noun phrase: conjunctions opening a new clause ('20,000 officers if he wins')
 * and adverbs of place or manner ('170,000 chargers nationwide').
 */
const COUNT_PHRASE_END = new Set('if unless when whether because while so nationwide countrywide statewide citywide annually apiece already altogether overall now yet installed connected operational online'.split(' '));
/**
 * 'the 6,000 target', 'the 100,000 mark', 'a 50,000 pledge': a word naming a goal or a threshold after
 * the number says what the number is, not what it counts.
 */
const GOAL_NOUN = new Set('target targets goal goals pledge pledges promise promises mark milestone threshold benchmark ambition figure cap limit ceiling floor'.split(' '));
/** A plural head closes the phrase: '50,000 more nurses claim' counts nurses; the word after starts something else. */
// 'homes', 'GPs'; not an abbreviation that ends in S ('NHS operations').
const PLURAL_HEAD = /(?:[a-z][a-z]s|[A-Z]{2,}s)$/;
/** 'operations, scans and appointments': a list of plural nouns after the first is counted with it. */
const PLURAL_LIST_TAIL = /^((?:,\s*[a-z]+s)*,?\s+(?:and|or)\s+[a-z]+s)\b(?!\s+[a-z]+s\b)/;
const NOT_PLURAL_HEAD = /(?:ss|us|is|ics)$/i;
const TIME_NOUN = /^(?:years?|quarters?|months?|days?|weeks?|hours?|minutes?|seconds?|decades?|centuries|century|year-olds?|-year-olds?|am|pm|gmt|bst|st|nd|rd|th)$/i;
/** '3,240 incidents in 2023, up from 2,890 in 2022': a bare number compared with a count just given counts the same things. */
const COMPARED_COUNT = /^[^.;!?]{0,40},?\s+(?:up|down)?\s*from\s+$/i;
/** 'Renewables covered 98.6% of …', 'coal accounted for 20% of …': the subject is the source of the share. */
const SOURCE_BEFORE = new RegExp(`(?:^|[,;.\\n]\\s*|\\b(?:that|and)\\s+)(?:the\\s+)?([a-z][a-z -]*?)\\s+(?:covered|covers|accounted for|accounts for|account for|made up|makes up|make up|provided|provides|supplied|supplies|generated|generates|met|meets)\\s+(?:(?:${[...EN_QUALIFIER.keys()].map((q) => q.replace('.', '\\.')).join('|')})\\s+)?(?:just\\s+)?$`, 'i');
/** '… of all electricity used in Scotland came from renewables', '… of its energy from renewable sources': the source after the whole. */
const SOURCE_AFTER = /^\s*(?:(?:used|consumed|needs)\s+)?(?:in\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?\s+)?(?:(?:came|comes|come|coming|was|were|is|are)\s+)?(?:(?:generated|produced|sourced)\s+)?(?:from|through)\s+([a-z][a-z -]*?)(?=[,.;]|\s+(?:by|in|for|last|this|next|over|during|and)\b|\s+\d|$)/;

/** A percentage of a whole that comes from a source is that source's share of it; null when no source is named. */
export function shareFromSource(folded: string, numStart: number, ofEnd: number, whole: string): string | null {
  const before = SOURCE_BEFORE.exec(folded.slice(Math.max(0, numStart - 60), numStart));
  const source = before && !/\b(?:which|who|it|they|this|that)$/i.test(before[1]!) ? before[1]! : SOURCE_AFTER.exec(folded.slice(ofEnd, ofEnd + 80))?.[1];
  return source ? shareOfSource(source, whole) : null;
}

/** Verbs that change a headcount by an amount: 'boost police numbers by 20,000', 'cut the workforce by 1,500'. */
const COUNT_BY_OBJECT = new RegExp(`\\b(?:boost|boosts|boosted|boosting|raise|raises|raised|raising|increase|increases|increased|increasing|cut|cuts|cutting|reduce|reduces|reduced|reducing|grow|grows|growing|swell|swells|swelled|expand|expands|expanded|expanding|lift|lifts|lifted)\\s+(?:(?:the|its|their|our|his|her)\\s+)?([a-z][a-z -]*?(?:s|workforce|headcount|staff|force|fleet|population))\\s+by\\s+(?:(?:${QUALIFIER_ALT})\\s+)?(?:an?\\s+)?(?:extra|additional|further)?\\s*$`, 'i');
/** The counted noun of a bare number after a verb that changes a headcount by it; 'police numbers' count police. */
function countByObject(folded: string, numStart: number): { unit: string; phrase: string } | null {
  const m = COUNT_BY_OBJECT.exec(folded.slice(Math.max(0, numStart - 80), numStart).replace(/^.*[,;:.]/, ''));
  if (!m) return null;
  const words = m[1]!.toLowerCase().split(/\s+/);
  const head = words.length > 1 && /^(?:numbers|levels|totals)$/.test(words[words.length - 1]!) ? words[words.length - 2]! : words[words.length - 1]!;
  return { unit: head, phrase: words.join(' ') };
}

/** 'in urban areas', 'in rural areas' after a count, as the adjective that names the same thing. */
const AREA_AFTER_COUNT = /^\s+(?:(?:were|was|have been|had been|are|is)\s+)?(?:created|added|built|recorded|registered|opened|employed)?\s*in\s+(urban|rural|coastal)\s+areas\b/i;

/**
 * 'The 116,000 homes delivered …' after '… starting 116,000 genuinely affordable homes': a count with
 * the definite article repeats one already given, so it takes that count's fuller name.
 */
function definiteAntecedent(folded: string, numStart: number, value: number, head: string, out: RawFigure[]): string | null {
  if (!/\bthe\s+$/i.test(folded.slice(Math.max(0, numStart - 5), numStart))) return null;
  for (let i = out.length - 1; i >= 0; i--) {
    const f = out[i]!;
    if (f.classifier && f.value === value && f.unit === head && f.metricHint && f.metricHint.split(' ').length > 1) return f.metricHint;
  }
  return null;
}

/** A bare number whose noun is left out before a verb of making: 'only 32 will be built in time'. */
const ELIDED_COUNT_AFTER = /^\s+(?:(?:that|which)\s+)?(?:will|would|could|should|have|has|had|were|are|was|is)\s+(?:not\s+)?(?:now\s+)?(?:be\s+|been\s+)?(?:built|opened|completed|delivered|created|recruited|hired|started|finished|constructed|planted|installed)\b/i;
/** How far back (characters) the count a left-out noun repeats may be. */
const ELIDED_COUNT_REACH = 1500;

/** The earlier count whose noun a bare number leaves out, or null. */
function elidedCount(folded: string, end: number, out: RawFigure[]): RawFigure | null {
  if (!ELIDED_COUNT_AFTER.test(folded.slice(end, end + 60))) return null;
  for (let i = out.length - 1; i >= 0; i--) {
    const f = out[i]!;
    if (end - f.end > ELIDED_COUNT_REACH) return null;
    if (f.classifier && f.metricHint) return f;
  }
  return null;
}

/**
 * A bare number closing a sentence built as an earlier count's was: 'In December 2023, there were
 * 3141 households in motels. In December 2024, there were 591.' The two words before each are the
 * frame; the count it repeats must stand in the sentence just before (no figure between).
 */
function parallelCount(folded: string, numStart: number, end: number, out: RawFigure[]): RawFigure | null {
  const last = out[out.length - 1];
  if (!last || !last.classifier || !last.metricHint || numStart - last.end > PARALLEL_REACH) return null;
  if (!/^\s*(?:[.;]|$)/.test(folded.slice(end, end + 3))) return null;
  const frame = (at: number): string | null => /(?:^|[^A-Za-z])([A-Za-z]+\s+[A-Za-z]+)\s+$/.exec(folded.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? null;
  const mine = frame(numStart);
  const lastStart = last.start + (/^[^\d]*/.exec(folded.slice(last.start, last.end))?.[0].length ?? 0);
  return mine && !PARALLEL_WEAK_FRAME.test(mine) && mine === frame(lastStart) ? last : null;
}
const PARALLEL_REACH = 240;
/** Frames too common to tie two sentences together: 'of the', 'to a'. */
const PARALLEL_WEAK_FRAME = /^(?:of|to|in|on|at|for|by|from|with|and|or)\s+(?:the|a|an|its|their|about|around|some)$/;

/** Between two figures of an earnings line: ' vs ', ' vs loss ', ' versus profit '. */
const VERSUS_BETWEEN = /^\s+(?:vs\.?|versus)\s+(?:(?:loss|profit)\s+)?$/i;
/** The first figure of such a pair: 'Net 66 mln vs 66.2 mln'. */
const VERSUS_AFTER = /^\s+(?:vs\.?|versus)\s+(?:(?:loss|profit)\s+)?(?:US\$|\$)?\d/i;

/** Lower-case noun phrase after a count: '1.5 million homes in England' → homes. */
/**
 * A capitalised noun may still be what is counted: a plural people or place name ('1.6 million
 * Singaporeans'), a proper noun before a common one ('700,000 Singapore residents'), or a
 * capitalised name whose head is plural ('35 International Purchasing Offices', '10 Gigabits').
 */
function properCountNoun(folded: string, from: number): boolean {
  const run = /^\s+((?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+)(\s+[a-z]+)?/.exec(folded.slice(from, from + 60));
  if (!run) return false;
  const head = run[1]!.split(/\s+/).pop()!;
  if (/[a-rt-z]s$/.test(head)) return true;
  return !!run[2] && !/\s/.test(run[1]!) && /[a-rt-z]s$/.test(run[2].trim()) && !NOT_NOUN.has(run[2].trim());
}

/** Words that say how people are counted, before the noun that says who: full-time equivalent (FTE), headcount. */
const COUNT_BASIS = /^\s+(?:full[- ]time[- ]equivalent(?:\s+\(FTEs?\))?|FTEs?|headcount)(?=\s+[a-z])/i;

/** Measures written straight after their number ('8,000ha', '5km', '120kg'): the unit, glued. */
const GLUED_MEASURE = /^(ha|km2|km|kg)\b/;
/** Energy and emissions measures written as symbols ('1 312 Mtoe', '607 MtCO2e', '35 Gt'): the unit, as written. */
const MEASURE_SYMBOL = /^\s?(Mtoe|ktoe|MtCO2e|MtCO2|GtCO2e|GtCO2|MtCO2-eq|Mt|Gt|kt)\b/;

/**
 * 'the 607-megatonne target', 'a 20,000-home pledge', 'a 1,200-bed hospital': a count hyphened to its noun as a
 * compound before another noun counts that noun (megatonnes, homes, beds). Not a time ('a 40-hour week') nor a
 * word that is no noun ('a 2-to-1 vote').
 */
const HYPHEN_COMPOUND = /^-([a-z]{3,})(?=\s+[a-z])/;

function pluralOf(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The noun a count in digits is hyphened to ('607-megatonne'), as a plural phrase, or null. */
function compoundNoun(folded: string, from: number): CountNoun | null {
  const compound = HYPHEN_COMPOUND.exec(folded.slice(from, from + 24));
  if (!compound) return null;
  const word = compound[1]!;
  if (TIME_NOUN.test(word) || NOT_NOUN.has(word) || NOT_COMPOUND_COUNT.test(word)) return null;
  return { phrase: pluralOf(word), end: from + compound[0].length };
}

/** Compounds that rate, order or describe rather than count: 'a 5-star hotel', 'a 10-point plan', 'a 3-stage plan'. */
const NOT_COMPOUND_COUNT = /^(?:year|month|day|week|hour|minute|second|old|odd|strong|plus|fold|point|member|page|storey|story|seater|star|step|stage|phase|part|round|game|set|man|lane|way|room|track|tier)$/;

/** What a count names after its number; `measure`: a unit of measure ('ha', 'Mtoe'), which names no thing counted. */
export interface CountNoun {
  phrase: string;
  end: number;
  more?: 'increase' | 'decrease';
  measure?: boolean;
}

export function countNoun(folded: string, from: number): CountNoun | null {
  const glued = GLUED_MEASURE.exec(folded.slice(from, from + 4));
  if (glued) return { phrase: glued[1]!, end: from + glued[1]!.length, measure: true };
  const symbol = MEASURE_SYMBOL.exec(folded.slice(from, from + 12));
  if (symbol) return { phrase: symbol[1]!, end: from + symbol[0].length, measure: true };

  // Hyphens include U+2010/U+2011, which typeset compounds use ('well‑located homes').
  const re = /\s+([A-Za-z][A-Za-z\u2010\u2011-]*)/y;
  const words: string[] = [];
  let pos = from;
  // '50 more officers', '200 extra beds', '30 fewer buses': the comparative says the count is a change.
  const comparative = /^\s+(more|extra|additional|fewer)\b/i.exec(folded.slice(from, from + 14));
  if (comparative) pos = from + comparative[0].length;
  // '29,103 more full-time equivalent (FTE) direct patient care staff': how staff are counted, not what is counted.
  const basis = COUNT_BASIS.exec(folded.slice(pos, pos + 40));
  if (basis) pos += basis[0].length;
  while (words.length < 4) {
    re.lastIndex = pos;
    const w = re.exec(folded);
    if (!w) break;
    const word = w[1]!;
    if (words.length === 0 && GOAL_NOUN.has(word.toLowerCase())) return null;
    if (NOT_NOUN.has(word.toLowerCase()) || COUNT_PHRASE_END.has(word.toLowerCase()) || /^[A-Z]/.test(word) && words.length === 0 && !/^[A-Z]+s?$/.test(word) && !properCountNoun(folded, w.index)) break;
    if (words.length > 0 && PLURAL_HEAD.test(words[words.length - 1]!) && !NOT_PLURAL_HEAD.test(words[words.length - 1]!)) break;
    // 'three members voting for a cut', 'homes built': a participle after the noun starts a new phrase.
    if (words.length > 0 && /(?:ing|ed)$/i.test(word) && /s$/i.test(words[words.length - 1]!)) break;
    words.push(word);
    pos = w.index + w[0].length;
    if (/[,.;:]/.test(folded[pos] ?? '')) break;
  }
  if (words.length === 0) return null;
  const list = PLURAL_HEAD.test(words[words.length - 1]!) ? PLURAL_LIST_TAIL.exec(folded.slice(pos, pos + 60)) : null;
  if (list) {
    words[words.length - 1] += list[1]!;
    pos += list[0].length;
  }
  const head = words[words.length - 1]!.split(/[\s,]+/).pop()!;
  if (TIME_NOUN.test(head) || TIME_NOUN.test(words[0]!)) return null;
  // 'additional officers' and 'extra beds' name the increment itself (a count of its own), so the adjective stays; 'more' and 'fewer' do not.
  const increment = comparative && /^(?:extra|additional)$/i.test(comparative[1]!) ? `${comparative[1]!.toLowerCase()} ` : '';
  if (comparative) return { phrase: increment + words.join(' '), end: pos, more: /fewer/i.test(comparative[1]!) ? 'decrease' : 'increase' };
  return { phrase: words.join(' '), end: pos };
}

/** 'Mortgage approvals dropped by 4,000': the subject of a change verb names what is counted. */
const SUBJECT_CHANGED_BY = /\b([a-z]+s)\s+(?:have\s+|has\s+)?(?:rose|risen|fell|fallen|dropped|declined|increased|decreased|grew|jumped|slipped|climbed)\s+(?:by\s+)?$/i;
const SUBJECT_PHRASE_CHANGED_BY = /((?:[A-Za-z]+\s+){0,2}[a-z]+s)\s+(?:have\s+|has\s+)?(?:rose|risen|fell|fallen|dropped|declined|increased|decreased|grew|jumped|slipped|climbed)\s+(?:by\s+)?$/i;

/**
 * A number with no unit after it: what it counts, from the words after it, the count before it,
 * the verb's subject or object, or 'the number of …'; else a figure whose measure the indicator
 * gives ('20,951', 'over 87,000'). False when it is no figure.
 */
export function countedThing(folded: string, numStart: number, words: string | undefined, magnitude: boolean, numText: string, f: EnReading, out: RawFigure[]): boolean {
  const noun = (words ? null : compoundNoun(folded, f.end)) ?? countNoun(folded, f.end);
  if (noun) {
    // '12.06 million new jobs were created in urban areas': where they are is part of what is counted.
    const area = AREA_AFTER_COUNT.exec(folded.slice(noun.end, noun.end + 60));
    if (area) noun.phrase = noun.phrase.replace(/(\S+)$/, `${area[1]!.toLowerCase()} $1`);
    const head = noun.phrase.split(' ').pop()!.toLowerCase();
    f.unit = head;
    f.classifier = true;
    // '8,000ha', '907 Mtoe': a unit of measure says how much, not of what: '8,000ha of new forest' names it after
    // 'of', or else the sentence does.
    const of = noun.measure ? /^\s+of(?=\s)/.exec(folded.slice(noun.end, noun.end + 4)) : null;
    const measured = of ? countNoun(folded, noun.end + of[0].length) : null;
    f.metricHint = definiteAntecedent(folded, numStart, f.value, head, out) ?? (noun.measure ? measured?.phrase.toLowerCase() : noun.phrase.toLowerCase());
    f.end = noun.end;
    f.rule = 'en.count';
    if (noun.more) f.moreChange = noun.more;
    return true;
  }
  const last = out[out.length - 1];
  if (last && last.classifier && (/^\s+(?:to|and|or|from)\s+$/i.test(folded.slice(last.end, numStart)) || COMPARED_COUNT.test(folded.slice(last.end, numStart)))) {
    // 'from 240 families to 120', 'by 54 votes to 21': the second number counts the same things.
    f.unit = last.unit;
    f.classifier = true;
    if (last.metricHint) f.metricHint = last.metricHint;
    f.rule = 'en.count';
    return true;
  }
  if (!words && SUBJECT_CHANGED_BY.test(folded.slice(Math.max(0, numStart - 60), numStart))) {
    const sm = SUBJECT_PHRASE_CHANGED_BY.exec(folded.slice(Math.max(0, numStart - 60), numStart))!;
    f.unit = sm[1]!.split(/\s+/).pop()!.toLowerCase();
    f.metricHint = sm[1]!.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
    f.classifier = true;
    f.rule = 'en.count';
    return true;
  }
  const byObject = words ? null : countByObject(folded, numStart);
  if (byObject) {
    f.unit = byObject.unit;
    f.metricHint = byObject.phrase;
    f.classifier = true;
    f.rule = 'en.count';
    return true;
  }
  const antecedent = words ? null : elidedCount(folded, f.end, out) ?? parallelCount(folded, numStart, f.end, out);
  if (antecedent) {
    f.unit = antecedent.unit;
    if (antecedent.metricHint) f.metricHint = antecedent.metricHint;
    f.classifier = true;
    f.rule = 'en.count';
    return true;
  }
  // 'Revs 7,075,000 vs 2,330,000', 'Net loss 7,041,000 vs loss 467,000': the figures either side of
  // 'vs' in an earnings line are one measure, this period and the last. A count before 'vs' ('six
  // mths vs 2,285,000') is no such pair, nor a vote ('5-4 vs 6-3'), nor a misprint running into a digit.
  const pairs = !words && f.valueMax === null && !/^\d/.test(folded[f.end] ?? '');
  if (pairs && last && !last.classifier && last.valueMax === null && VERSUS_BETWEEN.test(folded.slice(last.end, numStart))) {
    f.unit = last.unit;
    if (last.metricHint) f.metricHint = last.metricHint;
    f.rule = 'en.versus';
    return true;
  }
  if (pairs && VERSUS_AFTER.test(folded.slice(f.end, f.end + 20))) {
    f.unit = '';
    f.rule = 'en.versus';
    return true;
  }
  // 'the number of households … reached a record 117,450'.
  const clause = folded.slice(Math.max(0, numStart - 120), numStart);
  // 'a record number of nurses, 351,000,': the number set off after the noun it counts.
  const nm = /number of ([a-z-]+)(?: [a-z-]+){0,4}[^,.;]*$/i.exec(clause) ?? /number of ([a-z-]+)\s*[,—–]\s*$/i.exec(clause);
  if (nm && !words) {
    f.unit = nm[1]!.toLowerCase();
    // 'a record number of officers—149,572': the counted noun is what the number measures.
    if (/^number of [a-z-]+\W*$/i.test(nm[0].trim())) f.metricHint = f.unit;
    f.classifier = true;
    f.rule = 'en.count';
    return true;
  }
  // 'the 6,000 target pledged during the election': a figure named as a goal, whose measure the goal's story gives.
  const goalWord = /^\s+([a-z]+)\b/.exec(folded.slice(f.end, f.end + 14))?.[1];
  if (goalWord && GOAL_NOUN.has(goalWord)) {
    f.unit = '';
    return true;
  }
  if (!magnitude && (words ? /point|thousand|million|billion|mln|bln/i.test(words) : true) && isEnUnitlessFigure(folded, numStart, f.end, words ? String(f.value) : numText)) {
    // '20,951', 'over 87,000', 'nearly 100,000 by 2027': a figure whose measure the indicator gives.
    f.unit = '';
    return true;
  }
  return false;
}
