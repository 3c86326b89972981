/**
 * Places as a hierarchy, so a check knows that 重庆 is within 中国, that England and
 * Wales are within the UK and that Latvia is within the EU: a figure about a part is
 * not the figure about the whole. Names are matched after folding traditional
 * characters (through OpenCC) and case; the table is data, one row a place.
 */
/**
 * Places as a hierarchy, so a check knows that 重庆 is within 中国, that 新乡市 is within 河南省,
 * that England and Wales are within the UK and that Latvia is within the EU: a figure about a part
 * is not the figure about the whole. The rows are data (place-data/): every division of China down
 * to the county from public data, and by hand the world's countries and the parts that set their
 * own targets. Names are matched after folding traditional characters (through OpenCC) and case.
 *
 * A name two places share (江北区 is in Chongqing and in Ningbo) places neither, unless the name
 * says its city (宁波市江北区); the check still knows what both would mean.
 */
import { toSimplified } from '../text/simplify';
import { placeGoverned } from './place-adjectives';
import { PLACE_ROWS } from './place-data/rows';
import type { PlaceLevel, PlaceRow } from './place-data/types';

export type { PlaceLevel } from './place-data/types';

const LEVEL_RANK: Record<PlaceLevel, number> = { world: 0, union: 1, country: 2, nation: 3, province: 4, city: 5, district: 6 };

function foldName(name: string): string {
  return toSimplified(name.normalize('NFKC')).trim().toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/, '');
}

const BY_ID = new Map(PLACE_ROWS.map((r) => [r.id, r]));

/**
 * Every folded name with the places it may stand for, built once: the places whose full name it
 * is, else the places whose short form it is. More than one means the name alone places none.
 */
const BY_NAME: ReadonlyMap<string, readonly PlaceRow[]> = (() => {
  const full = new Map<string, PlaceRow[]>();
  const short = new Map<string, PlaceRow[]>();
  const put = (map: Map<string, PlaceRow[]>, name: string, row: PlaceRow): void => {
    const key = foldName(name);
    const list = map.get(key);
    if (!list) map.set(key, [row]);
    else if (!list.includes(row)) list.push(row);
  };
  for (const row of PLACE_ROWS) {
    for (const name of row.names) put(full, name, row);
    for (const name of row.short) put(short, name, row);
  }
  for (const [key, rows] of short) if (!full.has(key)) full.set(key, rows);
  return full;
})();

/** Each place's ancestors, nearest first, worked out once. */
const ANCESTORS = new Map<string, readonly string[]>();
function ancestors(id: string): readonly string[] {
  let out = ANCESTORS.get(id);
  if (!out) {
    const list: string[] = [];
    for (let p = BY_ID.get(id)?.parent ?? null; p && !list.includes(p); p = BY_ID.get(p)?.parent ?? null) list.push(p);
    out = list;
    ANCESTORS.set(id, out);
  }
  return out;
}

const within = (row: PlaceRow, container: string | null): boolean => container === null || ancestors(row.id).includes(container);

/**
 * The places a folded name stands for within `container`: the name itself, else a name that
 * spells out where it is (宁波市江北区, 浙江杭州), read as a place followed by a place within it.
 */
function resolve(key: string, container: string | null, depth = 0): readonly PlaceRow[] {
  const direct = (BY_NAME.get(key) ?? []).filter((r) => within(r, container));
  if (direct.length || depth > 2 || !/^[\u4e00-\u9fff]{4,}$/.test(key)) return direct;
  for (let i = key.length - 2; i >= 2; i--) {
    const head = (BY_NAME.get(key.slice(0, i)) ?? []).filter((r) => within(r, container));
    if (head.length !== 1) continue;
    const tail = resolve(key.slice(i), head[0]!.id, depth + 1);
    if (tail.length) return tail;
  }
  return [];
}

export interface PlaceRef {
  /** The one place the entity names; null for a place the table lacks or a name two places share. */
  id: string | null;
  name: string;
  level: PlaceLevel;
  /** For a name two or more places share: every place it may be. */
  candidates?: readonly string[];
}

// Chinese administrative suffixes say a place's level even when the table lacks it.
const ZH_LEVEL_SUFFIX: Array<[RegExp, PlaceLevel]> = [
  [/(?:省|自治区)$/, 'province'],
  [/(?:新区|高新区|经开区|区|县|旗|镇|乡|街道)$/, 'district'],
  [/(?:市|州|盟)$/, 'city'],
];

