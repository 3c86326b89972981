import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync, mkdirSync, chownSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { createCore, type Core } from '../../../electron/core/core';
import { invoke } from '../../../electron/core/invoke';
import { ARCHIVE_PROBLEMS, archiveProblemMessage, type ArchiveProblem } from '../../../shared/archive-problems';
import { tempDir } from '../helpers';
import { asUnprivileged, holdWriteLock, runCliProcess } from './child';

const SEED = join(import.meta.dirname, '../../fixtures/cq-daily-2023-02-24.txt');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function newerArchive(path: string): void {
  const newer = new Database(path);
  newer.exec(`CREATE TABLE stories (id INTEGER PRIMARY KEY) STRICT; CREATE TABLE import_batches (id INTEGER PRIMARY KEY) STRICT;
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) STRICT; CREATE TABLE from_the_future (x INTEGER) STRICT;`);
  newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  newer.close();
}

function otherProgramsDatabase(path: string): void {
  const other = new Database(path);
  other.exec(`CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('Li', '123');`);
  other.close();
}

describe('archives this version must refuse are left byte for byte as they were', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it.each<{ name: string; make(path: string): void; code: ArchiveProblem; says: RegExp }>([
    { name: 'an archive written by a newer version', make: newerArchive, code: 'archive_newer', says: /newer version of Figure Desk.*Update Figure Desk/ },
    { name: "another program's SQLite database", make: otherProgramsDatabase, code: 'archive_not_ours', says: /is not a Figure Desk archive/ },
    { name: 'a file that is not a database', make: (p) => writeFileSync(p, 'Dear editor, this is a letter, not a database.\n'.repeat(200)), code: 'archive_not_ours', says: /is not a Figure Desk archive/ },
  ])('$name: refused with $code, naming the file, and unchanged', ({ make, code, says }) => {
    const path = join(tmp.dir, 'archive.db');
    make(path);
    const before = sha256(path);
    let thrown: unknown;
    try {
      openDatabase(path).close();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code, params: { file: path } });
    expect((thrown as Error).message).toMatch(says);
    expect((thrown as Error).message).toContain(path);
    expect(sha256(path)).toBe(before);
  });

  it('with --json, the CLI prints the refusal as JSON with a code on stderr', async () => {
    const path = join(tmp.dir, 'archive.db');
    newerArchive(path);
    const before = sha256(path);
    const run = await runCliProcess(['--db', path, 'stories', '--json']);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    const printed = JSON.parse(run.err) as { error: { code: string; message: string; params: Record<string, unknown> } };
    expect(printed.error).toMatchObject({ code: 'archive_newer', params: { file: path, found: LATEST_SCHEMA_VERSION + 1 } });
    expect(sha256(path)).toBe(before);
  });

  it('without --json, the CLI says it in the terminal language', async () => {
    const path = join(tmp.dir, 'archive.db');
    otherProgramsDatabase(path);
    const run = await runCliProcess(['--db', path, 'stories'], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: '' } });
    expect(run.err).toContain(`${path} 不是 Figure Desk 档案`);
  });
});

describe('an archive Figure Desk cannot write', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  function archiveIn(folder: string): string {
    mkdirSync(folder, { recursive: true });
    const path = join(folder, 'archive.db');
    openDatabase(path).close();
    return path;
  }

  it.each([
    { name: 'only its folder is read-only', lock: (path: string, folder: string) => (chmodSync(folder, 0o555), chmodSync(path, 0o666)) },
    { name: 'the file is read-only', lock: (path: string) => chmodSync(path, 0o444) },
  ])('$name: the CLI says read-only, names the file and changes nothing', async ({ lock }) => {
    chmodSync(tmp.dir, 0o755);
    const folder = join(tmp.dir, 'desk');
    const path = archiveIn(folder);
    if (asUnprivileged.uid !== undefined) chownSync(path, 0, 0);
    lock(path, folder);
    const before = sha256(path);
    const page = join(tmp.dir, 'page.txt');
    writeFileSync(page, '标题\n\n正文第一段。\n');
    chmodSync(page, 0o644);
    const run = await runCliProcess(['--db', path, 'import', page, '--json'], asUnprivileged);
    const printed = JSON.parse(run.err.trim().split('\n').at(-1)!) as { error: { code: string; message: string } };
    expect(printed.error.code).toBe('archive_read_only');
    expect(printed.error.message).toContain(path);
    expect(printed.error.message).toMatch(/read-only \(file or folder\)/);
    expect(sha256(path)).toBe(before);
    chmodSync(folder, 0o755);
  });
});

describe('a lock held by another program', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let dbPath: string;
  beforeEach(async () => {
    tmp = tempDir();
    dbPath = join(tmp.dir, 'archive.db');
    core = await createCore({ dbPath, transport: 'ipc', version: 't', systemLocale: 'en', samplePath: SEED, emit: () => undefined });
  });
  afterEach(async () => {
    await core.close();
    tmp.cleanup();
  });

  it('is waited out: an edit made while another writer commits succeeds', async () => {
    const holder = holdWriteLock(dbPath, 400);
    await holder.locked;
    const result = await invoke(core.handlers, 'settings:set', { approxTolerance: 0.07 });
    await holder.done;
    expect(result.ok).toBe(true);
    const id = (core.repos.stories.list(0, 1)[0] as { id: number }).id;
    const again = holdWriteLock(dbPath, 400);
    await again.locked;
    const edit = await invoke(core.handlers, 'archive:update', { id, patch: { subhead: '副题' } });
    await again.done;
    expect(edit).toMatchObject({ ok: true });
  });

  it('that outlasts the busy timeout is reported as busy, naming the file', async () => {
    const holder = holdWriteLock(dbPath, null);
    try {
      await holder.locked;
      const result = await invoke(core.handlers, 'settings:set', { approxTolerance: 0.07 });
      expect(result).toMatchObject({ ok: false, error: { code: 'archive_busy', params: { file: dbPath } } });
      expect(!result.ok && result.error.message).toContain(`${dbPath} is busy (another Figure Desk or program is writing it); try again`);
    } finally {
      holder.child.kill('SIGKILL');
      await holder.done;
    }
  });
});

describe('archive problems are said in both languages', () => {
  it.each(Object.keys(ARCHIVE_PROBLEMS) as ArchiveProblem[])('%s names the file and keeps the same parameters in Chinese and English', (code) => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const { en, 'zh-CN': zh } = ARCHIVE_PROBLEMS[code];
    expect(names(en)).toContain('file');
    expect(names(zh)).toEqual(names(en));
    expect(archiveProblemMessage(code, { file: '/x/archive.db', folder: '/x', reason: 'r', found: 9, supported: 8 }, 'zh-CN')).not.toMatch(/\{\w+\}/);
  });
});
