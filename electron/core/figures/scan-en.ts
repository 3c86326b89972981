import { parseEnglishFraction, parseEnglishNumberWords } from './numbers';
import { EN_CHANGE, EN_CHANGE_NOUN_RE, EN_PREFIX_RE, EN_QUALIFIER } from './qualifiers';
import type { RawFigure } from './scan-zh';
import { EN_CURRENCY_PREFIX } from './units';
import { unitClassOf } from '../metrics/key';
import { countedThing, countNoun, type EnReading, NOT_NOUN, QUALIFIER_ALT, shareFromSource } from './scan-en-counted';
import { currencyPrefixCode, EN_CURRENCY_PREFIX_ALT, PERCENT_AFTER, perBaseRate, unitWordsAfter, valueOf } from './scan-en-units';
import { readEnShape, VULGAR_FRACTION_CHARS } from './numerals/shapes-en';
import { mixedFractionPercent, slashFraction } from './scan-en-fractions';

/**
 * Indian digit grouping, as the Indian press prints rupees: 'Rs 9,48,506 crore' groups the
 * thousands by three and everything above by two. No Western number is written this way.
 */
const INDIAN_GROUPED = '\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?';
/**
 * '1 312 Mtoe', '27 000 jobs': thousands set apart by a space (or a thin or no-break space), as EU and French-style
 * texts print them. Only before a unit or a word, and never straight after another number ('in 2020 1 312').
 */
const SPACE_GROUPED = '(?<![\\d,.][ \\u00a0\\u2009\\u202f]?)\\d{1,3}(?:[ \\u00a0\\u2009\\u202f]\\d{3})+(?:\\.\\d+)?(?![\\d,.])(?=\\s?(?:%|[A-Za-z]))';
/** '180-thousand places', '2.5-billion': a scale word spelt out may be hyphenated to the digits (never '5-k', '10-m'). */
const HYPHENED_SCALE = '(?:thousand|million|billion|trillion|lakh|crore)';
const SMALL_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen';
/**
 * Numbers as English text writes them. The wire's '.125 dlrs' has no leading zero; a fraction
 * character ('¼', '5½') reads by its shape (numerals/shapes-en.ts).
 */
const EN_NUM = new RegExp(
  [
    `(?<cur>${EN_CURRENCY_PREFIX_ALT}\\s?)?(?<num>\\d*[${VULGAR_FRACTION_CHARS}]|(?<=[\\s(])\\.\\d+(?![\\d.])|${INDIAN_GROUPED}|${SPACE_GROUPED}|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:(?:\\s?|-(?=${HYPHENED_SCALE}\\b))(?<scale>trillion|billion|million|thousand|lakh crore|lakh|crore|mln|bln|trn|bn|mn|tn|m|k)\\b)?`,
    `\\b(?<frac>(?:a|an|one|two|three|four)[\\s-](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|half)\\b`,
    `\\b(?<mult>halved|halve|halving|doubled|doubling|tripled|trebled|quadrupled)\\b`,
    // 'hundreds of', 'tens of thousands of': an order of magnitude, read as a floor.
    `\\b(?<magnitude>(?:tens|hundreds|thousands|millions|billions)(?:\\s+of\\s+(?:thousands|millions|billions))?\\s+of)\\b`,
    // 'twenty-thousand, five-hundred and sixty-nine', 'forty two point five'; the wire's 'five mln shares'.
    `\\b(?<words>(?:${SMALL_WORDS})(?:(?:[\\s-]+|\\s+and\\s+|(?<=(?:thousand|million|billion)),\\s+)(?:${SMALL_WORDS}))*(?:\\s+point(?:\\s+(?:zero|one|two|three|four|five|six|seven|eight|nine))+)?(?:\\s+(?:mln|bln))?)\\b`,
  ].join('|'),
  'gi',
);
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
const RANGE_SEP = /^\s?(?:-|–|to)\s?/;
const COMPARE_PREFIX = /\bbetween\s+$/i;
const FROM_BEFORE = new RegExp(`\\bfrom\\s+(?:(?:${[...EN_QUALIFIER.keys()].map((q) => q.replace('.', '\\.')).join('|')})\\s+)?(?:(?:a|an|the|just)\\s+)?(?:${EN_CURRENCY_PREFIX_ALT}\\s?)?$`, 'i');
/**
 * 'an extra 20,000 officers', 'an additional 300 beds': the count is an increase on what there was.
 * 'a further 150 apprenticeships' after a list only adds an item to it, so 'further' is not one of these.
 */
