/**
 * The CLI's backup, restore and export-everything commands. They copy or replace the archive
 * file itself, to and from paths the contract's channels (made for the app's backup folder
 * and for uploads) do not take, so they work on the archive directly.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { AppFailure } from '../../shared/result';
import { exportEverything, importEverything } from '../core/backup/everything';
import { writeExport } from '../core/export/write';
import { packageVersion } from '../core/app-version';
import type { CliContext } from './context';
import { UsageError } from './options';

/** The path --out names, refused when it holds something other than a file, or a file without --force. */
function outPath(out: string | undefined, force: boolean | undefined): string {
  if (!out) throw new UsageError('Give the file to write with --out FILE.');
  const path = resolve(out);
  let info;
  try {
    info = statSync(path);
  } catch {
    return path;
  }
  if (!info.isFile()) throw new AppFailure('invalid_input', `${path} is not a regular file (a folder, device or pipe); choose a file name for --out.`, 'out');
  if (!force) throw new AppFailure('conflict', `${path} exists; add --force to replace it, or choose another --out.`, 'out');
  return path;
}

function fileArg(args: string[], usage: string): string {
  const file = args[0];
  if (!file) throw new UsageError(usage);
  return resolve(file);
}

export async function backupCommand(command: 'backup' | 'restore' | 'export-all' | 'import-all', a: CliContext): Promise<number> {
  const { repos, dbPath } = a;
  const print = (data: unknown, human: () => string) => a.out(a.json ? `${JSON.stringify(data, null, 2)}\n` : human());
  const progress = (what: string) => (p: { done: number; total: number }) => {
    if (!a.json && process.stderr.isTTY) a.err(`\r${what} ${p.total ? Math.round((p.done / p.total) * 100) : 100}%\x1b[K${p.done >= p.total ? '\n' : ''}`);
  };
  switch (command) {
    case 'backup': {
      const out = outPath(a.values.out, a.values.force);
      const made = await repos.archiveFile.backup(out, progress('Backing up'));
      print(made, () => `Backed up ${made.stories} stories (${made.bytes} bytes) to ${made.path}; the copy passed SQLite's integrity check.\n`);
      return 0;
    }
    case 'restore': {
      const from = fileArg(a.args, 'Give the backup to restore, e.g. `restore ~/backups/archive-2026-12-06T10-00-00Z.db`.');
      const restored = await repos.archiveFile.restore(dbPath, from, new Date(), progress('Restoring'));
      print({ ...restored, from }, () => `Restored ${restored.stories} stories from ${from} into ${dbPath}.\nThe archive as it was is kept at ${restored.aside}.\n`);
      return 0;
    }
    case 'export-all': {
      const out = outPath(a.values.out, a.values.force);
      const { bytes, manifest } = await exportEverything(repos, { app: packageVersion(), now: new Date(), onProgress: progress('Exporting') });
      await writeExport(out, bytes, { allowedDir: dirname(out), overwrite: a.values.force ?? false });
      print({ path: out, bytes: bytes.byteLength, counts: manifest.counts }, () =>
        `Exported ${manifest.counts.stories} stories, ${manifest.counts.figures} figures, ${manifest.counts.targets} targets, ${manifest.counts.annotations} annotations and ${manifest.counts.drafts} drafts to ${out}.\n`,
      );
      return 0;
    }
    case 'import-all': {
      const from = fileArg(a.args, 'Give the zip to import, e.g. `import-all figure-desk-everything.zip`.');
      const manifest = await importEverything(repos, new Uint8Array(readFileSync(from)), basename(from));
      print({ from, counts: manifest.counts }, () => `Imported ${manifest.counts.stories} stories and everything with them from ${from} into ${dbPath}.\n`);
      return 0;
    }
  }
}
