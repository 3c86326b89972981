/** Restoring the open archive from a backup in the backup folder, or from a file the editor uploaded. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppFailure } from '../../../shared/result';
import type { Repositories } from '../db/repositories';
import { readSettings } from '../settings';
import type { BackupProgress } from '../db/backup';
import { backupFolder, listBackups } from './rolling';
import { coreFailure } from '../../../shared/core-errors';

type RestoreSource = ParsedInputOf<'backup:restore'>['from'];

export interface RestoreOptions {
  /** An import or rebuild is running: a restore now would pull the archive from under it. */
  busy: boolean;
  onProgress: (p: BackupProgress) => void;
}

export async function restoreFrom(repos: Repositories, dbPath: string, from: RestoreSource, { busy, onProgress }: RestoreOptions): Promise<{ aside: string; stories: number }> {
  if (busy) throw coreFailure('conflict', 'restore_while_running');
  if (from.kind === 'backup') {
    const file = listBackups(backupFolder(await readSettings(repos), dbPath)).find((b) => b.name === from.name);
    if (!file) throw coreFailure('not_found', 'backup_gone', { name: from.name });
    return repos.archiveFile.restore(dbPath, file.path, new Date(), onProgress);
  }
  // An uploaded file: written beside the archive (same disk) only for as long as the restore takes.
  const scratch = mkdtempSync(join(dirname(dbPath), '.restore-'));
  try {
    const path = join(scratch, 'upload.db');
    writeFileSync(path, Buffer.from(from.dataBase64, 'base64'));
    return await repos.archiveFile.restore(dbPath, path, new Date(), onProgress).catch((error: unknown) => {
      // The checks name the scratch copy; the editor knows the file by the name they chose.
      if (error instanceof AppFailure && error.params?.file === path) {
        throw new AppFailure(error.code, error.message.replaceAll(path, from.name), error.path, { ...error.params, file: from.name });
      }
      throw error;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
