import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const IMPORTABLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx', '.pdf']);

/**
 * Files to import from what the editor dropped: folders are walked recursively, skipping
 * hidden entries (.git, .DS_Store) and files of kinds we can't read; files named
 * explicitly are kept whatever their type so the import can say why one was refused.
 */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const visitedDirs = new Set<string>();

  async function walk(dir: string): Promise<void> {
    const real = await realpath(dir);
    if (visitedDirs.has(real)) return; // symlink loop
    visitedDirs.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const s = await stat(full);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) await walk(full);
      else if (isFile && IMPORTABLE_EXTENSIONS.has(extname(e.name).toLowerCase())) add(full);
    }
  }

  function add(p: string): void {
    if (!seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  }

  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      add(p); // let the import report it as unreadable, by name
      continue;
    }
    if (s.isDirectory()) await walk(p);
    else add(p);
  }
  return out;
}
