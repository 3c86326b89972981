import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../../electron/core/db/migrations';
import { createRepositories } from '../../../electron/core/db/repositories';
import { markInterruptedImports, runnerAlive, thisRunner } from '../../../electron/core/jobs/recovery';

function archiveAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.transaction(() => {
    for (const m of migrations.slice(0, version)) m.up(db);
    db.pragma(`user_version = ${version}`);
  }).immediate();
  return db;
}

describe('migration 0008: interrupted imports', () => {
  it('keeps every batch and story of an older archive and lets a batch be interrupted', () => {
    const db = archiveAt(7);
    db.prepare(`INSERT INTO import_batches (started_at, status, files) VALUES ('2026-01-01T00:00:00Z', 'running', 3)`).run();
    db.prepare(`INSERT INTO stories (headline, body, content_hash, import_batch_id, created_at, updated_at) VALUES ('标题', '正文', 'h1', 1, 'now', 'now')`).run();
    expect(() => db.prepare(`UPDATE import_batches SET status = 'interrupted'`).run()).toThrow(/CHECK/);
    migrate(db);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT import_batch_id FROM stories').pluck().all()).toEqual([1]);
    db.prepare(`UPDATE import_batches SET status = 'interrupted'`).run();
    expect(() => db.prepare(`UPDATE import_batches SET status = 'lost'`).run()).toThrow(/CHECK/);
  });

  it('rolls back with the rest when a later step fails, leaving the archive at 7', () => {
    const db = archiveAt(7);
    db.exec('CREATE INDEX import_batches_by_status ON import_batches (files)');
    expect(() => migrate(db)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'import_batches'`).pluck().get()).not.toContain('interrupted');
  });
});

describe('batches left running', () => {
  it('become interrupted with what they stored when their process is gone, and are left alone while it runs', async () => {
    const db = archiveAt(migrations.length);
    const repos = createRepositories(db);
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      const living = await repos.stores.importBatches.start('t', 2, { paths: ['/a.txt'], options: {} }, `${other.pid}@0`);
      const mine = await repos.stores.importBatches.start('t', 2, { paths: ['/b.txt'], options: {} }, thisRunner());
      const dead = await repos.stores.importBatches.start('t', 2, { paths: ['/c.txt', '/d.txt'], options: { publication: '重庆日报' } }, '999999999@0');
      const earlierWithMyPid = await repos.stores.importBatches.start('t', 1, null, `${process.pid}@1`);
      db.prepare(`INSERT INTO stories (headline, body, content_hash, import_batch_id, created_at, updated_at) VALUES ('标题', '正文', 'h1', ?, 'now', 'now')`).run(dead);
      expect(runnerAlive(`${other.pid}@0`)).toBe(true);
      expect((await markInterruptedImports(repos)).sort()).toEqual([dead, earlierWithMyPid]);
      expect(await repos.stores.importBatches.get(dead)).toMatchObject({ status: 'interrupted', stories: 1, resumable: true, paths: ['/c.txt', '/d.txt'] });
      expect(await repos.stores.importBatches.get(earlierWithMyPid)).toMatchObject({ status: 'interrupted', resumable: false });
      expect((await repos.stores.importBatches.get(living))!.status).toBe('running');
      expect((await repos.stores.importBatches.get(mine))!.status).toBe('running');
    } finally {
      other.kill('SIGKILL');
    }
  });
});
