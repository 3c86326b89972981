import type { ImportReport } from '../../../shared/domain/archive';
import type { ParsedStory } from '../../../shared/domain/story';
import type { Repositories } from '../db/repositories';
import { nowIso } from '../clock';
import { readCityOf } from '../settings';
import { storePage } from './store';

/** A page as the editor left it in the review step: merged, split and fixed stories. */
export interface ReviewedPage {
  source: string;
  publication: string | null;
  date: string | null;
  stories: ParsedStory[];
}

/** Stores the reviewed pages as one import batch, each page in its own transaction. */
export async function storeReviewedPages(repos: Repositories, pages: ReviewedPage[]): Promise<ImportReport> {
  const batchId = await repos.stores.importBatches.start(nowIso(), pages.length);
  const imported: ImportReport['imported'] = [];
  const skipped: ImportReport['skipped'] = [];
  // The publications' cities, read once for every page saved.
  const cityOf = await readCityOf(repos);
  for (const page of pages) {
    const stored = storePage(repos, page, batchId, cityOf);
    imported.push(...stored.imported);
    skipped.push(...stored.skipped);
  }
  await repos.stores.importBatches.finish(batchId, {
    finishedAt: nowIso(),
    status: 'done',
    stories: imported.length,
    skipped: skipped.length,
    failed: 0,
    reportJson: JSON.stringify({ skipped }),
  });
  return { batchId, imported, skipped, failed: [], assumed: [], cancelled: false };
}
