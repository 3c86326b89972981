import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/archive/parse';
import { openDatabase } from '../../../electron/core/db/connection';
import type { ImportBatch } from '../../../shared/domain/imports';
import { tempDir } from '../helpers';
import { runCliProcess, spawnCli } from './child';
import { writeEditions } from './pages';

const EDITIONS = 120;

/** What a kill must never leave: a damaged file, a story without its index entry, a page stored in part. */
function damage(dbPath: string, perEdition: number): { integrity: string; unindexed: number; partPages: Array<{ source: string; n: number }> } {
  const db = new Database(dbPath, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      unindexed: db
        .prepare(`SELECT count(*) FROM (SELECT id FROM stories EXCEPT SELECT id FROM story_search_docsize UNION ALL SELECT id FROM story_search_docsize EXCEPT SELECT id FROM stories)`)
        .pluck()
        .get() as number,
      partPages: db
        .prepare(`SELECT source_path AS source, count(*) AS n FROM stories GROUP BY source_path HAVING n <> ?`)
        .all(perEdition) as Array<{ source: string; n: number }>,
    };
  } finally {
    db.close();
  }
}

function storiesIn(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM stories').pluck().get() as number;
  } catch {
    return 0; // the CLI is creating it
  } finally {
    db.close();
  }
}

describe('crash drill: the CLI killed with SIGKILL in the middle of an import', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dbPath: string;
  beforeEach(() => {
    tmp = tempDir();
    dbPath = join(tmp.dir, 'archive.db');
    openDatabase(dbPath).close();
  });
  afterEach(() => tmp.cleanup());

  it('leaves a sound archive, an interrupted batch with what it stored, and a resume fills in exactly the rest', async () => {
    const files = writeEditions(tmp.dir, EDITIONS);
    const perEdition = (await parseFile(files[0]!)).stories.length;
    const { child, done } = spawnCli(['--db', dbPath, 'import', ...files, '--json']);
    // Kill it once part of the import is committed (the signal is the stories themselves).
    let stored = 0;
    while (stored === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      stored = storiesIn(dbPath);
    }
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    const committed = storiesIn(dbPath);
    expect(committed).toBeLessThan(EDITIONS * perEdition);

    expect(damage(dbPath, perEdition)).toEqual({ integrity: 'ok', unindexed: 0, partPages: [] });

    const listed = await runCliProcess(['--db', dbPath, 'imports', '--json']);
    expect(listed.code).toBe(0);
    const [batch] = JSON.parse(listed.out) as ImportBatch[];
    expect(batch).toMatchObject({ status: 'interrupted', stories: committed, files: EDITIONS, resumable: true });

    const resumed = await runCliProcess(['--db', dbPath, 'imports', 'resume', String(batch!.id), '--json']);
    expect(resumed.code, resumed.err).toBe(0);
    const report = JSON.parse(resumed.out) as { imported: unknown[]; skipped: unknown[] };
    expect(report.imported).toHaveLength(EDITIONS * perEdition - committed);
    expect(report.skipped).toHaveLength(committed);

    expect(storiesIn(dbPath)).toBe(EDITIONS * perEdition);
    expect(damage(dbPath, perEdition)).toEqual({ integrity: 'ok', unindexed: 0, partPages: [] });
    const after = JSON.parse((await runCliProcess(['--db', dbPath, 'imports', '--json'])).out) as ImportBatch[];
    expect(after.find((b) => b.id === batch!.id)).toMatchObject({ status: 'interrupted', resumable: false, resumedBy: after[0]!.id });
    expect(after[0]).toMatchObject({ status: 'done' });
    // Three CLI processes and two imports of 120 pages: slow on a loaded machine, never a hang.
  }, 180_000);
});
