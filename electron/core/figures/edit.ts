import { coreFailure } from '../../../shared/core-errors';
import type { FigurePatch } from '../../../shared/contract';
import type { Figure } from '../../../shared/domain/figure';
import type { Repositories } from '../db/repositories';
import { nowIso } from '../clock';
import { metricKey } from './extract';

/**
 * An editor's correction. Changing any reading marks the figure as the editor's, so
 * re-extraction never overwrites it; confirming or rejecting only sets its review.
 */
export function updateFigure(repos: Repositories, id: number, patch: FigurePatch): Figure {
  const current = repos.figures.get(id);
  if (!current) throw coreFailure('not_found', 'figure_not_found', { id });
  const changesReading = Object.keys(patch).some((k) => k !== 'review');
  const next: Figure = {
    ...current,
    ...patch,
    metricKey: patch.metric !== undefined ? metricKey(patch.metric) : current.metricKey,
    source: changesReading ? 'editor' : current.source,
    review: patch.review ?? (changesReading ? 'confirmed' : current.review),
  };
  repos.figures.update(next, nowIso());
  return repos.figures.get(id)!;
}
