/**
 * The shapes a number takes in English text, as named rules: each reads one whole
 * token and returns its value or null. `readEnShape` tries them in table order.
 */
import { EN_SCALE_POWER, parseEnglishFraction, parseEnglishNumberWords, shiftDecimal } from '../numbers';

export interface EnShape {
  name: string;
  pattern: RegExp;
  read: (m: RegExpExecArray) => number | null;
  /** 'hundreds of', 'tens of thousands': the value is a floor, not a count. */
  lowerBound?: boolean;
}

const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const ORDER_POWER: Record<string, number> = { tens: 1, hundreds: 2, thousands: 3, millions: 6, billions: 9 };
/** Fraction characters as central banks set them: around ¼% per quarter, 5½ percent, ¾ per cent. */
const VULGAR_FRACTIONS: Record<string, number> = { '¼': 1 / 4, '½': 1 / 2, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 };
export const VULGAR_FRACTION_CHARS = Object.keys(VULGAR_FRACTIONS).join('');

export const EN_SHAPES: EnShape[] = [
  { name: 'en.arabic', pattern: new RegExp(`^(?:${ARABIC})$`), read: (m) => Number(m[0].replace(/,/g, '')) },
  {
    // '2.3bn', '3 million', '25k'.
    name: 'en.arabic+scale',
    pattern: new RegExp(`^(${ARABIC})\\s?(trillion|billion|million|thousand|mln|bln|trn|bn|mn|tn|m|k)$`, 'i'),
    read: (m) => shiftDecimal(m[1]!.replace(/,/g, ''), EN_SCALE_POWER[m[2]!.toLowerCase()] ?? 0),
  },
  {
    // '¼', '5½', '12¾': a whole number (if any) and a fraction character.
    name: 'en.vulgar-fraction',
    pattern: new RegExp(`^(\\d*)([${VULGAR_FRACTION_CHARS}])$`),
    read: (m) => Number(m[1] || 0) + VULGAR_FRACTIONS[m[2]!]!,
  },
  {
    // 'a third', 'two-thirds', 'half', 'three quarters'.
    name: 'en.fraction',
    pattern: /^(?:(?:a|an|one|two|three|four|five)[\s-])?(?:half|halves|thirds?|quarters?|fifths?|tenths?)$/i,
    read: (m) => parseEnglishFraction(m[0]),
  },
  {
    // 'hundreds of', 'tens of thousands of', 'millions of'.
    name: 'en.order-of-magnitude',
    pattern: /^(tens|hundreds|thousands|millions|billions)(?:\s+of\s+(thousands|millions|billions))?(?:\s+of)?$/i,
    read: (m) => 10 ** ((ORDER_POWER[m[1]!.toLowerCase()] ?? 0) + (m[2] ? ORDER_POWER[m[2].toLowerCase()] ?? 0 : 0)),
    lowerBound: true,
  },
  {
    // 'twenty-thousand, five-hundred and sixty-nine', 'forty two point five', 'a hundred'.
    name: 'en.words',
    pattern: /^[a-z]+(?:(?:,?\s+|-)[a-z]+)*$/i,
    read: (m) => parseEnglishNumberWords(m[0]),
  },
];

export interface EnReading {
  value: number;
  shape: string;
  lowerBound: boolean;
}

export function readEnShape(token: string): EnReading | null {
  const text = token.trim();
  for (const shape of EN_SHAPES) {
    const m = shape.pattern.exec(text);
    if (!m) continue;
    const value = shape.read(m);
    if (value !== null && Number.isFinite(value)) return { value, shape: shape.name, lowerBound: !!shape.lowerBound };
  }
  return null;
}
