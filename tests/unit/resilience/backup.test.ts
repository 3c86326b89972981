import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { openDatabase } from '../../../electron/core/db/connection';
import { connectionOf, createRepositories } from '../../../electron/core/db/repositories';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { invoke } from '../../../electron/core/invoke';
import { BackupScheduler, listBackups, rollingBackupName } from '../../../electron/core/backup/rolling';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { tempDir } from '../helpers';
import { runCliProcess } from './child';

const SEED = join(import.meta.dirname, '../../fixtures/cq-daily-2023-02-24.txt');

function inspect(path: string): { integrity: string; stories: number } {
  const db = new Database(path, { readonly: true });
  try {
    return { integrity: db.pragma('integrity_check', { simple: true }) as string, stories: db.prepare('SELECT count(*) FROM stories').pluck().get() as number };
  } finally {
    db.close();
  }
}

function withDb(db: Database.Database, fn: (db: Database.Database) => unknown): void {
  fn(db);
  db.pragma('journal_mode = DELETE');
  db.close();
}

async function call<T>(core: Core, channel: string, input: unknown = {}): Promise<T> {
  const result = await invoke(core.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as T;
}

describe('backups of an archive in use', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let dbPath: string;
  beforeEach(async () => {
    tmp = tempDir();
    dbPath = join(tmp.dir, 'archive.db');
    core = await createCore({ dbPath, transport: 'ipc', version: 't', systemLocale: 'en', samplePath: SEED, emit: () => undefined });
    // Keep the stories in archive.db-wal, as a running app does between checkpoints.
    connectionOf(core.repos).pragma('wal_autocheckpoint = 0');
    const story = core.repos.stories.list(0, 1)[0]!;
    await call(core, 'archive:update', { id: story.id, patch: { subhead: 'edited after the sample was stored' } });
  });
  afterEach(async () => {
    await core.close();
    tmp.cleanup();
  });

  it('Back up now copies what is still in the -wal file, where copying archive.db loses it', async () => {
    const copied = join(tmp.dir, 'copied.db');
    copyFileSync(dbPath, copied);
    const naive = (() => {
      try {
        return inspect(copied).stories;
      } catch {
        return 0;
      }
    })();
    expect(naive).toBeLessThan(8);

    const made = await call<{ path: string; stories: number }>(core, 'backup:now');
    expect(made.stories).toBe(8);
    expect(inspect(made.path)).toEqual({ integrity: 'ok', stories: 8 });
    const reopened = openDatabase(made.path);
    expect(reopened.prepare(`SELECT count(*) FROM stories WHERE subhead = 'edited after the sample was stored'`).pluck().get()).toBe(1);
    reopened.close();
    const listed = await call<{ backups: Array<{ name: string }> }>(core, 'backup:list');
    expect(listed.backups.map((b) => join(tmp.dir, 'backups', b.name))).toEqual([made.path]);
  });

  it('the CLI backs up and restores, keeping the archive as it was aside', async () => {
    const out = join(tmp.dir, 'safe.db');
    const backup = await runCliProcess(['--db', dbPath, 'backup', '--out', out, '--json']);
    expect(backup.code, backup.err).toBe(0);
    expect(JSON.parse(backup.out)).toMatchObject({ path: out, stories: 8 });
    expect(inspect(out)).toEqual({ integrity: 'ok', stories: 8 });
    expect((await runCliProcess(['--db', dbPath, 'backup', '--out', out])).code).toBe(1); // exists: needs --force

    await call(core, 'archive:delete', { ids: core.repos.stories.allIds() });
    const restored = await runCliProcess(['--db', dbPath, 'restore', out, '--json']);
    expect(restored.code, restored.err).toBe(0);
    const { aside } = JSON.parse(restored.out) as { aside: string };
    expect(aside).toMatch(/archive\.before-restore-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.db$/);
    expect(inspect(aside).stories).toBe(0);
    // The app's own connection sees the restored archive.
    expect(core.repos.stories.count()).toBe(8);
    expect(inspect(dbPath)).toEqual({ integrity: 'ok', stories: 8 });
  });

  it.each([
    { name: 'a newer archive', make: (p: string) => withDb(openDatabase(p), (db) => db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)), code: 'archive_newer' },
    { name: 'a damaged file', make: (p: string) => writeFileSync(p, Buffer.alloc(8192, 7)), code: 'archive_not_ours' },
    { name: "another program's database", make: (p: string) => withDb(new Database(p), (db) => db.exec('CREATE TABLE notes (x)')), code: 'archive_not_ours' },
  ])('restore refuses $name and changes nothing', async ({ make, code }) => {
    const bad = join(tmp.dir, 'bad.db');
    make(bad);
    const result = await invoke(core.handlers, 'backup:restore', { from: { kind: 'data', name: 'bad.db', dataBase64: (await import('node:fs')).readFileSync(bad).toString('base64') } });
    expect(result).toMatchObject({ ok: false, error: { code, params: { file: 'bad.db' } } });
    expect(core.repos.stories.count()).toBe(8);
    expect(readdirSync(tmp.dir).filter((n) => n.includes('before-restore'))).toEqual([]);
  });
});

