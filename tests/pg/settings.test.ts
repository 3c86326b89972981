/**
 * Settings on the team archive: the cases SQLite passes (tests/unit/core/settings-cases.ts),
 * then what a shared archive adds: the desk's settings are every editor's, the editor's
 * name is each editor's own.
 */
import { expect, it } from 'vitest';
import { migratePg } from '../../electron/core/db/pg/migrations';
import { pgStores } from '../../electron/core/db/pg/stores';
import { createDraft, listDraftVersions } from '../../electron/core/drafts';
import { doc, paragraph } from '../../electron/core/drafts/build';
import { readSettings, writeSettings } from '../../electron/core/settings';
import { settingsServiceCases } from '../unit/core/settings-cases';
import { TEST_SUPERUSER } from './cluster';
import { describePg, useDatabase } from './server';

describePg('settings on PostgreSQL', () => {
  const database = useDatabase();
  async function migrated() {
    const { pool, url } = await database.schema();
    await migratePg(pool, url);
    return pool;
  }

  settingsServiceCases(async () => {
    const pool = await migrated();
    return {
      deps: { stores: pgStores(pool) },
      putRaw: async (key, text) =>
        void (await pool.query(`INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [key, text])),
    };
  });

  it("one editor's saved settings are the desk's, but their name signs only their own writes", async () => {
    const pool = await migrated();
    const wang = { stores: pgStores(pool) };
    const li = { stores: pgStores(pool, { editorName: () => 'Li Hua' }) };
    await writeSettings(wang, { editorName: '王编辑', publicationCities: { 绍兴日报: '绍兴' } });

    expect(await readSettings(li)).toMatchObject({ editorName: 'Li Hua', publicationCities: { 绍兴日报: '绍兴' } });
    const draft = await createDraft(li, { title: '跟踪', language: 'zh-CN', doc: doc(paragraph('初稿')) });
    expect((await listDraftVersions(li, draft.id)).map((v) => v.author)).toEqual(['Li Hua']);

    // An editor who never named themselves signs as the PostgreSQL role they connected as.
    const zhao = { stores: pgStores(pool) };
    expect((await readSettings(zhao)).editorName).toBe('');
    const other = await createDraft(zhao, { title: '另一篇', language: 'zh-CN', doc: doc(paragraph('初稿')) });
    expect((await listDraftVersions(zhao, other.id)).map((v) => v.author)).toEqual([TEST_SUPERUSER]);
  });
});
