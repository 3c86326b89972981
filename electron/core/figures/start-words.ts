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

export interface StartWordTable {
  /** Each rule's pattern without `g`, with `y`: tried at one place only. */
  sticky: RegExp[];
  /** Rules by the first character (one-character starts) and by the first two characters of a word. */
  byOne: Map<number, number[]>;
  byTwo: Map<number, number[]>;
}

const lower = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);
const isAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

function add(map: Map<number, number[]>, key: number, rule: number): void {
  const rules = map.get(key) ?? [];
  if (!rules.includes(rule)) rules.push(rule);
  map.set(key, rules);
}

export function startWordTable(rules: readonly StartWordRule[]): StartWordTable {
  const byOne = new Map<number, number[]>();
  const byTwo = new Map<number, number[]>();
  rules.forEach((rule, i) => {
    if (rule.starts.length === 0) throw new Error(`${rule.pattern.source.slice(0, 40)} names no start words`);
    for (const start of rule.starts) {
      if (!start || start !== start.toLowerCase() || ![...start].every((c) => isAlnum(c.charCodeAt(0)))) throw new Error(`start word '${start}' of ${rule.pattern.source.slice(0, 40)} must be lower-case letters or digits`);
      if (start.length === 1) add(byOne, start.charCodeAt(0), i);
      else add(byTwo, start.charCodeAt(0) * 65536 + start.charCodeAt(1), i);
    }
  });
  const sticky = rules.map((r) => new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}y`));
  return { sticky, byOne, byTwo };
}

/**
 * Calls `found(rule, match)` for every match of every rule, rule by rule in table order and each
 * rule's matches in text order, as searching the text with each global pattern in turn would.
 */
export function eachStartWordMatch(text: string, table: StartWordTable, found: (rule: number, m: RegExpExecArray) => void): void {
  const places: number[][] = table.sticky.map(() => []);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c) || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) continue;
    const first = lower(c);
    const one = table.byOne.get(first);
    if (one) for (const r of one) places[r]!.push(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    const two = isAlnum(next) ? table.byTwo.get(first * 65536 + lower(next)) : undefined;
    if (two) for (const r of two) places[r]!.push(i);
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
