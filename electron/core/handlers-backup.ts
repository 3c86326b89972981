import { coreFailure } from '../../shared/core-errors';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppFailure } from '../../shared/result';
import type { HandlerContext } from './handlers';
import type { Handlers } from './invoke';
import { readSettings } from './settings';
import { restoreArchive } from './backup/backup';
import { backupFolder, backupNow, listBackups } from './backup/rolling';
import { exportEverything, importEverything } from './backup/everything';
import { openIndicatorKeys } from './targets/rekey';
import { invalidateMetricIndex } from './check/metric-index';

type BackupChannels = 'backup:now' | 'backup:list' | 'backup:restore' | 'archive:exportAll' | 'archive:importAll';

const progressOf = (ctx: HandlerContext, jobId: string, kind: string) => (p: { done: number; total: number }) =>
  ctx.emit('jobs:progress', { jobId, kind, phase: p.done < p.total ? 'storing' : 'done', done: p.done, total: p.total, message: '' });

/** Backups, restore and "export everything": the safe ways to copy an archive while it is open. */
export function createBackupHandlers(ctx: HandlerContext): Pick<Handlers, BackupChannels> {
  const { repos } = ctx;
  /** After a restore or an import of everything, what the core keeps in memory follows the archive. */
  const reloaded = (reason: string) => {
    openIndicatorKeys(repos);
    invalidateMetricIndex(repos.db);
    ctx.onSettingsChanged?.(readSettings(repos));
    ctx.emit('archive:changed', { reason });
  };
  return {
    'backup:now': () => backupNow(repos.db, ctx.dbPath, readSettings(repos), new Date(), progressOf(ctx, `backup-${Date.now()}`, 'backup')),
    'backup:list': () => {
      const folder = backupFolder(readSettings(repos), ctx.dbPath);
      return { folder, backups: listBackups(folder) };
    },
    'backup:restore': async ({ from }) => {
      if (ctx.jobs.runningCount() > 0) throw coreFailure('conflict', 'restore_while_running');
      const progress = progressOf(ctx, `restore-${Date.now()}`, 'restore');
      if (from.kind === 'backup') {
        const file = listBackups(backupFolder(readSettings(repos), ctx.dbPath)).find((b) => b.name === from.name);
        if (!file) throw coreFailure('not_found', 'backup_gone', { name: from.name });
        const restored = await restoreArchive(repos.db, ctx.dbPath, file.path, new Date(), progress);
        reloaded('restore');
        return restored;
      }
      // An uploaded file: written beside the archive (same disk) only for as long as the restore takes.
      const scratch = mkdtempSync(join(dirname(ctx.dbPath), '.restore-'));
      try {
        const path = join(scratch, 'upload.db');
        writeFileSync(path, Buffer.from(from.dataBase64, 'base64'));
        const restored = await restoreArchive(repos.db, ctx.dbPath, path, new Date(), progress).catch((error: unknown) => {
          // The checks name the scratch copy; the editor knows the file by the name they chose.
          if (error instanceof AppFailure && error.params?.file === path) {
            throw new AppFailure(error.code, error.message.replaceAll(path, from.name), error.path, { ...error.params, file: from.name });
          }
          throw error;
        });
        reloaded('restore');
        return restored;
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
    'archive:exportAll': async () => {
      const now = new Date();
      const { bytes } = await exportEverything(repos, { app: ctx.version, now, onProgress: progressOf(ctx, `export-${now.getTime()}`, 'export') });
      return {
        fileName: `figure-desk-everything-${now.toISOString().slice(0, 10)}.zip`,
        mime: 'application/zip',
        dataBase64: Buffer.from(bytes).toString('base64'),
        bytes: bytes.byteLength,
      };
    },
    'archive:importAll': async ({ name, dataBase64 }) => {
      const manifest = await importEverything(repos, new Uint8Array(Buffer.from(dataBase64, 'base64')), name);
      reloaded('import');
      return { counts: manifest.counts };
    },
  };
}
