/**
 * Abbreviations a story defines ('zero-emission vehicles (ZEVs)', 'greenhouse gas (GHG) emissions'),
 * so that a metric read as the short form ('1.5 million ZEVs') names the same thing as a story that
 * spells it out ('selling 1.5 million zero-emission vehicles'). Only definitions in the text count:
 * an abbreviation is the initials of the words before it, hyphenated parts included.
 */

/**
 * A definition is 'long words (ABBR)' or 'long words (ABBRs)': up to eight words, each joined to the
 * next by spaces or hyphens, right before a bracketed capitalised short form. It reads as the regex
 *   /((?:[A-Za-z][A-Za-z'’]*[\s-]+){1,8})\(([A-Z][A-Za-z]{1,9}?)(s?)\)/g
 * would, but is found from each '(' backwards: the regex tried every word start in the story and
 * walked forwards up to eight words from each, a fifth of English extraction's time.
 */
const MAX_WORDS = 8;
const SEPARATOR = /[\s-]/;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || c === 0x27 || c === 0x2019;
}

export interface Definition { words: string; abbr: string; plural: string; end: number }

/** The short form inside the bracket at `open`, split as the lazy [A-Z][A-Za-z]{1,9}?(s?) does, or null. */
function shortFormAt(text: string, open: number): { abbr: string; plural: string; end: number } | null {
  const first = text.charCodeAt(open + 1);
  if (!(first >= 65 && first <= 90)) return null;
  let close = open + 2;
  while (close < text.length && isLetter(text.charCodeAt(close))) close++;
  if (text[close] !== ')') return null;
  const rest = close - open - 2;
  if (rest >= 2 && rest <= 10 && text[close - 1] === 's') return { abbr: text.slice(open + 1, close - 1), plural: 's', end: close + 1 };
  if (rest >= 1 && rest <= 9) return { abbr: text.slice(open + 1, close), plural: '', end: close + 1 };
  return null;
}

/** Where the run of up to eight 'word ' units ending at `open` starts (not before `floor`), or -1. */
function wordsStartBefore(text: string, open: number, floor: number): number {
  let start = -1;
  let pos = open;
  for (let units = 0; units < MAX_WORDS; units++) {
    let sep = pos;
    while (sep > floor && SEPARATOR.test(text[sep - 1]!)) sep--;
    if (sep === pos) break;
    let word = sep;
    while (word > floor && isWordChar(text.charCodeAt(word - 1))) word--;
    while (word < sep && !isLetter(text.charCodeAt(word))) word++;
    if (word === sep) break;
    start = word;
    pos = word;
  }
  return start;
}

/** Each definition in the text, in order, none overlapping the one before (as matchAll would give them). */
export function abbreviationDefinitions(text: string): Definition[] {
  const out: Definition[] = [];
  let floor = 0;
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    if (open < floor) continue;
    const short = shortFormAt(text, open);
    if (!short) continue;
    const start = wordsStartBefore(text, open, floor);
    if (start === -1) continue;
    out.push({ words: text.slice(start, open), abbr: short.abbr, plural: short.plural, end: short.end });
    floor = short.end;
  }
  return out;
}

function initials(words: string[]): string {
  return words.map((w) => w[0]!.toLowerCase()).join('');
}

/** The long form whose last words' initials spell the abbreviation, or null. */
function longFormOf(before: string, abbr: string): string | null {
  const letters = abbr.toLowerCase();
  const words = before.trim().split(/[\s-]+/).filter(Boolean);
  const separators = before.trim().match(/[\s-]+/g) ?? [];
  for (let n = 1; n <= words.length; n++) {
    const tail = words.slice(words.length - n);
    if (initials(tail) !== letters) continue;
    // Keep the hyphens the text used: 'zero-emission vehicles', not 'zero emission vehicles'.
    const seps = separators.slice(separators.length - (n - 1));
    return tail.map((w, i) => w + (i < seps.length ? (seps[i]!.includes('-') ? '-' : ' ') : '')).join('').toLowerCase();
  }
  return null;
}

/** Every abbreviation the text defines, lower-cased, with its long form. */
export function definedAbbreviations(folded: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of abbreviationDefinitions(folded)) {
    const abbr = d.abbr;
    const long = longFormOf(d.words, abbr);
    if (long && !out.has(abbr.toLowerCase())) out.set(abbr.toLowerCase(), long.replace(/s$/, ''));
  }
  return out;
}

/** The metric with each defined abbreviation (and its plural) written out: 'zevs' → 'zero-emission vehicles'. */
export function expandAbbreviations(metric: string, abbreviations: ReadonlyMap<string, string>): string {
  if (!abbreviations.size || !metric) return metric;
  return metric.replace(/\b([A-Za-z]{2,10}?)(s?)\b/g, (word, stem: string, plural: string) => {
    const long = abbreviations.get(stem.toLowerCase());
    return long ? long + plural : word;
  });
}

/** A counted unit that is a defined abbreviation counts the head of its long form: 'zevs' → 'vehicles'. */
export function expandAbbreviatedUnit<U extends string | null>(unit: U, abbreviations: ReadonlyMap<string, string>): U {
  if (!unit || !abbreviations.size) return unit;
  const m = /^([a-z]{2,10}?)(s?)$/i.exec(unit);
  const long = m ? abbreviations.get(m[1]!.toLowerCase()) : undefined;
  return (long ? long.split(/[\s-]+/).pop()! + m![2] : unit) as U;
}
