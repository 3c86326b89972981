/**
 * Numeral parsing: Arabic digits, Chinese numerals (plain, financial, 两/廿/卅,
 * 万/亿 grouping), mixed forms such as 4.8万, and English number words.
 * All functions take folded text (see fold.ts) and return null when the input
 * is not a number in that form.
 */

const ZH_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const ZH_SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_TENS: Record<string, number> = { 廿: 20, 卅: 30 };

/** Characters that can appear in a Chinese numeral run (scales included). */
export const ZH_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿廿卅壹贰貳叁參肆伍陆陸柒捌玖拾佰仟';
/** Characters of the financial (anti-fraud) forms, which double as ordinary words (伍, 陆, 拾). */
export const ZH_FINANCIAL_CHARS = '壹贰貳叁參肆伍陆陸柒捌玖拾佰仟';

/**
 * Moves the decimal point of a plain decimal string by `shift` places and
 * returns the number, so 1.89 × 10^12 is exact rather than 1890000000000.0002.
 */
export function shiftDecimal(decimal: string, shift: number): number {
  const negative = decimal.startsWith('-');
  const body = negative ? decimal.slice(1) : decimal;
  const dot = body.indexOf('.');
  let intPart = dot < 0 ? body : body.slice(0, dot);
  let fracPart = dot < 0 ? '' : body.slice(dot + 1);
  if (shift >= 0) {
    const moved = fracPart.slice(0, shift).padEnd(shift, '0');
    intPart += moved;
    fracPart = fracPart.slice(shift);
  } else {
    const k = -shift;
    const padded = intPart.padStart(k + 1, '0');
    fracPart = padded.slice(padded.length - k) + fracPart;
    intPart = padded.slice(0, padded.length - k);
  }
  const n = Number(`${intPart}${fracPart ? '.' + fracPart : ''}`);
  return negative ? -n : n;
}

/** '1,234.5' → 1234.5; thousands separators must sit every three digits. */
export function parseArabic(text: string): number | null {
  const s = text.replace(/\s/g, '');
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(s)) return null;
  return Number(s.replace(/,/g, ''));
}

/**
 * Power of ten for a run of Chinese scale characters: 万 → 4, 万亿 → 12, 千万 → 7.
 * 兆 is the trillion of Taiwan and Hong Kong papers (1.43兆斤, 新台币5兆元); as a metric
 * prefix (兆瓦) it is part of a unit and never reaches here.
 */
export function zhScalePower(scale: string): number | null {
  let power = 0;
  for (const ch of scale) {
    if (ch === '万') power += 4;
    else if (ch === '亿') power += 8;
    else if (ch === '兆') power += 12;
    else if (ch === '千' || ch === '仟') power += 3;
    else if (ch === '百' || ch === '佰') power += 2;
    else if (ch === '十' || ch === '拾') power += 1;
    else return null;
  }
  return power;
}

/** Integer written in Chinese numerals: 两千三百万, 一千零五, 十五, 二〇二三, 一万五. */
export function parseChineseInteger(text: string): number | null {
  if (!text) return null;
  let hasUnit = false;
  for (const ch of text) {
    if (ZH_DIGIT[ch] === undefined && ZH_SMALL_UNIT[ch] === undefined && ZH_TENS[ch] === undefined && ch !== '万' && ch !== '亿') return null;
    if (ZH_DIGIT[ch] === undefined) hasUnit = true;
  }
  if (!hasUnit) {
    // Digit-by-digit form (二〇二三); a single digit is just that digit.
    let n = 0;
    for (const ch of text) n = n * 10 + ZH_DIGIT[ch]!;
    return n;
  }
  let total = 0; // completed 亿 groups
  let wan = 0; // completed 万 group, below 亿
  let section = 0; // below 万
  let digit = 0;
  let digitSet = false;
  let lastUnit = 0; // value of the unit just before a trailing digit, for 一万五 = 15000
  let prevWasUnit = false;
  for (const ch of text) {
    const d = ZH_DIGIT[ch];
    if (d !== undefined) {
      if (digitSet && d !== 0 && digit !== 0) return null; // 三四 inside a grouped numeral
      digit = d;
      digitSet = d !== 0 || digitSet;
      if (d === 0) { lastUnit = 0; digitSet = false; }
      prevWasUnit = false;
      continue;
    }
    const tens = ZH_TENS[ch];
    if (tens !== undefined) {
      section += tens;
      digit = 0; digitSet = false; lastUnit = 10; prevWasUnit = true;
      continue;
    }
    const small = ZH_SMALL_UNIT[ch];
    if (small !== undefined) {
      section += (digitSet ? digit : 1) * small;
      digit = 0; digitSet = false; lastUnit = small; prevWasUnit = true;
      continue;
    }
    if (ch === '万') {
      wan = (wan + section + digit) * 10000;
      section = 0; digit = 0; digitSet = false; lastUnit = 10000; prevWasUnit = true;
      continue;
    }
    // 亿
    total = (total + wan + section + digit) * 100000000;
    wan = 0; section = 0; digit = 0; digitSet = false; lastUnit = 100000000; prevWasUnit = true;
  }
  if (digitSet && lastUnit >= 100 && !prevWasUnit) {
    // A bare digit straight after 百/千/万 is the next place down (三百五 = 350).
    const lastChar = text[text.length - 2];
    if (lastChar !== undefined && ZH_DIGIT[lastChar] === undefined) digit *= lastUnit / 10;
  }
  return total + wan + section + digit;
}

