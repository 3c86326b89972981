import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { runCli } from '../../../electron/cli/index';
import { openDatabase } from '../../../electron/core/db/connection';
import { createRepositories, type Repositories } from '../../../electron/core/db/repositories';
import { searchArchive } from '../../../electron/core/archive/search';
import { charText } from '../../../electron/core/text/search-tokens';
import { toSimplified } from '../../../electron/core/text/simplify';
import { tempDir } from '../helpers';
import { storeFigureFixtures } from './figure-fixtures';

/** How the first search index cut text: CJK runs as bigrams only, no edge characters, no value tokens. */
function firstVersionGrams(original: string): string {
  return toSimplified(original).replace(/[\u4e00-\u9fff]+/g, (run) => {
    const chars = Array.from(run);
    return ' ' + (chars.length === 1 ? run : chars.slice(1).map((c, i) => chars[i] + c).join(' ')) + ' ';
  });
}

/** An archive as the previous version left it: stories and figures, its index cut the old way, no token version. */
async function previousVersionArchive(dbPath: string): Promise<void> {
  const db = openDatabase(dbPath);
  const repos = createRepositories(db);
  await storeFigureFixtures(repos);
  const reindex = db.prepare('INSERT INTO story_search (rowid, headline_grams, body_grams, headline_chars, body_chars) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    repos.searchIndex.clear();
    for (const id of repos.stories.allIds()) {
      const s = repos.stories.get(id)!;
      reindex.run(id, firstVersionGrams(s.headline), firstVersionGrams(s.body), charText(s.headline), charText(s.body));
    }
    db.prepare(`DELETE FROM settings WHERE key = 'searchTokensVersion'`).run();
    db.prepare(`INSERT OR REPLACE INTO settings (key, value) VALUES ('firstRunDone', 'true')`).run();
  })();
  db.close();
}

const found = (repos: Repositories, query: string) => searchArchive(repos, { query, limit: 50, offset: 0 }).hits.length;

describe('an archive indexed by an earlier version', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('has its search index rebuilt when opened, and then finds figures as printed and by value', async () => {
    const dbPath = join(tmp.dir, 'archive.db');
    await previousVersionArchive(dbPath);
    const core = await createCore({ dbPath, transport: 'http', version: 't', systemLocale: 'zh-CN', emit: () => undefined });
    try {
      expect(core.searchRebuildJob).not.toBeNull();
      const state = await core.jobs.wait(core.searchRebuildJob!);
      expect(state.progress.phase).toBe('done');
      expect(found(core.repos, '4.8万')).toBe(2);
      expect(found(core.repos, '2万')).toBe(4);
      expect(found(core.repos, '第0001号')).toBe(1);
    } finally {
      await core.close();
    }
    // Rebuilt once: the next opening finds the index current.
    const again = await createCore({ dbPath, transport: 'http', version: 't', systemLocale: 'zh-CN', emit: () => undefined });
    expect(again.searchRebuildJob).toBeNull();
    await again.close();
  });

  it('is rebuilt by the command line before it searches, once', async () => {
    const dbPath = join(tmp.dir, 'archive.db');
    await previousVersionArchive(dbPath);
    const search = async () => {
      let out = '';
      let err = '';
      const code = await runCli(['--db', dbPath, 'search', '两万', '--json'], { out: (t) => (out += t), err: (t) => (err += t) });
      return { code, found: (JSON.parse(out) as unknown[]).length, err };
    };
    const first = await search();
    expect(first).toMatchObject({ code: 0, found: 4 });
    expect(first.err).toMatch(/rebuilding its search index/);
    const second = await search();
    expect(second).toEqual({ code: 0, found: 4, err: '' });
  });

  it('is not what a new archive is: nothing to rebuild', async () => {
    const core = await createCore({ dbPath: join(tmp.dir, 'new.db'), transport: 'http', version: 't', systemLocale: 'zh-CN', emit: () => undefined });
    expect(core.searchRebuildJob).toBeNull();
    await core.close();
  });

  it('finds nothing new until it is rebuilt (what the rebuild is for)', async () => {
    const dbPath = join(tmp.dir, 'archive.db');
    await previousVersionArchive(dbPath);
    const db = openDatabase(dbPath);
    expect(found(createRepositories(db), '4.8万')).toBe(0);
    db.close();
  });
});
