/**
 * The nearest registered targets of a figure that matched none by its metric key.
 *
 * Reporters name one indicator many ways (「高铁」 for 「高速铁路营业里程」, "new dwelling
 * completions" for a target of "units"), so a key can miss the promise a figure answers.
 * Rather than say "nothing in the archive speaks to this", the check offers the targets
 * that measure the same thing in the same unit, at a comparable size, whose words the
 * figure's sentence shares. They are suggestions only: never attached as evidence until
 * the editor confirms one, which also teaches the alias for next time.
 */
import type { Target } from '../../../shared/domain/target';
import type { Repositories } from '../db/repositories';
import type { SourcedFigure } from '../db/repositories/check-figures';
import { textKey } from '../metrics/key';
import { bigrams, comparableUnits, countedThingOfName, isNamedUnit, periodsOverlap, unitKey } from '../metrics/match-key';
import { unitClassOf } from '../metrics/key';
import { placeRelation } from '../metrics/places';
import { isRelativeTarget, isRelativeTo } from './relative';
import { registerSnapshot, type RegisterSnapshot } from './register-snapshot';

export interface NearestTarget {
  target: Target;
  /** Always below any sensible match threshold: a candidate, not a match. */
  score: number;
  /** How much of what the target measures the figure's words share (0–1). */
  wording: number;
}

/** A figure more than this factor away from a goal is about something else, unless the words say otherwise. */
const MAX_VALUE_RATIO = 3;
/**
 * A figure that names what the goal counts (its sentence says 'visitors' of a goal of visitors)
 * may be this far from it: 4.1 million visitors in a year of closed borders still answer a goal
 * of 40 million, and badly.
 */
const NAMED_VALUE_RATIO = 20;
/** Without shared words, only a figure this close to the goal, of the same period, is offered. */
const CLOSE_VALUE_RATIO = 1.25;
/** Shared wording that counts as naming the same thing. */
const MIN_WORDING = 0.25;
/** A relative goal has no size to narrow it: the words must say more of it. */
const RELATIVE_MIN_WORDING = 0.5;
/** At most this many candidates per figure: enough to find the right one, few enough to read. */
const MAX_CANDIDATES = 2;
/** Candidates score between these, under the default match threshold (0.75). */
const BASE_SCORE = 0.3;
const WORDING_WEIGHT = 0.3;
const CLOSENESS_WEIGHT = 0.1;

/** A target with its words read once, for the many figures it is held against. */
interface Shelved {
  target: Target;
  /** The thing the goal counts, when the unit names one the units table knows ('visitors' → visitor). */
  counts: string | null;
  /** |value|, by which each measure's shelf is sorted so a figure looks only at goals of its size. */
  size: number;
  key: string;
  grams: string[];
}

/** The targets of one measure, by size, and by the bigrams of what each measures. */
interface MeasureShelf {
  bySize: Shelved[];
  byGram: Map<string, Shelved[]>;
  /** By the thing each goal counts, for sentences that name it in other words. */
  byCounted: Map<string, Shelved[]>;
  /** By the owner each goal names, so a figure weighs only its own owner's goals (soleGoalOfOwner). */
  byOwner: Map<string, Shelved[]>;
}

/** The register read once per change of it, by measure: what a check looks candidates up in. */
export interface Shelf {
  stamp: string;
  byMeasure: Map<string, MeasureShelf>;
  /** Every count and bare goal together, where a bare figure looks. */
  counts: MeasureShelf;
  /**
   * Goals relative to a level before them ('halve', 'reduce households in emergency housing by 75%'):
   * their own number says nothing of a reading's size, so only shared words connect a reading to them.
   */
  relative: MeasureShelf;
  /** 'halve', 'double': few, so a reading's whole sentence may name them. */
  ratios: MeasureShelf;
}

const shelves = new WeakMap<Repositories, Shelf>();

/**
 * A number printed bare ('8,110 were newbuild homes', 'reached 106.2 million last year') is a
 * count of what its sentence names. Bare figures and goals sit on a shelf of their own, and
 * are held against counts (and counts against them) only where the words are shared: a bare
 * number's size alone says too little.
 */
const BARE = '|';

/** One bucket per measure: the unit as matched and its currency; BARE for a bare number. */
function measureOf(x: { unit: string; currency: string | null }): string {
  return `${unitKey(x.unit)}|${x.currency ?? ''}`;
}

