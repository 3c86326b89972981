import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { updateAnnotation } from '../../../electron/core/annotations';
import { migrate, migrations } from '../../../electron/core/db/migrations';
import { createRepositories } from '../../../electron/core/db/repositories';

describe('migration 0014: annotation revisions', () => {
  it('gives the annotations an archive at version 13 holds revision 1, changed by no one, and counts changes from then on', async () => {
    const db = new Database(':memory:');
    db.transaction(() => {
      for (const m of migrations.slice(0, 13)) m.up(db);
      db.pragma('user_version = 13');
    })();
    db.prepare(`INSERT INTO stories (id, headline, body, content_hash, created_at, updated_at) VALUES (1, 'h', '高新技术企业突破7000家', 'x', 't', 't')`).run();
    db.prepare(
      `INSERT INTO annotations (uuid, story_id, type, exact, start_offset, end_offset, created_at, updated_at, author)
       VALUES ('0b6d1c1e-7a4c-4d0a-9a8e-1c2d3e4f5a6b', 1, 'note', '7000家', 8, 13, '2024-03-01', '2024-03-01', '张亦筑')`,
    ).run();

    expect(migrate(db)).toEqual({ from: 13, to: migrations.length });

    const repos = createRepositories(db);
    const [before] = await repos.stores.annotations.byStory(1);
    expect(before).toMatchObject({ author: '张亦筑', revision: 1, updatedBy: '', updatedAt: '2024-03-01' });
    repos.author.set('王编辑');
    expect(await updateAnnotation(repos, before!.id, { comment: '已核实', baseRevision: 1 })).toMatchObject({ revision: 2, updatedBy: '王编辑', author: '张亦筑' });
    db.close();
  });
});
