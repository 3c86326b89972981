/**
 * Fractions the wires and central banks write with a slash: the Fed's '5-1/4 percent' and '2-1/2 to 2-3/4 percent',
 * '1/4 to 1/2 percent', '3/4 of'. scan-en.ts tries these before reading a number by itself.
 */
import type { EnGroups } from './scan-en';
import type { RawFigure } from './scan-zh';

/** '1/4 to 1/2 percent', '3/4 of': a fraction written with a slash, only where a share follows (never a date). */
const SLASH_FRACTION = /^(\d{1,2})\/(\d{1,2})(?=\s*(?:%|percent|per cent|of\b|to\s+\d{1,2}\/\d{1,2}\s*(?:%|percent|per cent)))/i;
const SLASH_FRACTION_RANGE = /^\s+to\s+(\d{1,2})\/(\d{1,2})\s*(%|percent|per cent)/i;
/** '5-1/4 percent', '4 to 4-3/4 percent', '2-1/2 to 2-3/4 percent': a percent written with a mixed fraction on either end. */
const MIXED_FRACTION_PERCENT = /^(\d{1,2})(?:-(\d)\/(\d{1,2}))?(?:\s+to\s+(\d{1,2})(?:-(\d)\/(\d{1,2}))?)?\s*(?:%|percent|per cent)\b(?<=\d-\d\/\d{1,2}\s*(?:%|percent|per cent)|\d-\d\/\d{1,2}\s+to\s+\d{1,2}(?:-\d\/\d{1,2})?\s*(?:%|percent|per cent))/i;
const mixedValue = (whole: string, num?: string, den?: string): number => Number(whole) + (num && den ? Number(num) / Number(den) : 0);

/** The Fed's '5-1/4 percent' and '2-1/2 to 2-3/4 percent': a whole number and a fraction joined by a hyphen. */
export function mixedFractionPercent(folded: string, m: RegExpExecArray, g: EnGroups): RawFigure | null {
  const mixed = g.num && !g.cur && !g.scale ? MIXED_FRACTION_PERCENT.exec(folded.slice(m.index, m.index + 40)) : null;
  if (!mixed) return null;
  const end = m.index + mixed[0].length;
  const high = mixed[4] !== undefined ? mixedValue(mixed[4], mixed[5], mixed[6]) : null;
  return {
    start: m.index, end, numStart: m.index, value: mixedValue(mixed[1]!, mixed[2], mixed[3]), valueMax: high, unit: '%', currency: null,
    qualifier: high !== null ? 'range' : 'eq', change: 'level', countInWords: false, classifier: false, rule: 'en.mixed-fraction', cues: [], unitEnd: end,
  };
}

/** The Fed's '1/4 to 1/2 percent': a range of shares; '3/4 of' a share of a whole. Null when the slash is no fraction. */
export function slashFraction(folded: string, m: RegExpExecArray, g: EnGroups): RawFigure | null {
  const slash = g.num && !g.cur && !g.scale ? SLASH_FRACTION.exec(folded.slice(m.index, m.index + 40)) : null;
  if (!slash || Number(slash[2]) <= Number(slash[1])) return null;
  const fractionEnd = m.index + slash[0].length;
  const range = SLASH_FRACTION_RANGE.exec(folded.slice(fractionEnd, fractionEnd + 30));
  const pct = !range && /^\s*(?:%|percent|per cent)/i.exec(folded.slice(fractionEnd, fractionEnd + 12));
  const end = fractionEnd + (range ? range[0].length : pct ? pct[0].length : 0);
  return {
    start: m.index, end, numStart: m.index, value: Number(slash[1]) / Number(slash[2]),
    valueMax: range ? Number(range[1]) / Number(range[2]) : null, unit: range || pct ? '%' : 'ratio', currency: null,
    qualifier: range ? 'range' : 'eq', change: 'level', countInWords: false, classifier: false, rule: 'en.slash-fraction', cues: [], unitEnd: end,
  };
}
