/**
 * The interval a worded number covers. 「4.8万」 is rounded to the thousand, so it
 * stands for 47,500–48,499; 「2.35%」 for 2.345–2.355; 「超过4.8万」 for anything from
 * 47,500 up. Two statements agree when their intervals overlap.
 */

export interface Interval {
  low: number;
  high: number;
}

const NUMBER_IN_QUOTE = /(\d[\d,，]*(?:\.(\d+))?)(?:\s*[eE]([+-]?\d+))?/;

/**
 * The rounding step a quote implies, in the figure's base unit: the last stated digit's
 * place times the scale the words applied (万, 亿, million, bn). Null when the quote
 * carries no Arabic numeral (三家, 两项) — such counts are exact.
 */
export function statedStep(quote: string, value: number): number | null {
  const m = NUMBER_IN_QUOTE.exec(quote);
  if (!m) return null;
  const mantissa = Number(m[1]!.replace(/[,，]/g, ''));
  const decimals = m[2]?.length ?? 0;
  const exponent = m[3] ? Number(m[3]) : 0;
  const written = mantissa * 10 ** exponent;
  if (!Number.isFinite(written) || written === 0) return null;
  // The scale the words applied: 4.8 written, 48000 stored → ×10^4.
  const scale = Math.abs(value / written);
  const roundedScale = 10 ** Math.round(Math.log10(scale || 1));
  // Only trust decimal scales; anything else means the quote's number is not this value.
  if (Math.abs(scale - roundedScale) / roundedScale > 1e-6) return null;
  return 10 ** (exponent - decimals) * roundedScale;
}

/** Relative slack for floating-point noise (0.1 + 0.2), not for wording. */
const EPSILON = 1e-9;

/**
 * The values a statement allows. A bound (超过, 以上) is open on its far side; about
 * (左右) widens by the tolerance or the rounding, whichever is larger.
 */
export function statedInterval(
  f: { value: number; valueMax: number | null; qualifier: string; quote: string },
  approxTolerance: number,
): Interval {
  const step = statedStep(f.quote, f.value) ?? 0;
  const half = step / 2;
  // Only an exact statement needs slack for float noise; a rounded one is half-open,
  // so 2.4 (2.35–2.45) and 2.5 (2.45–2.55) touch without agreeing.
  const eps = half > 0 ? 0 : Math.max(Math.abs(f.value), 1) * EPSILON;
  const v = f.value;
  switch (f.qualifier) {
    case 'gt':
    case 'gte':
      return { low: v - half - eps, high: Infinity };
    case 'lt':
    case 'lte':
      return { low: -Infinity, high: v + half + eps };
    case 'approx': {
      const slack = Math.max(half, Math.abs(v) * approxTolerance);
      return { low: v - slack - eps, high: v + slack + eps };
    }
    case 'range':
      return { low: v - half - eps, high: (f.valueMax ?? v) + half + eps };
    default:
      return { low: v - half - eps, high: v + half + eps };
  }
}

export function overlaps(a: Interval, b: Interval): boolean {
  const width = Math.min(a.high, b.high) - Math.max(a.low, b.low);
  const scale = Math.max(Math.abs(a.low), Math.abs(a.high), Math.abs(b.low), Math.abs(b.high), 1);
  return width > (Number.isFinite(scale) ? scale : 1) * 1e-12 || (width === Infinity);
}

/** The whole-unit display of a rounded value: 4.8万 → 47500–48499. */
export function displayRange(iv: Interval, step: number): { low: number; high: number } {
  const low = Number(iv.low.toPrecision(10));
  const high = Number(iv.high.toPrecision(10));
  return step >= 1 ? { low: Math.ceil(low), high: Math.max(Math.ceil(low), Math.ceil(high) - 1) } : { low, high };
}
