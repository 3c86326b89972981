/**
 * Readings that only make sense once the figure's words around it are known, kept as a
 * table of named rules run after the metric is read and before the kind is chosen:
 *
 * - a goal word read as the unit ('our 20,000 target', 'the 6,000 target pledged'): the
 *   number is the goal itself, counted in whatever the goal counts;
 * - a metric that points back (「该指标」, 「这一比例」, 'this measure'): it is the indicator
 *   named last before it.
 */
import type { FigureKind } from '../../../shared/domain/figure';
import { findIndicator } from '../metrics/lexicon/lookup';
import type { RawFigure } from './scan-zh';

export interface Refinable {
  raw: RawFigure;
  metric: string;
  baseMetric: string;
  paragraph: { start: number; end: number };
  /** A kind the words force, whatever the cues around say, with the word that forces it. */
  forcedKind?: { kind: FigureKind; cue: string };
}

interface RefineRule {
  name: string;
  language: 'zh' | 'en' | 'both';
  apply(w: Refinable, folded: string): void;
}

const GOAL_NOUN_UNIT = /^(?:targets?|goals?|pledges?|ambitions?|commitments?|promises?|objectives?)\b/i;

/** How far back a pointing metric looks for the indicator it points at. */
const ANAPHORA_REACH = 600;
const ZH_POINTING_METRIC = /^(?:该|这一|这个|此|上述)(?:指标|比例|比重|比率|数字|数据|数值)$/;
const EN_POINTING_METRIC = /^(?:this|that|the)\s+(?:measure|figure|indicator|rate|ratio|share)$/i;

function lastIndicatorBefore(folded: string, pos: number, language: 'zh' | 'en'): string | null {
  const window = folded.slice(Math.max(0, pos - ANAPHORA_REACH), pos);
  const sentences = window.split(language === 'zh' ? /[。！？\n]/ : /[.!?\n]\s/);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const hit = findIndicator(sentences[i]!, language);
    if (hit) return hit.matched;
  }
  return null;
}

export const REFINE_RULES: readonly RefineRule[] = [
  {
    name: 'goal-word-as-unit',
    language: 'en',
    apply(w) {
      if (!GOAL_NOUN_UNIT.test(w.raw.unit)) return;
      const word = w.raw.unit;
      w.raw = { ...w.raw, unit: '' };
      w.forcedKind = { kind: 'target', cue: word };
      // The goal word is not what is counted: 'our 20,000 target' says nothing of homes or officers.
      if (GOAL_NOUN_UNIT.test(w.metric.trim())) {
        w.metric = '';
        w.baseMetric = '';
      }
    },
  },
  {
    name: 'pointing-metric',
    language: 'both',
    apply(w, folded) {
      const pointing = ZH_POINTING_METRIC.test(w.metric) || EN_POINTING_METRIC.test(w.metric.trim());
      if (!pointing) return;
      const named = lastIndicatorBefore(folded, w.raw.start, /[\u4e00-\u9fff]/.test(w.metric) ? 'zh' : 'en');
      if (named) {
        w.metric = named;
        w.baseMetric = named;
      }
    },
  },
];

export function refine(w: Refinable, folded: string, language: 'zh' | 'en'): void {
  for (const rule of REFINE_RULES) if (rule.language === 'both' || rule.language === language) rule.apply(w, folded);
}
