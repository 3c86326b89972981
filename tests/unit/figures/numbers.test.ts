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

import { toChinese, toEnglish } from './render-numerals';

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
