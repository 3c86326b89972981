/**
 * Running a table of Chinese patterns only where each can start: Chinese has no word breaks, so
 * where start-words.ts keys English rules by the words they begin with, each Chinese rule names every
 * character its matches can begin with (`starts`: '将要计再' for 将, 要, 计划, 再). One pass over the
 * text finds where any rule's characters stand, and each pattern is tried, sticky, only there.
 *
 * It pays for the kind cues, whose lookbehinds and lazy runs the engine otherwise tries at every
 * character; it does not for the period rules, which mostly begin with a digit: the engine's own scan
 * for a leading digit is cheaper than a sticky try at every digit (measured: 16 ms a megabyte became
 * 18), so those stay whole-text searches; the cues went from 7.5 ms to 4.5.
 *
 * The matches are exactly a global search's: every match begins with one of its rule's characters
 * (the rule's test checks this over the corpus), and of the places at or after the end of the last
 * match, the first where the pattern matches is the one a search from there would find.
 */

export interface StartCharRule {
  pattern: RegExp;
  /** Every character a match can begin with, as one string. */
  starts: string;
}

export interface StartCharTable {
  /** Each rule's pattern without `g`, with `y`: tried at one place only. */
  sticky: RegExp[];
  /**
   * For each UTF-16 code, 1 + the index in `groups` of the rules a match can begin with there, or 0:
   * a flat array, since looking a map up at every character of a story cost more than the searches saved.
   */
  groupOf: Uint16Array;
  groups: number[][];
}

export function startCharTable(rules: readonly StartCharRule[]): StartCharTable {
  const byChar = new Map<number, number[]>();
  rules.forEach((rule, i) => {
    if (rule.starts.length === 0) throw new Error(`${rule.pattern.source.slice(0, 40)} names no start characters`);
    for (const ch of rule.starts) {
      if (ch.length !== 1) throw new Error(`start character '${ch}' of ${rule.pattern.source.slice(0, 40)} lies outside the Basic Multilingual Plane`);
      const code = ch.charCodeAt(0);
      const list = byChar.get(code) ?? [];
      if (!list.includes(i)) list.push(i);
      byChar.set(code, list);
    }
  });
  const groupOf = new Uint16Array(0x10000);
  const groups: number[][] = [];
  for (const [code, list] of byChar) groupOf[code] = groups.push(list);
  const sticky = rules.map((r) => new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}y`));
  return { sticky, groupOf, groups };
}

/**
 * Calls `found(rule, match)` for every match of every rule, rule by rule in table order and each
 * rule's matches in text order, as searching the text with each global pattern in turn would.
 */
export function eachStartCharMatch(text: string, table: StartCharTable, found: (rule: number, m: RegExpExecArray) => void): void {
  const places: number[][] = table.sticky.map(() => []);
  const { groupOf, groups } = table;
  for (let i = 0; i < text.length; i++) {
    const group = groupOf[text.charCodeAt(i)]!;
    if (group !== 0) for (const r of groups[group - 1]!) places[r]!.push(i);
  }
  table.sticky.forEach((re, r) => {
    let from = 0;
    for (const p of places[r]!) {
      if (p < from) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) continue;
      found(r, m);
      from = m.index + Math.max(1, m[0].length);
    }
  });
}
