import { z } from 'zod';
import { Figure, FigureChange, Period } from './figure';
import { UnitClass } from './lexicon';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const Id = z.number().int().positive();

/**
 * Where a target stands. `revised` means a later statement replaced it; `unclear`
 * means evidence exists (or the deadline passed) but it cannot settle the question.
 */
export const TargetStatus = z.enum(['not_due', 'on_track', 'off_track', 'met', 'missed', 'revised', 'unclear']);
export type TargetStatus = z.infer<typeof TargetStatus>;

/** The figure's qualifier, read as the bound the target sets. */
export const Comparator = z.enum(['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range']);
export type Comparator = z.infer<typeof Comparator>;

/** floor: more is better (超过7000家); ceiling: less is better (CPI 3%左右, 不超过); band: near the value is the aim. */
export const Direction = z.enum(['floor', 'ceiling', 'band']);
export type Direction = z.infer<typeof Direction>;

/** 确保/ensure/must → binding; 力争/aim/strive → aspirational. */
export const Binding = z.enum(['binding', 'aspirational', 'unknown']);
export type Binding = z.infer<typeof Binding>;

/**
 * How partial-period evidence counts toward the target:
 * stock — a level at the deadline (企业数量); flow — summed over the period (成交额, homes built);
 * rate — an intensive quantity read directly (%, 个百分点, 倍).
 */
export const Accumulation = z.enum(['stock', 'flow', 'rate']);
export type Accumulation = z.infer<typeof Accumulation>;

/**
 * The arithmetic behind a status or verdict as data, plus the sentence an editor reads
 * in each UI language. Numbers are in the figure's base unit.
 */
export const Explanation = z.object({
  code: z.string(),
  actual: z.number().optional(),
  target: z.number().optional(),
  targetMax: z.number().nullable().optional(),
  diff: z.number().optional(),
  /** diff as a percentage of the target, 2 decimals. */
  pct: z.number().optional(),
  comparator: Comparator.optional(),
  direction: Direction.optional(),
  tolerance: z.number().optional(),
  /** Pro-rata share of the target due by the evidence date (flow targets). */
  expected: z.number().optional(),
  elapsed: z.number().optional(),
  /** Interval a rounded statement covers, [low, high). */
  low: z.number().optional(),
  high: z.number().optional(),
  otherLow: z.number().optional(),
  otherHigh: z.number().optional(),
  /** Internal arithmetic: the stated change and the one the levels imply. */
  stated: z.number().optional(),
  implied: z.number().optional(),
  impliedLow: z.number().optional(),
  impliedHigh: z.number().optional(),
  unit: z.string().optional(),
  zh: z.string(),
  en: z.string(),
  /** What was compared with what: the indicator, both entities and periods, and the rule used. */
  basis: z.object({ zh: z.string(), en: z.string() }).optional(),
});
export type Explanation = z.infer<typeof Explanation>;

export const StatusOverride = z.object({
  status: TargetStatus,
  reason: z.string().min(1),
  at: z.string(),
});
export type StatusOverride = z.infer<typeof StatusOverride>;

/** A target in the register. `status` is the override when one is set, else `computedStatus`. */
/** What a target measures, as an editor types it: never blank. */
const MetricName = z.string().min(1);

