import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION, migrate, migrations, schemaVersion } from '../../../electron/core/db/migrations';
import { tempDir } from '../helpers';

const SNAPSHOT = join(import.meta.dirname, 'schema.snapshot.sql');

function dumpSchema(db: Database.Database): string {
  const rows = db
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name`)
    .all() as Array<{ type: string; name: string; sql: string }>;
  return `-- user_version = ${schemaVersion(db)}\n` + rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql.trim()};\n`).join('\n');
}

describe('migrations', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());

  it('migrates an empty database to the committed schema snapshot', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    const schema = dumpSchema(db);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) writeFileSync(SNAPSHOT, schema);
    expect(existsSync(SNAPSHOT), "run with UPDATE_SCHEMA_SNAPSHOT=1 to write the snapshot").toBe(true);
    expect(schema).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it('upgrades an archive from an older version and keeps its stories', () => {
    const db = new Database(':memory:');
    db.transaction(() => {
      for (const m of migrations.slice(0, 5)) m.up(db);
      db.pragma('user_version = 5');
    })();
    db.prepare(`INSERT INTO stories (headline, body, content_hash, created_at, updated_at) VALUES ('标题', '正文', 'h1', 'now', 'now')`).run();
    expect(migrate(db)).toEqual({ from: 5, to: LATEST_SCHEMA_VERSION });
    expect(db.prepare('SELECT headline FROM stories').pluck().all()).toEqual(['标题']);
    expect(dumpSchema(db)).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it('is idempotent: a second run changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    const before = dumpSchema(db);
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    expect(dumpSchema(db)).toBe(before);
  });

  it('creates STRICT tables with foreign keys and WAL on', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const db = openDatabase(join(tmp.dir, 'a.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const strict = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'story_search%'`).all() as Array<{ name: string; strict: number }>;
    expect(strict.length).toBeGreaterThanOrEqual(5);
    for (const table of strict) expect(table, table.name).toMatchObject({ strict: 1 });
    db.close();
  });

  it('refuses an archive written by a newer version, and leaves it untouched', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const path = join(tmp.dir, 'newer.db');
    const newer = new Database(path);
    newer.exec('CREATE TABLE from_the_future (x INTEGER) STRICT');
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    newer.close();
    expect(() => openDatabase(path)).toThrow(/newer version of Figure Desk/);
    const check = new Database(path);
    expect(schemaVersion(check)).toBe(LATEST_SCHEMA_VERSION + 5);
    expect(check.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'stories'`).pluck().get()).toBe(0);
    check.close();
  });

  it('rolls every pending migration back when one fails', () => {
    const db = new Database(':memory:');
    // A table in the way makes migration 0003 fail after 0001 and 0002 ran.
    db.exec('CREATE TABLE figures (x INTEGER)');
    expect(() => migrate(db)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name IN ('stories', 'publications', 'story_search')`).pluck().get()).toBe(0);
  });
});
