import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportOptions, ImportReport, ImportSource } from '../../../shared/domain/archive';
import type { JobProgress } from '../../../shared/domain/jobs';
import type { Repositories } from '../db/repositories';
import { expandPaths, ImportError, parseBuffer, parseFile, parseText, type ParsedPage } from '../archive/parse';
import { storePage } from '../archive/store';
import { fileSystemImportError } from '../archive/read-file';
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
    if (this.repos.db.inTransaction) return;
    const wait = this.committedAt + LOCK_HANDOVER_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.repos.db.exec('BEGIN IMMEDIATE');
    this.openedAt = performance.now();
  }
  /** Commits when the batch has been open long enough that others would wait on it. */
  maybeCommit(): void {
    if (this.repos.db.inTransaction && performance.now() - this.openedAt >= this.maxMs) this.commit();
  }
  commit(): void {
    if (!this.repos.db.inTransaction) return;
    this.repos.db.exec('COMMIT');
    this.committedAt = performance.now();
  }
}

export type ProgressSink = (progress: Omit<JobProgress, 'jobId' | 'kind'>) => void;

/** One unit of work: a file on disk, uploaded bytes, or pasted text. */
type Unit =
  | { kind: 'path'; path: string; bytes: number }
  | { kind: 'data'; name: string; bytes: number; data: Uint8Array }
  | { kind: 'text'; name: string; bytes: number; text: string };

async function expandSources(sources: ImportSource[], failed: ImportReport['failed']): Promise<Unit[]> {
  const units: Unit[] = [];
  for (const source of sources) {
    if (source.kind === 'path') {
      let paths: string[] = [];
      try {
        paths = await expandPaths([source.path]);
      } catch (error) {
        failed.push(failure(source.path, fileSystemImportError(error, `“${basename(source.path)}”`, source.path)));
      }
      for (const path of paths) {
        // Only for the progress bar: the read itself is bounded by the bytes it gets, not this.
        const size = await stat(path).then((info) => (info.isFile() ? info.size : 0), () => 0);
        units.push({ kind: 'path', path, bytes: size });
      }
    } else if (source.kind === 'data') {
      const data = Buffer.from(source.dataBase64, 'base64');
      units.push({ kind: 'data', name: source.name, bytes: data.byteLength, data: new Uint8Array(data) });
    } else {
      const name = source.name ?? 'pasted text';
      units.push({ kind: 'text', name, bytes: Buffer.byteLength(source.text), text: source.text });
    }
  }
  return units;
}

function failure(path: string, error: unknown): ImportReport['failed'][number] {
  const base = { path, code: error instanceof ImportError ? error.code : 'failed', error: describe(error, path) };
  return error instanceof ImportError && error.detail ? { ...base, reason: error.detail.reason, params: error.detail.params } : base;
}

function describe(error: unknown, path: string): string {
  if (error instanceof ImportError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${path}: no such file or folder. Check the path and try again.`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied. Check that you can read it.`;
  if (code === 'EISDIR') return `${path}: is a folder.`;
  return `${path}: ${error instanceof Error ? error.message : String(error)}`;
}

function unitName(unit: Unit): string {
  return unit.kind === 'path' ? unit.path : unit.name;
}

async function parseUnit(unit: Unit, options: ImportOptions): Promise<ParsedPage> {
  const opts = { ...(options.publication ? { publication: options.publication } : {}), ...(options.date ? { date: options.date } : {}) };
  if (unit.kind === 'path') return parseFile(unit.path, opts);
  if (unit.kind === 'data') return parseBuffer(unit.data, unit.name, opts);
  return parseText(unit.text, { publication: options.publication ?? null, date: options.date ?? null, fileName: unit.name });
}

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
  const units = await expandSources(sources, failed);
  const bytesTotal = units.reduce((sum, u) => sum + u.bytes, 0);
  const paths = sources.flatMap((source) => (source.kind === 'path' ? [source.path] : []));
  const batchId = repos.importBatches.start(nowIso(), units.length, { paths, options }, thisRunner());
  if (resumes !== undefined) repos.importBatches.setResumedBy(resumes, batchId);
  let bytesDone = 0;
  let cancelled = false;
  let processed = 0;

  // Pages are committed in batches: FTS5 flushes its index at every commit, and one
  // commit per page made indexing cost several times the raw insert. Each page is still
  // its own savepoint inside the batch, so a failing page leaves nothing behind.
  const batch = new CommitBatcher(repos);
  for (const [index, unit] of units.entries()) {
    // A big file (a whole PDF edition) takes a while to parse: don't hold the write lock meanwhile.
    if (unit.bytes > 512 * 1024) batch.commit();
    else batch.maybeCommit();
    if (isCancelled()) {
      cancelled = true;
      break;
    }
    const name = unitName(unit);
    progress({ phase: 'segmenting', done: index, total: units.length, message: basename(name), bytesDone, bytesTotal, stories: imported.length });
    try {
      const page = await parseUnit(unit, options);
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
        progress({ phase: 'storing', done: index, total: units.length, message: basename(name), bytesDone, bytesTotal, stories: imported.length });
        await batch.begin();
        const stored = storePage(repos, { source: name, publication: page.publication, date: page.date, stories: page.stories }, batchId);
        imported.push(...stored.imported);
        skipped.push(...stored.skipped);
      }
    } catch (error) {
      failed.push(failure(name, error));
    }
    bytesDone += unit.bytes;
    processed++;
  }
  batch.commit();

  const report: ImportReport = { batchId, imported, skipped, failed, assumed, notes, cancelled };
  repos.importBatches.finish(batchId, {
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
    total: units.length,
    message: `${imported.length} stories imported, ${skipped.length} skipped, ${failed.length} failed`,
    bytesDone,
    bytesTotal,
    stories: imported.length,
  });
  return report;
}
