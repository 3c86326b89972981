/**
 * Cancel drills: a job stuck in one long step (a huge page being segmented) still stops
 * within 2 seconds of jobs:cancel, SIGINT or SIGTERM, keeping every page committed before.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobRunner } from '../../../electron/core/jobs/runner';
import { openDatabase } from '../../../electron/core/db/connection';
import { createRepositories } from '../../../electron/core/db/repositories';
import { tempDir } from '../helpers';

const SEED = join(import.meta.dirname, '../../fixtures/cq-daily-2023-02-24.txt');
const ROOT = join(import.meta.dirname, '../../..');
const STOP_WITHIN_MS = 2000;

/** A page big enough that reading it takes far longer than an editor waits for Cancel. */
function writeHugePage(path: string): void {
  const paragraph = '本报讯 2022年，全市地区生产总值达到29129.03亿元，比上年增长2.6%，规模以上工业增加值增长3.2%。';
  const lines = ['全市经济运行情况通报', ''];
  for (let i = 0; lines.length < 60_000; i++) lines.push(`${paragraph}第${i}段。`, '');
  writeFileSync(path, lines.join('\n'));
}

function storyCount(dbPath: string): number {
  const db = openDatabase(dbPath);
  try {
    return createRepositories(db).stories.count();
  } finally {
    db.close();
  }
}

/** Waits for a condition by polling it on the event loop: a signal, not a fixed sleep. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 25));
}

describe('cancelling a long import', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dbPath: string;
  let seed: string;
  let huge: string;
  beforeEach(() => {
    tmp = tempDir();
    dbPath = join(tmp.dir, 'archive.db');
    openDatabase(dbPath).close();
    seed = join(tmp.dir, 'cq-daily-2023-02-24.txt');
    copyFileSync(SEED, seed);
    huge = join(tmp.dir, 'huge-page.txt');
    writeHugePage(huge);
  });
  afterEach(() => tmp.cleanup());

  it('jobs:cancel stops a job in the middle of one huge file within 2 s, keeping the pages before it', async () => {
    const runner = new JobRunner({ dbPath, emit: () => {} });
    try {
      const jobId = runner.start({ kind: 'import', sources: [{ kind: 'path', path: seed }, { kind: 'path', path: huge }], options: {} });
      await until(() => runner.get(jobId)?.progress.message === 'huge-page.txt');
      const asked = performance.now();
      expect(runner.cancel(jobId)).toBe(true);
      const state = await runner.wait(jobId);
      expect(performance.now() - asked).toBeLessThan(STOP_WITHIN_MS);
      expect(state.progress.phase).toBe('cancelled');
      expect(storyCount(dbPath)).toBe(8);
    } finally {
      await runner.close();
    }
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('the CLI answers %s within 2 s and keeps what it committed', async (signal) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', '--db', dbPath, 'import', seed, huge], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await until(() => storyCount(dbPath) === 8);
      const sent = performance.now();
      child.kill(signal);
      const code = await exited;
      expect(performance.now() - sent).toBeLessThan(STOP_WITHIN_MS);
      expect(code).toBe(130);
      expect(stderr).toMatch(/Cancelling/);
      expect(storyCount(dbPath)).toBe(8);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('browser mode stops on SIGTERM within 2 s while a job is in the middle of a huge upload', async () => {
    const staticDir = join(tmp.dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const server = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/serve.ts', '--db', dbPath, '--static', staticDir, '--no-sample'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
    try {
      const url = await new Promise<string>((resolve) => server.stdout.on('data', (chunk: Buffer) => {
        const found = /running at (\S+)/.exec(chunk.toString());
        if (found) resolve(found[1]!);
      }));
      const token = /figure-desk-token" content="([^"]+)"/.exec(await (await fetch(url)).text())![1]!;
      const call = async (channel: string, body: unknown) =>
        ((await (await fetch(`${url}api/${channel}`, { method: 'POST', headers: { 'X-Figure-Desk-Token': token }, body: JSON.stringify(body) })).json()) as { data: Record<string, unknown> }).data;
      const { jobId } = await call('archive:import', { sources: [{ kind: 'data', name: 'huge-page.txt', dataBase64: readFileSync(huge).toString('base64') }] });
      // Waits on the job's own progress: the huge file is being read.
      while (((await call('jobs:get', { jobId })).progress as { message: string }).message !== 'huge-page.txt') {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const sent = performance.now();
      server.kill('SIGTERM');
      await exited;
      expect(performance.now() - sent).toBeLessThan(STOP_WITHIN_MS);
    } finally {
      server.kill('SIGKILL');
    }
  });
});
