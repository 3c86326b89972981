import type { FigureChange, Qualifier } from '../../../shared/domain/figure';
import { EN_SCALE_POWER, parseEnglishFraction, parseEnglishNumberWords, shiftDecimal } from './numbers';
import { EN_CHANGE, EN_CHANGE_NOUN_RE, EN_PREFIX_RE, EN_QUALIFIER } from './qualifiers';
import type { RawFigure } from './scan-zh';
import { EN_CURRENCY_PREFIX, EN_CURRENCY_WORD } from './units';
import { shareOfSource } from './metric';
import { isEnUnitlessFigure } from './numerals/unitless';
import { readEnShape } from './numerals/shapes-en';

const SMALL_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen';
const EN_NUM = new RegExp(
  [
    `(?<cur>US\\$|HK\\$|A\\$|C\\$|NZ\\$|S\\$|\\$|£|€|¥|\\b(?:RMB|CNY|USD|GBP|EUR|HKD|JPY)\\s?)?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?(?<scale>trillion|billion|million|thousand|lakh|crore|bn|mn|tn|m|k)\\b)?`,
    `\\b(?<frac>(?:a|an|one|two|three|four)[\\s-](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|half)\\b`,
    `\\b(?<mult>halved|halve|halving|doubled|doubling|tripled|trebled|quadrupled)\\b`,
    // 'hundreds of', 'tens of thousands of': an order of magnitude, read as a floor.
    `\\b(?<magnitude>(?:tens|hundreds|thousands|millions|billions)(?:\\s+of\\s+(?:thousands|millions|billions))?\\s+of)\\b`,
    // 'twenty-thousand, five-hundred and sixty-nine', 'forty two point five'.
    `\\b(?<words>(?:${SMALL_WORDS})(?:(?:[\\s-]+|\\s+and\\s+|(?<=(?:thousand|million|billion)),\\s+)(?:${SMALL_WORDS}))*(?:\\s+point(?:\\s+(?:zero|one|two|three|four|five|six|seven|eight|nine))+)?)\\b`,
  ].join('|'),
  'gi',
);
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
// '1.6-percent average', 'a 50-basis-point hike': the unit may be hyphenated to the number.
const PERCENT_AFTER = /^(?:\s?|-(?=percent|per cent|basis|percentage))(?:(?<pct>%|per ?cent\b|pct\b)|(?<pp>percentage[\s-]points?\b|pp\b)|(?<bp>basis[\s-]points?\b|bps?\b)|(?<times>times\b)|(?<cur>yuan|renminbi|dollars?|pounds?|sterling|euros?|yen)\b)/i;
/** '1/4 to 1/2 percent', '3/4 of': a fraction written with a slash, only where a share follows (never a date). */
const SLASH_FRACTION = /^(\d{1,2})\/(\d{1,2})(?=\s*(?:%|percent|per cent|of\b|to\s+\d{1,2}\/\d{1,2}\s*(?:%|percent|per cent)))/i;
const SLASH_FRACTION_RANGE = /^\s+to\s+(\d{1,2})\/(\d{1,2})\s*(%|percent|per cent)/i;
/** '5-1/4 percent', '4 to 4-3/4 percent', '2-1/2 to 2-3/4 percent': a percent written with a mixed fraction on either end. */
const MIXED_FRACTION_PERCENT = /^(\d{1,2})(?:-(\d)\/(\d{1,2}))?(?:\s+to\s+(\d{1,2})(?:-(\d)\/(\d{1,2}))?)?\s*(?:%|percent|per cent)\b(?<=\d-\d\/\d{1,2}\s*(?:%|percent|per cent)|\d-\d\/\d{1,2}\s+to\s+\d{1,2}(?:-\d\/\d{1,2})?\s*(?:%|percent|per cent))/i;
const mixedValue = (whole: string, num?: string, den?: string): number => Number(whole) + (num && den ? Number(num) / Number(den) : 0);
const RANGE_SEP = /^\s?(?:-|–|to)\s?/;
const NOT_NOUN = new Set(
  'goes went means shows pays covers remains a an the in on at of to for from by with as and or but than that this these those were was is are be been will would could should can may might has have had said says per each more less over under worldwide last next since its their which who after before into across about around up down it they we he she year-on-year a-year'.split(' '),
);
/**
 * Words that end a count's noun phrase: conjunctions opening a new clause ('20,000 officers if he wins')
 * and adverbs of place or manner ('170,000 chargers nationwide').
 */
