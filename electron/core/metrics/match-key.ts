/**
 * Matching keys for metrics and entities. Metric identity lives in key.ts (the indicator
 * lexicon and the one text key); this keeps what matching adds on top:
 * raw keys that stand for several indicators, bigram similarity for near keys, and the
 * entity, period and unit tests. Targets and the check both match with it, so it sits below
 * both of them.
 */

import { toSimplified } from '../text/simplify';
import { indicatorFor, metricIdentity, textKey, unitClassOf, type Quantity } from './key';
import { GROWTH_OF, REDUCTION_OF } from './lexicon/lookup';
import { rememberByString } from '../figures/memo';

/** Traditional characters fold through OpenCC's table, as everywhere else. */
export function foldTraditional(text: string): string {
  return toSimplified(text);
}

/** The key two metrics must share to be the same quantity (before aliases): an indicator identity or the text key. */
export function matchKey(metricKey: string, q?: Quantity): string {
  return metricIdentity(metricKey, q);
}

/** The key of a figure or target: its indicator, read from its words and its quantity, else its text key. */
export function quantityKey(x: { metric: string; metricKey?: string; unit: string; currency: string | null; change: string }): string {
  const indicator = indicatorFor(x.metric, x) ?? (x.metricKey ? indicatorFor(x.metricKey, x) : null);
  if (indicator) return `@${indicator.id}`;
  const key = textKey(x.metricKey || x.metric);
  // A metric that is only the counted noun ('800,000 homes', '577,200 new builds') is the count of that thing.
  return x.unit && !x.currency && textKey(x.metric) === textKey(x.unit) ? textKey(unitKey(x.unit)) : key;
}

/**
 * The keys a stored raw key may stand for. Raw keys drop rate words (GDP增速 → gdp), so a
 * raw key that names a level also stands for its growth and its reduction.
 */
export function matchKeysOfRaw(raw: string): string[] {
  const key = matchKey(raw);
  if (!key.startsWith('@')) return [key];
  const id = key.slice(1);
  return [key, ...[GROWTH_OF[id], REDUCTION_OF[id]].filter((x): x is string => !!x).map((x) => `@${x}`)];
}

/** Character bigrams (words for English) as a multiset-free set. */
export function bigrams(key: string): string[] {
  if (/^[a-z0-9 ]+$/.test(key)) {
    const words = key.split(' ').filter(Boolean);
    if (words.length === 1) return charBigrams(words[0]!);
    return [...new Set(words)];
  }
  return charBigrams(key);
}

function charBigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/** Sørensen–Dice over bigram sets: 2|A∩B| / (|A|+|B|). */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = new Set(bigrams(b));
  if (!ga.length || !gb.size) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.length + gb.size);
}

// Administrative suffixes that do not change the place: 重庆 = 重庆市.
const ENTITY_SUFFIX = /(市|省|自治区|特别行政区|地区)$/;

// An archive names few places, and a check compares each against hundreds of earlier
// figures: folding the same name again was a quarter of a check's time at 200,000 stories.
const keyOfEntity = rememberByString((entity) => {
  const key = foldTraditional(entity.normalize('NFKC')).trim().toLowerCase();
  return key.replace(ENTITY_SUFFIX, '') || key;
}, 10_000);

export function entityKey(entity: string | null): string | null {
  return entity === null ? null : keyOfEntity(entity);
}

/** Spellings of an entity to look up in SQL, which compares exact text. */
export function entityVariants(entity: string): string[] {
  const base = entityKey(entity)!;
  const out = new Set([entity, base, `${base}市`, `${base}省`, foldTraditional(entity)]);
  return [...out];
}

/** 1 for the same place, 0.9 when one side does not say, 0 for different places. */
export function entityScore(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0.9;
  return entityKey(a) === entityKey(b) ? 1 : 0;
}

export interface PeriodLike {
  from: string;
  to: string;
}

export function periodsOverlap(a: PeriodLike | null, b: PeriodLike | null): boolean {
  if (!a || !b) return true;
  return a.from <= b.to && b.from <= a.to;
}

/** 1 same period, 0.95 overlapping, 0.85 one side unstated, 0 disjoint. */
export function periodScore(a: PeriodLike | null, b: PeriodLike | null): number {
  if (!a || !b) return 0.85;
  if (a.from === b.from && a.to === b.to) return 1;
  return periodsOverlap(a, b) ? 0.95 : 0;
}

