/**
 * Relative goals and results Chinese states without a number: 减半, 翻一番, 翻两番. Each is a
 * multiple of a baseline the promise leaves to the archive (check/relative.ts resolves it), read
 * as English 'halve' and 'double' are: a ratio of 0.5 for a halving, of 2 and 4 for doubling
 * once and twice. Words are matched on the folded text, so 減半 and 翻兩番 read too.
 */
import type { FigureChange } from '../../../shared/domain/figure';
import { ZH_QUALIFIER } from './qualifiers';
import type { RawFigure } from './scan-zh';

interface MultipleRule {
  name: string;
  words: readonly string[];
  value: number;
  change: FigureChange;
}

const ZH_MULTIPLE_RULES: readonly MultipleRule[] = [
  { name: 'zh.halve', words: ['减少一半', '下降一半', '降低一半', '压减一半', '削减一半', '减半'], value: 0.5, change: 'decrease' },
  { name: 'zh.double', words: ['翻了一番', '翻一番', '翻了一倍', '翻番'], value: 2, change: 'increase' },
  { name: 'zh.double-twice', words: ['翻了两番', '翻两番'], value: 4, change: 'increase' },
  { name: 'zh.double-thrice', words: ['翻了三番', '翻三番'], value: 8, change: 'increase' },
];

const BY_WORD = new Map(ZH_MULTIPLE_RULES.flatMap((r) => r.words.map((w) => [w, r] as const)));
const WORDS = new RegExp([...BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
/** 至少减半, 力争超过翻一番: a qualifier right before the word. */
const QUALIFIER_BEFORE = new RegExp(`(${[...ZH_QUALIFIER.keys()].sort((a, b) => b.length - a.length).join('|')})$`);
/** 减半征收, 减半收取: a tax or fee levied at half rate is a concession, not a goal for a quantity. */
const NOT_A_GOAL_AFTER = /^(?:征收|收取|计征|缴纳|执行|优惠)/;

export function scanZhMultiples(folded: string): RawFigure[] {
  const out: RawFigure[] = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(folded); m; m = WORDS.exec(folded)) {
    const end = m.index + m[0].length;
    if (NOT_A_GOAL_AFTER.test(folded.slice(end, end + 2))) continue;
    const rule = BY_WORD.get(m[0])!;
    const q = QUALIFIER_BEFORE.exec(folded.slice(Math.max(0, m.index - 3), m.index));
    out.push({
      start: q ? m.index - q[1]!.length : m.index,
      end,
      numStart: m.index,
      value: rule.value,
      valueMax: null,
      unit: 'ratio',
      currency: null,
      qualifier: q ? ZH_QUALIFIER.get(q[1]!)! : 'eq',
      change: rule.change,
      countInWords: false,
      classifier: false,
      rule: rule.name,
      cues: q ? [q[1]!, m[0]] : [m[0]],
      unitEnd: end,
    });
  }
  return out;
}