const INCREMENT_BEFORE = /\b(?:an?|another)\s+(?:additional|extra)\s+$/i;
/** Verbs that hold a quantity at a level: 'kept the rate at 5%', 'keeping CPI at around 3 percent'. */
const HOLD_AT = new RegExp(`\\b(?:held|hold|holds|holding|kept|keep|keeps|keeping|left|set|maintained|maintain|maintaining|froze|frozen)\\s+((?:the\\s+|its\\s+)?[a-z][a-z -]*?)\\s+(?:at|on)\\s+(?:a\\s+)?(?:(?:${[...EN_QUALIFIER.keys()].map((q) => q.replace('.', '\\.')).join('|')})\\s+)?$`, 'i');
/** An aside between dashes or brackets ('the CPI increase – the main gauge for inflation – at'): dropped before reading the verb's object. */
const ASIDE = /\s+[–—]\s+[^–—]*?\s+[–—](?=\s)|\s*\([^()]*\)/g;
const ASIDE_MARK = /[–—(]/;


/** A verb of cutting and its object before a percentage 'below' a base: 'slashed greenhouse gas emissions 34% below 1990 levels'. */
const CUT_BELOW_BEFORE = new RegExp(`\\b(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|slash|slashes|slashed|slashing|lower|lowers|lowered|lowering)\\s+(?:(?:the|its|their|our)\\s+)?([a-z][a-z -]*?)\\s+(?:(?:to|by)\\s+)?(?:(?:${QUALIFIER_ALT})\\s+)?$`, 'i');

/** A transitive verb of change and its bare object before 'to N': 'cut child poverty to', 'reduce waiting times to'. */
const BARE_OBJECT_TO = new RegExp(`\\b(?:cut|cuts|cutting|reduce|reduces|reducing|lower|lowers|lowering|raise|raises|raising|lift|lifts|lifting|boost|boosts|boosting|bring down|bringing down|push up|drive down)\\s+((?!the\\b|a\\b|an\\b|its\\b|their\\b|it\\b|them\\b)[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,3}?)\\s+to\\s+(?:(?:${QUALIFIER_ALT})\\s+)?(?:(?:a|an|the)\\s+)?$`, 'i');

/** Ranges after a number: 'between $160 billion and $167 billion', '2-3%', '5 to 7 per cent'. */
// Groups: the currency sign as written, the number, its scale.
const RANGE_END = `(${EN_CURRENCY_PREFIX_ALT}\\s?)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?(trillion|billion|million|thousand|mln|bln|bn|mn|m|k)\\b)?`;
const BETWEEN_AND_RANGE = new RegExp(`^\\s+and\\s+${RANGE_END}`, 'i');
const DASH_OR_TO_RANGE = new RegExp(`${RANGE_SEP.source}${RANGE_END}`, 'i');
/** 'raise the share of first-time buyers to more than a third': a change verb, its object and 'to'. */
const CHANGE_OBJECT_TO = new RegExp(`\\b(${[...EN_CHANGE.keys()].join('|')})\\s+((?:the|a|an)\\s+.+?)\\s+to\\s+(?:${[...EN_QUALIFIER.keys()].join('|')})?\\s*(?:(?:a|an|the)\\s+)?$`, 'i');
/** 'cut the workforce by 1,500': a change verb, its object and 'by'. */
const CHANGE_OBJECT_BY = new RegExp(`\\b(${[...EN_CHANGE.keys()].join('|')})\\s+(.+?)\\s+by\\s+(?:(?:a|an|the)\\s+)?$`, 'i');

export type EnGroups = { cur?: string; num?: string; scale?: string; frac?: string; mult?: string; magnitude?: string; words?: string };

/** 'halved its use of …' is a ratio of 0.5; 'doubled' is two times the earlier level. */
function multipleVerb(folded: string, m: RegExpExecArray, verb: string): RawFigure {
  const end = m.index + m[0].length;
  const word = verb.toLowerCase();
  const half = word.startsWith('halv');
  const q = /\b(roughly|about|around|nearly|almost|more than|over)\s+$/i.exec(folded.slice(Math.max(0, m.index - 14), m.index));
  // 'halving the number of road fatalities compared to 2010': the object ends where its baseline begins.
  const object = /^\s+(?:(?:its|their|the|his|her|our)\s+)?([a-z][a-z -]*?)(?=\s+(?:since|in|by|over|from|to|during|last|this|between|after|compared|relative|versus|against)\b|[,.;]|$)/i.exec(folded.slice(end, end + 80));
  const before = folded.slice(Math.max(0, m.index - 80), m.index).replace(/^.*[,;.]/, '');
  const subject = /(?:^|\s)([a-z][a-z -]*?)\s+(?:has|have|had)?\s*(?:already\s+)?(?:roughly|about|around|nearly|almost|more than|over)?\s*$/i.exec(before);
  const hint = object && !/^(?:since|in|by|over|from|to)$/i.test(object[1]!) ? object[1]! : subject ? subject[1]!.replace(/^(?:the|a|an)\s+/i, '') : undefined;
  return {
    start: q ? m.index - q[0].length : m.index, end, numStart: m.index,
    value: half ? 0.5 : word.startsWith('doubl') ? 2 : word.startsWith('quadr') ? 4 : 3, valueMax: null,
    unit: half ? 'ratio' : '倍', currency: null,
    qualifier: q ? EN_QUALIFIER.get(q[1]!.toLowerCase()) ?? 'approx' : 'eq',
    change: half ? 'decrease' : 'increase', countInWords: false, classifier: false, rule: 'en.multiple-verb', cues: [verb], unitEnd: end,
    ...(hint ? { metricHint: hint.trim() } : {}),
  };
}

/** The number's value by its shape (a fraction, an order of magnitude, words, digits with a scale and currency); null when none reads. */
function readNumber(folded: string, m: RegExpExecArray, g: EnGroups, negative: boolean): EnReading | null {
  const f: EnReading = { start: m.index, end: m.index + m[0].length, value: 0, valueMax: null, unit: null, currency: null, classifier: false, rule: 'en.number', cues: [], metricHint: undefined, qualifier: 'eq', change: 'level', moreChange: null };
  let value: number | null;
  if (g.frac) {
    // 'first half', 'second half' are periods, not fractions.
    if (/\b(?:first|second|the)\s+$/i.test(folded.slice(Math.max(0, m.index - 8), m.index))) return null;
    value = parseEnglishFraction(g.frac);
    f.unit = 'ratio';
    f.rule = 'en.fraction';
  } else if (g.magnitude) {
    value = readEnShape(g.magnitude)?.value ?? null;
    f.rule = 'en.order-of-magnitude';
  } else if (g.words) {
    value = parseEnglishNumberWords(g.words);
    f.rule = 'en.number-words';
  } else {
    const code = g.cur ? EN_CURRENCY_PREFIX[g.cur.trim()] : undefined;
    if (code) {
      f.currency = code;
      f.unit = code === 'CNY' ? '元' : code;
      f.rule = 'en.money';
    }
    value = valueOf(g.num!, g.scale);
  }
  if (value === null) return null;
  f.value = negative ? -value : value;
  return f;
}

/** After a number shaped like a year, what makes it a count: '1800 new police officers', '2000 more nurses'. */
const EN_COUNTED_AFTER = /^\s+(?:new|more|extra|additional|fewer)\s+[a-z]/i;
/** Before it: a verb of making or hiring ('add 1800', 'recruit 2000'); a year follows none of them. */
const EN_MAKING_BEFORE = /\b(?:add|adding|hire|hiring|recruit|recruiting|build|building|create|creating|train|training|employ|employing|deliver|delivering)\s+$/i;

/** Dates and ages a bare number belongs to, as named rules: 'July 30', '30 July', '34-year-olds', '9.30am'. */
export const EN_DATE_OR_AGE: ReadonlyArray<{ name: string; test(folded: string, at: number, after: string): boolean }> = [
  { name: 'month-after', test: (_folded, _at, after) => MONTH.test(after.trimStart()) && /^\s/.test(after) },
  { name: 'month-before', test: (folded, at) => /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/.test(folded.slice(Math.max(0, at - 12), at)) },
  { name: 'age-or-time-after', test: (_folded, _at, after) => /^-?(?:year|month|day|week|hour|st\b|nd\b|rd\b|th\b|am\b|pm\b)/i.test(after) },
];

/**
 * A range: '2-3%', '5 to 7 per cent', '$160 billion and $167 billion' after 'between'. Sets the
 * upper end; returns where to resume when the second number is a date or an age instead.
 */
function rangeAfter(folded: string, m: RegExpExecArray, g: EnGroups, f: EnReading, between: boolean): number | null {
  const rangeRe = between ? BETWEEN_AND_RANGE : DASH_OR_TO_RANGE;
  let rm = g.num ? rangeRe.exec(folded.slice(f.end, f.end + 40)) : null;
  // 'rose 13% to $143.1bn' is a change then a level, not a range.
  // 'cut inflation from more than 10% to 5%': a start and an end, not a range.
  if (rm && /\bto\b/.test(rm[0]) && FROM_BEFORE.test(folded.slice(Math.max(0, m.index - 30), m.index))) rm = null;
  // '53 to 57 per cent' states the unit once, after the second end; '5% to 7' is not a range.
  const secondPercent = !!rm && /^\S*\s?(?:-|–|to)?\s?\d[\d,.]*\s?(?:%|per ?cent)/i.test(rm[0] + folded.slice(f.end + rm[0].length, f.end + rm[0].length + 9));
  // 'grow by 0.5 per cent to 2.5 per cent': 'by' takes the whole range; 'rose 13% to 5%' is a change then a level.
  const prefix = rm && /\bto\b/.test(rm[0]) ? EN_PREFIX_RE.exec(folded.slice(Math.max(0, m.index - 30), m.index).toLowerCase())?.groups : undefined;
  const changeThenLevel = !!prefix?.chg && !(prefix.prep === 'by' && secondPercent && f.unit === '%');
  if (rm && !between && (changeThenLevel || (f.unit === '%' ? !secondPercent : f.unit !== null && secondPercent) || !!rm[1] && !f.currency)) rm = null;
  // '5 to N95': a loose sign before the second number must read as money there too.
  if (rm?.[1] && !currencyPrefixCode(rm[1], rm[2]!, rm[3])) rm = null;
  if (!rm) return null;
  const secondEnd = f.end + rm[0].length;
  const tail = folded.slice(secondEnd, secondEnd + 20);
  if (/^-?(?:year|month|day|week)/i.test(tail) || /^\s?(?:January|February|March|April|May|June|July|August|September|October|November|December)/.test(tail)) return secondEnd;
  const second = valueOf(rm[2]!, rm[3] ?? g.scale);
  const pa2 = PERCENT_AFTER.exec(tail);
  if (!f.unit && pa2?.groups?.pct) f.unit = '%';
  if (!f.unit && pa2?.groups?.pp) f.unit = '个百分点';
  // '5-7 per cent' and '$160bn-$167bn' share the scale of whichever end states it.
  if (!g.scale && rm[3]) f.value = valueOf(g.num!, rm[3]);
  f.valueMax = second;
  f.end = secondEnd + (pa2 && (pa2.groups?.pct || pa2.groups?.pp) ? pa2[0].length : 0);
  return null;
}

const MONEY_ARTICLE_BEFORE = new RegExp(`\\b(?:a|an|the)\\s+(?:${EN_CURRENCY_PREFIX_ALT}\\s?)?$`, 'i');
/** 'funded by a £46 million package': the noun after an amount names it. */
function moneyNoun(folded: string, at: number, f: EnReading): void {
  if (!f.currency) return;
  if (!MONEY_ARTICLE_BEFORE.test(folded.slice(Math.max(0, at - 6), at)) && !/^\s+[a-z]+\s+(?:plan|scheme|programme|program|fund|package|budget|deal|investment|project)\b/.test(folded.slice(f.end, f.end + 40))) return;
  const noun = countNoun(folded, f.end);
  if (noun) f.metricHint = noun.phrase.toLowerCase();
}

const RISING_PHRASAL_UP = /\b(?:ramp|scale|step|gear|ratchet)(?:s|ed|ing|ped|ping)?\s+up\s+to\s+$/;

/** Qualifier and change words just before the number ('up 3%', 'more than', 'up to 300 jobs'). Returns the words read. */
function cuesBefore(folded: string, at: number, f: EnReading, between: boolean): string {
  const windowStart = Math.max(0, at - 48);
  const window = folded.slice(windowStart, at).toLowerCase();
  const pm = EN_PREFIX_RE.exec(window);
  if (pm && pm[0]) {
    const pg = pm.groups!;
    if (pg.q) {
      f.qualifier = EN_QUALIFIER.get(pg.q)!;
      f.cues.push(pg.q);
    }
    // 'up to 300 jobs' is a ceiling, not a rise.
    // 'targets will ramp up to 125,000 in 2024': a phrasal verb of growing reaches the level; it sets no ceiling.
    if (pg.chg === 'up' && pg.prep === 'to' && !pg.q && !RISING_PHRASAL_UP.test(window)) {
      f.qualifier = 'lte';
      f.cues.push('up to');
      f.start = windowStart + pm.index + pm[0].indexOf('up');
    }
    // 'make UP a trillion-dollar economy': UP in capitals is Uttar Pradesh, not a rise.
    const chgAt = pg.chg ? windowStart + pm.index + pm[0].indexOf(pg.chg) : -1;
    const chg = pg.chg === 'up' && folded.slice(chgAt, chgAt + 2) === 'UP' ? undefined : pg.chg;
    if (chg && pg.prep !== 'to' && pg.prep !== 'from') {
      f.change = EN_CHANGE.get(chg)!;
      f.cues.push(chg);
      f.start = windowStart + pm.index + pm[0].indexOf(chg);
    } else if (pg.q) f.start = windowStart + pm.index + pm[0].indexOf(pg.q);
    if (pg.prep === 'by' && !pg.chg) f.metricHint = undefined;
  }
  if (between) f.start = at - /between\s+$/i.exec(folded.slice(Math.max(0, at - 10), at))![0].length;
  return window;
}

/**
 * The verb before the number and its object: 'cut the number of people sleeping rough by half',
 * 'raise the share of first-time buyers to more than a third', 'kept the rate at 5%',
 * 'cut emissions 20% below 1990 levels'. The object is the metric.
 */
function verbObject(folded: string, at: number, f: EnReading, window: string): void {
  const wideWindow = folded.slice(Math.max(0, at - 100), at).toLowerCase();
  const clause = wideWindow.replace(/^.*[,;:]/, '');
  const toLevel = CHANGE_OBJECT_TO.exec(clause);
  // 'cut child poverty to 18%', 'reduce waiting times to 18 weeks': a transitive change verb's bare object.
  const bareToLevel = toLevel ? null : BARE_OBJECT_TO.exec(clause);
  if (bareToLevel) {
    f.metricHint = bareToLevel[1]!;
    f.cues.push('to');
  }
  // An aside needs a dash or a bracket; most windows have neither, and the pattern is costly to run over them.
  const unaside = ASIDE_MARK.test(wideWindow) ? wideWindow.replace(ASIDE, '') : wideWindow;
  const heldAt = HOLD_AT.exec(unaside.replace(/^.*[,;:]/, ''));
  if (heldAt) f.metricHint = heldAt[1]!.replace(/^(?:the|its)\s+/i, '');
  if (toLevel) {
    // 'cut the UK's rate of inflation from more than 10% to 5%': the owner and the starting level are not the metric.
    f.metricHint = toLevel[2]!.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+from\s+.*$/, '').replace(/^[a-z.]+'s\s+/, '');
    f.cues.push(toLevel[1]!);
  }
  if (/\bby\s+(?:(?:a|an|the)\s+)?$/i.test(window) && f.change === 'level') {
    const vm = CHANGE_OBJECT_BY.exec(window.replace(/^.*[,;:]/, ''));
    if (vm) {
      f.change = EN_CHANGE.get(vm[1]!.toLowerCase())!;
      f.metricHint = vm[2]!.replace(/^(?:the|a|an|its|their|our|his|her)\s+/i, '');
      f.cues.push(vm[1]!);
      f.start = at - /by\s+(?:(?:a|an|the)\s+)?$/i.exec(window)![0].length;
    }
  }
  // The name says the direction; the figure is the size of the reduction, a level of it (34% beats a 20% goal).
  const below = f.unit === '%' && /^\s+below\b/i.test(folded.slice(f.end, f.end + 12)) ? CUT_BELOW_BEFORE.exec(clause) : null;
  if (below) {
    f.metricHint = `reduction in ${below[1]!.trim()}`;
    f.change = 'level';
    f.cues.push('below');
  }
}

/** Nouns of change around the number ('an increase of 5%', 'a 4.99% tax rise'), 'more', 'an extra', and what money is 'of'. */
function changeNouns(folded: string, at: number, f: EnReading, window: string): void {
  const changeOf = /\b(?:an?|the)\s+(increase|rise|jump|gain|fall|drop|decline|decrease|cut|reduction)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?$/i.exec(window);
  if (changeOf && f.change === 'level') {
    f.change = /fall|drop|decline|decrease|cut|reduction/i.test(changeOf[1]!) ? 'decrease' : 'increase';
    f.cues.push(changeOf[1]!);
  }
  EN_CHANGE_NOUN_RE.lastIndex = f.end;
  const cn = EN_CHANGE_NOUN_RE.exec(folded);
  // 'a 4.99% tax rise', 'a 4.99% rise in council tax': the noun or its object names the metric.
  if (cn && f.change === 'level' && !f.classifier) {
    if (cn.groups!.mod && !NOT_NOUN.has(cn.groups!.mod.toLowerCase())) f.metricHint = cn.groups!.mod.toLowerCase();
    const inObj = /^\s+in\s+(?:the\s+)?([a-z][a-z -]*?)(?=\s+(?:from|to|by|in|for|this|next|last|since)\b|[,.;]|$)/i.exec(folded.slice(cn.index + cn[0].length, cn.index + cn[0].length + 60));
    if (inObj) f.metricHint = inObj[1]!.toLowerCase();
  }
  if (cn && f.change === 'level') {
    const noun = cn.groups!.noun!.toLowerCase();
    f.change = /fall|drop|decline|decrease|cut|reduction/.test(noun) ? 'decrease' : 'increase';
    f.cues.push(noun);
  }
  if (f.moreChange && f.change === 'level') {
    f.change = f.moreChange;
    f.cues.push(f.moreChange === 'increase' ? 'more' : 'fewer');
  }
  const increment = f.classifier && f.change === 'level' ? INCREMENT_BEFORE.exec(folded.slice(Math.max(0, at - 24), at)) : null;
  if (increment) {
    f.change = 'increase';
    f.cues.push(increment[0].trim());
    f.start = Math.min(f.start, at - increment[0].length);
  }
  // 'booked $210 million of restructuring charges': the noun after 'of' names the money;
  // '12,349 km of national highways', '3 million tonnes of grain': it names a measured quantity too.
  if ((f.currency || MEASURED_CLASSES.has(unitClassOf({ unit: f.unit ?? '', currency: null }) ?? '')) && (!f.metricHint || f.metricHint === f.unit)) {
    const moneyOf = /^\s+of\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?=[,.;]|\s+(?:in|at|for|to|on|over|last|this|and|from)\b|$)/.exec(folded.slice(f.end, f.end + 50));
    if (moneyOf && !/^(?:the|its|their|his|her|a|an|which|them|it)\b/.test(moneyOf[1]!)) f.metricHint = moneyOf[1]!;
  }
}

