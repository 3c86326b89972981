import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../../electron/core/db/migrations';
import { createRepositories } from '../../../electron/core/db/repositories';
import { importBatchCases } from './import-batch-cases';

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

describe('batches left running (SQLite)', () => {
  importBatchCases(async () => {
    const db = archiveAt(migrations.length);
    const repos = createRepositories(db);
    return {
      deps: repos,
      storeStoryOf: async (batchId, contentHash) =>
        void db
          .prepare(`INSERT INTO stories (headline, body, content_hash, import_batch_id, created_at, updated_at) VALUES ('标题', '正文', ?, ?, 'now', 'now')`)
          .run(contentHash, batchId),
    };
  });
});
