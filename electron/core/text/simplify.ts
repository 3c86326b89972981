/**
 * Traditional → simplified Chinese, character by character and length-preserving, so
 * offsets found in folded text are offsets into the original. Used wherever text is
 * matched rather than shown: the search index and queries, figure reading, metric keys.
 *
 * The table is OpenCC's TSCharacters (via opencc-js); where OpenCC offers several
 * simplified forms the first (most common) is used, and pairs whose UTF-16 lengths
 * differ are left out so that offsets never shift.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  for (const entry of (TSCharacters as string).split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to || from.length !== 1 || to.length !== 1 || from === to) continue;
    map.set(from.charCodeAt(0), to.charCodeAt(0));
  }
  return map;
})();

// A flat table over the BMP: this runs over every character of every import.
const LOOKUP = new Uint16Array(0x10000);
for (const [from, to] of TRADITIONAL_TO_SIMPLIFIED) LOOKUP[from] = to;

/** The text with every traditional character that has a simplified form replaced by it. */
export function toSimplified(text: string): string {
  let i = 0;
  while (i < text.length && LOOKUP[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text; // the common case: nothing to fold
  const units = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    units[j] = LOOKUP[c] || c;
  }
  let out = '';
  for (let k = 0; k < units.length; k += 8192) out += String.fromCharCode(...units.subarray(k, k + 8192));
  return out;
}
