import type { Period } from '../../../shared/domain/figure';
import { findEntitiesZh } from './entities';
import { foldText } from './fold';
import { findKindCues, type KindCue } from './kind';
import { findPeriods } from './periods';

/**
 * The lines printed above a story's body (kicker, headline, subhead), which can carry what
 * the body leaves out: the period of a section (「2023年工作回顾」, 「过去一年」), the lead-in of
 * a list (「主要预期目标是：」), the place (「广东：…」).
 */
export function storyLead(story: { kicker?: string | null; headline: string | null; subhead?: string | null }): string {
  return [story.kicker, story.headline, story.subhead].filter((line): line is string => !!line && line.trim() !== '').join('\n');
}

/**
 * Words that say a text reports on a year already over: a work report's 过去一年, a review's
 * 回顾, a bulletin. Early in a year (by the end of April, when reports and bulletins come
 * out) a figure such a paragraph gives without a year of its own is last year's.
 */
export const LOOKBACK_CUES: Record<'zh' | 'en', RegExp> = {
  zh: /过去一年|一年来|去年|上年(?!同期)|工作回顾|回顾|统计公报|年度报告|全年(?:实现|完成|累计)/,
  en: /\b(?:last year|the past year|over the year|in the year to|annual report|full-year|for the year)\b/i,
};

/** What the lead tells every figure of the story, read once per story rather than once per figure. */
export interface LeadFacts {
  /** The period it names (2023年工作回顾), for figures with none of their own. */
  period: Period | null;
  /** A look-back cue in it (过去一年), for the reporting year. */
  lookback: string | null;
  /** The strong kind cue of a lead that introduces a list (主要预期目标是：). */
  listCue: KindCue | undefined;
  /** The first place it names (广东：…), Chinese only. */
  place: string | null;
}

export const NO_LEAD: LeadFacts = { period: null, lookback: null, listCue: undefined, place: null };

export function readLead(lead: string | null | undefined, language: 'zh' | 'en', date: string | null, city: string | null): LeadFacts {
  if (!lead || !lead.trim()) return NO_LEAD;
  const folded = foldText(lead);
  const periods = findPeriods(folded, language, date, [{ start: 0, end: folded.length }]).filter((p) => !p.local && !p.sentenceOnly);
  return {
    period: periods.at(-1)?.period ?? null,
    lookback: LOOKBACK_CUES[language].exec(folded)?.[0] ?? null,
    listCue: /[:：]\s*$/.test(lead) ? findKindCues(folded, language).filter((c) => c.strong).at(-1) : undefined,
    place: language === 'zh' ? (findEntitiesZh(folded, city).find((m) => !m.ref && m.name && !m.org)?.name ?? null) : null,
  };
}
