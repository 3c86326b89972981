/**
 * The shapes a number takes in Chinese text, as named rules. Each rule reads one
 * whole token of folded text (see ../fold.ts) and returns its value, or null when
 * the token is not in that shape. `readZhShape` tries them in table order; the
 * scanner finds tokens, these rules say what they are worth.
 */
import { rememberByString } from '../memo';
import { parseArabic, parseChineseInteger, parseChineseNumeral, shiftDecimal, zhScalePower } from '../numbers';

export interface ZhShape {
  name: string;
  /** The whole token, anchored at both ends. */
  pattern: RegExp;
  read: (m: RegExpExecArray) => number | null;
  /** An order of magnitude (上万, 千亿级): the value is a floor, not a count. */
  lowerBound?: boolean;
}

const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const DIGIT = '零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖';
const SMALL_NUMERAL = `[${DIGIT}十百千廿卅拾佰仟]+(?:点[零〇一二三四五六七八九]+)?`;

/** Digits spelt one by one (三二九, 〇四) as Arabic digits. */
function spelt(digits: string): string {
  return [...digits].map((c) => String('〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c))).join('');
}

/** A Chinese or Arabic number below a fraction bar: 三, 10, 4.5. */
function operand(text: string): number | null {
  return parseArabic(text) ?? parseChineseNumeral(text);
}

export const ZH_SHAPES: ZhShape[] = [
  {
    // 4.8万, 1.3万亿, 2,300亿, 1.43兆: Arabic digits and scale characters.
    name: 'zh.arabic+scale',
    pattern: new RegExp(`^(${ARABIC})([十百千万亿兆]+)$`),
    read: (m) => {
      const power = zhScalePower(m[2]!);
      return power === null ? null : shiftDecimal(m[1]!.replace(/,/g, ''), power);
    },
  },
  { name: 'zh.arabic', pattern: new RegExp(`^(?:${ARABIC})$`), read: (m) => parseArabic(m[0]) },
  {
    // 三．〇四GW, 三二九．七万瓩 (Taiwan papers): digits spelt one by one about a full-width point (folded to '.').
    name: 'zh.digit-by-digit-decimal',
    pattern: /^([〇零一二三四五六七八九]+)\.([〇零一二三四五六七八九]+)([万亿兆]*)$/,
    read: (m) => {
      const power = m[3] ? zhScalePower(m[3]) : 0;
      return power === null ? null : shiftDecimal(`${spelt(m[1]!)}.${spelt(m[2]!)}`, power);
    },
  },
  {
    // 十五．五% (Taiwan papers): a numeral with tens, then decimal digits after a full-width point.
    name: 'zh.numeral-point-digits',
    pattern: /^([零〇一二两三四五六七八九十廿卅]+)\.([〇零一二三四五六七八九]+)([万亿兆]*)$/,
    read: (m) => {
      const whole = parseChineseInteger(m[1]!);
      const power = m[3] ? zhScalePower(m[3]) : 0;
      return whole === null || power === null ? null : shiftDecimal(`${whole}.${spelt(m[2]!)}`, power);
    },
  },
  {
    // 一八八一亿 (Taiwan papers): digits spelt one by one, then a scale.
    name: 'zh.digit-by-digit+scale',
    pattern: /^([〇零一二三四五六七八九]{2,})([万亿兆]+)$/,
    read: (m) => {
      const digits = parseChineseInteger(m[1]!);
      const power = zhScalePower(m[2]!);
      return digits === null || power === null ? null : shiftDecimal(String(digits), power);
    },
  },
  {
    // 四分之三, 3分之1, 百分之五 is handled as a percentage before this table.
    name: 'zh.fraction',
    pattern: new RegExp(`^(${SMALL_NUMERAL}|${ARABIC})分之(${SMALL_NUMERAL}|${ARABIC})$`),
    read: (m) => {
      const denominator = operand(m[1]!);
      const numerator = operand(m[2]!);
      return denominator && numerator !== null ? numerator / denominator : null;
    },
  },
  {
    // 占全国1/10以上, 增量的1/4: a share written with a slash.
    name: 'zh.slash-fraction',
    pattern: /^(\d{1,2})\/(\d{1,2})$/,
    read: (m) => (Number(m[2]) > Number(m[1]) ? Number(m[1]) / Number(m[2]) : null),
  },
  { name: 'zh.half', pattern: /^(?:一半|半数|过半|半)$/, read: () => 0.5 },
  {
    // 上万, 数万, 几十万, 成千上万: a count known only to its order of magnitude.
    name: 'zh.order-of-magnitude',
    pattern: /^(?:上|数|几|成千上)([十百千万亿]+)$/,
    read: (m) => 10 ** (zhScalePower(m[1]!) ?? 0),
    lowerBound: true,
  },
  {
    // 百个, 万个, 千亿级: a bare scale before a classifier or 级 (after 超, 近, 逾 in running text).
    name: 'zh.bare-scale',
    pattern: /^([百千万亿]+)$/,
    read: (m) => 10 ** (zhScalePower(m[1]!) ?? 0),
    lowerBound: true,
  },
  {
    // 两千三百万, 一万零七百九十, 二〇二三, 壹仟贰佰, 十二点五: Chinese and financial numerals.
    name: 'zh.numerals',
    pattern: new RegExp(`^[${DIGIT}十百千万亿兆廿卅拾佰仟]+(?:点[零〇一二三四五六七八九]+)?$`),
    read: (m) => parseChineseNumeral(m[0].replace(/兆/g, '万亿')),
  },
];

export interface ZhReading {
  value: number;
  shape: string;
  lowerBound: boolean;
}

/** The value of a Chinese-text number token, by the first shape that reads it. */
export const readZhShape: (token: string) => ZhReading | null = rememberByString(readShape);

function readShape(token: string): ZhReading | null {
  for (const shape of ZH_SHAPES) {
    const m = shape.pattern.exec(token);
    if (!m) continue;
    const value = shape.read(m);
    if (value !== null && Number.isFinite(value)) return { value, shape: shape.name, lowerBound: !!shape.lowerBound };
  }
  return null;
}
