/**
 * Value-axis ticks for a chart: round steps over the range, labelled with just enough
 * digits that no two ticks read the same. Compact notation rounds 39,000 and 41,000 both
 * to 4万; an axis that says 4万 4万 4万 misleads more than it helps.
 */
export interface ValueTicks {
  values: number[];
  label: (value: number) => string;
}

const MAX_DIGITS = 6;

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

/** `format(value, digits)` prints a value with at most `digits` fraction digits (compact notation is fine). */
export function valueTicks(min: number, max: number, format: (value: number, digits: number) => string, count = 4): ValueTicks {
  let lo = Number.isFinite(min) ? min : 0;
  let hi = Number.isFinite(max) ? max : 1;
  if (hi === lo) {
    // one value (a single reading on its target): a band around it, not a zero-height axis
    const pad = Math.abs(hi) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, count);
  const values: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) values.push(Number(v.toPrecision(12)));
  if (values[values.length - 1]! < hi) values.push(Number((values[values.length - 1]! + step).toPrecision(12)));
  let digits = 0;
  while (digits < MAX_DIGITS && new Set(values.map((v) => format(v, digits))).size < values.length) digits++;
  return { values, label: (value) => format(value, digits) };
}
