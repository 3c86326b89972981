/** What the check says about a story's figures: verdicts against targets, earlier reporting and the story's own arithmetic. */
import { z } from 'zod';
import { Figure } from './figure';
import { Explanation, Target } from './target';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const Id = z.number().int().positive();

export const VerdictAgainst = z.enum(['target', 'figure', 'internal', 'none']);
export type VerdictAgainst = z.infer<typeof VerdictAgainst>;

export const Verdict = z.enum([
  // against a target
  'meets',
  'misses',
  'on_track',
  'off_track',
  'too_early',
  // against earlier reporting, and internal arithmetic
  'consistent',
  'conflict',
  'revised',
  // a candidate of the same indicator the check would not hold against it (a part against the whole)
  'not_comparable',
  // nothing stored speaks to the figure
  'unmatched',
]);
export type Verdict = z.infer<typeof Verdict>;

export const CheckSource = z.object({
  storyId: z.number().int().nullable(),
  headline: z.string().nullable(),
  date: IsoDate.nullable(),
  quote: z.string(),
});
export type CheckSource = z.infer<typeof CheckSource>;

export const CheckVerdict = z.object({
  against: VerdictAgainst,
  /** Target id, other figure id, or (internal) the first related figure id; null when unmatched. */
  id: z.number().int().nullable(),
  verdict: Verdict,
  explanation: Explanation,
  score: z.number().min(0).max(1),
  /** Below the match threshold: shown as a suggestion for the editor to accept or reject. */
  suggestion: z.boolean(),
  source: CheckSource.nullable(),
  relatedFigureIds: z.array(z.number().int()),
  /** The figure was attached to the target as evidence by this check. */
  attached: z.boolean(),
  /** A match settled before: confirmed by the editor, attached by a check, or rejected; by whom ('' when not recorded) and when. */
  settled: z
    .object({ decision: z.enum(['confirmed', 'attached', 'rejected']), author: z.string(), at: z.string() })
    .nullable()
    .optional(),
});
export type CheckVerdict = z.infer<typeof CheckVerdict>;

export const FigureCheck = z.object({ figure: Figure, verdicts: z.array(CheckVerdict) });
export type FigureCheck = z.infer<typeof FigureCheck>;

export const StoryCheck = z.array(FigureCheck);
export type StoryCheck = z.infer<typeof StoryCheck>;

export const CheckOptions = z.object({
  /** Attach high-score target matches as evidence and recompute those targets. */
  attach: z.boolean().default(false),
  /** Below this a match is a suggestion. */
  threshold: z.number().min(0).max(1).default(0.75),
  /** Most earlier figures reported per story figure. */
  maxFigureMatches: z.number().int().min(0).max(100).default(5),
});
export type CheckOptions = z.input<typeof CheckOptions>;

export const ConfirmMatchInput = z
  .object({
    figureId: Id,
    targetId: Id.optional(),
    otherFigureId: Id.optional(),
    accept: z.boolean(),
  })
  .refine((v) => (v.targetId === undefined) !== (v.otherFigureId === undefined), {
    message: 'give exactly one of targetId and otherFigureId',
    path: ['targetId'],
  });
export type ConfirmMatchInput = z.infer<typeof ConfirmMatchInput>;

export const ConfirmMatchResult = z.object({
  aliasLearned: z.object({ aliasKey: z.string(), canonicalKey: z.string() }).nullable(),
  target: Target.nullable(),
  rejected: z.boolean(),
});
export type ConfirmMatchResult = z.infer<typeof ConfirmMatchResult>;
