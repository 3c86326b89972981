import { existsSync } from 'node:fs';
import type { EventName, EventOf } from '../../shared/contract';
import { openRepositories, type Repositories } from './db/repositories';
import { createHandlers } from './handlers';
import { namingArchiveErrors, type Handlers } from './invoke';
import { JobRunner } from './jobs/runner';
import { parseFile } from './archive/parse';
import { storePage } from './archive/store';
import { FolderWatcher } from './archive/store-watch';
import { readCityOf, readSettings } from './settings';
import { chromiumPdfRenderer, type PdfRenderer } from './export/pdf';
import { openIndicatorKeys } from './targets/rekey';
import { markInterruptedImports } from './jobs/recovery';
import { BackupScheduler } from './backup/rolling';
import { searchIndexIsCurrent } from './archive/search-upgrade';

export interface CoreOptions {
  dbPath: string;
  nativeBinding?: string;
  workerFile?: string;
  transport: 'ipc' | 'http';
  version: string;
  systemLocale: string;
  /** The page imported into an empty archive on first run. */
  samplePath?: string;
  emit<E extends EventName>(event: E, payload: EventOf<E>): void;
  /** PDF rendering; the system Chromium when not given. */
  pdfRenderer?: PdfRenderer;
}

export interface Core {
  repos: Repositories;
  handlers: Handlers;
  jobs: JobRunner;
  /** The job rebuilding an older archive's search index, started on open; null when it was current. */
  searchRebuildJob: string | null;
  close(): Promise<void>;
}

const FIRST_RUN_KEY = 'firstRunDone';

/**
 * First run: an empty archive gets the sample page so the editor sees how it works.
 * Runs once per archive; deleting the sample later does not bring it back.
 */
async function seedSample(repos: Repositories, samplePath: string | undefined): Promise<void> {
  const { settings, stories } = repos.stores;
  if ((await settings.all())[FIRST_RUN_KEY]) return;
  if (samplePath && existsSync(samplePath) && (await stories.count()) === 0) {
    const page = await parseFile(samplePath);
    storePage(repos, { source: samplePath, publication: page.publication, date: page.date, stories: page.stories }, null, await readCityOf(repos));
  }
  await settings.set(FIRST_RUN_KEY, true);
}

/** Opens the archive and wires handlers and the jobs worker: everything a transport needs. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const repos = openRepositories(options.dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  // Imports a crash cut short: say so, and offer to run them again.
  await markInterruptedImports(repos);
  // Names editors taught the lexicon, and targets keyed with them, before anything reads a metric.
  await openIndicatorKeys(repos);
  // Asked before the sample is seeded: a new archive is indexed by this version already.
  const searchStale = !(await searchIndexIsCurrent(repos));
  await seedSample(repos, options.samplePath);
  const jobs = new JobRunner({
    dbPath: options.dbPath,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.workerFile ? { workerFile: options.workerFile } : {}),
    emit: (progress) => options.emit('jobs:progress', progress),
    onFinished: (_jobId, { outcome }) => {
      if (outcome?.kind === 'reindex') options.emit('archive:changed', { reason: 'reindex' });
      if ((outcome?.kind === 'import' || outcome?.kind === 'save') && outcome.report.imported.length > 0) options.emit('archive:changed', { reason: 'import' });
    },
  });
  const searchRebuildJob = searchStale ? jobs.start({ kind: 'reindex', search: true, figures: false }) : null;
  const watcher = new FolderWatcher({
    importFiles: (paths) => jobs.start({ kind: 'import', sources: paths.map((path) => ({ kind: 'path', path })), options: {} }),
    onImport: (files, jobId) => options.emit('archive:watched', { files, jobId }),
  });
  const startWatching = (folder: string | null) => {
    try {
      watcher.set(folder);
    } catch {
      // A folder that vanished since it was chosen: the Settings page shows it as not watched.
      watcher.stop();
    }
  };
  startWatching((await readSettings(repos)).watchFolder);
  const backups = new BackupScheduler({ repos, dbPath: options.dbPath, settings: () => readSettings(repos) });
  backups.start();
  const handlers = namingArchiveErrors(createHandlers({
    repos,
    jobs,
    transport: options.transport,
    dbPath: options.dbPath,
    version: options.version,
    systemLocale: options.systemLocale,
    emit: options.emit,
    onSettingsChanged: (settings) => startWatching(settings.watchFolder),
    pdfRenderer: options.pdfRenderer ?? chromiumPdfRenderer(),
  }), options.dbPath);
  return {
    repos,
    handlers,
    jobs,
    searchRebuildJob,
    async close() {
      watcher.stop();
      backups.stop();
      await backups.idle();
      await jobs.close();
      repos.close();
    },
  };
}
