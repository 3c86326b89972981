import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { IMPORTABLE_EXTENSIONS } from './paths';

export interface FolderWatcherOptions {
  /** Starts an import of the given files; returns the job id. */
  importFiles(paths: string[]): string;
  /** Tells the editor a watched file went to import. */
  onImport(paths: string[], jobId: string): void;
  /** How long a file's size must stay the same before it counts as written (ms). */
  settleMs?: number;
}

/**
 * Watches one folder (the day's e-paper drop) and imports files that appear in it.
 * A file still being copied keeps growing, so it is imported only once its size has
 * stopped changing; files that arrive together go as one batch.
 */
export class FolderWatcher {
  private watcher: FSWatcher | null = null;
  private folder: string | null = null;
  private readonly pending = new Map<string, { size: number; timer: NodeJS.Timeout }>();
  private readonly ready = new Set<string>();
  private batchTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: FolderWatcherOptions) {}

  get watching(): string | null {
    return this.folder;
  }

  /** Watches `folder` (or stops watching with null); only one folder at a time. */
  set(folder: string | null): void {
    if (folder === this.folder) return;
    this.stop();
    if (!folder) return;
    this.folder = folder;
    this.watcher = watch(folder, { recursive: true }, (_event, name) => {
      if (!name) return;
      const file = join(folder, name.toString());
      if (basename(file).startsWith('.') || !IMPORTABLE_EXTENSIONS.has(extname(file).toLowerCase())) return;
      void this.check(file);
    });
    this.watcher.on('error', () => this.stop());
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    this.folder = null;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.ready.clear();
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
  }

  private async check(file: string): Promise<void> {
    let size: number;
    try {
      const info = await stat(file);
      if (!info.isFile()) return;
      size = info.size;
    } catch {
      this.pending.delete(file); // removed again before it settled
      return;
    }
    const previous = this.pending.get(file);
    if (previous) clearTimeout(previous.timer);
    const settleMs = this.options.settleMs ?? 1500;
    const timer = setTimeout(() => void this.settle(file, size), settleMs);
    this.pending.set(file, { size, timer });
  }

  private async settle(file: string, size: number): Promise<void> {
    try {
      const info = await stat(file);
      if (info.size !== size) return void this.check(file);
    } catch {
      this.pending.delete(file);
      return;
    }
    this.pending.delete(file);
    this.ready.add(file);
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = setTimeout(() => this.flush(), 200);
  }

  private flush(): void {
    const files = [...this.ready];
    this.ready.clear();
    if (files.length === 0) return;
    const jobId = this.options.importFiles(files);
    this.options.onImport(files, jobId);
  }
}
