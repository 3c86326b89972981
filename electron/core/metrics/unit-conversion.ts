/**
 * Measures one quantity is printed in under several units: grain output in 亿斤 by a province
 * and in 万吨 by the statistics bureau, farmland in 亩 or 公顷, roads in 公里 or miles. A
 * reading in one is held against a goal in another after conversion, never refused as a
 * different unit. Each row: the unit as unitKey writes it (singular, simplified, lower case),
 * the base it converts to, and how many of the base one of it is.
 */
import { toSimplified } from '../text/simplify';

interface Conversion {
  base: string;
  factor: number;
}

const CONVERSIONS: ReadonlyArray<readonly [string, string, number]> = [
  // Mass, in tonnes. 斤 is the market catty (0.5 kg); 'ton' in the press of metric countries is the tonne.
  ['吨', 't', 1],
  ['公吨', 't', 1],
  ['tonne', 't', 1],
  ['ton', 't', 1],
  ['metric ton', 't', 1],
  ['公斤', 't', 0.001],
  ['千克', 't', 0.001],
  ['kg', 't', 0.001],
  ['kilogram', 't', 0.001],
  ['斤', 't', 0.0005],
  // Area, in hectares: 15 亩 to the hectare.
  ['公顷', 'ha', 1],
  ['hectare', 'ha', 1],
  ['ha', 'ha', 1],
  ['亩', 'ha', 1 / 15],
  ['平方公里', 'ha', 100],
  ['square kilometre', 'ha', 100],
  ['square kilometer', 'ha', 100],
  ['km2', 'ha', 100],
  ['acre', 'ha', 0.40468564224],
  // Length, in kilometres.
  ['公里', 'km', 1],
  ['千米', 'km', 1],
  ['km', 'km', 1],
  ['kilometre', 'km', 1],
  ['kilometer', 'km', 1],
  ['mile', 'km', 1.609344],
];

const BY_UNIT = new Map<string, Conversion>(CONVERSIONS.map(([unit, base, factor]) => [unit, { base, factor }]));

function conversionOf(unit: string): Conversion | null {
  const u = toSimplified(unit.normalize('NFKC')).trim().toLowerCase();
  return BY_UNIT.get(u) ?? (/[a-z]s$/.test(u) ? BY_UNIT.get(u.slice(0, -1)) : undefined) ?? null;
}

/**
 * How many of `to` one `from` is, when the two are different units of one measure (斤 → 吨:
 * 0.0005); null when they are the same unit, or cannot be converted.
 */
export function conversionFactor(from: string, to: string): number | null {
  const a = conversionOf(from);
  const b = conversionOf(to);
  if (!a || !b || a.base !== b.base || a.factor === b.factor) return null;
  return a.factor / b.factor;
}
