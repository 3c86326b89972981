/**
 * Running a table of English patterns only where each can start. Searching the whole story with each
 * of a table's patterns makes the engine try every one at every character; instead each rule names
 * the words its matches begin with (`starts`, lower case, as the start of a word: 'pledg' for
 * 'pledge', 'pledged'), one pass over the text finds where words begin, and each pattern is tried,
 * sticky, only where one of its words does.
 *
 * The matches are exactly a global search's: every match begins where one of its words begins (the
 * rule's test checks this over the corpus), and of the places at or after the end of the last match,
 * the first where the pattern matches is the one a search from there would find.
 */

export interface StartWordRule {
  pattern: RegExp;
  /** Lower-case beginnings of the words a match can start with ('19' and '20' for a year). */
  starts: readonly string[];
}

/** A rule filed under a word's first two characters, with its starts longer than those two, which the word must begin with. */
interface TwoEntry {
  rule: number;
  /** Null when a two-character start files it here: every word beginning with those two will do. */
  longer: string[] | null;
}

export interface StartWordTable {
  /** Each rule's pattern without `g`, with `y`: tried at one place only. */
  sticky: RegExp[];
  /** Rules by the first character of a word (one-character starts), and by its first two characters. */
  byOne: number[][];
  byTwo: TwoEntry[][];
}

/** A lower-case letter or digit as 0–35; -1 for anything else. */
function slot(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  if (code >= 97 && code <= 122) return code - 87;
  return -1;
}

const SLOTS = 36;

export function startWordTable(rules: readonly StartWordRule[]): StartWordTable {
  const byOne: number[][] = Array.from({ length: SLOTS }, () => []);
  const byTwo: TwoEntry[][] = Array.from({ length: SLOTS * SLOTS }, () => []);
  const add = (list: number[], rule: number): void => {
    if (!list.includes(rule)) list.push(rule);
  };
  const addTwo = (list: TwoEntry[], rule: number, start: string): void => {
    let entry = list.find((e) => e.rule === rule);
    if (!entry) {
      entry = { rule, longer: [] };
      list.push(entry);
    }
    if (start.length === 2) entry.longer = null;
    else if (entry.longer) entry.longer.push(start);
  };
  rules.forEach((rule, i) => {
    if (rule.starts.length === 0) throw new Error(`${rule.pattern.source.slice(0, 40)} names no start words`);
    for (const start of rule.starts) {
      if (!/^[a-z0-9]+$/.test(start)) throw new Error(`start word '${start}' of ${rule.pattern.source.slice(0, 40)} must be lower-case letters or digits`);
      if (start.length === 1) add(byOne[slot(start.charCodeAt(0))]!, i);
      else addTwo(byTwo[slot(start.charCodeAt(0)) * SLOTS + slot(start.charCodeAt(1))]!, i, start);
    }
  });
  const sticky = rules.map((r) => new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}y`));
  return { sticky, byOne, byTwo };
}

let startsOfText: { text: string; at: Int32Array; one: Int32Array; two: Int32Array } | null = null;

/**
 * Where each word of `text` begins (a letter or digit after neither), with the slots of its first
 * character and of its first two (-1 for a one-character word); the last text's are kept, as the
 * period and cue tables both ask.
 */
function wordStarts(text: string): { at: Int32Array; one: Int32Array; two: Int32Array } {
  if (startsOfText?.text === text) return startsOfText;
  const at: number[] = [];
  const one: number[] = [];
  const two: number[] = [];
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const s = slot(text.charCodeAt(i));
    if (s >= 0 && previous < 0) {
      const next = i + 1 < text.length ? slot(text.charCodeAt(i + 1)) : -1;
      at.push(i);
      one.push(s);
      two.push(next < 0 ? -1 : s * SLOTS + next);
    }
    previous = s;
  }
  startsOfText = { text, at: Int32Array.from(at), one: Int32Array.from(one), two: Int32Array.from(two) };
  return startsOfText;
}

/** Whether the word at `at` begins with `start` (lower-case letters or digits), in either case. */
function beginsWith(text: string, at: number, start: string): boolean {
  if (at + start.length > text.length) return false;
  for (let k = 2; k < start.length; k++) {
    const want = start.charCodeAt(k);
    const code = text.charCodeAt(at + k);
    if (code !== want && !(want >= 97 && code === want - 32)) return false;
  }
  return true;
}

/**
 * Calls `found(rule, match)` for every match of every rule, rule by rule in table order and each
 * rule's matches in text order, as searching the text with each global pattern in turn would.
 */
export function eachStartWordMatch(text: string, table: StartWordTable, found: (rule: number, m: RegExpExecArray) => void): void {
  const places: number[][] = table.sticky.map(() => []);
  const words = wordStarts(text);
  for (let w = 0; w < words.at.length; w++) {
    const i = words.at[w]!;
    for (const r of table.byOne[words.one[w]!]!) places[r]!.push(i);
    const two = words.two[w]!;
    // A word is a place for a rule only if it begins with one of the rule's whole starts: 'the' is
    // no place for a rule that starts at 'this', though both are filed under 'th'.
    if (two >= 0) for (const e of table.byTwo[two]!) if (!e.longer || e.longer.some((start) => beginsWith(text, i, start))) places[e.rule]!.push(i);
  }
  table.sticky.forEach((re, r) => {
    const at = places[r]!;
    let from = 0;
    let last = -1;
    for (const p of at) {
      if (p < from || p === last) continue;
      last = p;
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) continue;
      found(r, m);
      from = m.index + Math.max(1, m[0].length);
    }
  });
}