export const Target = z.object({
  id: Id,
  // A target made from a figure whose metric was not read is stored with an empty metric until the
  // editor names it; an editor's own entry (NewTarget, TargetPatch) must name it.
  metric: z.string(),
  metricKey: z.string(),
  entity: z.string().nullable(),
  value: z.number(),
  valueMax: z.number().nullable(),
  // Empty for a bare count made a target from a figure ('net migration in the tens of thousands').
  unit: z.string(),
  currency: z.string().nullable(),
  change: FigureChange,
  comparator: Comparator,
  direction: Direction,
  /** Relative tolerance for approx (0.05 = ±5%). */
  tolerance: z.number().min(0).max(1),
  accumulation: Accumulation,
  period: Period.nullable(),
  deadline: IsoDate.nullable(),
  binding: Binding,
  sourceStoryId: z.number().int().nullable(),
  sourceFigureId: z.number().int().nullable(),
  /** Kept beside the ids so an exported register still says where a target came from. */
  sourceHeadline: z.string().nullable(),
  sourceDate: IsoDate.nullable(),
  quote: z.string(),
  notes: z.string(),
  status: TargetStatus,
  computedStatus: TargetStatus,
  explanation: Explanation.nullable(),
  override: StatusOverride.nullable(),
  revisesTargetId: z.number().int().nullable(),
  revisedByTargetId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Target = z.infer<typeof Target>;

/** Fields an editor sets when entering a target by hand. */
export const NewTarget = Target.pick({
  metric: true,
  entity: true,
  value: true,
  valueMax: true,
  unit: true,
  currency: true,
  comparator: true,
  period: true,
  quote: true,
  notes: true,
})
  .extend({
    metric: MetricName,
    unit: z.string().min(1),
    change: FigureChange.default('level'),
    direction: Direction.optional(),
    tolerance: z.number().min(0).max(1).optional(),
    accumulation: Accumulation.optional(),
    deadline: IsoDate.nullable().optional(),
    binding: Binding.default('unknown'),
    sourceStoryId: z.number().int().nullable().default(null),
    sourceFigureId: z.number().int().nullable().default(null),
  })
  .partial({ entity: true, valueMax: true, currency: true, period: true, quote: true, notes: true });
export type NewTarget = z.input<typeof NewTarget>;

export const TargetPatch = Target.pick({
  metric: true,
  entity: true,
  value: true,
  valueMax: true,
  unit: true,
  currency: true,
  change: true,
  comparator: true,
  direction: true,
  tolerance: true,
  accumulation: true,
  period: true,
  deadline: true,
  binding: true,
  quote: true,
  notes: true,
})
  .extend({ metric: MetricName, unit: z.string().min(1) })
  .partial();
export type TargetPatch = z.infer<typeof TargetPatch>;

export const TargetEventCause = z.enum(['created', 'evidence', 'editor', 'revision', 'import']);
export type TargetEventCause = z.infer<typeof TargetEventCause>;

/** One line of a target's audit trail. */
export const TargetEvent = z.object({
  id: z.number().int(),
  targetId: z.number().int(),
  at: z.string(),
  fromStatus: TargetStatus.nullable(),
  toStatus: TargetStatus,
  cause: TargetEventCause,
  figureId: z.number().int().nullable(),
  note: z.string(),
  /** The explanation or evidence as it stood then; the figure may change or go later. */
  snapshot: z.unknown().nullable(),
  /** The editor who did it ('' for entries written before authors were kept). */
  author: z.string().default(''),
});
export type TargetEvent = z.infer<typeof TargetEvent>;

/** A figure read as evidence for a target, with the story facts the status rule needs. */
export const Evidence = Figure.pick({
  value: true,
  valueMax: true,
  unit: true,
  currency: true,
  qualifier: true,
  kind: true,
  change: true,
  period: true,
  quote: true,
}).extend({
  figureId: z.number().int(),
  storyId: z.number().int(),
  storyDate: IsoDate.nullable(),
  headline: z.string(),
  /** What the figure measures, so a reading of the same balance under the other sign (a deficit against a surplus) is turned. */
  metric: z.string().optional(),
  metricKey: z.string().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** A stored figure, with its story's date and headline, read as evidence: the one way a figure becomes evidence. */
export function asEvidence(f: Figure & { storyDate: string | null; headline: string }): Evidence {
  return {
    figureId: f.id,
    storyId: f.storyId,
    storyDate: f.storyDate,
    headline: f.headline,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    currency: f.currency,
    qualifier: f.qualifier,
    kind: f.kind,
    change: f.change,
    period: f.period,
    quote: f.quote,
    metric: f.metric,
    metricKey: f.metricKey,
  };
}

export const EvidenceLink = z.object({
  targetId: z.number().int(),
  figureId: z.number().int(),
  verdict: z.string(),
  score: z.number().nullable(),
  confirmedBy: z.enum(['editor', 'auto']),
  createdAt: z.string(),
  /** The editor who confirmed it, or who ran the check that attached it. */
  author: z.string().default(''),
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

/** What targetStatusAfter decides: the status and the figure that decided it. */
export const StatusAssessment = z.object({
  status: TargetStatus,
  explanation: Explanation,
  figureId: z.number().int().nullable(),
});
export type StatusAssessment = z.infer<typeof StatusAssessment>;

export const TargetQuery = z.object({
  status: z.array(TargetStatus).optional(),
  entity: z.string().optional(),
  deadlineFrom: IsoDate.optional(),
  deadlineTo: IsoDate.optional(),
  sourceStoryId: z.number().int().optional(),
  metricKey: z.string().optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(200),
});
export type TargetQuery = z.input<typeof TargetQuery>;

export const SeriesPoint = z.object({
  figureId: z.number().int(),
  storyId: z.number().int(),
  headline: z.string(),
  date: IsoDate.nullable(),
  kind: z.enum(['actual', 'projection']),
  value: z.number(),
  period: Period.nullable(),
  entity: z.string().nullable(),
  quote: z.string(),
  /** The measure its unit names (count, money, percent…); null for a bare number. */
  unitClass: UnitClass.nullable().optional(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

export const SeriesTarget = z.object({
  targetId: z.number().int(),
  status: TargetStatus,
  /** The line, or the band for approx/range targets. */
  low: z.number(),
  high: z.number(),
  value: z.number(),
  period: Period.nullable(),
  deadline: IsoDate.nullable(),
  entity: z.string().nullable(),
});
export type SeriesTarget = z.infer<typeof SeriesTarget>;

export const MetricSeries = z.object({
  metricKey: z.string(),
  unit: z.string().nullable(),
  /** The one measure the chart draws: its indicator's unit class, else its target's. */
  unitClass: UnitClass.nullable().optional(),
  targets: z.array(SeriesTarget),
  points: z.array(SeriesPoint),
});
export type MetricSeries = z.infer<typeof MetricSeries>;

/** A target with its history and evidence, as exported. */
export const TargetRecord = Target.extend({
  events: z.array(TargetEvent.omit({ targetId: true, id: true })),
  evidence: z.array(EvidenceLink.omit({ targetId: true })),
});
export type TargetRecord = z.infer<typeof TargetRecord>;

export const RegisterExport = z.object({
  format: z.literal('figure-desk-targets'),
  version: z.literal(1),
  exportedAt: z.string(),
  targets: z.array(TargetRecord),
  aliases: z.array(z.object({ aliasKey: z.string(), canonicalKey: z.string(), confirmedAt: z.string() })),
});
export type RegisterExport = z.infer<typeof RegisterExport>;

/** replace: the file becomes the register, ids kept; merge: added beside it under new ids. */
export const ImportMode = z.enum(['replace', 'merge']);
export type ImportMode = z.infer<typeof ImportMode>;

export const ImportResult = z.object({
  imported: z.number().int(),
  /** Links the file names that this archive lacks (story, figure), dropped and listed. */
  warnings: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResult>;