const COUNT_PHRASE_END = new Set('if unless when whether because while so nationwide countrywide statewide citywide annually apiece already altogether overall now yet installed connected operational online'.split(' '));
/** A plural head closes the phrase: '50,000 more nurses claim' counts nurses; the word after starts something else. */
const PLURAL_HEAD = /[a-z][a-z]s$/i;
const NOT_PLURAL_HEAD = /(?:ss|us|is|ics)$/i;
const TIME_NOUN = /^(?:years?|quarters?|months?|days?|weeks?|hours?|minutes?|seconds?|decades?|centuries|century|year-olds?|-year-olds?|am|pm|gmt|bst|st|nd|rd|th)$/i;
/** '3,240 incidents in 2023, up from 2,890 in 2022': a bare number compared with a count just given counts the same things. */
const COMPARED_COUNT = /^[^.;!?]{0,40},?\s+(?:up|down)?\s*from\s+$/i;
const COMPARE_PREFIX = /\bbetween\s+$/i;
const FROM_BEFORE = new RegExp(`\\bfrom\\s+(?:(?:${[...EN_QUALIFIER.keys()].map((q) => q.replace('.', '\\.')).join('|')})\\s+)?(?:(?:a|an|the|just)\\s+)?(?:US\\$|HK\\$|[$£€¥])?$`, 'i');
/**
 * 'an extra 20,000 officers', 'an additional 300 beds': the count is an increase on what there was.
 * 'a further 150 apprenticeships' after a list only adds an item to it, so 'further' is not one of these.
 */
const INCREMENT_BEFORE = /\b(?:an?|another)\s+(?:additional|extra)\s+$/i;
/** Verbs that hold a quantity at a level: 'kept the rate at 5%', 'keeping CPI at around 3 percent'. */
const HOLD_AT = new RegExp(`\\b(?:held|hold|holds|holding|kept|keep|keeps|keeping|left|set|maintained|maintain|maintaining|froze|frozen)\\s+((?:the\\s+|its\\s+)?[a-z][a-z -]*?)\\s+(?:at|on)\\s+(?:a\\s+)?(?:(?:${[...EN_QUALIFIER.keys()].map((q) => q.replace('.', '\\.')).join('|')})\\s+)?$`, 'i');
/** An aside between dashes or brackets ('the CPI increase – the main gauge for inflation – at'): dropped before reading the verb's object. */
const ASIDE = /\s+[–—]\s+[^–—]*?\s+[–—](?=\s)|\s*\([^()]*\)/g;

/** 'Renewables covered 98.6% of …', 'coal accounted for 20% of …': the subject is the source of the share. */
const SOURCE_BEFORE = new RegExp(`(?:^|[,;.\\n]\\s*|\\b(?:that|and)\\s+)(?:the\\s+)?([a-z][a-z -]*?)\\s+(?:covered|covers|accounted for|accounts for|account for|made up|makes up|make up|provided|provides|supplied|supplies|generated|generates|met|meets)\\s+(?:(?:${[...EN_QUALIFIER.keys()].map((q) => q.replace('.', '\\.')).join('|')})\\s+)?(?:just\\s+)?$`, 'i');
/** '… of all electricity used in Scotland came from renewables', '… of its energy from renewable sources': the source after the whole. */
const SOURCE_AFTER = /^\s*(?:(?:used|consumed|needs)\s+)?(?:in\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?\s+)?(?:(?:came|comes|come|coming|was|were|is|are)\s+)?(?:(?:generated|produced|sourced)\s+)?(?:from|through)\s+([a-z][a-z -]*?)(?=[,.;]|\s+(?:by|in|for|last|this|next|over|during|and)\b|\s+\d|$)/;

/** A percentage of a whole that comes from a source is that source's share of it; null when no source is named. */
function shareFromSource(folded: string, numStart: number, ofEnd: number, whole: string): string | null {
  const before = SOURCE_BEFORE.exec(folded.slice(Math.max(0, numStart - 60), numStart));
  const source = before && !/\b(?:which|who|it|they|this|that)$/i.test(before[1]!) ? before[1]! : SOURCE_AFTER.exec(folded.slice(ofEnd, ofEnd + 80))?.[1];
  return source ? shareOfSource(source, whole) : null;
}

const QUALIFIER_ALT = [...EN_QUALIFIER.keys()].map((q) => q.replace('.', '\\.')).join('|');
/** Verbs that change a headcount by an amount: 'boost police numbers by 20,000', 'cut the workforce by 1,500'. */
const COUNT_BY_OBJECT = new RegExp(`\\b(?:boost|boosts|boosted|boosting|raise|raises|raised|raising|increase|increases|increased|increasing|cut|cuts|cutting|reduce|reduces|reduced|reducing|grow|grows|growing|swell|swells|swelled|expand|expands|expanded|expanding|lift|lifts|lifted)\\s+(?:(?:the|its|their|our|his|her)\\s+)?([a-z][a-z -]*?(?:s|workforce|headcount|staff|force|fleet|population))\\s+by\\s+(?:(?:${QUALIFIER_ALT})\\s+)?(?:an?\\s+)?(?:extra|additional|further)?\\s*$`, 'i');

/** A verb of cutting and its object before a percentage 'below' a base: 'slashed greenhouse gas emissions 34% below 1990 levels'. */
const CUT_BELOW_BEFORE = new RegExp(`\\b(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|slash|slashes|slashed|slashing|lower|lowers|lowered|lowering)\\s+(?:(?:the|its|their|our)\\s+)?([a-z][a-z -]*?)\\s+(?:(?:to|by)\\s+)?(?:(?:${QUALIFIER_ALT})\\s+)?$`, 'i');

