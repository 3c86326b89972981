/**
 * The city an editor sets for a paper (Settings → publication cities) is what 我市 means in
 * its stories, on every path that reads figures. Each path reads the setting once for all its
 * pages or stories and passes it down, so each is held to it here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../electron/core/db/repositories';
import { updateStory } from '../../../electron/core/archive/store-edit';
import { storeReviewedPages } from '../../../electron/core/archive/store-reviewed';
import { readFiguresFrom, reextractStoryFigures } from '../../../electron/core/figures/story-figures';
import { runImport } from '../../../electron/core/jobs/import-job';
import { runReindex } from '../../../electron/core/jobs/reindex-job';
import { parseText } from '../../../electron/core/archive/parse';
import { writeSettings } from '../../../electron/core/settings';
import { tempArchive } from '../helpers';

/** A paper whose name names no city: only the setting says where 我市 is. */
const PAPER = '本地晚报';
const HEADLINE = '我市科技创新加快';
const BODY = '今年我市高新技术企业达到1200家，同比增长12%。';
const quiet = () => undefined;
const never = () => false;

let archive: ReturnType<typeof tempArchive>;
beforeEach(() => (archive = tempArchive()));
afterEach(() => archive.cleanup());

/** Imports the story with no city set for its paper; its id. */
async function importedStory(repos: Repositories, publication: string | undefined = PAPER): Promise<number> {
  const report = await runImport(repos, [{ kind: 'text', name: 'page.txt', text: `${HEADLINE}\n\n${BODY}` }], { date: '2024-01-20', ...(publication ? { publication } : {}) }, quiet, never);
  return report.imported[0]!.id;
}

const setCity = (repos: Repositories) => writeSettings(repos, { publicationCities: { [PAPER]: '绍兴' } });
const entities = (repos: Repositories, storyId: number) => repos.figures.byStory(storyId).map((f) => f.entity);

describe('the city an editor sets for a paper', () => {
  it.each<[string, (repos: Repositories) => Promise<Array<string | null>>]>([
    ['an import', async (repos) => {
      await setCity(repos);
      return entities(repos, await importedStory(repos));
    }],
    ['the review step\'s save', async (repos) => {
      await setCity(repos);
      const report = await storeReviewedPages(repos, [{ source: 'page.txt', publication: PAPER, date: '2024-01-20', stories: parseText(`${HEADLINE}\n\n${BODY}`).stories }]);
      return entities(repos, report.imported[0]!.id);
    }],
    ['a rebuild that reads every story\'s figures again', async (repos) => {
      const id = await importedStory(repos);
      await setCity(repos);
      await runReindex(repos, { search: false, figures: true }, quiet, never);
      return entities(repos, id);
    }],
    ['reading one story\'s figures again', async (repos) => {
      const id = await importedStory(repos);
      await setCity(repos);
      return (await reextractStoryFigures(repos, id)).map((f) => f.entity);
    }],
    ['an edit that moves a story to the paper', async (repos) => {
      const id = await importedStory(repos, undefined);
      await setCity(repos);
      await updateStory(repos, id, { publication: PAPER });
      return entities(repos, id);
    }],
    ['reading figures from a page without storing it', async (repos) => {
      await setCity(repos);
      const read = await readFiguresFrom(repos, [{ kind: 'text', name: 'page.txt', text: `${HEADLINE}\n\n${BODY}` }], { publication: PAPER, date: '2024-01-20' });
      return read.map((f) => f.entity);
    }],
  ])('is where 我市 is in the figures of %s', async (_path, figuresEntities) => {
    expect(await figuresEntities(archive.repos)).toEqual(['绍兴市', '绍兴市']);
  });
});
