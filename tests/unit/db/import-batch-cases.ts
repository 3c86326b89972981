/**
 * What the archive remembers of imports, whichever engine holds it: the SQLite archive runs
 * these in import-recovery.test.ts, the team archive on PostgreSQL in
 * tests/pg/import-batches.test.ts, and both must pass them unchanged.
 */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import type { Stores } from '../../../electron/core/db/repositories/types';
import { markInterruptedImports, resumeRequest, runnerAlive, thisRunner } from '../../../electron/core/jobs/recovery';

/** A fresh archive for one case. */
export interface ImportBatchArchive {
  deps: { stores: Pick<Stores, 'importBatches'> };
  /** Stores a story as a page of batch `batchId` does. */
  storeStoryOf(batchId: number, contentHash: string): Promise<void>;
}

/** Registers the cases; `open` gives each test a fresh, empty archive. */
export function importBatchCases(open: () => Promise<ImportBatchArchive>): void {
  it('become interrupted with what they stored when their process is gone, and are left alone while it runs', async () => {
    const { deps, storeStoryOf } = await open();
    const batches = deps.stores.importBatches;
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      const living = await batches.start('t', 2, { paths: ['/a.txt'], options: {} }, `${other.pid}@0`);
      const mine = await batches.start('t', 2, { paths: ['/b.txt'], options: {} }, thisRunner());
      const dead = await batches.start('t', 2, { paths: ['/c.txt', '/d.txt'], options: { publication: '重庆日报' } }, '999999999@0');
      const earlierWithMyPid = await batches.start('t', 1, null, `${process.pid}@1`);
      await storeStoryOf(dead, 'h1');
      expect(runnerAlive(`${other.pid}@0`)).toBe(true);
      expect((await markInterruptedImports(deps)).sort()).toEqual([dead, earlierWithMyPid]);
      expect(await batches.get(dead)).toMatchObject({ status: 'interrupted', stories: 1, resumable: true, paths: ['/c.txt', '/d.txt'] });
      expect(await batches.get(earlierWithMyPid)).toMatchObject({ status: 'interrupted', resumable: false });
      expect((await batches.get(living))!.status).toBe('running');
      expect((await batches.get(mine))!.status).toBe('running');
      // Started again, nothing more is found to mark.
      expect(await markInterruptedImports(deps)).toEqual([]);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('lists batches newest first, as many as asked, each running until it finishes with its outcome', async () => {
    const { deps } = await open();
    const batches = deps.stores.importBatches;
    const me = thisRunner();
    const first = await batches.start('2026-12-07T01:00:00.000Z', 3, { paths: ['/papers/a.txt'], options: { publication: '重庆日报' } }, me);
    const second = await batches.start('2026-12-07T01:05:00.000Z', 1);
    expect((await batches.recent(10)).map((b) => [b.id, b.status])).toEqual([
      [second, 'running'],
      [first, 'running'],
    ]);
    expect(await batches.running()).toEqual(expect.arrayContaining([{ id: first, runner: me }, { id: second, runner: null }]));

    await batches.finish(first, { finishedAt: '2026-12-07T01:02:00.000Z', status: 'done', stories: 5, skipped: 1, failed: 0, reportJson: '{}' });
    expect(await batches.get(first)).toEqual({
      id: first,
      startedAt: '2026-12-07T01:00:00.000Z',
      finishedAt: '2026-12-07T01:02:00.000Z',
      status: 'done',
      files: 3,
      stories: 5,
      skipped: 1,
      failed: 0,
      paths: ['/papers/a.txt'],
      resumable: false,
      resumedBy: null,
      request: { paths: ['/papers/a.txt'], options: { publication: '重庆日报' } },
    });
    expect((await batches.recent(1)).map((b) => b.id)).toEqual([second]);
    expect(await batches.running()).toEqual([{ id: second, runner: null }]);
    expect(await batches.get(second + 100)).toBeNull();
    // A batch that finished is never marked interrupted, whoever thinks its process is gone.
    expect(await batches.interrupt([first], '2026-12-07T02:00:00.000Z')).toEqual([]);
    expect((await batches.get(first))!.status).toBe('done');
  });

  it('resumes an interrupted batch once, from the files it kept, and says why it will not resume any other', async () => {
    const { deps } = await open();
    const batches = deps.stores.importBatches;
    const dead = await batches.start('t', 2, { paths: ['/c.txt', '/d.txt'], options: { publication: '重庆日报' } }, '999999999@0');
    const uploaded = await batches.start('t', 1, null, '999999999@0');
    const finished = await batches.start('t', 1, { paths: ['/e.txt'], options: {} }, thisRunner());
    await batches.finish(finished, { finishedAt: 't', status: 'done', stories: 1, skipped: 0, failed: 0, reportJson: '{}' });
    await markInterruptedImports(deps);

    expect(await resumeRequest(deps, dead)).toEqual({
      sources: [
        { kind: 'path', path: '/c.txt' },
        { kind: 'path', path: '/d.txt' },
      ],
      options: { publication: '重庆日报' },
    });
    const again = await batches.start('t', 2, { paths: ['/c.txt', '/d.txt'], options: {} }, thisRunner());
    await batches.setResumedBy(dead, again);
    expect(await batches.get(dead)).toMatchObject({ status: 'interrupted', resumable: false, resumedBy: again });

    await expect(resumeRequest(deps, dead)).rejects.toMatchObject({ code: 'conflict', reason: 'import_resumed_already', params: { id: dead, by: again } });
    await expect(resumeRequest(deps, finished)).rejects.toMatchObject({ code: 'conflict', reason: 'import_not_interrupted', params: { id: finished, status: 'done' } });
    await expect(resumeRequest(deps, uploaded)).rejects.toMatchObject({ code: 'invalid_input', reason: 'import_not_kept', params: { id: uploaded } });
    await expect(resumeRequest(deps, 999)).rejects.toMatchObject({ code: 'not_found', reason: 'import_not_found', params: { id: 999 } });
  });
}
