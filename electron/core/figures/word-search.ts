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
  if (ALL_WORD_CHARS.test(word)) return wordRunsOf(text).get(word) ?? [];
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
let runsOfText: { text: string; runs: Map<string, number[]> } | null = null;

/** Every maximal run of word characters in `text` and where each stands; the last text's are kept, as one story asks many times. */
function wordRunsOf(text: string): Map<string, number[]> {
  if (runsOfText?.text === text) return runsOfText.runs;
  const runs = new Map<string, number[]>();
  for (let i = 0; i < text.length; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
    const run = text.slice(i, j);
    const places = runs.get(run);
    if (places) places.push(i);
    else runs.set(run, [i]);
    i = j;
  }
  runsOfText = { text, runs };
  return runs;
}

/**
 * Whether `\bword\b` matches anywhere in `text`. A word of word characters only matches exactly
 * where it is a whole run of them, so it is looked up in the text's runs.
 */
export function containsWord(text: string, word: string): boolean {
  if (ALL_WORD_CHARS.test(word)) return wordRunsOf(text).has(word);
  return wordPlaces(text, word).length > 0;
}

/** Whether the sticky RegExp `re` matches exactly at `at`: a test of the place, not a search from it. */
export function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}
