/** Backups, restore and "export everything": the safe ways to copy an archive while it is open. */
import type { HandlerContext, HandlersOf } from '../handler-context';
import { openIndicatorKeys } from '../targets/rekey';
import { invalidateMetricIndex } from '../check/metric-index';
import { exportedFile, fileDate } from '../export/exported-file';
import { readSettings } from '../settings';
import { exportEverything, importEverything } from './everything';
import { restoreFrom } from './restore-from';
import { backupFolder, backupNow, listBackups } from './rolling';

type BackupChannels = 'backup:now' | 'backup:list' | 'backup:restore' | 'archive:exportAll' | 'archive:importAll';

const progressOf = (ctx: HandlerContext, jobId: string, kind: string) => (p: { done: number; total: number }) =>
  ctx.emit('jobs:progress', { jobId, kind, phase: p.done < p.total ? 'storing' : 'done', done: p.done, total: p.total, message: '' });

export function backupHandlers(ctx: HandlerContext): HandlersOf<BackupChannels> {
  const { repos } = ctx;
  /** After a restore or an import of everything, what the core keeps in memory follows the archive. */
  const reloaded = async (reason: string) => {
    await openIndicatorKeys(repos);
    invalidateMetricIndex(repos);
    ctx.onSettingsChanged?.(await readSettings(repos));
    ctx.emit('archive:changed', { reason });
  };
  return {
    'backup:now': async () => backupNow(repos, ctx.dbPath, await readSettings(repos), new Date(), progressOf(ctx, `backup-${Date.now()}`, 'backup')),
    'backup:list': async () => {
      const folder = backupFolder(await readSettings(repos), ctx.dbPath);
      return { folder, backups: listBackups(folder) };
    },
    'backup:restore': async ({ from }) => {
      const restored = await restoreFrom(repos, ctx.dbPath, from, { busy: ctx.jobs.runningCount() > 0, onProgress: progressOf(ctx, `restore-${Date.now()}`, 'restore') });
      await reloaded('restore');
      return restored;
    },
    'archive:exportAll': async () => {
      const now = new Date();
      const { bytes } = await exportEverything(repos, { app: ctx.version, now, onProgress: progressOf(ctx, `export-${now.getTime()}`, 'export') });
      return exportedFile(`figure-desk-everything-${fileDate(now)}.zip`, 'application/zip', bytes);
    },
    'archive:importAll': async ({ name, dataBase64 }) => {
      const manifest = await importEverything(repos, new Uint8Array(Buffer.from(dataBase64, 'base64')), name);
      await reloaded('import');
      return { counts: manifest.counts };
    },
  };
}
