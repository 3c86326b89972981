/**
 * The value of each number printed in a text, so that search finds 20000, 20,000, 2万 and
 * 两万 from one another. Search keeps its own small reader rather than the figure
 * extractor's: the index needs every numeral, not just the figures, and must cut text the
 * same way at index and query time whatever the extractor learns next.
 *
 * Values are exact decimal strings ('48000', '0.5'), never floats, so a value token is the
 * same however the number was printed. Input is simplified text (see search-tokens.ts).
 */

export interface PrintedNumeral {
  start: number;
  end: number;
  /** The value as a plain decimal string without exponent: '48000', '2.35'. */
  value: string;
}

/** Powers of ten of scale words after an Arabic number: 4.8万, 1.3万亿, 2.5 million. */
const SCALES: ReadonlyArray<readonly [word: string, power: number]> = [
  ['万亿', 12],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
  ['百', 2],
  [' trillion', 12],
  [' billion', 9],
  [' million', 6],
  [' thousand', 3],
  ['bn', 9],
];

const ZH_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * When a printed number is not a quantity, and so gets no value token. Each rule names
 * what it keeps out; the printed form stays searchable either way.
 */
const NOT_A_QUANTITY: ReadonlyArray<{ name: string; test: (text: string, start: number, digits: string) => boolean }> = [
  // 0001 in 甲0001 or 第0001号: a serial number, not one.
  { name: 'leading zero', test: (_t, _s, digits) => /^0\d/.test(digits) },
  // A380, ICP12345: part of a code.
  { name: 'after a Latin letter', test: (t, s) => /[A-Za-z]/.test(t[s - 1] ?? '') },
  // 第二十届: an ordinal.
  { name: 'ordinal', test: (t, s) => t[s - 1] === '第' },
];

// Arabic numbers: thousands groups must be whole (1,234 but not 1,2); 1.2.3 is a version.
const ARABIC = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d]|\.\d)/g;
// Two characters at least: one alone is never both a digit and a unit.
const ZH_RUN = /[零〇一二两三四五六七八九十百千万亿]{2,}/g;
// What a scale word can start with; most numbers are followed by none of these.
const SCALE_START = /[万亿千百 bB]/;

/** Full-width digits read as digits; one character for one, so offsets hold. */
function foldDigits(text: string): string {
  if (!/[０-９]/.test(text)) return text;
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** intDigits.fracDigits × 10^power as a plain decimal string. */
export function decimalValue(intDigits: string, fracDigits: string, power: number): string {
  const digits = intDigits + fracDigits;
  const point = intDigits.length + power;
  let int = point >= digits.length ? digits.padEnd(point, '0') : digits.slice(0, point);
  let frac = point >= digits.length ? '' : digits.slice(point);
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  return frac ? `${int || '0'}.${frac}` : int || '0';
}

/** A Chinese integer (两万, 一百二十, 三千零五, 一亿二千万) or null when the run is not one number. */
export function chineseInteger(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let zeroGap = false;
  let lastUnitBig = false;
  for (const ch of run) {
    const d = ZH_DIGITS[ch];
    if (d !== undefined) {
      if (d === 0) {
        zeroGap = true;
        continue;
      }
      // Two digits in a row (十四五, 三四百) are not one number.
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const small = ZH_SMALL_UNITS[ch];
    if (small !== undefined) {
      if (digit === null && !(small === 10 && section === 0 && !zeroGap)) return null;
      section += (digit ?? 1) * small;
      digit = null;
      zeroGap = false;
      lastUnitBig = false;
      continue;
    }
    if (ch === '万') {
      if (digit === null && section === 0) return null;
      total += (section + (digit ?? 0)) * 1e4;
      lastUnitBig = true;
    } else {
      // 亿 scales everything before it, so 一万亿 is 10^12.
      if (digit === null && section === 0 && total === 0) return null;
      total = (total + section + (digit ?? 0)) * 1e8;
      lastUnitBig = true;
    }
    section = 0;
    digit = null;
    zeroGap = false;
  }
  // 一万五 is spoken shorthand for 15,000, not 10,005: too loose to index as either.
  if (digit !== null && lastUnitBig && !zeroGap) return null;
  return total + section + (digit ?? 0);
}

/** Every printed number in the text that reads as a quantity, with its value. */
export function printedNumerals(original: string): PrintedNumeral[] {
  const text = foldDigits(original);
  const out: PrintedNumeral[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const intDigits = m[1]!.replace(/,/g, '');
    if (NOT_A_QUANTITY.some((rule) => rule.test(text, m.index, m[1]!))) continue;
    let end = m.index + m[0].length;
    let power = 0;
    if (SCALE_START.test(text[end] ?? '')) {
      const after = text.slice(end, end + 10).toLowerCase();
      const scale = SCALES.find(([word]) => after.startsWith(word) && !/[a-z]/.test(after[word.length] ?? ''));
      if (scale) {
        power = scale[1];
        end += scale[0].length;
      }
    }
    out.push({ start: m.index, end, value: decimalValue(intDigits, m[2] ?? '', power) });
  }
  for (const m of text.matchAll(ZH_RUN)) {
    // A numeral needs a digit and a unit: 两万, 一百; not 千万 (never) or 一 alone.
    if (!/[一二两三四五六七八九]/.test(m[0]) || !/[十百千万亿]/.test(m[0])) continue;
    if (NOT_A_QUANTITY.some((rule) => rule.test(text, m.index, m[0]))) continue;
    // 4.8万: the scale already belongs to the Arabic number before it.
    if (/\d/.test(text[m.index - 1] ?? '')) continue;
    const value = chineseInteger(m[0]);
    if (value !== null && Number.isSafeInteger(value)) out.push({ start: m.index, end: m.index + m[0].length, value: String(value) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Prefix that keeps value tokens apart from words: nothing printed reads 'nvq20000'. */
const VALUE_TOKEN_PREFIX = 'nvq';

/** The index token of a value: one unicode61 word ('.' is a separator there, so d). */
export function valueToken(value: string): string {
  return VALUE_TOKEN_PREFIX + value.replace('.', 'd');
}

/** The whole text as one number (20,000 or 两万 or 4.8萬), or null. */
export function wholeNumeral(text: string): string | null {
  const trimmed = text.trim();
  const [only] = printedNumerals(trimmed);
  return only && only.start === 0 && only.end === trimmed.length ? only.value : null;
}
