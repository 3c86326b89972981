/**
 * Tokenisation shared by the search index and the query compiler: both sides must
 * cut text the same way or phrases stop matching.
 *
 * CJK runs become overlapping bigrams (重庆市 → 重庆 庆市); everything else is left for
 * FTS5's unicode61 tokenizer, which splits and case-folds words. Runs are separated by
 * a space so that a bigram never spans punctuation.
 *
 * Traditional characters are folded to simplified on both sides, so 「重慶」 finds 「重庆」.
 */
import { toSimplified } from '../text/simplify';

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

/** Text for a *_grams column: CJK as bigrams (traditional folded to simplified), other text untouched. */
export function gramText(original: string): string {
  const text = toSimplified(original);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    const index = match.index;
    out += ' ' + text.slice(last, index) + ' ' + bigrams(match[0]).join(' ');
    last = index + match[0].length;
  }
  out += ' ' + text.slice(last);
  return out;
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