// Units that count the same thing under another name; money is told apart by currency.
const UNIT_SYNONYMS: Record<string, string> = {
  home: 'dwelling',
  'new home': 'dwelling',
  'new build': 'dwelling',
  'new dwelling': 'dwelling',
  property: 'dwelling',
  house: 'dwelling',
  dwelling: 'dwelling',
  'housing unit': 'dwelling',
  apartment: 'dwelling',
  flat: 'dwelling',
  unit: 'dwelling',
  charger: 'charger',
  'charging station': 'charger',
  'charging point': 'charger',
  'charge point': 'charger',
  chargepoint: 'charger',
  'charging port': 'charger',
  // Tourism counts visits, whatever the press calls the visitor: 'tourist arrivals', 'visitors', 'tourists'.
  visitor: 'visitor',
  tourist: 'visitor',
  arrival: 'visitor',
  visit: 'visitor',
  'tourist arrival': 'visitor',
  'visitor arrival': 'visitor',
  // Electric cars, however abbreviated: 'EVs', 'ZEVs', 'zero-emission vehicles', 'plug-in vehicles'.
  vehicle: 'vehicle',
  ev: 'vehicle',
  zev: 'vehicle',
  car: 'vehicle',
  officer: 'officer',
  'police officer': 'officer',
  police: 'officer',
  job: 'job',
  'new job': 'job',
  套: 'dwelling',
  户: 'household',
  household: 'household',
  // Measures written short or long, or in Chinese: '8,000ha' and '2,016 hectares', 12km and 12公里.
  ha: 'hectare',
  hectare: 'hectare',
  公顷: 'hectare',
  km: 'kilometre',
  kilometre: 'kilometre',
  kilometer: 'kilometre',
  公里: 'kilometre',
  千米: 'kilometre',
  个百分点: 'pp',
  'percentage point': 'pp',
  pp: 'pp',
};

/** The things the units table names (dwelling, visitor, officer …): counts a sentence can name in other words. */
const NAMED_UNITS = new Set(Object.values(UNIT_SYNONYMS).filter((u) => u !== 'pp' && u !== 'hectare' && u !== 'kilometre'));
export function isNamedUnit(key: string): boolean {
  return NAMED_UNITS.has(key);
}

/** The thing a name counts when the whole name is one of the units table ('tourist arrivals' → visitor), else null. */
export function countedThingOfName(name: string): string | null {
  return UNIT_SYNONYMS[singularUnit(name)] ?? null;
}

/** A unit folded, in lower case, and singular when English prints it plural ('Tonnes' → tonne). */
function singularUnit(unit: string): string {
  const u = foldTraditional(unit.normalize('NFKC')).trim().toLowerCase();
  return /^[a-z \-‐‑]+$/.test(u) && u.length > 3 && u.endsWith('s') && !u.endsWith('ss') ? u.slice(0, -1) : u;
}

/** Remembered: a check compares the unit of each figure with hundreds of targets' and earlier figures' units. */
export const unitKey: (unit: string) => string = rememberByString(readUnitKey, 5_000);

function readUnitKey(unit: string): string {
  const u = singularUnit(unit);
  if (UNIT_SYNONYMS[u]) return UNIT_SYNONYMS[u]!;
  // An English count's head is its last words: 'electric vehicle charging station' counts charging stations.
  const words = u.split(' ');
  for (let take = Math.min(2, words.length - 1); take >= 1; take--) {
    const head = UNIT_SYNONYMS[words.slice(-take).join(' ')];
    if (head) return head;
  }
  return u;
}

/**
 * A count printed bare ('completions totalled 32,695') counts what the other side counts: the two are
 * already the same indicator by key; only a count takes this, never money, a rate or a measure.
 */
function printedBare(x: { unit: string; currency: string | null }, other: { unit: string; currency: string | null }): boolean {
  return !x.unit && !x.currency && !other.currency && unitClassOf(other) === 'count';
}

/**
 * Whether two quantities can be compared at all: same unit family and the same
 * currency. % and 个百分点 never mix; a level never meets a count of additions unless
 * both are percentages (a growth rate stated as 增速 or as 增长 is the same number).
 */
/**
 * Chinese classifiers of places and facilities, which one paper or one sentence uses for the
 * same noun (60处公共托育中心, 48个公托): the noun, matched by the metric, says what is counted.
 */
const PLACE_CLASSIFIERS = new Set(['个', '处', '所', '间', '座']);
/** 6261个出租公屋单位 against 6,100伙 (套): the general classifier of a housing unit against the dwelling's own. */
const DWELLING_CLASSIFIERS = new Set(['个', 'dwelling']);
const sameClassifierFamily = (a: string, b: string): boolean =>
  (PLACE_CLASSIFIERS.has(a) && PLACE_CLASSIFIERS.has(b)) || (DWELLING_CLASSIFIERS.has(a) && DWELLING_CLASSIFIERS.has(b));

export function comparableUnits(
  a: { unit: string; currency: string | null; change: string },
  b: { unit: string; currency: string | null; change: string },
): boolean {
  if (printedBare(a, b) || printedBare(b, a)) return a.change === b.change;
  if (unitKey(a.unit) !== unitKey(b.unit) && !sameClassifierFamily(unitKey(a.unit), unitKey(b.unit))) return false;
  if ((a.currency ?? null) !== (b.currency ?? null)) return false;
  if (a.change === b.change) return true;
  return unitKey(a.unit) === '%' || unitKey(a.unit) === 'pp';
}

/** A change stated as 下降3% is -3 on the same scale as a level of -3%. */
export function signedValue(f: { value: number; change: string }): number {
  return f.change === 'decrease' ? -f.value : f.value;
}