/** Units of measure whose 'of' phrase names what was measured ('km of highways'); a count's noun is its own name. */
const MEASURED_CLASSES: ReadonlySet<string> = new Set(['length', 'mass', 'area', 'volume']);

/** The figure as the scan hands it on, with what a share is 'of'. */
function finish(folded: string, m: RegExpExecArray, g: EnGroups, f: EnReading, negative: boolean): RawFigure {
  if (f.valueMax !== null) f.qualifier = 'range';
  else if (g.magnitude) f.qualifier = 'gte';
  if (negative && f.start === m.index) f.start -= /negative\s+$/i.exec(folded.slice(Math.max(0, m.index - 9), m.index))?.[0].length ?? 1;
  if (f.qualifier !== 'eq') f.rule += '+qualifier';
  const { end, unit } = f;
  const of = /^\s+of\s+(?:(?:its|their|the|all|his|her)\s+)?([a-z][a-z -]*?)(?=[,.;]|\s+(?:in|at|will|were|was|and|from|by|through|came|comes|is|are|last|this|next)\b|$)/i.exec(folded.slice(end, end + 60));
  const share = of && (unit === '%' || unit === 'ratio') ? shareFromSource(folded, m.index, end + of[0].length, of[1]!.trim()) : null;
  const metricHint = share || f.metricHint;
  return {
    start: f.start,
    end,
    numStart: m.index,
    value: f.value,
    valueMax: f.valueMax,
    unit: unit!,
    currency: f.currency,
    qualifier: f.qualifier,
    change: f.change,
    countInWords: false,
    classifier: f.classifier,
    rule: f.rule,
    cues: f.cues,
    unitEnd: end,
    ...(metricHint ? { metricHint } : {}),
    ...(of && unit !== null && (unit === '%' || unit === 'ratio') && !/^(?:them|it|those|these)\b/i.test(of[1]!) ? { ofHint: of[1]!.trim() } : f.rateOf ? { ofHint: f.rateOf } : {}),
  };
}

