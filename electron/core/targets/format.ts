/**
 * Numbers as an editor writes them in each language: 812.6亿 / 81.26bn, 7565 / 7,565.
 * Values arrive in base units (元, 家, %); the unit decides the suffix.
 */

function trim(n: number, digits: number): string {
  return Number(n.toFixed(digits)).toString();
}

function isPercent(unit: string): boolean {
  return unit === '%';
}

function isPoints(unit: string): boolean {
  return unit === '个百分点' || unit === 'pp' || unit === 'percentage points';
}

export function formatZh(value: number, unit: string): string {
  if (isPercent(unit)) return `${trim(value, 4)}%`;
  if (isPoints(unit)) return `${trim(value, 4)}个百分点`;
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trim(value / 1e8, 4)}亿`;
  if (abs >= 1e5 && Number.isInteger(value / 100)) return `${trim(value / 1e4, 4)}万`;
  // A pro-rata 250,456.2 reads as 250456: decimals only where they carry meaning.
  return trim(value, abs >= 1000 ? 0 : 4);
}

/** Made once: toLocaleString builds a new formatter on every call, and checks format thousands of numbers. */
const EN_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

export function formatEn(value: number, unit: string): string {
  if (isPercent(unit)) return `${trim(value, 4)}%`;
  if (isPoints(unit)) return `${trim(value, 4)} points`;
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trim(value / 1e9, 4)}bn`;
  if (abs >= 1e6 && Number.isInteger(value / 1000)) return `${trim(value / 1e6, 4)} million`;
  return EN_NUMBER.format(Number(trim(value, abs >= 1000 ? 0 : 4)));
}

/** 8.0714… → 8.07: percentages in explanations carry two decimals as data. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** 8.07 → 8.1: sentences carry one. */
export function oneDecimal(n: number): string {
  return trim(n, 1);
}