/** The shelves a figure looks on: its own measure's, and across bare numbers and counts. */
function shelvesFor(shelf: Shelf, own: string): MeasureShelf[] {
  if (own === BARE) return [shelf.counts];
  const mine = shelf.byMeasure.get(own);
  const bare = isCountMeasure(own) ? shelf.byMeasure.get(BARE) : undefined;
  return [mine, bare].filter((x): x is MeasureShelf => !!x);
}

function isCountMeasure(measure: string): boolean {
  const [unit, currency] = measure.split('|');
  return !!unit && !currency && unitClassOf({ unit, currency: null }) === 'count';
}

/** Words that say nothing of which things are counted: '100 million more visitors', 'new homes'. */
const PLAIN_COUNT_WORDS = /\b(?:new|more|additional|extra|further|total|number|of|the|annual|annually|a|year)\b/g;

/**
 * What a goal counts, when its unit is one of the named things of the units table and its metric
 * is that thing alone ('visitors', 'new homes'): a goal of 'affordable homes' counts some homes
 * only, so a sentence that says 'homes' does not name it.
 */
function countedThing(t: { metric: string; unit: string; currency: string | null }): string | null {
  if (t.currency || !t.unit || unitClassOf(t) !== 'count') return null;
  const key = unitKey(t.unit);
  if (!isNamedUnit(key)) return null;
  const rest = t.metric.toLowerCase().replace(PLAIN_COUNT_WORDS, ' ').trim();
  return !rest || countedThingOfName(rest) === key ? key : null;
}

/** The register's shelf, rebuilt only when a target was added, removed or edited. Read it once per check. */
export function targetShelf(repos: Repositories, register: RegisterSnapshot = registerSnapshot(repos)): Shelf {
  const { stamp } = register;
  const cached = shelves.get(repos);
  if (cached && cached.stamp === stamp) return cached;
  const byMeasure = new Map<string, MeasureShelf>();
  const counts = emptyShelf();
  const relative = emptyShelf();
  const ratios = emptyShelf();
  for (const t of register.all) {
    if (isRelativeTarget(t) || (t.unit === '%' && t.change !== 'level')) {
      const key = textKey(t.metric);
      put(isRelativeTarget(t) ? ratios : relative, { target: t, counts: null, size: 0, key, grams: key ? bigrams(key) : [] });
    }
    if (isRelativeTarget(t)) continue;
    const m = measureOf(t);
    const key = textKey(t.metric);
    const entry = { target: t, counts: countedThing(t), size: Math.abs(t.value), key, grams: key ? bigrams(key) : [] };
    let shelf = byMeasure.get(m);
    if (!shelf) byMeasure.set(m, (shelf = emptyShelf()));
    put(shelf, entry);
    if (m === BARE || isCountMeasure(m)) put(counts, entry);
  }
  for (const shelf of [...byMeasure.values(), counts]) shelf.bySize.sort((a, b) => a.size - b.size);
  const fresh = { stamp, byMeasure, counts, relative, ratios };
  shelves.set(repos, fresh);
  return fresh;
}

function emptyShelf(): MeasureShelf {
  return { bySize: [], byGram: new Map(), byCounted: new Map(), byOwner: new Map() };
}

function put(shelf: MeasureShelf, entry: Shelved): void {
  const add = (map: Map<string, Shelved[]>, k: string): void => {
    const list = map.get(k);
    if (list) list.push(entry);
    else map.set(k, [entry]);
  };
  shelf.bySize.push(entry);
  for (const g of entry.grams) add(shelf.byGram, g);
  if (entry.counts) add(shelf.byCounted, entry.counts);
  if (entry.target.entity) add(shelf.byOwner, entry.target.entity);
}

/** What a figure's metric and sentence say, read once per figure. */
const AMBIGUOUS_COUNT_WORDS = new Set(['unit', 'units', 'flat', 'property', 'visit', 'car', 'police']);

interface FigureWords {
  keyGrams: Set<string>;
  sentenceGrams: Set<string>;
  /** What the sentence's English nouns count, by unit key ('tourists' → visitor). */
  counted: Set<string>;
}

function figureWords(metric: string, sentence: string): FigureWords {
  const key = textKey(metric);
  const words = sentence.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  const counted = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    // 'per unit of GDP', 'a flat rate': words that name a dwelling only in a housing story.
    if (AMBIGUOUS_COUNT_WORDS.has(words[i]!)) continue;
    counted.add(unitKey(words[i]!));
    if (i + 1 < words.length) counted.add(unitKey(`${words[i]} ${words[i + 1]}`));
  }
  return { keyGrams: new Set(key ? bigrams(key) : []), sentenceGrams: new Set(bigrams(textKey(sentence))), counted };
}