/** Chinese numeral with an optional 点 decimal part: 三点五 → 3.5, 十二点零五 → 12.05. */
export function parseChineseNumeral(text: string): number | null {
  const dot = text.indexOf('点');
  if (dot < 0) return parseChineseInteger(text);
  const intPart = parseChineseInteger(text.slice(0, dot));
  if (intPart === null) return null;
  let frac = '';
  for (const ch of text.slice(dot + 1)) {
    const d = ZH_DIGIT[ch];
    if (d === undefined) return null;
    frac += String(d);
  }
  if (!frac) return null;
  return Number(`${intPart}.${frac}`);
}

/**
 * A number as written in Chinese text: Arabic or Chinese numerals, optionally
 * followed by scale characters (4.8万, 1.3万亿, 3千, 两千三百万, 3.5万亿).
 */
export function parseZhNumber(text: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([十百千万亿兆拾佰仟]*)$/.exec(text);
  if (m) {
    const power = zhScalePower(m[2]!);
    if (power === null) return null;
    return shiftDecimal(m[1]!.replace(/,/g, ''), power);
  }
  return parseChineseNumeral(text);
}

const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, a: 1, an: 1, dozen: 12,
};
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const EN_SCALE_POWER: Record<string, number> = {
  hundred: 2, thousand: 3, k: 3, million: 6, m: 6, mn: 6, mln: 6, billion: 9, bn: 9, bln: 9, b: 9, trillion: 12, tn: 12, trn: 12,
};
/** Words that may appear in a written English number. */
export const EN_NUMBER_WORDS = new Set([...Object.keys(EN_SMALL), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'and', 'point']);

/** 'twenty-five thousand', 'one hundred and five', 'a dozen', 'three million' → number. */
export function parseEnglishNumberWords(text: string): number | null {
  // 'twenty-thousand, five-hundred and sixty-nine': hyphens and commas only join the words.
  const all = text.toLowerCase().replace(/[-,]/g, ' ').split(/\s+/).filter(Boolean);
  // 'forty two point five': digits after 'point' are read one by one.
  const point = all.indexOf('point');
  const words = point < 0 ? all : all.slice(0, point);
  if (point >= 0) {
    const whole = point === 0 ? 0 : parseEnglishNumberWords(words.join(' '));
    const digits = all.slice(point + 1).map((w) => DIGIT_WORDS.indexOf(w));
    if (whole === null || digits.length === 0 || digits.some((d) => d < 0)) return null;
    return Number(`${whole}.${digits.join('')}`);
  }
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let sawNumber = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'and') {
      if (!sawNumber || i === words.length - 1) return null;
      continue;
    }
    const small = EN_SMALL[w];
    if (small !== undefined) {
      if ((w === 'a' || w === 'an') && i === words.length - 1) return null;
      if (w === 'dozen') current = (current || 1) * 12;
      else current += small;
      sawNumber = true;
      continue;
    }
    if (w === 'hundred') { current = (current || 1) * 100; sawNumber = true; continue; }
    const power = EN_SCALE_POWER[w];
    if (power !== undefined && w.length > 2) {
      total += (current || 1) * 10 ** power;
      current = 0;
      sawNumber = true;
      continue;
    }
    return null;
  }
  return sawNumber ? total + current : null;
}

const EN_FRACTION_DENOMINATOR: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, tenth: 10, tenths: 10,
};

/** 'a third' → 1/3, 'two-thirds' → 2/3, 'half' → 0.5, 'three quarters' → 0.75. */
export function parseEnglishFraction(text: string): number | null {
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 1 && words[0] === 'half') return 0.5;
  if (words.length !== 2) return null;
  const numerator = words[0] === 'a' || words[0] === 'an' ? 1 : EN_SMALL[words[0]!];
  const denominator = EN_FRACTION_DENOMINATOR[words[1]!];
  if (numerator === undefined || denominator === undefined || numerator === 0) return null;
  return numerator / denominator;
}

/** English number with a scale word or abbreviation: '3 million', '2.3bn', '25 thousand'. */
export function parseEnglishNumber(text: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*([a-z]+)?$/i.exec(text.trim());
  if (m) {
    const base = m[1]!.replace(/,/g, '');
    if (!m[2]) return Number(base);
    const power = EN_SCALE_POWER[m[2].toLowerCase()];
    return power === undefined ? null : shiftDecimal(base, power);
  }
  return parseEnglishNumberWords(text);
}
