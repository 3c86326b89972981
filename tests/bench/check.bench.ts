/**
 * Check benchmark (issue 10: "`check` p95 stays under 100 ms with 10k targets and 1M
 * figures, and the check page opens a story's verdicts within 200 ms at that size").
 * Measures on the archive of tests/bench/check-archive.ts (built once, kept in .bench/):
 *
 * - checkStory over 100 random stories, in process, after one first call that builds the
 *   in-memory key index (timed apart);
 * - the check page's round trip: the calls CheckView makes when it opens a story
 *   (`archive:get`, `check:story`, and `targets:list` of the story's own targets), side by
 *   side over the browser-mode bridge (HTTP, JSON, contract validation), until all three
 *   answered.
 *
 * Each is printed twice: wall-clock time, and the CPU time the process spent on it. On a
 * machine shared with other work the wall clock mostly measures waiting for a core; the
 * CPU time is close to what the same call takes on an idle machine.
 *
 * BENCH_CHECK_FIGURES sets the figure count (default 1,000,000); BENCH_CHECK_TARGETS
 * the target count (default 10,000).
 *
 *   npm run bench -- --only check
 *   npx tsx tests/bench/check.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/connection';
import { createRepositories } from '../../electron/core/db/repositories';
import { checkStory } from '../../electron/core/check/check-story';
import { createCore } from '../../electron/core/core';
import { EventHub } from '../../electron/core/events';
import { startBridge, TOKEN_HEADER } from '../../electron/bridge/server';
import { checkArchive, rng } from './check-archive';
import type { BenchFigure } from './types';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Wall-clock and CPU milliseconds of one call, CPU counting every thread of this process. */
interface Timed {
  wall: number;
  cpu: number;
}

function startTimer(): () => Timed {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
  };
}

const r = (n: number) => Math.round(n * 10) / 10;

function rows(label: string, times: Timed[], percentiles: number[]): BenchFigure[] {
  const wall = times.map((t) => t.wall).sort((a, b) => a - b);
  const cpu = times.map((t) => t.cpu).sort((a, b) => a - b);
  return [
    ...percentiles.map((p) => ({ name: `${label} p${p}`, value: r(percentile(wall, p)), unit: 'ms' })),
    ...percentiles.map((p) => ({ name: `${label} p${p} (CPU time)`, value: r(percentile(cpu, p)), unit: 'ms' })),
  ];
}

export async function benchCheck(log: (line: string) => void = console.error): Promise<BenchFigure[]> {
  const figureCount = Number(process.env.BENCH_CHECK_FIGURES ?? 1_000_000);
  const targetCount = Number(process.env.BENCH_CHECK_TARGETS ?? 10_000);
  const { dbPath, builtSeconds } = await checkArchive(figureCount, targetCount, log);
  const random = rng(7);
  const db = openDatabase(dbPath);
  const repos = createRepositories(db);
  let storyIds: number[];
  let first: Timed;
  const times: Timed[] = [];
  try {
    storyIds = repos.stories.allIds();
    // The first check builds the in-memory key index; time it apart.
    let stop = startTimer();
    await checkStory(repos, storyIds[storyIds.length - 1]!);
    first = stop();
    let verdicts = 0;
    for (let i = 0; i < 100; i++) {
      const id = storyIds[Math.floor(random() * storyIds.length)]!;
      stop = startTimer();
      const result = await checkStory(repos, id);
      times.push(stop());
      verdicts += result.reduce((n, c) => n + c.verdicts.length, 0);
    }
    log(`  ${verdicts} verdicts over 100 stories`);
  } finally {
    db.close();
  }
  const pageTimes = await timeCheckPage(dbPath, storyIds, random);
  return [
    { name: 'check: archive figures', value: figureCount, unit: 'figures' },
    { name: 'check: archive targets', value: targetCount, unit: 'targets' },
    ...(builtSeconds === null ? [] : [{ name: 'check: archive written (bulk insert, once)', value: r(builtSeconds), unit: 's' }]),
    { name: 'check: first call (builds key index)', value: r(first.wall), unit: 'ms' },
    ...rows('check: checkStory', times, [50, 95, 100]),
    ...rows("check page: open a story's verdicts over the bridge", pageTimes, [50, 95]),
  ];
}

/** Opens the archive as browser mode does and asks for what the check page asks for when it opens a story. */
async function timeCheckPage(dbPath: string, storyIds: number[], random: () => number): Promise<Timed[]> {
  const events = new EventHub();
  const staticDir = mkdtempSync(join(tmpdir(), 'figure-desk-bench-check-'));
  const core = await createCore({ dbPath, transport: 'http', version: '0.0.0-bench', systemLocale: 'zh-CN', emit: events.emit });
  const bridge = await startBridge({ handlers: core.handlers, events, staticDir, token: 'bench' });
  const call = async (channel: string, input: unknown) => {
    const res = await fetch(`${bridge.url}api/${channel}`, { method: 'POST', headers: { [TOKEN_HEADER]: bridge.token, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
    const body = (await res.json()) as { ok: boolean };
    if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  };
  try {
    const times: Timed[] = [];
    for (let i = 0; i < 60; i++) {
      const id = storyIds[Math.floor(random() * storyIds.length)]!;
      const stop = startTimer();
      // As CheckView asks (renderer/src/features/check/CheckView.tsx, useTrackedFigures).
      await Promise.all([call('archive:get', { id }), call('check:story', { storyId: id }), call('targets:list', { sourceStoryId: id, limit: 5000 })]);
      const took = stop(); // client and server share this process: the CPU time is both ends of the round trip
      if (i >= 10) times.push(took); // the first calls warm the key index and the connection
    }
    return times;
  } finally {
    await bridge.close();
    await core.close();
    rmSync(staticDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('check.bench.ts')) {
  for (const f of await benchCheck()) console.log(`${f.name.padEnd(56)} ${String(f.value).padStart(10)} ${f.unit}`);
}