function lookUp(entity: string): PlaceRef | null {
  const key = foldName(entity);
  let rows = resolve(key, null);
  if (!rows.length && /[市省]$/.test(key)) rows = resolve(key.slice(0, -1), null);
  if (rows.length === 1) return { id: rows[0]!.id, name: entity, level: rows[0]!.level };
  if (rows.length > 1) {
    // A shared name: as general as the most general place it may be, so part and whole stay sound.
    const level = rows.map((r) => r.level).reduce((a, b) => (LEVEL_RANK[a] <= LEVEL_RANK[b] ? a : b));
    return { id: null, name: key, level, candidates: rows.map((r) => r.id) };
  }
  if (/[\u4e00-\u9fff]/.test(key)) {
    for (const [re, level] of ZH_LEVEL_SUFFIX) if (re.test(key)) return { id: null, name: key, level };
  }
  return null;
}

/** The place a place is part of, by id: 'india' for Bihar. */
export function parentPlaceId(id: string): string | null {
  return BY_ID.get(id)?.parent ?? null;
}

/** A place's English name as printed ('Uttar Pradesh', 'India'), for an English story's owner; null when it has none. */
export function englishPlaceName(id: string): string | null {
  const name = BY_ID.get(id)?.names.find((n) => /^[a-z]/.test(n));
  if (!name) return null;
  if (name.length <= 3) return name.toUpperCase();
  return name.replace(/(^|[\s-])([a-z])/g, (all, sep: string, c: string, at: number) => (at > 0 && /^(?:and|of|the|upon)\b/.test(name.slice(at + sep.length)) ? all : sep + c.toUpperCase()));
}

// Check asks for the place of the same few entities once per target: remember them (a bounded cache).
const PLACE_CACHE = new Map<string, PlaceRef | null>();
const PLACE_CACHE_SIZE = 20_000;

/** The place an entity names: from the table, else its level from a Chinese suffix, else null (not a place). */
export function placeOf(entity: string | null): PlaceRef | null {
  if (!entity) return null;
  const cached = PLACE_CACHE.get(entity);
  if (cached !== undefined) return cached;
  const place = lookUp(entity);
  if (PLACE_CACHE.size >= PLACE_CACHE_SIZE) PLACE_CACHE.clear();
  PLACE_CACHE.set(entity, place);
  return place;
}

/**
 * How the place of a figure stands to the place of a target:
 * - same: one place;
 * - part: the figure is about a part of the target's place (a city against its country);
 * - whole: the figure is about a whole the target's place is part of;
 * - different: two places, neither within the other;
 * - unknown: one side names no place (a person, a body, nothing), so place cannot rule it out.
 */
export type PlaceRelation = 'same' | 'part' | 'whole' | 'different' | 'unknown';

function relationOfIds(a: string, b: string): PlaceRelation {
  if (a === b) return 'same';
  if (ancestors(a).includes(b)) return 'part';
  if (ancestors(b).includes(a)) return 'whole';
  return 'different';
}

/**
 * For a shared name, what every place it may be says: one answer when they agree; when one of
 * them is the target's own place, nothing can be ruled out; otherwise the figure is not about the
 * target's place, and a part or whole is said before a different place: 江北区 against a target
 * of 重庆市 is most likely Chongqing's own, and is listed as a part rather than dropped unseen.
 */
function relationOfCandidates(as: readonly string[], bs: readonly string[]): PlaceRelation {
  const seen = new Set<PlaceRelation>();
  for (const a of as) for (const b of bs) seen.add(relationOfIds(a, b));
  if (seen.size === 1) return [...seen][0]!;
  if (seen.has('same')) return 'unknown';
  return seen.has('part') ? 'part' : seen.has('whole') ? 'whole' : 'different';
}

const idsOf = (p: PlaceRef): readonly string[] => (p.id ? [p.id] : (p.candidates ?? []));

/** An entity's place: its own name's, or the place its government governs (the Australian Government → Australia). */
function placeOrGoverned(entity: string | null): PlaceRef | null {
  const own = placeOf(entity);
  if (own || !entity) return own;
  const governed = placeGoverned(entity);
  return governed ? placeOf(governed) : null;
}

export function placeRelation(figureEntity: string | null, targetEntity: string | null): PlaceRelation {
  const a = placeOrGoverned(figureEntity);
  const b = placeOrGoverned(targetEntity);
  if (!a || !b) return 'unknown';
  if (a.id && b.id) return relationOfIds(a.id, b.id);
  if (!a.id && !b.id && a.name === b.name) return 'same';
  const as = idsOf(a);
  const bs = idsOf(b);
  if (as.length && bs.length) return relationOfCandidates(as, bs);
  // One side is a place the table does not hold: its level still tells part from whole.
  const ra = LEVEL_RANK[a.level];
  const rb = LEVEL_RANK[b.level];
  if (ra === rb) return 'different';
  return ra > rb ? 'part' : 'whole';
}
