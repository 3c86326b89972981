import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobUpdate } from '../../../shared/contract';
import { JobRunner } from '../../../electron/core/jobs/runner';
import { openDatabase } from '../../../electron/core/db/connection';
import { createRepositories } from '../../../electron/core/db/repositories';
import { FolderWatcher } from '../../../electron/core/archive/store-watch';
import { tempDir } from '../helpers';

const SEED = join(import.meta.dirname, '../../fixtures/cq-daily-2023-02-24.txt');

describe('import jobs in a worker thread', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dbPath: string;
  let progress: JobUpdate[];
  let runner: JobRunner;

  beforeEach(() => {
    tmp = tempDir();
    dbPath = join(tmp.dir, 'archive.db');
    openDatabase(dbPath).close();
    progress = [];
    runner = new JobRunner({ dbPath, emit: (p) => progress.push(p) });
  });
  afterEach(async () => {
    await runner.close();
    tmp.cleanup();
  });

  it('imports a page off the main thread and reports progress to the end', async () => {
    const jobId = runner.start({ kind: 'import', sources: [{ kind: 'path', path: SEED }], options: { publication: '重庆日报' } });
    const state = await runner.wait(jobId);
    expect(state.error).toBeNull();
    expect(state.report!.imported).toHaveLength(8);
    expect(state.progress.phase).toBe('done');
    const phases = progress.filter((p) => p.jobId === jobId).map((p) => p.phase);
    expect(phases[0]).toBe('queued');
    expect(phases).toContain('segmenting');
    expect(phases.at(-1)).toBe('done');
    // The one last event carries the report, so a listener need not ask for it.
    expect(phases.filter((phase) => phase === 'done')).toHaveLength(1);
    const last = progress.filter((p) => p.jobId === jobId).at(-1)!;
    expect(last.report!.imported.map((s) => s.id)).toEqual(state.report!.imported.map((s) => s.id));
    expect(last.error).toBeNull();
    const db = openDatabase(dbPath);
    expect(createRepositories(db).stories.count()).toBe(8);
    db.close();
  });

  it('reads pages for review and stores the reviewed ones in the worker, reporting each as a job', async () => {
    const uploaded = readFileSync(SEED).toString('base64');
    const preview = await runner.outcome({
      kind: 'preview',
      sources: [{ kind: 'data', name: 'cq-daily-2023-02-24.txt', dataBase64: uploaded }, { kind: 'path', path: join(tmp.dir, 'gone.txt') }],
      options: { publication: '重庆日报' },
    });
    expect(preview.preview.pages).toHaveLength(1);
    expect(preview.preview.pages[0]!.stories).toHaveLength(8);
    expect(preview.preview.failed).toMatchObject([{ path: join(tmp.dir, 'gone.txt'), reason: 'missing' }]);
    let db = openDatabase(dbPath);
    expect(createRepositories(db).stories.count()).toBe(0);
    db.close();

    const [page] = preview.preview.pages;
    const saved = await runner.outcome({ kind: 'save', pages: [{ source: page!.source, publication: page!.publication, date: page!.date, stories: page!.stories.slice(0, 3) }] });
    expect(saved.report.imported).toHaveLength(3);
    db = openDatabase(dbPath);
    expect(createRepositories(db).stories.count()).toBe(3);
    db.close();
    const kinds = new Set(progress.map((p) => p.kind));
    expect(kinds).toEqual(new Set(['preview', 'save']));
    expect(progress.filter((p) => p.kind === 'save').at(-1)).toMatchObject({ phase: 'done', report: { imported: saved.report.imported } });
  });

  it('reports a bad file with its path and reason while the rest import, storing nothing of it', async () => {
    const broken = join(tmp.dir, 'broken.docx');
    writeFileSync(broken, 'PK\u0003\u0004 this is not really a docx');
    const jobId = runner.start({ kind: 'import', sources: [{ kind: 'path', path: broken }, { kind: 'path', path: SEED }], options: {} });
    const { report } = await runner.wait(jobId);
    expect(report!.imported).toHaveLength(8);
    expect(report!.failed).toHaveLength(1);
    expect(report!.failed[0]!.path).toBe(broken);
    expect(report!.failed[0]!.error).toContain('broken.docx');
    const db = openDatabase(dbPath);
    const paths = db.prepare('SELECT DISTINCT source_path FROM stories').pluck().all();
    expect(paths).toEqual([SEED]);
    db.close();
  });

  it('stops between files when cancelled, keeping only whole pages', async () => {
    const files: string[] = [];
    for (let i = 0; i < 40; i++) {
      const file = join(tmp.dir, `page-${String(i).padStart(2, '0')}.txt`);
      writeFileSync(file, `第${i}号测试稿件标题\n\n本报讯（记者 王${i}）今年全市新增绿地${i + 10}公顷，比去年多${i}个百分点。\n`);
      files.push(file);
    }
    const jobId = runner.start({ kind: 'import', sources: files.map((path) => ({ kind: 'path' as const, path })), options: { date: '2024-01-02' } });
    // Cancel as soon as the first file is under way: a signal, not a sleep.
    await new Promise<void>((resolve) => {
      const poll = () => (runner.get(jobId)?.progress.phase === 'segmenting' ? resolve() : setImmediate(poll));
      poll();
    });
    expect(runner.cancel(jobId)).toBe(true);
    const state = await runner.wait(jobId);
    expect(state.progress.phase).toBe('cancelled');
    expect(state.report!.cancelled).toBe(true);
    const imported = state.report!.imported.length;
    expect(imported).toBeLessThan(40);
    const db = openDatabase(dbPath);
    expect(createRepositories(db).stories.count()).toBe(imported);
    db.close();
    expect(runner.cancel(jobId)).toBe(false);
  });
});

