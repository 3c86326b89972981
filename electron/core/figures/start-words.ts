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

/** A rule filed under a word's first three characters, with its starts longer than those three, which the word must begin with. */
interface LongEntry {
  rule: number;
  /** Null when a three-character start files it here: every word beginning with those three will do. */
  longer: string[] | null;
}

export interface StartWordTable {
  /** Each rule's pattern without `g`, with `y`: tried at one place only. */
  sticky: RegExp[];
  /** Rules by the first character of a word (one-character starts), and by its first two characters (two-character starts). */
  byOne: number[][];
  byTwo: number[][];
  /**
   * Rules with longer starts by the word's first three characters. Filing them under two let every
   * 'the' try each rule that starts at 'this' or 'three'.
   */
  byThree: Map<number, LongEntry[]>;
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
  const byTwo: number[][] = Array.from({ length: SLOTS * SLOTS }, () => []);
  const byThree = new Map<number, LongEntry[]>();
  const add = (list: number[], rule: number): void => {
    if (!list.includes(rule)) list.push(rule);
  };
  const addLong = (key: number, rule: number, start: string): void => {
    const list = byThree.get(key) ?? [];
    byThree.set(key, list);
    let entry = list.find((e) => e.rule === rule);
    if (!entry) {
      entry = { rule, longer: [] };
      list.push(entry);
    }
    if (start.length === 3) entry.longer = null;
    else if (entry.longer) entry.longer.push(start);
  };
  rules.forEach((rule, i) => {
    if (rule.starts.length === 0) throw new Error(`${rule.pattern.source.slice(0, 40)} names no start words`);
    for (const start of rule.starts) {
      if (!/^[a-z0-9]+$/.test(start)) throw new Error(`start word '${start}' of ${rule.pattern.source.slice(0, 40)} must be lower-case letters or digits`);
      const [one, two, three] = [0, 1, 2].map((k) => slot(start.charCodeAt(k)));
      if (start.length === 1) add(byOne[one!]!, i);
      else if (start.length === 2) add(byTwo[one! * SLOTS + two!]!, i);
      else addLong((one! * SLOTS + two!) * SLOTS + three!, i, start);
    }
  });
  const sticky = rules.map((r) => new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}y`));
  return { sticky, byOne, byTwo, byThree };
}

interface WordStarts { at: Int32Array; one: Int32Array; two: Int32Array; three: Int32Array }
let startsOfText: (WordStarts & { text: string }) | null = null;

/**
 * Where each word of `text` begins (a letter or digit after neither), with the slots of its first
 * character, of its first two and of its first three (-1 for a word too short); the last text's are
 * kept, as the period and cue tables both ask.
 */
function wordStarts(text: string): WordStarts {
  if (startsOfText?.text === text) return startsOfText;
  const at: number[] = [];
  const one: number[] = [];
  const two: number[] = [];
  const three: number[] = [];
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const s = slot(text.charCodeAt(i));
    if (s >= 0 && previous < 0) {
      const second = i + 1 < text.length ? slot(text.charCodeAt(i + 1)) : -1;
      const third = second >= 0 && i + 2 < text.length ? slot(text.charCodeAt(i + 2)) : -1;
      at.push(i);
      one.push(s);
      two.push(second < 0 ? -1 : s * SLOTS + second);
      three.push(third < 0 ? -1 : (s * SLOTS + second) * SLOTS + third);
    }
    previous = s;
  }
  startsOfText = { text, at: Int32Array.from(at), one: Int32Array.from(one), two: Int32Array.from(two), three: Int32Array.from(three) };
  return startsOfText;
}

/** Whether the word at `at`, whose first three characters are those of `start`, begins with all of it, in either case. */
function beginsWith(text: string, at: number, start: string): boolean {
  if (at + start.length > text.length) return false;
  for (let k = 3; k < start.length; k++) {
    const want = start.charCodeAt(k);
    const code = text.charCodeAt(at + k);
    if (code !== want && !(want >= 97 && code === want - 32)) return false;
  }
  return true;
}

function beginsWithOne(text: string, at: number, starts: readonly string[]): boolean {
  for (const start of starts) if (beginsWith(text, at, start)) return true;
  return false;
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
    if (two < 0) continue;
    for (const r of table.byTwo[two]!) places[r]!.push(i);
    const three = words.three[w]!;
    const long = three < 0 ? undefined : table.byThree.get(three);
    // A word is a place for a rule only if it begins with one of the rule's whole starts.
    if (long) for (const e of long) if (!e.longer || beginsWithOne(text, i, e.longer)) places[e.rule]!.push(i);
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
