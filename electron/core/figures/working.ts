/** A figure as extractFigures works on it, and the lookups each chooser uses to find what stands nearest it. */
import type { FigureKind, Period } from '../../../shared/domain/figure';
import type { RawFigure } from './scan-zh';
import { lowerBound, type Span } from './segment';

export interface Working {
  raw: RawFigure;
  sentence: Span;
  clause: Span;
  paragraph: Span;
  baseMetric: string;
  metric: string;
  entity: string | null;
  period: Period | null;
  kind: FigureKind;
  kindCue: string | null;
  /** Where the cue that decided the kind stands, when a cue word of the text did. */
  kindCueAt?: number;
  periodSource: 'clause' | 'sentence' | 'paragraph' | 'carry' | 'lead' | 'story' | 'none';
  /** Further subjects the same value is said of (A和B都突破…): each gets a figure of its own. */
  alsoOf?: string[];
  /** Further places the same value is said of (安徽、宁夏、湖南、湖北为6.5%左右): each gets a figure of its own. */
  alsoIn?: string[];
  /** A kind the figure's own words force ('our 20,000 target'), with the word that forces it. */
  forcedKind?: { kind: FigureKind; cue: string };
}

export const MONEY_UNITS = /^(?:元|[A-Z]{3})$/;

export function lastBefore<T extends { start: number; end: number }>(items: T[], pos: number, from: number, accept: (t: T) => boolean = () => true): T | null {
  let i = lowerBound(items, pos) - 1;
  while (i >= 0) {
    const it = items[i]!;
    if (it.start < from) return null;
    if (it.end <= pos && accept(it)) return it;
    i--;
  }
  return null;
}

export function firstAfter<T extends { start: number; end: number }>(items: T[], pos: number, to: number, accept: (t: T) => boolean = () => true): T | null {
  for (let i = lowerBound(items, pos); i < items.length; i++) {
    const it = items[i]!;
    if (it.start >= to) return null;
    if (accept(it)) return it;
  }
  return null;
}
