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
 * Where a run meets a number or a Latin word (spaces between allowed, punctuation not), a
 * junction token joins the word to the run's edge character: 4.8万家 → 4 8 8万 万家,
 * 第0001号 → 第 第0001 0001 0001号 号. A query of a figure as printed (「4.8万」,
 * 「2022年」, 「第0001号」) is then the phrase of its own junctions, found with or without
 * what follows it in the text. A lone edge character would do too, but 万 after a number
 * is among the commonest tokens there are, and reading its doclist doubled such queries.
 * A query leaves out a lone character at its own edge: in the text it may be half a bigram.
 *
 * The columns also carry one value token per printed number (search-values.ts), after the
 * text so that no phrase runs into them: 20000, 20,000, 2万 and 两万 share one.
 */
import { toSimplified } from './simplify';
import { printedNumerals, valueToken } from './search-values';

/**
 * Bump when the tokens of a text change: an archive indexed under another version has
 * its search index rebuilt when it is opened (see search-upgrade.ts).
 * 2: junction tokens between numbers or Latin words and CJK; value tokens.
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
const WORD_CHAR = (ch: string | undefined) => ch !== undefined && TOKEN_CHAR.test(ch) && !isCjk(ch) && !/[\ud800-\udfff]/.test(ch);

/** The word (number or Latin) that ends just before `end`, over spaces only; '' if none. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  const stop = i;
  while (i > 0 && WORD_CHAR(text[i - 1])) i--;
  return text.slice(i, stop);
}

/** The word (number or Latin) that starts at `start`, over spaces only; '' if none. */
function wordAfter(text: string, start: number): string {
  let i = start;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  const from = i;
  while (i < text.length && WORD_CHAR(text[i])) i++;
  return text.slice(from, i);
}

/**
 * CJK runs of simplified text as bigrams with junction tokens, other text untouched. As a
 * query term, a lone character at the term's edge that has a junction is left out.
 */
function gramsOf(text: string, asTerm: boolean): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    const index = match.index;
    const run = match[0];
    const chars = Array.from(run);
    const before = wordBefore(text, index);
    const after = wordAfter(text, index + run.length);
    let grams = bigrams(run);
    const atTermEdge = asTerm && chars.length === 1 && (index === 0 || index + run.length === text.length);
    if (atTermEdge && (before || after)) grams = [];
    if (before) grams.unshift(before + chars[0]!);
    if (after) grams.push(chars[chars.length - 1]! + after);
    out += ' ' + text.slice(last, index) + ' ' + grams.join(' ');
    last = index + run.length;
  }
  out += ' ' + text.slice(last);
  return out;
}

/** A query term as *_grams tokens: CJK as bigrams (traditional folded to simplified), other text untouched. */
export function gramText(original: string): string {
  return gramsOf(toSimplified(original), true);
}

/** Text for a *_grams column in the index: the grams, then a value token for each number printed. */
export function indexText(original: string): string {
  const text = toSimplified(original);
  const grams = gramsOf(text, false);
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
