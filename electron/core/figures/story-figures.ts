/** A story's figures as the desk works on them: listed, corrected by the editor, read again from the text. */
import type { FigurePatch } from '../../../shared/contract';
import type { Figure } from '../../../shared/domain/figure';
import type { Repositories } from '../db/repositories';
import { invalidateMetricIndex } from '../check/metric-index';
import { nowIso } from '../clock';
import { need, needStory } from '../need';
import { cityFor } from '../settings';
import { updateFigure } from './edit';
import { extractFigures } from './extract';
import { storyLead } from './lead';

export function storyFigures(repos: Repositories, storyId: number): Figure[] {
  need(repos.stories.summary(storyId), `Story ${storyId}`, 'storyId');
  return repos.figures.byStory(storyId);
}

/** An editor's correction; a renamed metric changes the near-match index the checker keeps. */
export function correctFigure(repos: Repositories, id: number, patch: FigurePatch): Figure {
  const figure = updateFigure(repos, id, patch);
  if (patch.metric !== undefined) invalidateMetricIndex(repos.db);
  return figure;
}

/** Reads a story's figures again from its text; the editor's corrections and confirmations are kept. */
export function reextractStoryFigures(repos: Repositories, storyId: number): Figure[] {
  const story = needStory(repos.stories, storyId);
  const city = cityFor(repos, story.publication);
  repos.db.transaction(() => {
    repos.figures.replaceAuto(storyId, extractFigures(story.body, { date: story.date, city, language: story.language, lead: storyLead(story) }), nowIso());
  }).immediate();
  return repos.figures.byStory(storyId);
}
