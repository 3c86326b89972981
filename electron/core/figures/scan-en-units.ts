/**
 * Units English writes after a number: per cent, percentage and basis points, times, money by
 * code or by country ('5 billion Hong Kong dollars'), and power and energy (GW, TWh), with the
 * scale words that multiply it (million, lakh). scan-en.ts reads numbers with these.
 */
import { EN_SCALE_POWER, shiftDecimal } from './numbers';
import { countNoun, type EnReading } from './scan-en-counted';
import { EN_CURRENCY_PREFIX, EN_CURRENCY_WORD, EN_LOOSE_CURRENCY_PREFIX, EN_LOOSE_CURRENCY_WORD, EN_NATIONAL_CURRENCY, surfaceAlternation } from './units';
import { readEnShape } from './numerals/shapes-en';

// '1.6-percent average', 'a 50-basis-point hike', 'a trillion-dollar economy': the unit may be hyphenated to the number.
export const PERCENT_AFTER = new RegExp(
  `^(?:\\s?|-(?=percent|per cent|basis|percentage|(?:dollar|pound|euro|yuan|rand|naira)\\b))(?:(?<pct>%|per ?cent\\b|pct\\b|pc\\b)|(?<pp>percentage[\\s-]points?\\b|pp\\b)|(?<bp>basis[\\s-]points?\\b|bps?\\b)|(?<times>times\\b)|(?<cur>${surfaceAlternation(Object.keys(EN_CURRENCY_WORD))})\\b)`,
  'i',
);

const LETTER_FIRST = /^[A-Za-z]/;
const prefixes = Object.keys(EN_CURRENCY_PREFIX);
/**
 * The currency signs before a number as a regex alternation: signs ('$', '₦') anywhere, letters ('Sh', 'US$', 'R')
 * only at the start of a word, each longest first. Matched without regard to case; currencyPrefixCode says which count.
 */
export const EN_CURRENCY_PREFIX_ALT = `(?:${surfaceAlternation(prefixes.filter((p) => !LETTER_FIRST.test(p)))}|\\b(?:${surfaceAlternation(prefixes.filter((p) => LETTER_FIRST.test(p)))}))`;

/**
 * The ISO code of a sign written before a number (its text as matched, with any space after it), or null when
 * it is no currency there: looked up as written ('TRY', not 'try'), and a loose sign only as its row allows.
 */
export function currencyPrefixCode(written: string, num: string, scale: string | undefined): string | null {
  const sign = written.trimEnd();
  const code = EN_CURRENCY_PREFIX[sign];
  if (!code) return null;
  const loose = EN_LOOSE_CURRENCY_PREFIX[sign];
  if (!loose) return code;
  if (loose.glued && sign !== written) return null;
  return scale || num.includes(',') ? code : null;
}

export function valueOf(num: string, scale: string | undefined): number {
  const base = num.replace(/[,\s\u00a0\u2009\u202f]/g, '');
  // '¼', '5½': a fraction character reads by its shape.
  if (/\D/.test(base.replace('.', ''))) return readEnShape(base)?.value ?? Number.NaN;
  if (!scale) return Number(base);
  return shiftDecimal(base, EN_SCALE_POWER[scale.toLowerCase()] ?? SOUTH_ASIAN_SCALE_POWER[scale.toLowerCase()] ?? 0);
}

/** A currency named by its country after a number (EN_NATIONAL_CURRENCY): '5 billion Hong Kong dollars', '300 billion Korean won'. */
const NATIONAL_CURRENCY_AFTER = new RegExp(`^\\s(${surfaceAlternation(Object.keys(EN_NATIONAL_CURRENCY)).replace(/ /g, '\\s+')})\\b`, 'i');

/** Indian and South Asian English count in lakhs (100,000) and crores (10 million): '1.75 lakh megawatt'. */
const SOUTH_ASIAN_SCALE_POWER: Record<string, number> = { lakh: 5, crore: 7, 'lakh crore': 12 };

/**
 * Power and energy units as English writes them, stored in one base each (千瓦, 千瓦时, the units
 * Chinese reports count in as 万千瓦 and 亿千瓦时), so 116 GW and 1.75 lakh megawatt compare.
 * Each row: the written unit, the base unit, and the power of ten from one to the other.
 */
const EN_POWER_UNITS: Array<[RegExp, string, number]> = [
  // 'Gw' and 'Mw' as part of the Indian press prints them ('a goal of generating 100Gw of power from solar').
  [/^\s?(?:GW|Gw|gigawatts?)\b(?!h)/, '千瓦', 6],
  [/^\s?(?:MW|Mw|megawatts?)\b(?!h)/, '千瓦', 3],
  [/^\s?(?:kW|KW|kilowatts?)\b(?!h)/, '千瓦', 0],
  [/^\s?(?:TWh|terawatt[- ]hours?)\b/, '千瓦时', 9],
  [/^\s?(?:GWh|gigawatt[- ]hours?)\b/, '千瓦时', 6],
  [/^\s?(?:MWh|megawatt[- ]hours?)\b/, '千瓦时', 3],
  [/^\s?(?:kWh|KWh|kilowatt[- ]hours?)\b/, '千瓦时', 0],
];

