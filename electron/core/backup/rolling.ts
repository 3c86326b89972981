/**
 * Automatic rolling backups: one every day (or week) while the app runs, the newest few
 * kept. The folder defaults to `backups` beside the archive.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Settings } from '../../../shared/domain/settings';
import type { BackupProgress, BackupResult } from '../db/backup';
import type { Repositories } from '../db/repositories';

const NAME = /^archive-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})Z\.db$/;
export const BACKUP_EVERY_MS: Record<Exclude<Settings['backupEvery'], 'off'>, number> = {
  daily: 24 * 60 * 60 * 1000,
  weekly: 7 * 24 * 60 * 60 * 1000,
};
/** How often a running app looks whether a backup is due. */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** The first look waits a little: the minutes after start are when the editor is busiest. */
const FIRST_CHECK_MS = 5 * 60 * 1000;

export function backupFolder(settings: Pick<Settings, 'backupFolder'>, dbPath: string): string {
  return settings.backupFolder ?? join(dirname(dbPath), 'backups');
}

export function rollingBackupName(now: Date): string {
  return `archive-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z.db`;
}

export interface BackupFile {
  name: string;
  path: string;
  at: string;
  bytes: number;
}

/** The rolling backups in `folder`, newest first; other files there are not ours and are left alone. */
export function listBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const m = NAME.exec(name);
      if (!m) return [];
      const [date, time] = m[1]!.split('T') as [string, string];
      const path = join(folder, name);
      return [{ name, path, at: `${date}T${time.replaceAll('-', ':')}Z`, bytes: statSync(path).size }];
    })
    .sort((a, b) => b.at.localeCompare(a.at));
}

export function isDue(settings: Pick<Settings, 'backupEvery'>, newest: BackupFile | undefined, now: Date): boolean {
  if (settings.backupEvery === 'off') return false;
  return !newest || now.getTime() - Date.parse(newest.at) >= BACKUP_EVERY_MS[settings.backupEvery];
}

/** Deletes all but the newest `keep` rolling backups; returns what it deleted. */
export function pruneBackups(folder: string, keep: number): string[] {
  const old = listBackups(folder).slice(keep);
  for (const file of old) rmSync(file.path, { force: true });
  return old.map((f) => f.name);
}

/**
 * A backup into the backup folder, then the oldest beyond `backupKeep` deleted. The app
 * skips the full integrity read of the copy (it would hold the main thread for a large
 * archive); SQLite's online backup copies pages exactly, and a restore checks them.
 */
export async function backupNow(
  repos: Pick<Repositories, 'archiveFile'>,
  dbPath: string,
  settings: Settings,
  now: Date,
  onProgress?: (p: BackupProgress) => void,
  options: { integrity: boolean } = { integrity: false },
): Promise<BackupResult> {
  const folder = backupFolder(settings, dbPath);
  mkdirSync(folder, { recursive: true });
  const result = await repos.archiveFile.backup(join(folder, rollingBackupName(now)), onProgress, options);
  pruneBackups(folder, settings.backupKeep);
  return result;
}

/** Makes the rolling backup when one is due, at start and then every hour; one at a time. */
export class BackupScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<BackupResult | null> | null = null;

  constructor(
    private readonly options: { repos: Pick<Repositories, 'archiveFile'>; dbPath: string; settings(): Settings | Promise<Settings>; now?(): Date; onError?(error: unknown): void },
  ) {}

  start(): void {
    this.stop();
    this.timer = setTimeout(() => {
      void this.runIfDue();
      this.timer = setInterval(() => void this.runIfDue(), CHECK_EVERY_MS);
      this.timer.unref();
    }, FIRST_CHECK_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Resolves to the backup made, or null when none was due. */
  runIfDue(): Promise<BackupResult | null> {
    if (this.running) return this.running;
    const now = this.options.now?.() ?? new Date();
    const run = async () => {
      // Read at each check, so a change of how often or where takes effect at the next one.
      const settings = await this.options.settings();
      if (!isDue(settings, listBackups(backupFolder(settings, this.options.dbPath))[0], now)) return null;
      return backupNow(this.options.repos, this.options.dbPath, settings, now);
    };
    this.running = run()
      .catch((error: unknown) => {
        this.options.onError?.(error);
        return null;
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  /** Waits for a backup in progress (before the archive closes). */
  async idle(): Promise<void> {
    await this.running;
  }
}
