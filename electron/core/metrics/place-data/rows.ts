/**
 * Every place the checks know, as rows: the hand-kept world (world.ts) and China's divisions from
 * public data (cn-divisions.ts, generated), with the names a report uses for each. Full names come
 * from the data; the short forms are derived here by the rules below, and are weaker: they give way
 * to another place's full name of the same spelling.
 */
import { CN_DIVISIONS, HK_DISTRICTS, MACAU_PARISHES, TW_DIVISIONS } from './cn-divisions';
import {
  CN_ENGLISH_NAMES,
  CN_ZONES,
  HK_ENGLISH_NAMES,
  PREFECTURE_ETHNIC_NAMES,
  PROVINCE_SHORT_SHARED,
  TW_ENGLISH_NAMES,
  TW_EXTRA_COUNTIES,
} from './cn-names';
import type { PlaceLevel, PlaceRow } from './types';
import { WORLD_PLACES } from './world';

/** How a province's short form is made: 河南省 → 河南, 北京市 → 北京, 广西壮族自治区 → 广西. */
const PROVINCE_SHORT = /^(.+?)(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/;

/** How a prefecture's short forms are made, rule by rule. County-level names keep their full form only: 滨江区 stays 滨江区. */
const PREFECTURE_SHORT: readonly (readonly [rule: string, make: (name: string) => string[] | null])[] = [
  ['a city without 市: 新乡市 → 新乡', (n) => (/^(.{2,})市$/.exec(n)?.slice(1) ?? null)],
  ['a prefecture without 地区: 阿克苏地区 → 阿克苏', (n) => (/^(.{2,})地区$/.exec(n)?.slice(1) ?? null)],
  ['a league without 盟: 锡林郭勒盟 → 锡林郭勒', (n) => (/^(.{2,})盟$/.exec(n)?.slice(1) ?? null)],
  [
    'an autonomous prefecture by its place name, with or without 州: 恩施土家族苗族自治州 → 恩施, 恩施州',
    (n) => {
      const m = PREFECTURE_ETHNIC_NAMES.exec(n);
      const base = m ? n.slice(0, m.index) : '';
      return base.length >= 2 ? [base, `${base}州`] : null;
    },
  ],
];

const prefectureShort = (name: string): string[] => {
  for (const [, make] of PREFECTURE_SHORT) {
    const forms = make(name);
    if (forms) return forms;
  }
  return [];
};

const words = (list: string): string[] => (list ? list.split(' ') : []);

function cnRows(): PlaceRow[] {
  const rows: PlaceRow[] = [];
  const add = (id: string, level: PlaceLevel, parent: string | null, full: string, short: string[] = [], english: string[] = []): void => {
    rows.push({ id, level, parent, names: [full, ...english, ...(CN_ENGLISH_NAMES[full] ?? [])], short });
  };
  for (const [code, parentCode, name, counties] of CN_DIVISIONS) {
    const id = `cn-${code}`;
    if (parentCode === null) {
      const short = PROVINCE_SHORT.exec(name)?.[1];
      // A province's short form is as strong as its full name (广东 is Guangdong), but for those it shares with a city.
      const strong = short && !PROVINCE_SHORT_SHARED.has(short) ? [short] : [];
      rows.push({ id, level: 'province', parent: 'cn', names: [name, ...strong, ...(CN_ENGLISH_NAMES[name] ?? [])], short: short && !strong.length ? [short] : [] });
    } else {
      add(id, 'city', `cn-${parentCode}`, name, prefectureShort(name));
    }
    // County-level divisions directly under a province (a municipality's districts, 济源市) or under a prefecture.
    for (const county of words(counties)) add(`${id}-${county}`, 'district', id, county);
  }
  for (const district of words(HK_DISTRICTS)) add(`hk-${district}`, 'district', 'hk', district, [], HK_ENGLISH_NAMES[district]);
  for (const parish of words(MACAU_PARISHES)) {
    // 嘉模堂区（氹仔）: the parish, and the island it covers as a second name.
    const [, name, island] = /^(.+?)(?:（(.+)）)?$/.exec(parish)!;
    add(`macau-${name}`, 'district', 'macau', name!, [], island ? [island] : []);
  }
  const twCounties: (readonly [string, string])[] = [...TW_DIVISIONS, ...TW_EXTRA_COUNTIES.map((c) => [c, ''] as const)];
  for (const [county, towns] of twCounties) {
    const id = `tw-${county}`;
    add(id, 'city', 'tw', county, /^(.{2,})[市县]$/.exec(county)?.slice(1) ?? [], TW_ENGLISH_NAMES[county]);
    for (const town of words(towns)) add(`${id}-${town}`, 'district', id, town);
  }
  const byFullName = new Map<string, string[]>();
  for (const row of rows) byFullName.set(row.names[0]!, [...(byFullName.get(row.names[0]!) ?? []), row.id]);
  for (const [zone, within] of CN_ZONES) {
    const parents = byFullName.get(within) ?? [];
    if (parents.length !== 1) throw new Error(`place-data/cn-names.ts: ${zone} is within ${within}, which names ${parents.length} places, not one`);
    add(`zone-${zone}`, 'district', parents[0]!, zone);
  }
  return rows;
}

export const PLACE_ROWS: readonly PlaceRow[] = [...WORLD_PLACES.map((p) => ({ ...p, short: p.short ?? [] })), ...cnRows()];
