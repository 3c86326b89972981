import type { DocNode, DraftCounts, DraftDoc, Mark } from '../../../shared/domain/draft';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3007]/gu;
// Letters/digits with inner apostrophes, hyphens, points and thousands commas: don't, COVID-19, 3.5, 7,000.
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
// A run is a word of English (or another Latin-script language) only when it has a letter:
// 2023, 4.8 and 7,000 in a Chinese draft are numbers, not English words; COVID-19 is a word.
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Word and character counts for mixed Chinese/English copy. The rule (documented on
 * DraftCounts): each CJK character counts as one word and one character; each run of
 * letters/digits counts as one word, told apart as a Latin word (it has a Latin letter) or
 * a number; punctuation and spaces are not words.
 */
export function countText(text: string): DraftCounts {
  const cjk = text.match(CJK)?.length ?? 0;
  const runs = text.replace(CJK, ' ').match(WORD) ?? [];
  const latinWords = runs.filter((run) => LATIN_LETTER.test(run)).length;
  const numbers = runs.length - latinWords;
  let characters = 0;
  let charactersWithSpaces = 0;
  for (const ch of text) {
    if (ch === '\n' || ch === '\r') continue;
    charactersWithSpaces++;
    if (!/\s/u.test(ch)) characters++;
  }
  return { cjk, latinWords, numbers, words: cjk + latinWords + numbers, characters, charactersWithSpaces };
}

export function countDoc(doc: DraftDoc): DraftCounts {
  return countText(docText(doc));
}

const BLOCKS = new Set(['paragraph', 'heading', 'codeBlock', 'blockquote', 'listItem', 'tableRow', 'horizontalRule']);

/** The doc's plain text: blocks on their own lines, table cells separated by tabs. */
export function docText(doc: DraftDoc | DocNode): string {
  const out: string[] = [];
  const walk = (node: DocNode) => {
    if (node.type === 'text') {
      out.push(node.text);
      return;
    }
    if (node.type === 'hardBreak') {
      out.push('\n');
      return;
    }
    const children = 'content' in node ? (node.content ?? []) : [];
    children.forEach((child, i) => {
      if (child.type === 'tableCell' || child.type === 'tableHeader') {
        if (i > 0) out.push('\t');
        out.push(docText(child).replace(/\n/g, ' '));
        return;
      }
      walk(child);
    });
    if (BLOCKS.has(node.type) && out[out.length - 1] !== '\n') out.push('\n');
  };
  walk(doc as DocNode);
  return out.join('').replace(/\n+$/, '');
}

/** Visits every text node with its index path from the root. */
export function visitText(doc: DraftDoc | DocNode, fn: (node: { text: string; marks?: Mark[] }, path: number[]) => void): void {
  const walk = (node: DocNode, path: number[]) => {
    if (node.type === 'text') {
      fn(node, path);
      return;
    }
    const children = 'content' in node ? (node.content ?? []) : [];
    children.forEach((child, i) => walk(child, [...path, i]));
  };
  walk(doc as DocNode, []);
}
