import { basename } from 'node:path';
import type { ImportOptions, ImportReport, ImportSource } from '../../../shared/domain/archive';
import type { JobProgress } from '../../../shared/domain/jobs';
import type { Repositories } from '../db/repositories';
import { storePage } from '../archive/store';
import { readCityOf } from '../settings';
import { documentName, expandSources, failedSource, parseDocument } from '../archive/sources';
import { nowIso } from '../clock';
import { thisRunner } from './recovery';
import { renderImportNote, type ImportNote } from '../../../shared/import-notes';

/**
 * SQLite's busy handler polls a waiting writer at most every 100 ms; a worker that takes
 * the write lock again sooner than that can starve an editor's save past its busy timeout.
 */
const LOCK_HANDOVER_MS = 120;

/** Holds a write transaction open across a few pages, never for long, and hands the lock over between batches. */
class CommitBatcher {
  private openedAt = 0;
  private committedAt = -Infinity;
  constructor(
    private readonly repos: Repositories,
    private readonly maxMs = 1000,
  ) {}
  async begin(): Promise<void> {
    if (this.repos.batch.open) return;
    const wait = this.committedAt + LOCK_HANDOVER_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.repos.batch.begin();
    this.openedAt = performance.now();
  }
  /** Commits when the batch has been open long enough that others would wait on it. */
  maybeCommit(): void {
    if (this.repos.batch.open && performance.now() - this.openedAt >= this.maxMs) this.commit();
  }
  commit(): void {
    if (!this.repos.batch.open) return;
    this.repos.batch.commit();
    this.committedAt = performance.now();
  }
}

export type ProgressSink = (progress: Omit<JobProgress, 'jobId' | 'kind'>) => void;

/**
 * Imports a batch file by file. A file that fails is reported with its path and the
 * reason and leaves nothing behind (each page is stored in one transaction); the
 * rest go on. Cancellation is honoured between files.
 */
export async function runImport(
  repos: Repositories,
  sources: ImportSource[],
  options: ImportOptions,
  progress: ProgressSink,
  isCancelled: () => boolean,
  /** The interrupted batch this one runs again. */
  resumes?: number,
): Promise<ImportReport> {
  const failed: ImportReport['failed'] = [];
  const skipped: ImportReport['skipped'] = [];
  const imported: ImportReport['imported'] = [];
  const assumed: string[] = [];
  const notes: ImportNote[] = [];
  progress({ phase: 'reading', done: 0, total: sources.length, message: 'Listing files…' });
  const documents = await expandSources(sources, failed);
  const bytesTotal = documents.reduce((sum, d) => sum + d.bytes, 0);
  const paths = sources.flatMap((source) => (source.kind === 'path' ? [source.path] : []));
  const { importBatches } = repos.stores;
  const batchId = await importBatches.start(nowIso(), documents.length, { paths, options }, thisRunner());
  if (resumes !== undefined) await importBatches.setResumedBy(resumes, batchId);
  // The publications' cities, read once for the whole job rather than once per page.
  const cityOf = await readCityOf(repos);
  let bytesDone = 0;
  let cancelled = false;
  let processed = 0;

  // Pages are committed in batches: FTS5 flushes its index at every commit, and one
  // commit per page made indexing cost several times the raw insert. Each page is still
  // its own savepoint inside the batch, so a failing page leaves nothing behind.
  const batch = new CommitBatcher(repos);
  for (const [index, doc] of documents.entries()) {
    // A big file (a whole PDF edition) takes a while to parse: don't hold the write lock meanwhile.
    if (doc.bytes > 512 * 1024) batch.commit();
    else batch.maybeCommit();
    if (isCancelled()) {
      cancelled = true;
      break;
    }
    const name = documentName(doc);
    progress({ phase: 'segmenting', done: index, total: documents.length, message: basename(name), bytesDone, bytesTotal, stories: imported.length });
    try {
      const page = await parseDocument(doc, options);
      // Cancelled while this file was being read: stop before holding the write lock for it.
      if (isCancelled()) {
        cancelled = true;
        break;
      }
      for (const note of page.notes) {
        notes.push({ ...note, file: basename(name) });
        assumed.push(renderImportNote({ ...note, file: basename(name) }, 'en'));
      }
      if (page.stories.length === 0) {
        failed.push({ path: name, code: 'empty', error: `${name}: no story text was found in this file.` });
      } else {
        progress({ phase: 'storing', done: index, total: documents.length, message: basename(name), bytesDone, bytesTotal, stories: imported.length });
        await batch.begin();
        const stored = storePage(repos, { source: name, publication: page.publication, date: page.date, stories: page.stories }, batchId, cityOf);
        imported.push(...stored.imported);
        skipped.push(...stored.skipped);
      }
    } catch (error) {
      failed.push(failedSource(name, error));
    }
    bytesDone += doc.bytes;
    processed++;
  }
  batch.commit();

  const report: ImportReport = { batchId, imported, skipped, failed, assumed, notes, cancelled };
  await importBatches.finish(batchId, {
    finishedAt: nowIso(),
    status: cancelled ? 'cancelled' : failed.length && !imported.length ? 'failed' : 'done',
    stories: imported.length,
    skipped: skipped.length,
    failed: failed.length,
    reportJson: JSON.stringify({ skipped, failed, assumed }),
  });
  progress({
    phase: cancelled ? 'cancelled' : 'done',
    done: processed,
    total: documents.length,
    message: `${imported.length} stories imported, ${skipped.length} skipped, ${failed.length} failed`,
    bytesDone,
    bytesTotal,
    stories: imported.length,
  });
  return report;
}
