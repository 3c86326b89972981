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
  /**
   * For each word key (see `wordKey`), 1 + the index in `groups` of every rule the word can start,
   * -1 while not yet worked out, 0 for none: the three lists above joined once per kind of word,
   * not looked up and walked at every word of every story.
   */
  groupOfKey: Int32Array;
  groups: StartGroup[];
}

/** The rules a kind of word can start: `longer[k]` null when every such word will do for `rules[k]`. */
interface StartGroup {
  rules: number[];
  longer: Array<string[] | null>;
}

/** A lower-case letter or digit as 0–35; -1 for anything else. */
function slot(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  if (code >= 97 && code <= 122) return code - 87;
  return -1;
}

const SLOTS = 36;
/** Word keys: a word of three or more characters by its first three, then two-character words by both, then one-character words. */
const TWO_KEYS = SLOTS * SLOTS * SLOTS;
const ONE_KEYS = TWO_KEYS + SLOTS * SLOTS;
const KEYS = ONE_KEYS + SLOTS;

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
  return { sticky, byOne, byTwo, byThree, groupOfKey: new Int32Array(KEYS).fill(-1), groups: [] };
}

/** The rules a word with key `key` can start, joined from the table's three lists (see `StartWordTable.groupOfKey`). */
function groupOf(table: StartWordTable, key: number): number {
  const known = table.groupOfKey[key]!;
  if (known >= 0) return known;
  const group: StartGroup = { rules: [], longer: [] };
  const take = (rule: number, longer: string[] | null): void => {
    const k = group.rules.indexOf(rule);
    if (k < 0) {
      group.rules.push(rule);
      group.longer.push(longer);
    } else if (!longer) group.longer[k] = null;
  };
  const one = key >= ONE_KEYS ? key - ONE_KEYS : key >= TWO_KEYS ? Math.floor((key - TWO_KEYS) / SLOTS) : Math.floor(key / (SLOTS * SLOTS));
  for (const r of table.byOne[one]!) take(r, null);
  if (key < ONE_KEYS) {
    const two = key >= TWO_KEYS ? key - TWO_KEYS : Math.floor(key / SLOTS);
    for (const r of table.byTwo[two]!) take(r, null);
  }
  if (key < TWO_KEYS) for (const e of table.byThree.get(key) ?? []) take(e.rule, e.longer);
  const index = group.rules.length === 0 ? 0 : table.groups.push(group);
  table.groupOfKey[key] = index;
  return index;
}

interface WordStarts {
  /** How many words the text has; the arrays are longer. */
  count: number;
  at: Int32Array;
  /** Each word's key: its first three characters' slots, or two's, or one's (see `KEYS`). */
  key: Int32Array;
}
let startsOfText: (WordStarts & { text: string }) | null = null;

/**
 * Where each word of `text` begins (a letter or digit after neither), with the key of its first
 * three characters (two or one for a shorter word); the last text's are kept, as the period, cue
 * and entity tables all ask.
 */
function wordStarts(text: string): WordStarts {
  if (startsOfText?.text === text) return startsOfText;
  // A word and the character ending it take two characters at least: half the text bounds the words.
  const size = (text.length >> 1) + 1;
  const at = new Int32Array(size);
  const key = new Int32Array(size);
  let count = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const s = slot(text.charCodeAt(i));
    if (s >= 0 && previous < 0) {
      const second = i + 1 < text.length ? slot(text.charCodeAt(i + 1)) : -1;
      const third = second >= 0 && i + 2 < text.length ? slot(text.charCodeAt(i + 2)) : -1;
      at[count] = i;
      key[count] = second < 0 ? ONE_KEYS + s : third < 0 ? TWO_KEYS + s * SLOTS + second : (s * SLOTS + second) * SLOTS + third;
      count++;
    }
    previous = s;
  }
  startsOfText = { text, count, at, key };
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
 *
 * The words are walked once, each rule tried at a word only at or after the end of its last match
 * there, as its own search would resume; the matches are then handed over rule by rule.
 */
export function eachStartWordMatch(text: string, table: StartWordTable, found: (rule: number, m: RegExpExecArray) => void): void {
  const { sticky, groups } = table;
  const resumeAt = new Int32Array(sticky.length);
  const matches: Array<RegExpExecArray[] | undefined> = new Array<RegExpExecArray[] | undefined>(sticky.length);
  const words = wordStarts(text);
  for (let w = 0; w < words.count; w++) {
    const g = groupOf(table, words.key[w]!);
    if (g === 0) continue;
    const i = words.at[w]!;
    const { rules, longer } = groups[g - 1]!;
    for (let k = 0; k < rules.length; k++) {
      const r = rules[k]!;
      if (i < resumeAt[r]!) continue;
      // A word is a place for a rule only if it begins with one of the rule's whole starts.
      const starts = longer[k];
      if (starts && !beginsWithOne(text, i, starts)) continue;
      const re = sticky[r]!;
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      (matches[r] ??= []).push(m);
      resumeAt[r] = m.index + Math.max(1, m[0].length);
    }
  }
  for (let r = 0; r < sticky.length; r++) for (const m of matches[r] ?? []) found(r, m);
}