describe('reindex job', () => {
  it('rebuilds the search index and re-reads figures, keeping an editor correction', async () => {
    const tmp = tempDir();
    const dbPath = join(tmp.dir, 'archive.db');
    const runner = new JobRunner({ dbPath, emit: () => undefined });
    try {
      const importId = runner.start({ kind: 'import', sources: [{ kind: 'path', path: SEED }], options: { publication: '重庆日报' } });
      await runner.wait(importId);
      const db = openDatabase(dbPath);
      const repos = createRepositories(db);
      const storyId = repos.stories.list(0, 50).find((s) => s.headline.includes('双倍增'))!.id;
      const figure = repos.figures.byStory(storyId).find((f) => f.quote === '突破7000家')!;
      repos.figures.update({ ...figure, metric: '高新技术企业数量', source: 'editor', review: 'confirmed' }, '2026-01-01T00:00:00Z');
      repos.searchIndex.clear();
      db.close();

      const jobId = runner.start({ kind: 'reindex', search: true, figures: true });
      const state = await runner.wait(jobId);
      expect(state.progress.phase).toBe('done');
      expect(state.progress.done).toBe(8);

      const after = openDatabase(dbPath);
      const repos2 = createRepositories(after);
      expect(repos2.searchIndex.search('{headline_grams body_grams} : "医保"', { from: null, to: null, publication: null, byline: null }, 10, 0)).toHaveLength(1);
      const kept = repos2.figures.byStory(storyId).filter((f) => f.start === figure.start);
      expect(kept).toHaveLength(1);
      expect(kept[0]).toMatchObject({ metric: '高新技术企业数量', source: 'editor' });
      after.close();
    } finally {
      await runner.close();
      tmp.cleanup();
    }
  });
});

describe('watched folder', () => {
  it('imports a file once it has been written', async () => {
    const tmp = tempDir();
    const seen = new Promise<string[]>((resolve) => {
      const watcher = new FolderWatcher({
        settleMs: 50,
        importFiles: () => 'job-1',
        onImport: (files) => {
          watcher.stop();
          resolve(files);
        },
      });
      watcher.set(tmp.dir);
      copyFileSync(SEED, join(tmp.dir, 'cq-daily-2023-02-24.txt'));
      writeFileSync(join(tmp.dir, '.hidden.txt'), 'ignored');
      writeFileSync(join(tmp.dir, 'photo.jpg'), 'ignored');
    });
    expect(await seen).toEqual([join(tmp.dir, 'cq-daily-2023-02-24.txt')]);
    tmp.cleanup();
  });
});