describe('rolling backups', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('makes one a day, keeps the newest seven, and leaves other files in the folder alone', async () => {
    const dbPath = join(tmp.dir, 'archive.db');
    const db = openDatabase(dbPath);
    const folder = join(tmp.dir, 'chosen');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    let now = new Date('2026-12-01T09:00:00Z');
    const settings = { ...DEFAULT_SETTINGS, backupFolder: folder };
    const scheduler = new BackupScheduler({ repos: createRepositories(db), dbPath, settings: () => settings, now: () => now });
    for (let day = 0; day < 9; day++) {
      now = new Date(Date.parse('2026-12-01T09:00:00Z') + day * 86_400_000);
      expect(await scheduler.runIfDue(), `day ${day}`).not.toBeNull();
      now = new Date(now.getTime() + 3 * 3_600_000);
      expect(await scheduler.runIfDue(), `day ${day}, three hours later`).toBeNull();
    }
    const kept = listBackups(folder).map((b) => b.name);
    expect(kept).toHaveLength(7);
    expect(kept[0]).toBe(rollingBackupName(new Date('2026-12-09T09:00:00Z')));
    expect(existsSync(join(folder, 'notes.txt'))).toBe(true);
    settings.backupEvery = 'off';
    now = new Date('2027-01-01T00:00:00Z');
    expect(await scheduler.runIfDue()).toBeNull();
    db.close();
  });
});

describe('export everything', () => {
  let tmp: ReturnType<typeof tempDir>;
  const cores: Core[] = [];
  beforeEach(() => (tmp = tempDir()));
  afterEach(async () => {
    for (const c of cores.splice(0)) await c.close();
    tmp.cleanup();
  });

  async function archive(name: string, sample: boolean): Promise<Core> {
    const core = await createCore({ dbPath: join(tmp.dir, name), transport: 'ipc', version: 't', systemLocale: 'zh-CN', ...(sample ? { samplePath: SEED } : {}), emit: () => undefined });
    cores.push(core);
    return core;
  }

  async function files(base64: string): Promise<Record<string, string>> {
    const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
    const out: Record<string, string> = {};
    for (const name of Object.keys(zip.files).sort()) {
      if (zip.files[name]!.dir) continue;
      out[name] = name.endsWith('.docx') ? `docx of ${(await zip.file(name)!.async('uint8array')).byteLength > 0 ? 'some' : 'no'} bytes` : await zip.file(name)!.async('string');
    }
    // When each export was made is the one thing that differs.
    for (const name of ['manifest.json', 'register.json']) {
      const parsed = JSON.parse(out[name]!) as Record<string, unknown>;
      delete parsed.exportedAt;
      out[name] = JSON.stringify(parsed);
    }
    return out;
  }

  it('writes one zip of everything, and its import puts an empty archive back exactly', async () => {
    const a = await archive('a.db', true);
    const story = a.repos.stories.get(a.repos.stories.allIds()[0]!)!;
    const figures = await call<Array<{ id: number; kind: string }>>(a, 'figures:list', { storyId: story.id });
    await call(a, 'figures:update', { id: figures[0]!.id, patch: { review: 'confirmed' } });
    const target = figures.find((f) => f.kind === 'target');
    if (target) await call(a, 'targets:fromFigure', { figureId: target.id });
    await call(a, 'annotations:create', { storyId: story.id, start: 0, end: 4, type: 'note', comment: '核实' });
    await call(a, 'drafts:create', { title: '稿件', language: 'zh-CN', doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文' }] }] } });

    const exported = await call<{ fileName: string; dataBase64: string }>(a, 'archive:exportAll');
    expect(exported.fileName).toMatch(/\.zip$/);
    const inA = await files(exported.dataBase64);
    expect(Object.keys(inA)).toEqual(expect.arrayContaining(['manifest.json', 'stories.json', 'figures.json', 'register.csv', 'register.json', 'annotations.jsonld']));
    expect(Object.keys(inA).filter((n) => n.startsWith('drafts/'))).toEqual(['drafts/1 稿件.docx', 'drafts/1 稿件.html']);
    const manifest = JSON.parse(inA['manifest.json']!) as { counts: Record<string, number> };
    expect(manifest.counts).toMatchObject({ stories: 8, annotations: 1, drafts: 1, targets: target ? 1 : 0 });
    expect(manifest.counts.figures).toBe(JSON.parse(inA['figures.json']!).length);

    const b = await archive('b.db', false);
    const imported = await call<{ counts: Record<string, number> }>(b, 'archive:importAll', { name: 'everything.zip', dataBase64: exported.dataBase64 });
    expect(imported.counts).toEqual(manifest.counts);
    const inB = await files((await call<{ dataBase64: string }>(b, 'archive:exportAll')).dataBase64);
    expect(inB).toEqual(inA);
    expect((await call<{ hits: unknown[] }>(b, 'archive:search', { query: story.headline.slice(0, 4) })).hits.length).toBeGreaterThan(0);

    // Not into an archive that has work in it.
    const again = await invoke(a.handlers, 'archive:importAll', { name: 'everything.zip', dataBase64: exported.dataBase64 });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