/**
 * Where a paragraph ends: a blank line, or a line break before a line that opens with a capital, a bullet, a dash or a
 * quote mark (a dateline, a list, a new sentence). A hard-wrapped line ('rose 5.3\npct in', '1,750 to\n1,780 dlrs') runs on.
 */
const PARAGRAPH_BREAK = /\n[^\S\n]*(?:\n|(?=[A-Z•*\-–—"“‘']))/g;
const paragraphBreaks = (text: string): number[] => [...text.matchAll(PARAGRAPH_BREAK)].map((b) => b.index);

/** Every number in English text with its unit, qualifier and change words, before context is read. */
export function scanEn(whole: string): RawFigure[] {
  const out: RawFigure[] = [];
  const breaks = paragraphBreaks(whole);
  let para = 0;
  EN_NUM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EN_NUM.exec(whole)) !== null) {
    const g = m.groups as EnGroups;
    // 'N95', 'a P5 class', 'try 5 times': letters that are no currency sign here; the digits read on their own.
    if (g.cur && !currencyPrefixCode(g.cur, g.num!, g.scale)) {
      EN_NUM.lastIndex = m.index + g.cur.length;
      continue;
    }
    // What the number takes after it (a unit, a counted noun, a range) ends at the paragraph.
    while (para < breaks.length && breaks[para]! <= m.index) para++;
    const folded = para < breaks.length ? whole.slice(0, breaks[para]) : whole;
    const prev = folded.slice(Math.max(0, m.index - 2), m.index);
    if (/[A-Za-z0-9][-/.]?$/.test(prev) && !g.cur) continue;
    // '(-3.9 pp)', ' -0.3%': a minus sign after a bracket or a space is the number's sign, not a hyphen.
    // '(negative 0.1%)': the ONS spells the sign out.
    const negative = !!g.num && !g.cur && (/(?:^|[\s(])[-−]$/.test(prev) || /\bnegative\s+$/i.test(folded.slice(Math.max(0, m.index - 9), m.index)));
    if (/[-/]$/.test(prev) && !negative) continue;
    const fraction = mixedFractionPercent(folded, m, g) ?? slashFraction(folded, m, g);
    if (fraction) {
      out.push(fraction);
      EN_NUM.lastIndex = fraction.end;
      continue;
    }
    if (g.mult) {
      out.push(multipleVerb(folded, m, g.mult));
      continue;
    }
    const f = readNumber(folded, m, g, negative);
    if (!f) continue;
    const numText = g.num ?? '';
    const bareYear = !g.cur && !g.scale && /^(?:1[89]|20)\d{2}$/.test(numText);
    const after = folded.slice(f.end, f.end + 24);
    const powerNoun = unitWordsAfter(folded, f, after, !!g.scale || numText.includes(',') || /thousand|million|billion|trillion|mln|bln/i.test(g.words ?? ''));
    // 'a goal to add 1800 new police officers': a four-digit number a making verb or a comparative counts is no year.
    const countedYearShape = bareYear && (EN_COUNTED_AFTER.test(after) || EN_MAKING_BEFORE.test(folded.slice(Math.max(0, m.index - 14), m.index)));
    if (bareYear && !f.unit && !countedYearShape) continue;
    if (!f.unit && EN_DATE_OR_AGE.some((rule) => rule.test(folded, m!.index, after))) continue;
    const between = COMPARE_PREFIX.test(folded.slice(Math.max(0, m.index - 10), m.index));
    const dateEnd = rangeAfter(folded, m, g, f, between);
    if (dateEnd !== null) {
      EN_NUM.lastIndex = dateEnd;
      continue;
    }
    if (f.valueMax !== null) EN_NUM.lastIndex = f.end;
    if (bareYear && f.valueMax === null && !countedYearShape) continue;
    f.metricHint = powerNoun;
    moneyNoun(folded, m.index, f);
    if (!f.unit && !countedThing(folded, m.index, g.words, !!g.magnitude, numText, f, out)) continue;
    if (g.words && f.classifier && f.value < 2) continue;
    if (perBaseRate(folded, f)) EN_NUM.lastIndex = f.end;
    const window = cuesBefore(folded, m.index, f, between);
    verbObject(folded, m.index, f, window);
    changeNouns(folded, m.index, f, window);
    out.push(finish(folded, m, g, f, negative));
  }
  return out;
}
