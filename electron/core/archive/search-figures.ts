/**
 * A query that is a figure (4.8万家, >40000 科技型企业, more than 20,000 homes) also lists
 * the stored figures of that value: the figures table holds each one's value in base units,
 * so 4.8万家 finds 超过4.8萬家 and 48,000 firms alike.
 */
import type { SearchFigure } from '../../../shared/domain/archive';
import type { Repositories } from '../db/repositories';
import type { ValueBounds } from '../db/repositories/figures';
import { metricIdentity, textKey } from '../metrics/key';
import { toSimplified } from '../text/simplify';
import { printedNumerals } from '../text/search-values';

type Bound = 'eq' | 'gt' | 'gte' | 'lt' | 'lte';

/** Words before a number that bound it; a longer word before any word it ends with. */
const BOUNDS_BEFORE: ReadonlyArray<readonly [Bound, readonly string[]]> = [
  ['gte', ['>=', '≥', '不少于', '不低于', '至少', 'at least', 'no less than']],
  ['lte', ['<=', '≤', '不超过', '不高于', '至多', 'at most', 'no more than']],
  ['gt', ['>', '超过', '超', '大于', '多于', '高于', '逾', 'more than', 'over', 'above']],
  ['lt', ['<', '少于', '低于', '小于', '不到', '不足', 'less than', 'fewer than', 'under', 'below']],
];

/** Words after a number that bound it: 4.8万家以上. */
const BOUNDS_AFTER: ReadonlyArray<readonly [Bound, readonly string[]]> = [
  ['gte', ['以上']],
  ['lte', ['以下', '以内']],
];

/** Units printed more than one way, as the figures table stores them. */
const UNIT_ALIASES: ReadonlyArray<readonly [RegExp, string]> = [[/^(?:per ?cent|pct)\b/i, '%']];

export interface FigureQuery {
  bounds: ValueBounds;
  /** What follows the number in the same word (家, 元, 家企业, %), or null. */
  unit: string | null;
  /** The other words: what the figure is of (科技型企业, homes). */
  words: string[];
}

function boundsOf(bound: Bound, value: number): ValueBounds {
  switch (bound) {
    case 'eq':
      return { lo: value, hi: value, loOpen: false, hiOpen: false };
    case 'gt':
    case 'gte':
      return { lo: value, hi: null, loOpen: bound === 'gt', hiOpen: false };
    case 'lt':
    case 'lte':
      return { lo: null, hi: value, loOpen: false, hiOpen: bound === 'lt' };
  }
}

/** The bound word `text` ends with (a Latin word only as a whole word: not Hangover), and the text before it. */
function boundBefore(text: string): { bound: Bound; rest: string } | null {
  const lower = text.toLowerCase();
  for (const [bound, words] of BOUNDS_BEFORE) {
    for (const word of words) {
      const rest = text.slice(0, text.length - word.length);
      if (lower.endsWith(word) && !(/^[a-z]/.test(word) && /[a-z]$/i.test(rest))) return { bound, rest };
    }
  }
  return null;
}

/**
 * The figure a query names, or null when it is not one: exactly one number, optionally
 * bounded, with a unit and words around it. Boolean syntax (quotes, OR, -word) is for stories.
 */
export function readFigureQuery(query: string): FigureQuery | null {
  const text = toSimplified(query.normalize('NFKC')).trim();
  if (/["()]|(?:^|\s)(?:OR|NOT|-)(?:\s|$)|(?:^|\s)-\S/.test(text)) return null;
  const numerals = printedNumerals(text);
  if (numerals.length !== 1) return null;
  const numeral = numerals[0]!;
  let bound: Bound = 'eq';
  let before = text.slice(0, numeral.start).trimEnd();
  const bounded = boundBefore(before);
  if (bounded) {
    bound = bounded.bound;
    before = bounded.rest;
  }
  const after = text.slice(numeral.end);
  let unit = after.match(/^\S*/)![0];
  let rest = after.slice(unit.length).trim();
  const alias = UNIT_ALIASES.find(([re]) => re.test(rest));
  if (!unit && alias) {
    unit = alias[1];
    rest = rest.replace(alias[0], '').trim();
  }
  for (const [afterBound, words] of BOUNDS_AFTER) {
    const word = words.find((w) => unit.endsWith(w));
    if (word && bound === 'eq') {
      bound = afterBound;
      unit = unit.slice(0, -word.length);
    }
  }
  const words = [...before.split(/\s+/), ...rest.split(/\s+/)].filter((w) => w.length > 0);
  return { bounds: boundsOf(bound, Number(numeral.value)), unit: unit || null, words };
}

const fold = (text: string) => toSimplified(text.normalize('NFKC')).toLowerCase();

/** 家企业 is the unit 家 with 企业 left for the metric; % is %. */
function unitFits(figure: SearchFigure, unit: string | null): boolean {
  if (unit === null) return true;
  if (!figure.unit || !unit.startsWith(figure.unit)) return false;
  const left = unit.slice(figure.unit.length);
  return left === '' || fold(figure.metric).includes(fold(left));
}

const metricFits = (figure: SearchFigure, words: string[]) => words.every((w) => fold(`${figure.metric} ${figure.unit}`).includes(fold(w)));

/**
 * Rows read for the words of a query the metric key does not fold (their metric is checked
 * here, not in SQL); otherwise SQL has already applied the value, unit and key, and only a
 * unit's leftover (家企业) is checked here, so a few more than asked for are enough.
 */
const CANDIDATES_FOR_WORDS = 100;
const SPARE = 5;

/** Stored figures of the value a figure query names, newest first (nearest the bound for a range of any metric). */
export function figuresOfValue(repos: Repositories, q: FigureQuery, limit: number): SearchFigure[] {
  const fits = (f: SearchFigure) => unitFits(f, q.unit);
  if (q.words.length === 0) return repos.figures.inBounds(q.bounds, q.unit, null, limit + SPARE).filter(fits).slice(0, limit);
  // The metric as the checker keys it finds 科技型企业数量 for 科技型企业; the words
  // themselves, in what is left, find a metric the key does not fold the same way.
  const metric = q.words.join(' ');
  const keys = Array.from(new Set([textKey(metric), metricIdentity(metric)]));
  const byKey = repos.figures.inBounds(q.bounds, q.unit, keys, limit + SPARE).filter(fits);
  if (byKey.length > 0) return byKey.slice(0, limit);
  return repos.figures
    .inBounds(q.bounds, q.unit, null, CANDIDATES_FOR_WORDS)
    .filter((f) => fits(f) && metricFits(f, q.words))
    .slice(0, limit);
}
