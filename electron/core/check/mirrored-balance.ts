/** How a check says it read a deficit against a goal of a surplus, or a surplus against a deficit's ceiling. */
import type { SourcedFigure } from '../db/repositories/check-figures';
import { formatEn, formatZh } from '../targets/format';

/** The words that say how the figure was turned, before the verdict's own explanation. */
export function mirroredNote(figure: SourcedFigure, targetMetric: string): { zh: string; en: string } {
  return {
    zh: `“${figure.metric}”与“${targetMetric}”是同一收支的正负两面，${figure.quote}按“${targetMetric}”计为${formatZh(-figure.value, figure.unit)}：`,
    en: `"${figure.metric}" and "${targetMetric}" are one balance with opposite signs, so ${figure.quote} counts as ${formatEn(-figure.value, figure.unit)} of ${targetMetric}: `,
  };
}