/** How much a figure's metric and sentence share with what a target measures: coverage, or Dice of the two metrics. */
function namesCountedThing(figure: FigureWords, target: Shelved): boolean {
  return !!target.counts && figure.counted.has(target.counts);
}

function sharedWording(figure: FigureWords, target: Shelved): number {
  // The sentence names, perhaps under another word, the thing the goal counts ('tourists' of a goal of visitors).
  if (namesCountedThing(figure, target)) return 1;
  if (!target.grams.length) return 0;
  let inSentence = 0;
  let inKey = 0;
  for (const g of target.grams) {
    if (figure.sentenceGrams.has(g)) inSentence++;
    if (figure.keyGrams.has(g)) inKey++;
  }
  const dice = figure.keyGrams.size ? (2 * inKey) / (figure.keyGrams.size + target.grams.length) : 0;
  return Math.max(inSentence / target.grams.length, dice);
}

/** The first index of a shelf sorted by size whose size is at least `min`. */
function firstAtLeast(list: Shelved[], min: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.size < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function valueRatio(a: number, b: number): number {
  const x = Math.abs(a);
  const y = Math.abs(b);
  if (!x || !y) return Infinity;
  return Math.max(x, y) / Math.min(x, y);
}

/** A hair wider than the close ratio, so no goal that a float's rounding puts at the ratio is left out of the close walk. */
const CLOSE_WALK = CLOSE_VALUE_RATIO * (1 + 1e-9);

/**
 * A goal is offered for shared wording or, failing that, for a value this close in an
 * overlapping period. So of the goals of the figure's measure and size only two kinds are
 * weighed: those sharing a bigram with the figure's metric or sentence (found through the
 * shelf's bigrams), and those within CLOSE_WALK of its size whose period overlaps. A goal
 * of neither kind has no wording and no closeness to be offered by.
 */
export function nearestTargets(shelf: Shelf, figure: SourcedFigure, seen: ReadonlySet<number>, sentence: () => string): NearestTarget[] {
  const size = Math.abs(figure.value);
  if (!size) return [];
  const own = measureOf(figure);
  const words = figureWords(figure.metric, sentence());
  const out: NearestTarget[] = [];
  // Across bare numbers and counts only shared words connect, never size alone: only the figure's own measure is walked by size.
  shelvesFor(shelf, own).forEach((shelved, i) => weighShelf(shelved, figure, size, words, seen, out, i === 0 && own !== BARE));
  // A level is read against any goal relative to a level; a change in percent ('fell by 36%') against 'halve' and 'double'.
  const levelReading = figure.change === 'level' && !!figure.unit && figure.unit !== '%' && unitClassOf(figure) !== 'percent' && unitClassOf(figure) !== 'ratio';
  if (own !== BARE && (levelReading || (figure.unit === '%' && figure.change !== 'level'))) weighRelative(shelf.ratios, figure, words, seen, out, [...words.keyGrams, ...words.sentenceGrams]);
  if (own !== BARE && levelReading) weighRelative(shelf.relative, figure, words, seen, out, words.keyGrams);
  if (!out.length && own !== BARE) soleGoalOfOwner(shelf.byMeasure.get(own), figure, size, seen, out);
  return finish(out);
}

/**
 * 'Some 8,470 hectares were planted in Scotland in 2024-25' against the one goal of Scotland in hectares for those
 * years (18,000 hectares of woodland creation): a sentence that names its measure in a word the goal's name does
 * not share still answers it, when the register holds no other goal of that owner, in that unit, for that time.
 * Two such goals and the figure could answer either: then nothing is offered on these grounds.
 */
const SOLE_GOAL_SCORE = BASE_SCORE;
/** 'net per person emissions' against a goal for all emissions: a rate per head is another measure, whatever the owner. */
const PER_HEAD = /\bper (?:person|capita|head|resident|household)\b|人均|每人|户均/i;

/** placeRelation folds both names each time; a check asks of the same few pairs again and again. */
const sameOwners = new Map<string, boolean>();
function sameOwner(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  let same = sameOwners.get(key);
  if (same === undefined) {
    same = placeRelation(a, b) === 'same';
    if (sameOwners.size > 10_000) sameOwners.clear();
    sameOwners.set(key, same);
  }
  return same;
}

function soleGoalOfOwner(shelved: MeasureShelf | undefined, figure: SourcedFigure, size: number, seen: ReadonlySet<number>, out: NearestTarget[]): void {
  if (!shelved || !figure.entity || !figure.period || figure.kind === 'target') return;
  let sole: Shelved | null = null;
  // The owners a register names are few beside its goals: each is placed against the figure's once.
  for (const [owner, entries] of shelved.byOwner) {
    if (!sameOwner(figure.entity, owner)) continue;
    for (const entry of entries) {
      const { target } = entry;
      if (target.sourceStoryId === figure.storyId || !target.period || !periodsOverlap(figure.period, target.period)) continue;
      if (sole) return;
      sole = entry;
    }
  }
  if (!sole || seen.has(sole.target.id) || !comparableUnits(figure, sole.target) || valueRatio(size, sole.target.value) > MAX_VALUE_RATIO) return;
  if (PER_HEAD.test(figure.metric) !== PER_HEAD.test(sole.target.metric)) return;
  out.push({ target: sole.target, score: SOLE_GOAL_SCORE, wording: 0 });
}

/** A level ('there were 591') against goals relative to a level: offered only where it names what the goal measures. */
function weighRelative(shelved: MeasureShelf, figure: SourcedFigure, words: FigureWords, seen: ReadonlySet<number>, out: NearestTarget[], lookup: Iterable<string>): void {
  // Goals of growth are many: for them only the figure's own metric is looked up, as its sentence's every bigram would reach most.
  const sharing = new Set<Shelved>();
  for (const g of lookup) for (const entry of shelved.byGram.get(g) ?? []) sharing.add(entry);
  for (const entry of sharing) {
    const { target } = entry;
    if (seen.has(target.id) || target.sourceStoryId === figure.storyId || !isRelativeTo(target, figure) && !isRelativeTarget(target)) continue;
    const wording = sharedWording(words, entry);
    if (wording < RELATIVE_MIN_WORDING) continue;
    out.push({ target, score: Math.round((BASE_SCORE + WORDING_WEIGHT * wording) * 100) / 100, wording });
  }
}

function weighShelf(shelved: MeasureShelf, figure: SourcedFigure, size: number, words: FigureWords, seen: ReadonlySet<number>, out: NearestTarget[], bySize: boolean): void {
  const weigh = (entry: Shelved): void => {
    const { target } = entry;
    if (seen.has(target.id) || target.sourceStoryId === figure.storyId || !comparableUnits(figure, target)) return;
    const ratio = valueRatio(figure.value, target.value);
    const wording = sharedWording(words, entry);
    if (ratio > (namesCountedThing(words, entry) ? NAMED_VALUE_RATIO : MAX_VALUE_RATIO)) return;
    const close = bySize && ratio <= CLOSE_VALUE_RATIO && !!figure.period && !!target.period && periodsOverlap(figure.period, target.period);
    if (wording < MIN_WORDING && !close) return;
    const closeness = Math.max(0, 1 - (ratio - 1) / (MAX_VALUE_RATIO - 1));
    const score = Math.round((BASE_SCORE + WORDING_WEIGHT * wording + CLOSENESS_WEIGHT * closeness) * 100) / 100;
    out.push({ target, score, wording });
  };
  const low = size / NAMED_VALUE_RATIO;
  const high = size * NAMED_VALUE_RATIO;
  const sharing = new Set<Shelved>();
  for (const g of [...words.keyGrams, ...words.sentenceGrams]) {
    for (const entry of shelved.byGram.get(g) ?? []) if (entry.size >= low && entry.size <= high) sharing.add(entry);
  }
  for (const thing of words.counted) {
    for (const entry of shelved.byCounted.get(thing) ?? []) if (entry.size >= low && entry.size <= high) sharing.add(entry);
  }
  for (const entry of sharing) weigh(entry);
  if (!bySize || !figure.period) return;
  const period = figure.period;
  const list = shelved.bySize;
  const closeHigh = size * CLOSE_WALK;
  for (let i = firstAtLeast(list, size / CLOSE_WALK); i < list.length && list[i]!.size <= closeHigh; i++) {
    const entry = list[i]!;
    if (!sharing.has(entry) && entry.target.period && periodsOverlap(period, entry.target.period)) weigh(entry);
  }
}

function finish(found: NearestTarget[]): NearestTarget[] {
  return found.sort((a, b) => b.score - a.score || a.target.id - b.target.id).slice(0, MAX_CANDIDATES);
}

/** What the check says before a candidate's verdict, so the editor knows it is offered, not held. */
export function nearestNote(near: NearestTarget, figureMetric: string): { zh: string; en: string } {
  return {
    zh: `最接近的目标（“${figureMetric}”与“${near.target.metric}”名称不同，确认后才计入）：`,
    en: `Nearest target ("${figureMetric}" and "${near.target.metric}" are named differently; it counts once confirmed): `,
  };
}
