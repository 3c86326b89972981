/**
 * Martin Porter's stemmer, as SQLite's FTS5 `porter` tokenizer applies it to each token of
 * the search index (dwellings → dwell). The team archive on PostgreSQL stems its tokens
 * here, in the app, so a word finds the same stories on both engines: PostgreSQL's own
 * english_stem is Snowball's Porter2, whose stems differ from these in places.
 *
 * Like FTS5, tokens shorter than 3 or longer than 64 bytes pass through unchanged, and any
 * character but a, e, i, o, u (and y after a consonant) counts as a consonant.
 */
const MIN_BYTES = 3;
const MAX_BYTES = 64;

const isVowelAt = (w: string, i: number): boolean => {
  const c = w[i]!;
  if ('aeiou'.includes(c)) return true;
  return c === 'y' && i > 0 && !isVowelAt(w, i - 1);
};

/** Porter's m: the number of vowel-consonant sequences in `stem`. */
function measure(stem: string): number {
  let m = 0;
  let prevVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const v = isVowelAt(stem, i);
    if (prevVowel && !v) m++;
    prevVowel = v;
  }
  return m;
}

const hasVowel = (stem: string) => Array.from(stem, (_, i) => isVowelAt(stem, i)).some(Boolean);
const endsDoubleConsonant = (w: string) => w.length >= 2 && w.at(-1) === w.at(-2) && !isVowelAt(w, w.length - 1);
/** Ends consonant-vowel-consonant, the last not w, x or y. */
const endsCvc = (w: string) =>
  w.length >= 3 && !isVowelAt(w, w.length - 1) && isVowelAt(w, w.length - 2) && !isVowelAt(w, w.length - 3) && !'wxy'.includes(w.at(-1)!);

/** The first rule whose suffix `w` ends with: replaced when its stem passes `when`; `w` unchanged otherwise. */
function replaceFirst(w: string, rules: ReadonlyArray<readonly [string, string]>, when: (stem: string) => boolean): string {
  for (const [suffix, replacement] of rules) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    return when(stem) ? stem + replacement : w;
  }
  return w;
}

const STEP2: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const STEP3: ReadonlyArray<readonly [string, string]> = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize']
  // Longest first, so ement is tried before ment and ent.
  .sort((a, b) => b.length - a.length)
  .map((s) => [s, ''] as const);

function step1(word: string): string {
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1);

  let trimmed = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    trimmed = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    trimmed = true;
  }
  if (trimmed) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (endsDoubleConsonant(w) && !'lsz'.includes(w.at(-1)!)) w = w.slice(0, -1);
    else if (measure(w) === 1 && endsCvc(w)) w += 'e';
  }
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + 'i';
  return w;
}

function step4(w: string): string {
  for (const [suffix] of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (measure(stem) <= 1) return w;
    if (suffix === 'ion' && !/[st]$/.test(stem)) return w;
    return stem;
  }
  return w;
}

function step5(word: string): string {
  let w = word;
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  if (measure(w) > 1 && w.endsWith('ll')) w = w.slice(0, -1);
  return w;
}

/** `token` (lower case) as FTS5's porter tokenizer indexes it. */
export function porterStem(token: string): string {
  const bytes = Buffer.byteLength(token, 'utf8');
  if (bytes < MIN_BYTES || bytes > MAX_BYTES) return token;
  let w = step1(token);
  w = replaceFirst(w, STEP2, (stem) => measure(stem) > 0);
  w = replaceFirst(w, STEP3, (stem) => measure(stem) > 0);
  w = step4(w);
  return step5(w);
}