/** A transitive verb of change and its bare object before 'to N': 'cut child poverty to', 'reduce waiting times to'. */
const BARE_OBJECT_TO = new RegExp(`\\b(?:cut|cuts|cutting|reduce|reduces|reducing|lower|lowers|lowering|raise|raises|raising|lift|lifts|lifting|boost|boosts|boosting|bring down|bringing down|push up|drive down)\\s+((?!the\\b|a\\b|an\\b|its\\b|their\\b|it\\b|them\\b)[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,3}?)\\s+to\\s+(?:(?:${QUALIFIER_ALT})\\s+)?(?:(?:a|an|the)\\s+)?$`, 'i');

/** Ranges after a number: 'between $160 billion and $167 billion', '2-3%', '5 to 7 per cent'. */
const BETWEEN_AND_RANGE = /^\s+and\s+(?:US\$|\$|£|€|¥)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(trillion|billion|million|thousand|bn|mn|m|k)\b)?/i;
const DASH_OR_TO_RANGE = new RegExp(`${RANGE_SEP.source}(?:US\\$|\\$|£|€)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?(trillion|billion|million|thousand|bn|mn|m|k)\\b)?`, 'i');
/** 'raise the share of first-time buyers to more than a third': a change verb, its object and 'to'. */
const CHANGE_OBJECT_TO = new RegExp(`\\b(${[...EN_CHANGE.keys()].join('|')})\\s+((?:the|a|an)\\s+.+?)\\s+to\\s+(?:${[...EN_QUALIFIER.keys()].join('|')})?\\s*(?:(?:a|an|the)\\s+)?$`, 'i');
/** 'cut the workforce by 1,500': a change verb, its object and 'by'. */
const CHANGE_OBJECT_BY = new RegExp(`\\b(${[...EN_CHANGE.keys()].join('|')})\\s+(.+?)\\s+by\\s+(?:(?:a|an|the)\\s+)?$`, 'i');

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

function valueOf(num: string, scale: string | undefined): number {
  const base = num.replace(/,/g, '');
  if (!scale) return Number(base);
  return shiftDecimal(base, EN_SCALE_POWER[scale.toLowerCase()] ?? SOUTH_ASIAN_SCALE_POWER[scale.toLowerCase()] ?? 0);
}

/** Dollars named by their country after a number: '17.71 trillion U.S. dollars', '5 billion Hong Kong dollars'. */
const NATIONAL_CURRENCY: Record<string, string> = {
  us: 'USD', american: 'USD', 'hong kong': 'HKD', hk: 'HKD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD', 'new zealand': 'NZD', taiwan: 'TWD', 'new taiwan': 'TWD',
};
const NATIONAL_CURRENCY_AFTER = /^\s(U\.S\.|US|American|Hong Kong|HK|Australian|Canadian|Singapore|New Zealand|New Taiwan|Taiwan)\s+dollars?\b/i;

/** Indian and South Asian English count in lakhs (100,000) and crores (10 million): '1.75 lakh megawatt'. */
const SOUTH_ASIAN_SCALE_POWER: Record<string, number> = { lakh: 5, crore: 7 };

/**
 * Power and energy units as English writes them, stored in one base each (千瓦, 千瓦时, the units
 * Chinese reports count in as 万千瓦 and 亿千瓦时), so 116 GW and 1.75 lakh megawatt compare.
 * Each row: the written unit, the base unit, and the power of ten from one to the other.
 */
const EN_POWER_UNITS: Array<[RegExp, string, number]> = [
  [/^\s?(?:GW|gigawatts?)\b(?!h)/, '千瓦', 6],
  [/^\s?(?:MW|megawatts?)\b(?!h)/, '千瓦', 3],
  [/^\s?(?:kW|KW|kilowatts?)\b(?!h)/, '千瓦', 0],
  [/^\s?(?:TWh|terawatt[- ]hours?)\b/, '千瓦时', 9],
  [/^\s?(?:GWh|gigawatt[- ]hours?)\b/, '千瓦时', 6],
  [/^\s?(?:MWh|megawatt[- ]hours?)\b/, '千瓦时', 3],
  [/^\s?(?:kWh|KWh|kilowatt[- ]hours?)\b/, '千瓦时', 0],
];

/** The power or energy unit right after a number, and where it ends; null when there is none. */
function powerUnit(after: string): { unit: string; length: number; power: number } | null {
  for (const [re, unit, power] of EN_POWER_UNITS) {
    const m = re.exec(after);
    if (m) return { unit, length: m[0].length, power };
  }
  return null;
}

/** A value times a power of ten without binary noise (116 GW → 116000000 千瓦). */
function scaled(value: number, power: number): number {
  return power === 0 ? value : Number((value * 10 ** power).toPrecision(15));
}

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

