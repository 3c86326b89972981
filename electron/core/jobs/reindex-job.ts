import { storyLead } from '../figures/lead';
import type { Repositories } from '../db/repositories';
import { extractFigures } from '../figures/extract';
import { readCityOf } from '../settings';
import { nowIso } from '../clock';
import type { ProgressSink } from './import-job';
import { markSearchIndexCurrent } from '../archive/search-upgrade';

export interface ReindexReport {
  stories: number;
  figures: number;
  cancelled: boolean;
}

const BATCH = 200;

/**
 * Rebuilds the search index and re-reads every story's figures (after an upgrade of the
 * extractor, say). Editor-corrected and confirmed figures are kept. Works in batches of
 * stories, one transaction each, and stops between batches when cancelled.
 */
export async function runReindex(
  repos: Repositories,
  what: { search: boolean; figures: boolean },
  progress: ProgressSink,
  isCancelled: () => boolean,
): Promise<ReindexReport> {
  const ids = await repos.stores.stories.allIds();
  const now = nowIso();
  // The publications' cities, read once for the whole rebuild rather than once per story.
  const cityOf = await readCityOf(repos);
  let done = 0;
  let figures = 0;
  let cancelled = false;
  progress({ phase: 'indexing', done: 0, total: ids.length, message: `0 / ${ids.length}` });
  for (let i = 0; i < ids.length; i += BATCH) {
    if (isCancelled()) {
      cancelled = true;
      break;
    }
    // A story is read in the transaction that writes its entry and figures, so an edit cannot
    // land between; the search index and figures are not on the storage interfaces yet and
    // are written through their synchronous repositories, inside it.
    await repos.stores.transaction(async (tx) => {
      for (const id of ids.slice(i, i + BATCH)) {
        const story = await tx.stories.get(id);
        if (!story) continue;
        if (what.search) {
          repos.searchIndex.remove(id);
          repos.searchIndex.index(id, story.headline, story.body);
        }
        if (what.figures) {
          const found = extractFigures(story.body, { date: story.date, city: cityOf(story.publication), publication: story.publication, language: story.language, lead: storyLead(story) });
          repos.figures.replaceAuto(id, found, now);
          figures += found.length;
        }
        done++;
      }
    });
    progress({ phase: 'indexing', done, total: ids.length, message: `${done} / ${ids.length}`, stories: done });
  }
  // Only a whole rebuild makes the index current; a cancelled one is finished on next open.
  if (what.search && !cancelled) await markSearchIndexCurrent(repos);
  progress({ phase: cancelled ? 'cancelled' : 'done', done, total: ids.length, message: `${done} stories re-read`, stories: done });
  return { stories: done, figures, cancelled };
}
