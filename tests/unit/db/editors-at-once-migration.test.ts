import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../../electron/core/db/migrations';
import { createRepositories } from '../../../electron/core/db/repositories';
import { saveDraft } from '../../../electron/core/drafts';

describe('migration 0016: editors at once (who saved a draft)', () => {
  it('keeps the drafts an archive at version 15 holds, saved by no one known, and names who saves them from then on', async () => {
    const db = new Database(':memory:');
    db.transaction(() => {
      for (const m of migrations.slice(0, 15)) m.up(db);
      db.pragma('user_version = 15');
    })();
    const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '初稿' }] }] });
    db.prepare(`INSERT INTO drafts (id, title, language, doc_json, revision, created_at, updated_at) VALUES (1, '跟踪', 'zh-CN', ?, 4, '2024-03-01', '2024-03-02')`).run(doc);

    expect(migrate(db)).toEqual({ from: 15, to: migrations.length });

    const repos = createRepositories(db);
    expect(await repos.stores.drafts.get(1)).toMatchObject({ title: '跟踪', revision: 4, updatedAt: '2024-03-02', updatedBy: '' });
    repos.author.set('王编辑');
    await saveDraft(repos, { id: 1, doc: JSON.parse(doc) as never, baseRevision: 4 });
    await expect(saveDraft(repos, { id: 1, doc: JSON.parse(doc) as never, baseRevision: 4 })).rejects.toMatchObject({ params: { by: '王编辑', revision: 5 } });
    db.close();
  });
});
