import { z } from 'zod';

/** How the wording bounds the value: 超过 → gt, 以上/达到 → gte, 左右 → approx, 3%—5% → range. */
export const Qualifier = z.enum(['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range']);
export type Qualifier = z.infer<typeof Qualifier>;

/** What the sentence says the number is: a goal, a reported outcome, a forecast, an allotted amount. */
export const FigureKind = z.enum(['target', 'actual', 'projection', 'budget', 'other']);
export type FigureKind = z.infer<typeof FigureKind>;

/** A level (4.8万家) or a change (增长16.7%, 下降3%, 提高0.09个百分点). */
export const FigureChange = z.enum(['level', 'increase', 'decrease']);
export type FigureChange = z.infer<typeof FigureChange>;

/** Inclusive ISO dates; label keeps the wording that produced them (今年, 到2025年, “十四五”). */
export const Period = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  label: z.string(),
});
export type Period = z.infer<typeof Period>;

/** A figure as the extractor reads it from text, before it is stored against a story. */
export const ExtractedFigure = z.object({
  quote: z.string(),
  /** UTF-16 offsets into the text that was scanned; end is exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.number(),
  valueMax: z.number().nullable(),
  /** Base unit: 元, 美元, GBP, 家, 个, 人, 斤, 吨, %, 个百分点, 倍 ... */
  unit: z.string(),
  /** ISO 4217 code for money (CNY, USD, GBP, EUR), else null. */
  currency: z.string().nullable(),
  qualifier: Qualifier,
  kind: FigureKind,
  change: FigureChange,
  metric: z.string(),
  /** metric normalised for matching: simplified characters, affixes dropped, synonyms folded. */
  metricKey: z.string(),
  entity: z.string().nullable(),
  period: Period.nullable(),
  confidence: z.number().min(0).max(1),
  /** Which pattern produced the figure and the cue words it relied on, for explanations. */
  rule: z.string(),
  cues: z.array(z.string()),
});
export type ExtractedFigure = z.infer<typeof ExtractedFigure>;

export const FigureReview = z.enum(['unreviewed', 'confirmed', 'rejected']);
export type FigureReview = z.infer<typeof FigureReview>;

export const FigureSource = z.enum(['auto', 'editor']);
export type FigureSource = z.infer<typeof FigureSource>;

/** A stored figure. */
export const Figure = ExtractedFigure.extend({
  id: z.number().int(),
  storyId: z.number().int(),
  review: FigureReview,
  source: FigureSource,
});
export type Figure = z.infer<typeof Figure>;

/** A figure read from a file without storing it: a stored figure's shape, with no id and no story. */
export const ReadFigure = Figure.extend({ id: z.null(), storyId: z.null() });
export type ReadFigure = z.infer<typeof ReadFigure>;

/** What the extractor needs to know about the story around the text. */
export interface ExtractionContext {
  /** The story's publication date, ISO; resolves 今年/去年/this year. */
  date: string | null;
  /** The publication's city; resolves 我市/全市/本市. */
  city: string | null;
  /** The publication's name: a district's own paper or government (海淀报, 滨江区人民政府) says whose 全区/我区 it is. */
  publication?: string | null;
  /** Defaults to detection from the text. */
  language?: 'zh' | 'en';
  /** The line above the text (its headline), for a list whose lead-in was printed there. */
  lead?: string | null;
}
