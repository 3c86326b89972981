/** Which verdict a figure is coloured by, and which matches the editor can still settle. */
import type { CheckVerdict, FigureCheck, Verdict } from '../../../../../shared/domain/check';
import type { ConfirmMatchResult } from '../../../../../shared/domain/check';

/** Every verdict, in the legend's order. */
export const VERDICTS: Verdict[] = ['meets', 'consistent', 'misses', 'conflict', 'on_track', 'too_early', 'off_track', 'revised', 'not_comparable', 'unmatched'];

/** The verdict a figure is coloured by: the first one (targets come first), else unmatched. */
export function primaryVerdict(check: FigureCheck): Verdict {
  return check.verdicts[0]?.verdict ?? 'unmatched';
}

/** A match the editor can settle: a target match not yet attached, or a suggested figure match. */
export function confirmable(v: CheckVerdict): boolean {
  if (v.id === null || v.settled) return false;
  if (v.against === 'target') return !v.attached;
  return v.against === 'figure' && v.suggestion;
}

/** One match of one figure, as the editor's decisions are keyed. */
export const decisionKey = (figureId: number, v: CheckVerdict) => `${figureId}:${v.against}:${v.id ?? 0}`;

/** What the editor decided on a match in this visit, and what the core answered. */
export interface Decision {
  accepted: boolean;
  result: ConfirmMatchResult;
}