/** Lower-case noun phrase after a count: '1.5 million homes in England' → homes. */
function countNoun(folded: string, from: number): { phrase: string; end: number; more?: 'increase' | 'decrease' } | null {
  // Hyphens include U+2010/U+2011, which typeset compounds use ('well‑located homes').
  const re = /\s+([A-Za-z][A-Za-z\u2010\u2011-]*)/y;
  const words: string[] = [];
  let pos = from;
  // '50 more officers', '200 extra beds', '30 fewer buses': the comparative says the count is a change.
  const comparative = /^\s+(more|extra|additional|fewer)\b/i.exec(folded.slice(from, from + 14));
  if (comparative) pos = from + comparative[0].length;
  while (words.length < 4) {
    re.lastIndex = pos;
    const w = re.exec(folded);
    if (!w) break;
    const word = w[1]!;
    if (NOT_NOUN.has(word.toLowerCase()) || COUNT_PHRASE_END.has(word.toLowerCase()) || /^[A-Z]/.test(word) && words.length === 0 && !/^[A-Z]+s?$/.test(word) && !properCountNoun(folded, w.index)) break;
    if (words.length > 0 && PLURAL_HEAD.test(words[words.length - 1]!) && !NOT_PLURAL_HEAD.test(words[words.length - 1]!)) break;
    // 'three members voting for a cut', 'homes built': a participle after the noun starts a new phrase.
    if (words.length > 0 && /(?:ing|ed)$/i.test(word) && /s$/i.test(words[words.length - 1]!)) break;
    words.push(word);
    pos = w.index + w[0].length;
    if (/[,.;:]/.test(folded[pos] ?? '')) break;
  }
  if (words.length === 0) return null;
  const head = words[words.length - 1]!;
  if (TIME_NOUN.test(head) || TIME_NOUN.test(words[0]!)) return null;
  // 'additional officers' and 'extra beds' name the increment itself (a count of its own), so the adjective stays; 'more' and 'fewer' do not.
  const increment = comparative && /^(?:extra|additional)$/i.test(comparative[1]!) ? `${comparative[1]!.toLowerCase()} ` : '';
  if (comparative) return { phrase: increment + words.join(' '), end: pos, more: /fewer/i.test(comparative[1]!) ? 'decrease' : 'increase' };
  return { phrase: words.join(' '), end: pos };
}

