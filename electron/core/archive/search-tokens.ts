/**
 * Tokenisation shared by the search index and the query compiler: both sides must
 * cut text the same way or phrases stop matching.
 *
 * CJK runs become overlapping bigrams (重庆市 → 重庆 庆市); everything else is left for
 * FTS5's unicode61 tokenizer, which splits and case-folds words. Runs are separated by
 * a space so that a bigram never spans punctuation.
 *
 * Traditional characters are folded to simplified on both sides, so 「重慶」 finds 「重庆」.
 *
 * A run that touches a number or a Latin word also stands its edge character alone
 * (4.8万家 → 4 8 万 万家), so a figure as printed is found with or without what follows
 * it: 「4.8万」, 「2022年」, 「第0001号」. The query cuts its own text the same way.
 *
 * The columns also carry one value token per printed number (search-values.ts), after the
 * text so that no phrase runs into them: 20000, 20,000, 2万 and 两万 share one.
 */
import { toSimplified } from '../text/simplify';
import { printedNumerals, valueToken } from './search-values';

/**
 * Bump when the tokens of a text change: an archive indexed under another version has
 * its search index rebuilt when it is opened (see search-upgrade.ts).
 * 2: edge characters beside numbers and Latin words; value tokens.
 */
export const SEARCH_TOKENS_VERSION = 2;

// Han (incl. extensions and compatibility ideographs), kana, hangul.
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]|[\ud840-\ud87f][\udc00-\udfff]/;
const CJK_RUN = /(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]|[\ud840-\ud87f][\udc00-\udfff])+/g;

export function isCjk(char: string): boolean {
  return CJK.test(char);
}

/** Overlapping bigrams of a CJK run; a lone character stands as itself. */
function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

const TOKEN_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether the nearest token character from `from` stepping by `step` (over the
 * punctuation and spaces FTS5 drops) is a number or a Latin word rather than CJK.
 */
function touchesWord(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const ch = text[i]!;
    // Half of a surrogate pair: a CJK extension character (or an emoji), never a word.
    if (/[\ud800-\udfff]/.test(ch)) return false;
    if (TOKEN_CHAR.test(ch)) return !isCjk(ch);
  }
  return false;
}

/** CJK runs of simplified text as bigrams (with edge characters), other text untouched. */
function gramsOf(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    const index = match.index;
    const run = match[0];
    const chars = Array.from(run);
    const grams = bigrams(run);
    // A lone character already stands alone.
    if (chars.length > 1) {
      if (touchesWord(text, index - 1, -1)) grams.unshift(chars[0]!);
      if (touchesWord(text, index + run.length, 1)) grams.push(chars[chars.length - 1]!);
    }
    out += ' ' + text.slice(last, index) + ' ' + grams.join(' ');
    last = index + run.length;
  }
  out += ' ' + text.slice(last);
  return out;
}

/** A query term as *_grams tokens: CJK as bigrams (traditional folded to simplified), other text untouched. */
export function gramText(original: string): string {
  return gramsOf(toSimplified(original));
}

/** Text for a *_grams column in the index: the grams, then a value token for each number printed. */
export function indexText(original: string): string {
  const text = toSimplified(original);
  const grams = gramsOf(text);
  const values = new Set(printedNumerals(text).map((n) => valueToken(n.value)));
  return values.size ? `${grams} ${Array.from(values).join(' ')}` : grams;
}

/** Text for a *_chars column: each distinct CJK character once (1-character queries). */
export function charText(original: string): string {
  const text = toSimplified(original);
  const seen = new Set<string>();
  for (const match of text.matchAll(CJK_RUN)) for (const ch of match[0]) seen.add(ch);
  return Array.from(seen).join(' ');
}

/** The tokens a query term becomes, as FTS5 will see them. */
export function termTokens(original: string): { tokens: string[]; singleCjk: boolean } {
  const term = toSimplified(original);
  const chars = Array.from(term);
  if (chars.length === 1 && isCjk(term)) return { tokens: [term], singleCjk: true };
  const tokens = gramText(term)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((t) => t.length > 0)
    .map((t) => t.toLowerCase());
  return { tokens, singleCjk: false };
}
