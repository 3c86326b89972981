/**
 * Finding a literal word in a whole story without building a RegExp for it. A pattern like
 * `\bSunak\b` compiled per candidate word and run over the text costs a compilation and a full
 * scan each time; `indexOf` finds the same places, and the boundaries are checked where it lands.
 * Boundaries are those of a RegExp without the `u` flag: a word character is [A-Za-z0-9_].
 */

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** True where a RegExp `\b` would match at `at` in `text`. */
export function isWordBoundary(text: string, at: number): boolean {
  const before = at > 0 && isWordChar(text.charCodeAt(at - 1));
  const after = at < text.length && isWordChar(text.charCodeAt(at));
  return before !== after;
}

/**
 * Every place `word` stands in `text` between word boundaries, as `\bword\b` with the `g` flag would
 * find it, as an array: callers walk every place, and a generator's step per place cost more than the finding.
 */
export function wordPlaces(text: string, word: string): readonly number[] {
  if (!word) return [];
  // A word of word characters only stands exactly where it is a whole run of them: the text's runs have its places.
  if (ALL_WORD_CHARS.test(word)) return runPlaces(text, word);
  const out: number[] = [];
  let from = 0;
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, from)) {
    if (isWordBoundary(text, at) && isWordBoundary(text, at + word.length)) {
      out.push(at);
      from = at + word.length;
    } else from = at + 1;
  }
  return out;
}

const ALL_WORD_CHARS = /^\w+$/;
const NO_PLACES: readonly number[] = [];

/**
 * The maximal runs of word characters in a text, filed by a hash of their characters: `first[h & mask]`
 * is 1 + the last run with that slot (0 for none), `earlier[r]` 1 + the run before it in the same slot.
 * Numbers in flat arrays, not a map from each run cut out as a string: cutting every word of a story
 * out to key a map cost more than all the look-ups it served.
 */
interface WordRuns { text: string; mask: number; first: Int32Array; earlier: Int32Array; at: Int32Array }
let runsOfText: WordRuns | null = null;

/** Word characters among the first 128 codes: 1 for [A-Za-z0-9_]. */
const WORD_CHAR = Uint8Array.from({ length: 128 }, (_, code) => (isWordChar(code) ? 1 : 0));

/** The hash of a run's characters and its length, the same for equal runs wherever they stand (see `wordRunsOf`). */
function finishHash(h: number, length: number): number {
  return (Math.imul(h, 31) + length) | 0;
}

function wordHash(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return finishHash(h, word.length);
}

/** The runs of `text`; the last text's are kept, as one story asks many times. */
function wordRunsOf(text: string): WordRuns {
  if (runsOfText?.text === text) return runsOfText;
  // A run and the character ending it take two characters at least; a slot for each keeps the chains short.
  const most = (text.length >> 1) + 1;
  let slots = 16;
  while (slots < most) slots <<= 1;
  const mask = slots - 1;
  const first = new Int32Array(slots);
  const earlier = new Int32Array(most);
  const at = new Int32Array(most);
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    let code = text.charCodeAt(i);
    if (code >= 128 || WORD_CHAR[code] === 0) {
      i++;
      continue;
    }
    // One pass over the run both finds its end and hashes it.
    const start = i;
    let h = 0;
    do {
      h = (Math.imul(h, 31) + code) | 0;
      i++;
    } while (i < n && (code = text.charCodeAt(i)) < 128 && WORD_CHAR[code] === 1);
    const slot = finishHash(h, i - start) & mask;
    at[count] = start;
    earlier[count] = first[slot]!;
    first[slot] = ++count;
  }
  runsOfText = { text, mask, first, earlier, at };
  return runsOfText;
}

/**
 * Where the word-character `word` stands as a whole run in `text`, in text order; only the last
 * place when `lastOnly` (enough to know it stands anywhere, without listing every 'the').
 */
function runPlaces(text: string, word: string, lastOnly = false): readonly number[] {
  const { mask, first, earlier, at } = wordRunsOf(text);
  let out: number[] | null = null;
  // Runs are maximal, so one that starts with `word` and ends with it is `word`; its slot's chain runs from the last run back.
  for (let r = first[wordHash(word) & mask]!; r !== 0; r = earlier[r - 1]!) {
    const p = at[r - 1]!;
    if (!text.startsWith(word, p) || (p + word.length < text.length && isWordChar(text.charCodeAt(p + word.length)))) continue;
    if (lastOnly) return [p];
    (out ??= []).push(p);
  }
  return out ? out.reverse() : NO_PLACES;
}

/**
 * Whether `\bword\b` matches anywhere in `text`. A word of word characters only matches exactly
 * where it is a whole run of them, so it is looked up in the text's runs.
 */
export function containsWord(text: string, word: string): boolean {
  if (ALL_WORD_CHARS.test(word)) return runPlaces(text, word, true).length > 0;
  return wordPlaces(text, word).length > 0;
}

/** Whether the sticky RegExp `re` matches exactly at `at`: a test of the place, not a search from it. */
export function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}
