/**
 * The indicator lexicon as the Settings page sees it: each indicator's built-in names
 * and the names editors taught it. The enums mirror electron/core/metrics/lexicon/types.ts
 * (the core's list function is typed against both, so they cannot drift apart silently).
 */
import { z } from 'zod';

export const LexiconLanguage = z.enum(['zh', 'en']);
export type LexiconLanguage = z.infer<typeof LexiconLanguage>;

export const MeasureType = z.enum(['level', 'count', 'flow', 'growth_rate', 'share', 'intensity', 'ratio', 'rank', 'index', 'money', 'duration']);
export const UnitClass = z.enum(['percent', 'count', 'money', 'mass', 'area', 'volume', 'energy', 'power', 'length', 'duration', 'index', 'ratio', 'concentration', 'rank']);
export const Statistic = z.enum(['annual', 'year_end', 'average', 'cumulative', 'point_in_time', 'period']);
export const Better = z.enum(['higher', 'lower', 'neither']);
export const IndicatorDomain = z.enum([
  'economy',
  'workforce',
  'prices',
  'science',
  'housing',
  'health',
  'environment',
  'energy',
  'budget',
  'education',
  'transport',
  'trade',
  'agriculture',
  'social',
  'industry',
  'finance',
  'population',
  'digital',
  'culture',
  'safety',
]);
export type IndicatorDomain = z.infer<typeof IndicatorDomain>;

export const EditorIndicatorName = z.object({ language: LexiconLanguage, name: z.string() });
export type EditorIndicatorName = z.infer<typeof EditorIndicatorName>;

export const IndicatorEntry = z.object({
  id: z.string(),
  /** Built-in names, canonical first. */
  zh: z.array(z.string()),
  en: z.array(z.string()),
  measure: MeasureType,
  unitClass: UnitClass,
  statistic: Statistic,
  better: Better,
  domain: IndicatorDomain,
  source: z.string(),
  /** Names editors taught, oldest first. */
  editorNames: z.array(EditorIndicatorName),
});
export type IndicatorEntry = z.infer<typeof IndicatorEntry>;

export const LexiconQuery = z.object({
  /** Any part of a name (either language, simplified or traditional) or of the id. */
  query: z.string().trim().max(200).optional(),
  domain: IndicatorDomain.optional(),
  limit: z.number().int().min(1).max(1000).default(50),
  offset: z.number().int().min(0).default(0),
});
export type LexiconQuery = z.infer<typeof LexiconQuery>;

export const LexiconPage = z.object({ total: z.number().int(), items: z.array(IndicatorEntry) });
export type LexiconPage = z.infer<typeof LexiconPage>;

export const IndicatorNameInput = z.object({
  indicatorId: z.string().trim().min(1).max(100),
  language: LexiconLanguage,
  name: z.string().trim().min(1, 'enter a name').max(100),
});
export type IndicatorNameInput = z.infer<typeof IndicatorNameInput>;
