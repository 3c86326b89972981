import { readFileSync } from 'node:fs';
import { parseFile } from '../../../electron/core/archive/parse';
import { storePage } from '../../../electron/core/archive/store';
import type { Repositories } from '../../../electron/core/db/repositories';
import { readCityOf } from '../../../electron/core/settings';

const SAMPLE_PAGE = new URL('../../fixtures/cq-daily-2023-02-24.txt', import.meta.url);
const FIGURE_STORIES = new URL('../../fixtures/search/figures-as-printed.txt', import.meta.url);

/** The blocks of figures-as-printed.txt as stories: first line the headline, the rest the body. */
function figureStories(): Array<{ headline: string; body: string }> {
  const text = readFileSync(FIGURE_STORIES, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  return text.split(/^---$/m).map((block) => {
    const [headline = '', ...body] = block.trim().split('\n');
    return { headline, body: body.join('\n') };
  });
}

/**
 * Stores the sample page (through the import's own parser) and the figure stories, as an
 * import would: story rows, search entries and figures. Returns each headline's story id.
 */
export async function storeFigureFixtures(repos: Repositories): Promise<Map<string, number>> {
  const page = await parseFile(SAMPLE_PAGE.pathname);
  const cityOf = await readCityOf(repos);
  storePage(repos, { source: 'cq-daily-2023-02-24.txt', publication: page.publication, date: page.date, stories: page.stories }, null, cityOf);
  storePage(
    repos,
    {
      source: 'figures-as-printed.txt',
      publication: 'Fixture',
      date: '2023-03-01',
      stories: figureStories().map(({ headline, body }) => ({
        headline,
        body,
        subhead: null,
        kicker: null,
        byline: null,
        dateline: null,
        datelineDate: null,
        truncated: false,
        genre: 'news' as const,
        language: /[\u4e00-\u9fff]/.test(body) ? ('zh' as const) : ('en' as const),
      })),
    },
    null,
    cityOf,
  );
  return new Map(repos.stories.list(0, 1000).map((s) => [s.headline, s.id]));
}
