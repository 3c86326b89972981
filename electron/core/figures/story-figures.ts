/** A story's figures as the desk works on them: listed, corrected by the editor, read again from the text. */
import type { FigurePatch } from '../../../shared/contract';
import type { ImportOptions, ImportSource } from '../../../shared/domain/archive';
import type { Figure, ReadFigure } from '../../../shared/domain/figure';
import { AppFailure } from '../../../shared/result';
import { previewSources } from '../archive/store-preview';
import type { Repositories } from '../db/repositories';
import { invalidateMetricIndex } from '../check/metric-index';
import { nowIso } from '../clock';
import { need, needStory } from '../need';
import { readCityOf } from '../settings';
import { updateFigure } from './edit';
import { extractFigures } from './extract';
import { storyLead } from './lead';

export async function storyFigures(repos: Repositories, storyId: number): Promise<Figure[]> {
  need(await repos.stores.stories.summary(storyId), 'story_not_found', storyId, 'storyId');
  return repos.figures.byStory(storyId);
}

/** An editor's correction; a renamed metric changes the near-match index the checker keeps. */
export function correctFigure(repos: Repositories, id: number, patch: FigurePatch): Figure {
  const figure = updateFigure(repos, id, patch);
  if (patch.metric !== undefined) invalidateMetricIndex(repos);
  return figure;
}

/** Reads a story's figures again from its text; the editor's corrections and confirmations are kept. */
export async function reextractStoryFigures(repos: Repositories, storyId: number): Promise<Figure[]> {
  const story = await needStory(repos.stores.stories, storyId);
  const city = (await readCityOf(repos))(story.publication);
  repos.transaction(() => {
    repos.figures.replaceAuto(storyId, extractFigures(story.body, { date: story.date, city, publication: story.publication, language: story.language, lead: storyLead(story) }), nowIso());
  });
  return repos.figures.byStory(storyId);
}

/** The figures of pages read without storing them; a page that cannot be read fails the whole request. */
export async function readFiguresFrom(repos: Repositories, sources: ImportSource[], options: ImportOptions): Promise<ReadFigure[]> {
  const { pages, failed } = await previewSources(sources, options);
  if (failed[0]) throw new AppFailure('invalid_input', failed[0].error, 'sources', failed[0].params);
  // Read once for every page of the request.
  const cityOf = await readCityOf(repos);
  return pages.flatMap((page) => {
    const city = cityOf(page.publication);
    return page.stories.flatMap((story) =>
      extractFigures(story.body, { date: page.date, city, publication: page.publication, language: story.language }).map((f) => ({ ...f, id: null, storyId: null, review: 'unreviewed' as const, source: 'auto' as const })),
    );
  });
}
