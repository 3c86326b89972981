import type { ImportReport } from '../../../shared/domain/archive';
import type { ParsedInputOf } from '../../../shared/contract';
import type { Repositories } from '../db/repositories';
import { nowIso } from '../clock';
import { storePage } from './store';

type ReviewedPage = ParsedInputOf<'archive:save'>['pages'][number];

/** Stores the pages the editor reviewed (merged, split, fixed) as one import batch, and reports it as an import does. */
export function storeReviewedPages(repos: Repositories, pages: ReviewedPage[]): ImportReport {
  const batchId = repos.importBatches.start(nowIso(), pages.length);
  const imported = [];
  const skipped = [];
  for (const page of pages) {
    const stored = storePage(repos, page, batchId);
    imported.push(...stored.imported);
    skipped.push(...stored.skipped);
  }
  repos.importBatches.finish(batchId, {
    finishedAt: nowIso(),
    status: 'done',
    stories: imported.length,
    skipped: skipped.length,
    failed: 0,
    reportJson: JSON.stringify({ skipped }),
  });
  return { batchId, imported, skipped, failed: [], assumed: [], cancelled: false };
}
