/** A figure read against a target's terms with the target's own status rule. */
import { asEvidence, type StatusAssessment, type Target } from '../../../shared/domain/target';
import type { Verdict } from '../../../shared/domain/check';
import type { SourcedFigure } from '../db/repositories/check-figures';
import { targetStatusAfter, type TargetTerms } from '../targets/status';
import { countedAsTarget } from '../targets/counted';

const STATUS_TO_VERDICT: Record<string, Verdict> = {
  met: 'meets',
  missed: 'misses',
  on_track: 'on_track',
  off_track: 'off_track',
};

/** What one figure says about one target, read with the target's status rule. */
export function verdictAgainstTarget(terms: TargetTerms & Pick<Target, 'metric' | 'metricKey'>, figure: SourcedFigure, today: string): { verdict: Verdict; assessment: StatusAssessment } {
  const assessment = targetStatusAfter({ ...terms, revisedByTargetId: null }, countedAsTarget(terms, [asEvidence(figure)]), today);
  return { verdict: STATUS_TO_VERDICT[assessment.status] ?? 'too_early', assessment };
}
