/**
 * Prefecture-level cities named bare in running Chinese text (推动长春全面振兴). Only a 全市 that
 * nothing else resolves asks for them: a city report printed without its paper's city says 全市 of
 * the city its opening names. Names that are also common words (大同, 中山, 日照时数, 宁德时代) or a
 * province (吉林) are left out: bare, they name no city reliably.
 */
import { PLACE_ROWS } from './place-data/rows';

const COMMON_WORDS = new Set([
  '大同', '中山', '长治', '安康', '黄山', '白山', '吉林', '朝阳', '白银', '来宾', '宁德', '四平', '中卫', '普洱', '日照', '安顺', '广安', '北海',
]);

let pattern: RegExp | null = null;

function barePattern(): RegExp {
  if (pattern) return pattern;
  const names = new Set<string>();
  for (const row of PLACE_ROWS) {
    if (row.level !== 'city' || !row.id.startsWith('cn-')) continue;
    for (const name of [...row.names, ...row.short]) {
      const stem = name.replace(/市$/, '');
      if (/^[\u4e00-\u9fff]{2,3}$/.test(stem) && !COMMON_WORDS.has(stem)) names.add(stem);
    }
  }
  pattern = new RegExp([...names].sort((a, b) => b.length - a.length).join('|'), 'g');
  return pattern;
}

/** The last prefecture-level city named bare or in full before `at`, as 长春市; null when none is. */
export function lastCityNamedBefore(folded: string, at: number): string | null {
  const re = barePattern();
  re.lastIndex = 0;
  let last: string | null = null;
  for (let m = re.exec(folded); m !== null && m.index < at; m = re.exec(folded)) last = m[0];
  return last ? `${last}市` : null;
}
