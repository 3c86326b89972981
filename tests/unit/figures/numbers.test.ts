import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText } from '../../../electron/core/figures/fold';
import {
  parseArabic,
  parseChineseNumeral,
  parseEnglishFraction,
  parseEnglishNumber,
  parseEnglishNumberWords,
  parseZhNumber,
} from '../../../electron/core/figures/numbers';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

interface ZhStyle {
  /** 两 for 2 before 百/千/万/亿. */
  liang: boolean;
  /** 一十五 rather than 十五 at the start. */
  leadingOne: boolean;
  /** 〇 rather than 零. */
  circleZero: boolean;
}

/** Renders 0 ≤ n < 10^4 as one section; `padZero` adds 零 when the section is short inside a larger number. */
function section(n: number, style: ZhStyle, first: boolean): string {
  const zero = style.circleZero ? '〇' : '零';
  const places: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let pendingZero = !first && n < 1000;
  let started = false;
  for (const [p, unit] of places) {
    const d = Math.floor(n / p) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero && (started || !first)) out += zero;
    pendingZero = false;
    let digit = style.liang && d === 2 && p >= 100 ? '两' : DIGITS[d]!;
    if (p === 10 && d === 1 && first && !started && !style.leadingOne) digit = '';
    out += digit + unit;
    started = true;
  }
  return out;
}

/** Integer → Chinese numerals with 万/亿 grouping (0 ≤ n < 10^16). */
export function toChinese(n: number, style: ZhStyle): string {
  if (n === 0) return style.circleZero ? '〇' : '零';
  const g0 = n % 10000;
  const g1 = Math.floor(n / 1e4) % 10000;
  const g2 = Math.floor(n / 1e8) % 10000;
  const g3 = Math.floor(n / 1e12);
  let out = '';
  let first = true;
  const zero = style.circleZero ? '〇' : '零';
  if (g3) { out += section(g3, style, first) + '万'; first = false; }
  if (g2 || g3) {
    if (g2) { out += section(g2, style, first); first = false; }
    out += '亿';
  }
  if (g1) { out += (out && g2 === 0 && g3 !== 0 ? zero : '') + section(g1, style, first) + '万'; first = false; }
  else if (out && g0) { out += zero; first = true; }
  if (g0) out += section(g0, style, first && !out);
  return out.replace(new RegExp(`${zero}${zero}+`, 'g'), zero);
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
function below1000(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(`${SMALL[Math.floor(n / 100)]} hundred`);
  const rest = n % 100;
  if (rest) {
    const words = rest < 20 ? SMALL[rest]! : TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${SMALL[rest % 10]}` : '');
    parts.push(n >= 100 ? `and ${words}` : words);
  }
  return parts.join(' ');
}
/** Integer → English words (0 < n < 10^12). */
export function toEnglish(n: number): string {
  const scales: Array<[number, string]> = [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand'], [1, '']];
  const parts: string[] = [];
  for (const [v, name] of scales) {
    const chunk = Math.floor(n / v) % 1000;
    if (chunk) parts.push(`${below1000(chunk)}${name ? ` ${name}` : ''}`);
  }
  return parts.join(' ');
}

describe('Chinese numerals', () => {
  it.each([
    ['三', 3], ['十五', 15], ['二十三', 23], ['一百二十', 120], ['两千三百万', 23000000], ['〇', 0], ['零', 0],
    ['一千零五', 1005], ['一百零五', 105], ['壹仟贰佰叁拾肆', 1234], ['伍拾', 50], ['廿三', 23], ['卅', 30],
    ['一万五', 15000], ['三百五', 350], ['一亿二千万', 120000000], ['一万亿', 1e12], ['二〇二三', 2023], ['三点五', 3.5],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each([
    ['4.8万', 48000], ['1.2亿', 120000000], ['3千', 3000], ['1.3万亿', 1.3e12], ['750亿', 75000000000], ['1,234.5', 1234.5],
    ['1.89万亿', 1.89e12], ['29,856亿', 2985600000000],
  ])('mixed %s → %d', (text, value) => {
    expect(parseZhNumber(text)).toBe(value);
  });

  it('reads full-width digits and traditional scales after folding', () => {
    expect(parseZhNumber(foldText('４.８萬'))).toBe(48000);
    expect(parseZhNumber(foldText('１２３４'))).toBe(1234);
    expect(parseZhNumber(foldText('3.5萬億'))).toBe(3.5e12);
    expect(parseZhNumber(foldText('兩千'))).toBe(2000);
  });

  it('rejects runs that are not numbers', () => {
    expect(parseChineseNumeral('十四五')).toBeNull();
    expect(parseArabic('1,23')).toBeNull();
  });

  it('property: any integer 0..1e12 written in Chinese numerals parses back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.record({ liang: fc.boolean(), leadingOne: fc.boolean(), circleZero: fc.boolean() }),
        (n, style) => {
          const text = toChinese(n, style);
          expect(parseChineseNumeral(text), text).toBe(n);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('property: n万 and n亿 scale back (n ≤ 9999, with one decimal)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99990 }), fc.constantFrom(['万', 4], ['亿', 8], ['万亿', 12]), (tenths, [scale, power]) => {
        const text = `${tenths / 10}${scale}`;
        // tenths × 10^(power−1) is an exact integer, unlike (tenths / 10) × 10^power.
        expect(parseZhNumber(text)).toBe(tenths * 10 ** ((power as number) - 1));
      }),
    );
  });
});

describe('English numbers', () => {
  it.each([
    ['twenty', 20], ['twenty-five', 25], ['one hundred and five', 105], ['twenty-five thousand', 25000], ['a dozen', 12],
    ['three million', 3e6], ['two thousand three hundred', 2300],
  ])('%s → %d', (text, value) => {
    expect(parseEnglishNumberWords(text)).toBe(value);
  });

  it.each([
    ['3 million', 3e6], ['2.3bn', 2.3e9], ['450 million', 4.5e8], ['1.5 trillion', 1.5e12], ['46m', 4.6e7], ['25k', 25000], ['1,000', 1000],
  ])('%s → %d', (text, value) => {
    expect(parseEnglishNumber(text)).toBe(value);
  });

  it.each([['a third', 1 / 3], ['half', 0.5], ['two-thirds', 2 / 3], ['a quarter', 0.25], ['three quarters', 0.75]])('%s → %d', (text, value) => {
    expect(parseEnglishFraction(text)).toBeCloseTo(value, 10);
  });

  it('property: integers written in words or with a scale word parse back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseEnglishNumberWords(toEnglish(n)), toEnglish(n)).toBe(n);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom(['thousand', 1e3], ['million', 1e6], ['billion', 1e9]), (n, [word, mult]) => {
        expect(parseEnglishNumber(`${n} ${word}`)).toBe(n * (mult as number));
        expect(parseEnglishNumberWords(`${toEnglish(n)} ${word}`)).toBe(n * (mult as number));
      }),
    );
  });
});