/** The power or energy unit right after a number, and where it ends; null when there is none. */
function powerUnit(after: string): { unit: string; length: number; power: number } | null {
  // 'a 500-gigawatt goal': the unit hyphened to its number as a compound before a noun.
  const compound = /^-(?=[a-z]+\s+[a-z])/i.test(after);
  const read = compound ? ` ${after.slice(1)}` : after;
  for (const [re, unit, power] of EN_POWER_UNITS) {
    const m = re.exec(read);
    if (m) return { unit, length: m[0].length, power };
  }
  return null;
}

/** A value times a power of ten without binary noise (116 GW → 116000000 千瓦). */
function scaled(value: number, power: number): number {
  return power === 0 ? value : Number((value * 10 ** power).toPrecision(15));
}

/**
 * The unit words after the number: a currency named by its country, per cent, points, times, power. Returns what the
 * power is of. `sized`: the number has a scale or grouped thousands, which a loose currency word needs ('1.2 trillion won').
 */
export function unitWordsAfter(folded: string, f: EnReading, after: string, sized: boolean): string | undefined {
  const national = !f.unit ? NATIONAL_CURRENCY_AFTER.exec(folded.slice(f.end, f.end + 30)) : null;
  if (national) {
    f.currency = EN_NATIONAL_CURRENCY[national[1]!.replace(/\s+/g, ' ').toLowerCase()]!;
    f.unit = f.currency;
    f.rule = 'en.money';
    f.end += national[0].length;
  }
  const read = PERCENT_AFTER.exec(after);
  const pa = read?.groups?.cur && !sized && EN_LOOSE_CURRENCY_WORD.has(read.groups.cur.toLowerCase()) ? null : read;
  if (pa && !f.unit) {
    const pg = pa.groups!;
    if (pg.pct) { f.unit = '%'; f.rule = 'en.percent'; }
    else if (pg.pp) { f.unit = '个百分点'; f.rule = 'en.percentage-points'; }
    else if (pg.bp) { f.unit = '基点'; f.rule = 'en.basis-points'; }
    else if (pg.times) { f.unit = '倍'; f.rule = 'en.multiple'; }
    else if (pg.cur) {
      f.currency = EN_CURRENCY_WORD[pg.cur.toLowerCase()] ?? null;
      f.unit = f.currency === 'CNY' ? '元' : f.currency;
      f.rule = 'en.money';
    }
    f.end += pa[0].length;
  }
  const power = !f.unit ? powerUnit(after) : null;
  if (!power) return undefined;
  f.unit = power.unit;
  f.value = scaled(f.value, power.power);
  f.rule = 'en.power';
  f.end += power.length;
  // '116 GW renewables installed', '2 GW of offshore wind': what the power is of.
  const noun = countNoun(folded, f.end) ?? (/^\s+of\s+/.test(folded.slice(f.end, f.end + 5)) ? countNoun(folded, f.end + /^\s+of/.exec(folded.slice(f.end))![0].length) : null);
  return noun ? noun.phrase.toLowerCase() : undefined;
}

/**
 * '70 per 100,000 live births', '223 deaths per 100,000 live births', '4.5 officers per 1,000 residents': a rate
 * per a base population. The rate's unit is the base, whatever the count's own noun, so a goal and a reading of
 * the same rate share it; the base is no figure of its own.
 */
const PER_BASE_AFTER = /^\s+per\s+(100|1,000|10,000|100,000|1,000,000|one hundred|one thousand|ten thousand|one million|1 million|thousand|million)\s+((?:(?!(?:by|in|for|of|to|and|or|was|were|is|are|from|at|on|with|than)\b)[a-z][a-z-]*\s*){1,3})/i;

export function perBaseRate(folded: string, f: EnReading): boolean {
  if (f.currency) return false;
  const m = PER_BASE_AFTER.exec(folded.slice(f.end, f.end + 60));
  if (!m) return false;
  const noun = m[2]!.trim().toLowerCase();
  f.unit = `per ${m[1]!.toLowerCase()} ${noun}`;
  // 'deaths' in '223 deaths per 100,000' is what the rate counts, not what names it: the subject does, and the
  // counted noun names it only where the sentence has no subject ('there are 2.3 doctors per 1,000 people').
  if (f.classifier && f.metricHint) f.rateOf = f.metricHint;
  f.classifier = false;
  f.metricHint = undefined;
  f.end += m[0].trimEnd().length;
  return true;
}
