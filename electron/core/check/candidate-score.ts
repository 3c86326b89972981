/**
 * How strongly a candidate speaks to a figure. Scores multiply three parts: metric (1 same
 * key, 0.97 confirmed alias, Dice for near keys), entity (1 same, 0.9 one side unstated)
 * and period (1 same, 0.95 overlapping, 0.85 one side unstated). Below the threshold a
 * match is a suggestion.
 */
import type { Repositories } from '../db/repositories';
import type { SourcedFigure } from '../db/repositories/check-figures';
import { entityScore, quantityKey } from '../metrics/match-key';
import { placeOf } from '../metrics/places';
import type { MetricIndex } from './metric-index';

/** Keys closer than this (Dice) are looked up at all; lower ones are noise. */
const NEAR_MIN = 0.5;
const ALIAS_SCORE = 0.97;
/** Below the default match threshold (0.75): a neighbouring indicator comes as a suggestion, not a verdict. */
const INDICATOR_NEIGHBOUR_SCORE = 0.5;

export interface KeyMatch {
  key: string;
  score: number;
  /** Exact or alias: a rejected key pair does not suppress it, only a rejected pair of items. */
  near: boolean;
  /** Found by the words of the figure's sentence (nearest targets), not by its key. */
  byWording?: boolean;
}

const GROWTH_OF_SAME_SCORE = 0.9;

/** Whether one lexicon key is the growth of the other: '@x' and '@x-growth', either way round. */
export function isGrowthOf(a: string, b: string): boolean {
  return a.startsWith('@') && (b === `${a}-growth` || a === `${b}-growth`);
}

export function keyMatches(repos: Repositories, index: MetricIndex, figure: SourcedFigure): KeyMatch[] {
  const own = quantityKey(figure);
  const out = new Map<string, KeyMatch>([[own, { key: own, score: 1, near: false }]]);
  for (const k of repos.metricAliases.related(own)) if (!out.has(k)) out.set(k, { key: k, score: ALIAS_SCORE, near: false });
  for (const n of index.near(own, NEAR_MIN)) {
    if (out.has(n.key) || repos.metricAliases.keyPairRejected(own, n.key)) continue;
    // Two indicators of the lexicon are different indicators, however alike their names read:
    // the other is offered only as a suggestion for the editor, never held as a verdict.
    // A measure and its growth (@general-budget-revenue, @general-budget-revenue-growth) are one measure, read
    // together when a goal of growth is resolved from the level before it (see relative.ts).
    const score = isGrowthOf(own, n.key) ? GROWTH_OF_SAME_SCORE : own.startsWith('@') && n.key.startsWith('@') ? Math.min(n.score, INDICATOR_NEIGHBOUR_SCORE) : n.score;
    out.set(n.key, { key: n.key, score, near: true });
  }
  return [...out.values()];
}

const GENERIC_GOVERNMENT = /^(?:the\s+)?(?:(?:federal|state|national|central|local|provincial|regional|city|county|devolved|coalition)\s+)?(?:government|govt|administration|executive)$|^(?:[市省区县]|特区|中央|地方)?政府$|^当局$/i;

/** A body of the state: a police force, a ministry, a health service, a statistics office, 署/局/部. */
const PUBLIC_BODY = /\b(?:police|ministry|department|agency|service|authority|board|office|commission|nhs|council|treasury|cabinet|parliament|government)\b|(?:局|署|部|委|厅|办|政府|警察|统计处|当局)$/i;

function publicBodyOfGovernment(a: string, b: string): boolean {
  return (GENERIC_GOVERNMENT.test(a) && PUBLIC_BODY.test(b)) || (GENERIC_GOVERNMENT.test(b) && PUBLIC_BODY.test(a));
}

/**
 * Owners that are not both places: two bodies must be the same body (Amazon is not Apple);
 * a body against a place (National Cabinet, the Treasury against Australia) cannot be told
 * apart by name, so it counts as the unstated case.
 */
export function ownerScore(figureEntity: string | null, targetEntity: string | null): number {
  if (figureEntity && targetEntity && (placeOf(figureEntity) || placeOf(targetEntity))) return 0.9;
  // 'the Government', 'Federal Government', 「政府」 name no one body: the police or a ministry may carry out its pledge.
  if (figureEntity && targetEntity && publicBodyOfGovernment(figureEntity.trim(), targetEntity.trim())) return 0.9;
  return entityScore(figureEntity, targetEntity);
}

export function round(score: number): number {
  return Math.round(score * 100) / 100;
}
