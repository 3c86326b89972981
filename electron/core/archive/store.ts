import { storyLead } from '../figures/lead';
import type { ParsedStory, StorySummary } from '../../../shared/domain/story';
import type { Repositories } from '../db/repositories';
import { extractFigures } from '../figures/extract';
import { contentHash } from './parse';
import { nowIso } from '../clock';
import type { CityOf } from '../settings';

export interface PageToStore {
  source: string;
  publication: string | null;
  date: string | null;
  stories: ParsedStory[];
}

export interface StoredPage {
  imported: StorySummary[];
  skipped: Array<{ path: string; reason: string }>;
}

/**
 * Stores one page's stories with their figures and search entries in one transaction:
 * a page either lands whole or not at all. `cityOf` is the settings' (readCityOf), read
 * once by the caller for all its pages: an import stores hundreds.
 *
 * The one writer of stories still on the synchronous story repository, not the story store:
 * a page's stories, search entries, figures and publication must land in one transaction,
 * and the import job holds that transaction open across pages (`repos.batch`, so FTS5
 * flushes once per batch), which a stores transaction cannot join. Publications, the search
 * index and figures are not on the storage interfaces yet; the page becomes one
 * `stores.transaction` when they move with it (docs/ARCHITECTURE.md, storage interfaces).
 */
export function storePage(repos: Repositories, page: PageToStore, batchId: number | null, cityOf: CityOf): StoredPage {
  const now = nowIso();
  const city = cityOf(page.publication);
  return repos.transaction(() => {
    const publicationId = page.publication ? repos.publications.idFor(page.publication, city) : null;
    const imported: StorySummary[] = [];
    const skipped: StoredPage['skipped'] = [];
    for (const story of page.stories) {
      const hash = contentHash(story);
      const { id, duplicate } = repos.stories.insert(
        {
          publicationId,
          date: page.date,
          headline: story.headline,
          subhead: story.subhead,
          kicker: story.kicker,
          // Roles stay with the names (首席记者 张亦筑): a search by byline still finds the name inside.
          byline: story.credit ?? story.byline,
          dateline: story.dateline,
          body: story.body,
          truncated: story.truncated,
          genre: story.genre,
          language: story.language,
          sourcePath: page.source,
          importBatchId: batchId,
          contentHash: hash,
        },
        now,
      );
      if (duplicate) {
        skipped.push({ path: page.source, reason: `「${story.headline}」 is already in the archive (story ${id}).` });
        continue;
      }
      repos.searchIndex.index(id, story.headline, story.body);
      repos.figures.insertAuto(id, extractFigures(story.body, { date: page.date, city, publication: page.publication, language: story.language, lead: storyLead(story) }), now);
      imported.push(repos.stories.summary(id)!);
    }
    return { imported, skipped };
  });
}
