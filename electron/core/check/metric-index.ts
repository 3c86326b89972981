/**
 * An in-memory index of the distinct metric keys in the archive (figures and targets).
 * There are far fewer distinct keys than figures, so near matches (Dice over bigrams)
 * are found here through an inverted bigram index, and only the keys found go to SQL.
 * The index refreshes itself incrementally when figures or targets are added; call
 * invalidateMetricIndex after edits that rename keys in place.
 */
import type { Repositories } from '../db/repositories';
import { bigrams, matchKeysOfRaw } from '../metrics/match-key';

export interface NearKey {
  key: string;
  score: number;
}

export class MetricIndex {
  private rawByMatch = new Map<string, Set<string>>();
  private gramsOf = new Map<string, number>();
  private postings = new Map<string, string[]>();
  private seenFigureId = 0;
  private seenTargetId = -1;
  private aliasCount = -1;

  constructor(private readonly repos: Repositories) {}

  /** Brings the index up to date; cheap when nothing changed (two max(id) lookups). */
  refresh(): void {
    const { checkFigures, targets } = this.repos;
    const maxFigure = checkFigures.maxFigureId();
    if (maxFigure < this.seenFigureId) this.reset();
    if (maxFigure !== this.seenFigureId) {
      const keys = this.seenFigureId === 0 ? checkFigures.distinctMetricKeys() : this.newFigureKeys(this.seenFigureId);
      for (const raw of keys) this.add(raw);
      this.seenFigureId = maxFigure;
    }
    const maxTarget = targets.maxId();
    if (maxTarget !== this.seenTargetId) {
      for (const key of targets.matchKeys()) this.add(key);
      this.seenTargetId = maxTarget;
    }
  }

  private newFigureKeys(afterId: number): string[] {
    return this.repos.checkFigures.distinctMetricKeysAfter(afterId);
  }

  private reset(): void {
    this.rawByMatch.clear();
    this.gramsOf.clear();
    this.postings.clear();
    this.seenFigureId = 0;
    this.seenTargetId = -1;
    this.aliasCount = -1;
  }

  add(raw: string): void {
    for (const key of matchKeysOfRaw(raw)) this.addUnder(key, raw);
  }

  private addUnder(key: string, raw: string): void {
    let raws = this.rawByMatch.get(key);
    if (!raws) {
      raws = new Set();
      this.rawByMatch.set(key, raws);
      const grams = bigrams(key);
      this.gramsOf.set(key, grams.length);
      for (const g of grams) {
        const list = this.postings.get(g);
        if (list) list.push(key);
        else this.postings.set(g, [key]);
      }
    }
    raws.add(raw);
  }

  /** Raw metric keys (as stored on figures) that fold to this match key. */
  rawKeys(key: string): string[] {
    return [...(this.rawByMatch.get(key) ?? [])];
  }

  get size(): number {
    return this.rawByMatch.size;
  }

  /** Match keys whose bigram Dice with `key` reaches minScore, best first. */
  near(key: string, minScore: number, max = 10): NearKey[] {
    const grams = bigrams(key);
    if (!grams.length) return [];
    const shared = new Map<string, number>();
    for (const g of grams) for (const k of this.postings.get(g) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    const out: NearKey[] = [];
    for (const [k, n] of shared) {
      if (k === key) continue;
      const score = (2 * n) / (grams.length + (this.gramsOf.get(k) ?? 0));
      if (score >= minScore) out.push({ key: k, score });
    }
    return out.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1)).slice(0, max);
  }
}

const indexes = new WeakMap<Repositories, MetricIndex>();

export function metricIndex(repos: Repositories): MetricIndex {
  let index = indexes.get(repos);
  if (!index) {
    index = new MetricIndex(repos);
    indexes.set(repos, index);
  }
  index.refresh();
  return index;
}

/** Drops the cached index, e.g. after an editor renamed a figure's metric. */
export function invalidateMetricIndex(repos: Repositories): void {
  indexes.delete(repos);
}
