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

/**
 * What may follow a bare city that is a subject: not a street, a station or a village of that name (南阳路, 洛阳站),
 * nor a list (开封、洛阳、许昌等市 share one figure, which is none of theirs alone).
 */
const NOT_A_CITY_AFTER = /^[市区县州省路街道桥站港湾村镇乡寺湖山河江门里巷、和与及等]/;

let subjectCities: { pattern: RegExp; full: Map<string, string> } | null = null;

/**
 * Cities whose full name ends in 市, by the stem written bare (南阳 → 南阳市). Prefectures (红河州, 伊犁)
 * and names that are also a province's (海南, 吉林) are left out: bare, they are not a city.
 */
function subjectCityPattern(): { pattern: RegExp; full: Map<string, string> } {
  if (subjectCities) return subjectCities;
  const provinces = new Set<string>();
  for (const row of PLACE_ROWS) if (row.level === 'province') for (const name of [...row.names, ...row.short]) provinces.add(name.replace(/(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, ''));
  const full = new Map<string, string>();
  for (const row of PLACE_ROWS) {
    if (row.level !== 'city' || !row.id.startsWith('cn-')) continue;
    const name = row.names.find((n) => n.endsWith('市'));
    const stem = name?.replace(/市$/, '');
    if (name && stem && /^[\u4e00-\u9fff]{2,3}$/.test(stem) && !COMMON_WORDS.has(stem) && !provinces.has(stem)) full.set(stem, name);
  }
  subjectCities = { pattern: new RegExp([...full.keys()].sort((a, b) => b.length - a.length).join('|'), 'g'), full };
  return subjectCities;
}

/**
 * Cities named bare where they open a clause (南阳更是提出…, 洛阳去年地区生产总值…), by their full
 * name: `subjectBefore` says whether the words before make the name the clause's subject.
 */
export function bareCitySubjects(folded: string, subjectBefore: (before: string) => boolean): Array<{ start: number; end: number; name: string }> {
  const { pattern, full } = subjectCityPattern();
  pattern.lastIndex = 0;
  const out: Array<{ start: number; end: number; name: string }> = [];
  for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
    const end = m.index + m[0].length;
    if (NOT_A_CITY_AFTER.test(folded.slice(end, end + 1)) || folded[m.index - 1] === '、' || !subjectBefore(folded.slice(Math.max(0, m.index - 2), m.index))) continue;
    out.push({ start: m.index, end, name: full.get(m[0])! });
  }
  return out;
}