export function scanEn(folded: string): RawFigure[] {
  const out: RawFigure[] = [];
  EN_NUM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EN_NUM.exec(folded)) !== null) {
    const g = m.groups!;
    const prev = folded.slice(Math.max(0, m.index - 2), m.index);
    if (/[A-Za-z0-9][-/.]?$/.test(prev) && !g.cur) continue;
    // '(-3.9 pp)', ' -0.3%': a minus sign after a bracket or a space is the number's sign, not a hyphen.
    // '(negative 0.1%)': the ONS spells the sign out.
    const negative = !!g.num && !g.cur && (/(?:^|[\s(])[-−]$/.test(prev) || /\bnegative\s+$/i.test(folded.slice(Math.max(0, m.index - 9), m.index)));
    if (/[-/]$/.test(prev) && !negative) continue;
    const mixed = g.num && !g.cur && !g.scale ? MIXED_FRACTION_PERCENT.exec(folded.slice(m.index, m.index + 40)) : null;
    if (mixed) {
      // The Fed's '5-1/4 percent' and '2-1/2 to 2-3/4 percent': a whole number and a fraction joined by a hyphen.
      const end = m.index + mixed[0].length;
      const low = mixedValue(mixed[1]!, mixed[2], mixed[3]);
      const high = mixed[4] !== undefined ? mixedValue(mixed[4], mixed[5], mixed[6]) : null;
      out.push({
        start: m.index, end, numStart: m.index, value: low, valueMax: high, unit: '%', currency: null,
        qualifier: high !== null ? 'range' : 'eq', change: 'level', countInWords: false, classifier: false, rule: 'en.mixed-fraction', cues: [], unitEnd: end,
      });
      EN_NUM.lastIndex = end;
      continue;
    }
    const slash = g.num && !g.cur && !g.scale ? SLASH_FRACTION.exec(folded.slice(m.index, m.index + 40)) : null;
    if (slash && Number(slash[2]) > Number(slash[1])) {
      // The Fed's '1/4 to 1/2 percent': a range of shares; '3/4 of' a share of a whole.
      const fractionEnd = m.index + slash[0].length;
      const range = SLASH_FRACTION_RANGE.exec(folded.slice(fractionEnd, fractionEnd + 30));
      const pct = !range && /^\s*(?:%|percent|per cent)/i.exec(folded.slice(fractionEnd, fractionEnd + 12));
      const end = fractionEnd + (range ? range[0].length : pct ? pct[0].length : 0);
      out.push({
        start: m.index, end, numStart: m.index, value: Number(slash[1]) / Number(slash[2]),
        valueMax: range ? Number(range[1]) / Number(range[2]) : null, unit: range || pct ? '%' : 'ratio', currency: null,
        qualifier: range ? 'range' : 'eq', change: 'level', countInWords: false, classifier: false, rule: 'en.slash-fraction', cues: [], unitEnd: end,
      });
      EN_NUM.lastIndex = end;
      continue;
    }
    let value: number | null;
    let end = m.index + m[0].length;
    let unit: string | null = null;
    let currency: string | null = null;
    let classifier = false;
    let rule = 'en.number';
    const cues: string[] = [];
    if (g.mult) {
      // 'halved its use of …' is a ratio of 0.5; 'doubled' is two times the earlier level.
      const word = g.mult.toLowerCase();
      const half = word.startsWith('halv');
      const q = /\b(roughly|about|around|nearly|almost|more than|over)\s+$/i.exec(folded.slice(Math.max(0, m.index - 14), m.index));
      const object = /^\s+(?:(?:its|their|the|his|her|our)\s+)?([a-z][a-z -]*?)(?=\s+(?:since|in|by|over|from|to|during|last|this|between|after)\b|[,.;]|$)/i.exec(folded.slice(end, end + 80));
      const before = folded.slice(Math.max(0, m.index - 80), m.index).replace(/^.*[,;.]/, '');
      const subject = /(?:^|\s)([a-z][a-z -]*?)\s+(?:has|have|had)?\s*(?:already\s+)?(?:roughly|about|around|nearly|almost|more than|over)?\s*$/i.exec(before);
      const hint = object && !/^(?:since|in|by|over|from|to)$/i.test(object[1]!) ? object[1]! : subject ? subject[1]!.replace(/^(?:the|a|an)\s+/i, '') : undefined;
      out.push({
        start: q ? m.index - q[0].length : m.index, end, numStart: m.index,
        value: half ? 0.5 : word.startsWith('doubl') ? 2 : word.startsWith('quadr') ? 4 : 3, valueMax: null,
        unit: half ? 'ratio' : '倍', currency: null,
        qualifier: q ? EN_QUALIFIER.get(q[1]!.toLowerCase()) ?? 'approx' : 'eq',
        change: half ? 'decrease' : 'increase', countInWords: false, classifier: false, rule: 'en.multiple-verb', cues: [g.mult], unitEnd: end,
        ...(hint ? { metricHint: hint.trim() } : {}),
      });
      continue;
    }
    if (g.frac) {
      // 'first half', 'second half' are periods, not fractions.
      if (/\b(?:first|second|the)\s+$/i.test(folded.slice(Math.max(0, m.index - 8), m.index))) continue;
      value = parseEnglishFraction(g.frac);
      unit = 'ratio';
      rule = 'en.fraction';
    } else if (g.magnitude) {
      value = readEnShape(g.magnitude)?.value ?? null;
      rule = 'en.order-of-magnitude';
    } else if (g.words) {
      value = parseEnglishNumberWords(g.words);
      rule = 'en.number-words';
    } else {
      if (g.cur) {
        const code = EN_CURRENCY_PREFIX[g.cur.trim()];
        if (code) {
          currency = code;
          unit = code === 'CNY' ? '元' : code;
          rule = 'en.money';
        }
      }
      value = valueOf(g.num!, g.scale);
    }
    if (value === null) continue;
    if (negative) value = -value;
    const numText = g.num ?? '';
    const bareYear = !g.cur && !g.scale && /^(?:1[89]|20)\d{2}$/.test(numText);
    const after = folded.slice(end, end + 24);
    const national = !unit ? NATIONAL_CURRENCY_AFTER.exec(folded.slice(end, end + 30)) : null;
    if (national) {
      currency = NATIONAL_CURRENCY[national[1]!.replace(/\./g, '').toLowerCase()]!;
      unit = currency;
      rule = 'en.money';
      end += national[0].length;
    }
    const pa = PERCENT_AFTER.exec(after);
    if (pa && !unit) {
      const pg = pa.groups!;
      if (pg.pct) { unit = '%'; rule = 'en.percent'; }
      else if (pg.pp) { unit = '个百分点'; rule = 'en.percentage-points'; }
      else if (pg.bp) { unit = '基点'; rule = 'en.basis-points'; }
      else if (pg.times) { unit = '倍'; rule = 'en.multiple'; }
      else if (pg.cur) {
        currency = EN_CURRENCY_WORD[pg.cur.toLowerCase()] ?? null;
        unit = currency === 'CNY' ? '元' : currency;
        rule = 'en.money';
      }
      end += pa[0].length;
    }
    const power = !unit ? powerUnit(after) : null;
    let powerNoun: string | undefined;
    if (power) {
      unit = power.unit;
      value = scaled(value, power.power);
      rule = 'en.power';
      end += power.length;
      // '116 GW renewables installed', '2 GW of offshore wind': what the power is of.
      const noun = countNoun(folded, end) ?? (/^\s+of\s+/.test(folded.slice(end, end + 5)) ? countNoun(folded, end + /^\s+of/.exec(folded.slice(end))![0].length) : null);
      if (noun) powerNoun = noun.phrase.toLowerCase();
    }
    if (bareYear && !unit) continue;
    // Dates and ages: 'July 30', '30 July', '34-year-olds', '9.30am'.
    if (MONTH.test(after.trimStart()) && /^\s/.test(after) && !unit) continue;
    if (/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/.test(folded.slice(Math.max(0, m.index - 12), m.index)) && !unit) continue;
    if (/^-?(?:year|month|day|week|hour|st\b|nd\b|rd\b|th\b|am\b|pm\b)/i.test(after) && !unit) continue;

    // A range: '2-3%', '5 to 7 per cent', '$160 billion and $167 billion' after 'between'.
    let valueMax: number | null = null;
    const between = COMPARE_PREFIX.test(folded.slice(Math.max(0, m.index - 10), m.index));
    const rangeRe = between ? BETWEEN_AND_RANGE : DASH_OR_TO_RANGE;
    let rm = g.num ? rangeRe.exec(folded.slice(end, end + 40)) : null;
    // 'rose 13% to $143.1bn' is a change then a level, not a range.
    // 'cut inflation from more than 10% to 5%': a start and an end, not a range.
    if (rm && /\bto\b/.test(rm[0]) && FROM_BEFORE.test(folded.slice(Math.max(0, m.index - 30), m.index))) rm = null;
    // '53 to 57 per cent' states the unit once, after the second end; '5% to 7' is not a range.
    const secondPercent = !!rm && /^\S*\s?(?:-|–|to)?\s?\d[\d,.]*\s?(?:%|per ?cent)/i.test(rm[0] + folded.slice(end + rm[0].length, end + rm[0].length + 9));
    if (rm && !between && (/\bto\b/.test(rm[0]) && EN_PREFIX_RE.exec(folded.slice(Math.max(0, m.index - 30), m.index).toLowerCase())?.groups?.chg || (unit === '%' ? !secondPercent : unit !== null && secondPercent) || /[$£€¥]/.test(rm[0]) && !currency)) rm = null;
    if (rm) {
      const secondEnd = end + rm[0].length;
      const tail = folded.slice(secondEnd, secondEnd + 20);
      if (/^-?(?:year|month|day|week)/i.test(tail) || /^\s?(?:January|February|March|April|May|June|July|August|September|October|November|December)/.test(tail)) {
        EN_NUM.lastIndex = secondEnd;
        continue;
      }
      const second = valueOf(rm[1]!, rm[2] ?? g.scale);
      const pa2 = PERCENT_AFTER.exec(tail);
      if (!unit && pa2?.groups?.pct) unit = '%';
      if (!unit && pa2?.groups?.pp) unit = '个百分点';
      // '5-7 per cent' and '$160bn-$167bn' share the scale of whichever end states it.
      if (!g.scale && rm[2]) value = valueOf(g.num!, rm[2]);
      valueMax = second;
      end = secondEnd + (pa2 && (pa2.groups?.pct || pa2.groups?.pp) ? pa2[0].length : 0);
      EN_NUM.lastIndex = end;
    }
    if (bareYear && valueMax === null) continue;

    let metricHint: string | undefined = powerNoun;
    let moreChange: FigureChange | null = null;
    // 'funded by a £46 million package': the noun after an amount names it.
    if (currency && (/\b(?:a|an|the)\s+(?:US\$|\$|£|€|¥)?$/i.test(folded.slice(Math.max(0, m.index - 6), m.index)) || /^\s+[a-z]+\s+(?:plan|scheme|programme|program|fund|package|budget|deal|investment|project)\b/.test(folded.slice(end, end + 40)))) {
      const noun = countNoun(folded, end);
      if (noun) metricHint = noun.phrase.toLowerCase();
    }
    if (!unit) {
      const noun = countNoun(folded, end);
      if (noun) {
        // '12.06 million new jobs were created in urban areas': where they are is part of what is counted.
        const area = AREA_AFTER_COUNT.exec(folded.slice(noun.end, noun.end + 60));
        if (area) noun.phrase = noun.phrase.replace(/(\S+)$/, `${area[1]!.toLowerCase()} $1`);
        const head = noun.phrase.split(' ').pop()!.toLowerCase();
        unit = head;
        classifier = true;
        metricHint = definiteAntecedent(folded, m.index, value, head, out) ?? noun.phrase.toLowerCase();
        end = noun.end;
        rule = 'en.count';
        if (noun.more) moreChange = noun.more;
      } else if (out.length && out[out.length - 1]!.classifier && (/^\s+(?:to|and|or|from)\s+$/i.test(folded.slice(out[out.length - 1]!.end, m.index)) || COMPARED_COUNT.test(folded.slice(out[out.length - 1]!.end, m.index)))) {
        // 'from 240 families to 120', 'by 54 votes to 21': the second number counts the same things.
        const prevFig = out[out.length - 1]!;
        unit = prevFig.unit;
        classifier = true;
        if (prevFig.metricHint) metricHint = prevFig.metricHint;
        rule = 'en.count';
      } else if (!g.words && /\b([a-z]+s)\s+(?:have\s+|has\s+)?(?:rose|risen|fell|fallen|dropped|declined|increased|decreased|grew|jumped|slipped|climbed)\s+(?:by\s+)?$/i.test(folded.slice(Math.max(0, m.index - 60), m.index))) {
        // 'Mortgage approvals dropped by 4,000': the subject names what is counted.
        const sm = /((?:[A-Za-z]+\s+){0,2}[a-z]+s)\s+(?:have\s+|has\s+)?(?:rose|risen|fell|fallen|dropped|declined|increased|decreased|grew|jumped|slipped|climbed)\s+(?:by\s+)?$/i.exec(folded.slice(Math.max(0, m.index - 60), m.index))!;
        unit = sm[1]!.split(/\s+/).pop()!.toLowerCase();
        metricHint = sm[1]!.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
        classifier = true;
        rule = 'en.count';
      } else if (!g.words && countByObject(folded, m.index)) {
        const byObject = countByObject(folded, m.index)!;
        unit = byObject.unit;
        metricHint = byObject.phrase;
        classifier = true;
        rule = 'en.count';
      } else if (!g.words && elidedCount(folded, end, out)) {
        const antecedent = elidedCount(folded, end, out)!;
        unit = antecedent.unit;
        if (antecedent.metricHint) metricHint = antecedent.metricHint;
        classifier = true;
        rule = 'en.count';
      } else {
        // 'the number of households … reached a record 117,450'.
        const clause = folded.slice(Math.max(0, m.index - 120), m.index);
        // 'a record number of nurses, 351,000,': the number set off after the noun it counts.
        const nm = /number of ([a-z-]+)(?: [a-z-]+){0,4}[^,.;]*$/i.exec(clause) ?? /number of ([a-z-]+)\s*[,—–]\s*$/i.exec(clause);
        if (nm && !g.words) {
          unit = nm[1]!.toLowerCase();
          // 'a record number of officers—149,572': the counted noun is what the number measures.
          if (/^number of [a-z-]+\W*$/i.test(nm[0].trim())) metricHint = unit;
          classifier = true;
          rule = 'en.count';
        } else if (!g.magnitude && (g.words ? /point|thousand|million|billion/i.test(g.words) : true) && isEnUnitlessFigure(folded, m.index, end, g.words ? String(value) : numText)) {
          // '20,951', 'over 87,000', 'nearly 100,000 by 2027': a figure whose measure the indicator gives.
          unit = '';
        } else continue;
      }
    }
    if (g.words && classifier && value < 2) continue;

    // Qualifier and change words before the number.
    const windowStart = Math.max(0, m.index - 48);
    const window = folded.slice(windowStart, m.index).toLowerCase();
    const pm = EN_PREFIX_RE.exec(window);
    let start = m.index;
    let qualifier: Qualifier = 'eq';
    let change: FigureChange = 'level';
    if (pm && pm[0]) {
      const pg = pm.groups!;
      if (pg.q) {
        qualifier = EN_QUALIFIER.get(pg.q)!;
        cues.push(pg.q);
      }
      // 'up to 300 jobs' is a ceiling, not a rise.
      if (pg.chg === 'up' && pg.prep === 'to' && !pg.q) {
        qualifier = 'lte';
        cues.push('up to');
        start = windowStart + pm.index + pm[0].indexOf('up');
      }
      if (pg.chg && pg.prep !== 'to' && pg.prep !== 'from') {
        change = EN_CHANGE.get(pg.chg)!;
        cues.push(pg.chg);
        start = windowStart + pm.index + pm[0].indexOf(pg.chg);
      } else if (pg.q) start = windowStart + pm.index + pm[0].indexOf(pg.q);
      if (pg.prep === 'by' && !pg.chg) metricHint = undefined;
    }
    if (between) start = m.index - /between\s+$/i.exec(folded.slice(Math.max(0, m.index - 10), m.index))![0].length;
    // 'cut the number of people sleeping rough by half', 'boost economic output by £6bn'.
    // 'raise the share of first-time buyers to more than a third': the verb's object is the metric.
    const wideWindow = folded.slice(Math.max(0, m.index - 100), m.index).toLowerCase();
    const toLevel = CHANGE_OBJECT_TO.exec(wideWindow.replace(/^.*[,;:]/, ''));
    // 'cut child poverty to 18%', 'reduce waiting times to 18 weeks': a transitive change verb's bare object.
    const bareToLevel = toLevel ? null : BARE_OBJECT_TO.exec(wideWindow.replace(/^.*[,;:]/, ''));
    if (bareToLevel) {
      metricHint = bareToLevel[1]!;
      cues.push('to');
    }
    const heldAt = HOLD_AT.exec(wideWindow.replace(ASIDE, '').replace(/^.*[,;:]/, ''));
    if (heldAt) metricHint = heldAt[1]!.replace(/^(?:the|its)\s+/i, '');
    if (toLevel) {
      // 'cut the UK's rate of inflation from more than 10% to 5%': the owner and the starting level are not the metric.
      metricHint = toLevel[2]!.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+from\s+.*$/, '').replace(/^[a-z.]+'s\s+/, '');
      cues.push(toLevel[1]!);
    }
    if (/\bby\s+(?:(?:a|an|the)\s+)?$/i.test(window) && change === 'level') {
      const clauseText = window.replace(/^.*[,;:]/, '');
      const vm = CHANGE_OBJECT_BY.exec(clauseText);
      if (vm) {
        change = EN_CHANGE.get(vm[1]!.toLowerCase())!;
        metricHint = vm[2]!.replace(/^(?:the|a|an|its|their|our|his|her)\s+/i, '');
        cues.push(vm[1]!);
        start = m.index - /by\s+(?:(?:a|an|the)\s+)?$/i.exec(window)![0].length;
      }
    }
    // 'cut emissions 20% below 1990 levels': the size of a cut against a base year names the reduction, not the level.
    const below = unit === '%' && /^\s+below\b/i.test(folded.slice(end, end + 12)) ? CUT_BELOW_BEFORE.exec(wideWindow.replace(/^.*[,;:]/, '')) : null;
    if (below) {
      // The name says the direction; the figure is the size of the reduction, a level of it (34% beats a 20% goal).
      metricHint = `reduction in ${below[1]!.trim()}`;
      change = 'level';
      cues.push('below');
    }
    const changeOf = /\b(?:an?|the)\s+(increase|rise|jump|gain|fall|drop|decline|decrease|cut|reduction)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?$/i.exec(window);
    if (changeOf && change === 'level') {
      change = /fall|drop|decline|decrease|cut|reduction/i.test(changeOf[1]!) ? 'decrease' : 'increase';
      cues.push(changeOf[1]!);
    }
    const cn = (EN_CHANGE_NOUN_RE.lastIndex = end, EN_CHANGE_NOUN_RE.exec(folded));
    // 'a 4.99% tax rise', 'a 4.99% rise in council tax': the noun or its object names the metric.
    if (cn && change === 'level' && !classifier) {
      if (cn.groups!.mod && !NOT_NOUN.has(cn.groups!.mod.toLowerCase())) metricHint = cn.groups!.mod.toLowerCase();
      const inObj = /^\s+in\s+(?:the\s+)?([a-z][a-z -]*?)(?=\s+(?:from|to|by|in|for|this|next|last|since)\b|[,.;]|$)/i.exec(folded.slice(cn.index + cn[0].length, cn.index + cn[0].length + 60));
      if (inObj) metricHint = inObj[1]!.toLowerCase();
    }
    if (cn && change === 'level') {
      const noun = cn.groups!.noun!.toLowerCase();
      change = /fall|drop|decline|decrease|cut|reduction/.test(noun) ? 'decrease' : 'increase';
      cues.push(noun);
    }
    if (moreChange && change === 'level') { change = moreChange; cues.push(moreChange === 'increase' ? 'more' : 'fewer'); }
    const increment = classifier && change === 'level' ? INCREMENT_BEFORE.exec(folded.slice(Math.max(0, m.index - 24), m.index)) : null;
    if (increment) {
      change = 'increase';
      cues.push(increment[0].trim());
      start = Math.min(start, m.index - increment[0].length);
    }
    // 'booked $210 million of restructuring charges': the noun after 'of' names the money.
    if (currency && !metricHint) {
      const moneyOf = /^\s+of\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?=[,.;]|\s+(?:in|at|for|to|on|over|last|this|and|from)\b|$)/.exec(folded.slice(end, end + 50));
      if (moneyOf && !/^(?:the|its|their|his|her|a|an|which|them|it)\b/.test(moneyOf[1]!)) metricHint = moneyOf[1]!;
    }
    if (valueMax !== null) qualifier = 'range';
    else if (g.magnitude) qualifier = 'gte';
    if (negative && start === m.index) start -= /negative\s+$/i.exec(folded.slice(Math.max(0, m.index - 9), m.index))?.[0].length ?? 1;
    if (qualifier !== 'eq') rule += '+qualifier';
    const of = /^\s+of\s+(?:(?:its|their|the|all|his|her)\s+)?([a-z][a-z -]*?)(?=[,.;]|\s+(?:in|at|will|were|was|and|from|by|through|came|comes|is|are|last|this|next)\b|$)/i.exec(folded.slice(end, end + 60));
    const share = of && (unit === '%' || unit === 'ratio') ? shareFromSource(folded, m.index, end + of[0].length, of[1]!.trim()) : null;
    if (share) metricHint = share;
    out.push({
      start,
      end,
      numStart: m.index,
      value,
      valueMax,
      unit,
      currency,
      qualifier,
      change,
      countInWords: false,
      classifier,
      rule,
      cues,
      unitEnd: end,
      ...(metricHint ? { metricHint } : {}),
      ...(of && unit !== null && (unit === '%' || unit === 'ratio') && !/^(?:them|it|those|these)\b/i.test(of[1]!) ? { ofHint: of[1]!.trim() } : {}),
    });
  }
  return out;
}
