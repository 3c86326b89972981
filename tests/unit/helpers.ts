import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import { createRepositories, type Repositories } from '../../electron/core/db/repositories';

/** A fresh archive in its own temporary folder; call cleanup() in afterEach. */
export function tempArchive(): { dir: string; dbPath: string; db: Db; repos: Repositories; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'figure-desk-test-'));
  const dbPath = join(dir, 'archive.db');
  const db = openDatabase(dbPath);
  return {
    dir,
    dbPath,
    db,
    repos: createRepositories(db),
    cleanup() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'figure-desk-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
