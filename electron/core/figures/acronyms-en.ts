/**
 * Abbreviations a story defines ('zero-emission vehicles (ZEVs)', 'greenhouse gas (GHG) emissions'),
 * so that a metric read as the short form ('1.5 million ZEVs') names the same thing as a story that
 * spells it out ('selling 1.5 million zero-emission vehicles'). Only definitions in the text count:
 * an abbreviation is the initials of the words before it, hyphenated parts included.
 */

/** 'long words (ABBR)' or 'long words (ABBRs)': up to eight words before a bracketed capitalised short form. */
const DEFINITION = /((?:[A-Za-z][A-Za-z'’]*[\s-]+){1,8})\(([A-Z][A-Za-z]{1,9}?)(s?)\)/g;

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
  DEFINITION.lastIndex = 0;
  for (const m of folded.matchAll(DEFINITION)) {
    const abbr = m[2]!;
    const long = longFormOf(m[1]!, abbr);
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
