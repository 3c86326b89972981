/**
 * Check benchmark (issue 5): one story checked against 10,000 targets and 1,000,000
 * stored figures must stay under 100 ms at p95. Builds a synthetic archive in a temp
 * file (one transaction), with ~20,000 distinct metric keys drawn with a skew so some
 * keys are common, then times checkStory over 100 stories, and what the check page waits
 * for when it opens a story: `archive:get` and `check:story` side by side over the
 * browser-mode bridge (HTTP, JSON, contract validation), as the page asks for them.
 * BENCH_CHECK_FIGURES sets the figure count (default 1,000,000); BENCH_CHECK_TARGETS
 * the target count (default 10,000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/connection';
import { createRepositories } from '../../electron/core/db/repositories';
import { checkStory } from '../../electron/core/check/check-story';
import { matchKey } from '../../electron/core/metrics/match-key';
import { createCore } from '../../electron/core/core';
import { EventHub } from '../../electron/core/events';
import { startBridge, TOKEN_HEADER } from '../../electron/bridge/server';
import type { BenchFigure } from './types';

const CHARS = '科技型企业高新技术产值收入投资增速规模工业农业服务消费零售出口进口研发经费强度合同成交额营业利润税收就业人口城镇居民可支配财政预算支出能耗排放住房建设面积产量粮食汽车电子软件信息数字经济金融存贷款旅游';
const ENTITIES = ['重庆市', '成都市', '北京市', '上海市', '武汉市', '西安市', '北碚区', '渝北区', '武侯区', '江北区', null];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchCheck(log: (line: string) => void = console.error): Promise<BenchFigure[]> {
  const figureCount = Number(process.env.BENCH_CHECK_FIGURES ?? 1_000_000);
  const targetCount = Number(process.env.BENCH_CHECK_TARGETS ?? 10_000);
  const distinctKeys = Math.min(20_000, Math.max(100, Math.floor(figureCount / 50)));
  const perStory = 10;
  const random = rng(42);
  const keys: string[] = [];
  const seen = new Set<string>();
  while (keys.length < distinctKeys) {
    const len = 4 + Math.floor(random() * 5);
    let k = '';
    for (let i = 0; i < len; i++) k += CHARS[Math.floor(random() * CHARS.length)];
    const m = matchKey(k);
    if (!seen.has(m)) {
      seen.add(m);
      keys.push(m);
    }
  }
  // Zipf-like skew (exponent 0.9): the commonest key carries a few percent of all figures.
  const weights = keys.map((_, i) => 1 / (i + 1) ** 0.9);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w, i) => (cumulative[i] = acc + w / total), 0);
  const pickKey = () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return keys[lo]!;
  };

  const dir = mkdtempSync(join(tmpdir(), 'figure-desk-bench-check-'));
  const db = openDatabase(join(dir, 'archive.db'));
  const repos = createRepositories(db);
  try {
    log(`building ${figureCount.toLocaleString('en')} figures, ${targetCount.toLocaleString('en')} targets, ${distinctKeys.toLocaleString('en')} keys…`);
    let t0 = performance.now();
    const insertStory = db.prepare(
      `INSERT INTO stories (date, headline, body, content_hash, created_at, updated_at) VALUES (?, ?, '', ?, '', '') RETURNING id`,
    ).pluck();
    const insertFigure = db.prepare(`
      INSERT INTO figures (story_id, start_offset, end_offset, quote, value, unit, qualifier, kind, change, metric, metric_key,
        entity, period_from, period_to, period_label, confidence, rule, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, 'eq', ?, 'level', ?, ?, ?, ?, ?, ?, 0.9, 'bench', '', '')`);
    const units = ['家', '元', '%', '个', '人'];
    const kinds = ['actual', 'actual', 'actual', 'projection', 'target', 'other'];
    db.transaction(() => {
      const stories = Math.ceil(figureCount / perStory);
      for (let s = 0; s < stories; s++) {
        const y = 2014 + Math.floor((s / stories) * 11);
        const date = `${y}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
        const storyId = insertStory.get(date, `story ${s}`, `bench-${s}`) as number;
        for (let f = 0; f < perStory && s * perStory + f < figureCount; f++) {
          const key = pickKey();
          const py = y - (random() < 0.3 ? 1 : 0);
          const value = Math.round(random() * 100000) / 10;
          insertFigure.run(storyId, f * 20, f * 20 + 8, `${value}`, value, units[key.length % units.length], kinds[Math.floor(random() * kinds.length)],
            key, key, ENTITIES[Math.floor(random() * ENTITIES.length)], `${py}-01-01`, `${py}-12-31`, `${py}年`);
        }
      }
      const insertTarget = db.prepare(`
        INSERT INTO targets (metric, metric_key, match_key, entity, value, unit, comparator, direction, tolerance, accumulation,
          period_from, period_to, period_label, deadline, status, computed_status, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, 'gt', 'floor', 0.05, 'stock', ?, ?, ?, ?, 'not_due', 'not_due', '', '')`);
      for (let i = 0; i < targetCount; i++) {
        const key = pickKey();
        const y = 2014 + Math.floor(random() * 11);
        insertTarget.run(key, key, key, ENTITIES[Math.floor(random() * 10)], random() * 10000, units[key.length % units.length], `${y}-01-01`, `${y}-12-31`, `${y}年`, `${y}-12-31`);
      }
    })();
    const setupSeconds = (performance.now() - t0) / 1000;
    db.pragma('analysis_limit = 1000');
    db.exec('ANALYZE');

    // The first check builds the in-memory key index; time it apart.
    const storyIds = repos.stories.allIds();
    t0 = performance.now();
    checkStory(repos, storyIds[storyIds.length - 1]!);
    const firstMs = performance.now() - t0;

    const times: number[] = [];
    let verdicts = 0;
    for (let i = 0; i < 100; i++) {
      const id = storyIds[Math.floor(random() * storyIds.length)]!;
      const t = performance.now();
      const result = checkStory(repos, id);
      times.push(performance.now() - t);
      verdicts += result.reduce((n, c) => n + c.verdicts.length, 0);
    }
    times.sort((a, b) => a - b);
    log(`  ${verdicts} verdicts over 100 stories`);
    const pageTimes = await timeCheckPage(join(dir, 'archive.db'), dir, storyIds, random);
    const r = (n: number) => Math.round(n * 10) / 10;
    return [
      { name: 'check: archive figures', value: figureCount, unit: 'figures' },
      { name: 'check: setup (bulk insert)', value: r(setupSeconds), unit: 's' },
      { name: 'check: first call (builds key index)', value: r(firstMs), unit: 'ms' },
      { name: 'check: checkStory p50', value: r(percentile(times, 50)), unit: 'ms' },
      { name: 'check: checkStory p95', value: r(percentile(times, 95)), unit: 'ms' },
      { name: 'check: checkStory max', value: r(times[times.length - 1]!), unit: 'ms' },
      { name: 'check page: story + verdicts over the bridge p50', value: r(percentile(pageTimes, 50)), unit: 'ms' },
      { name: 'check page: story + verdicts over the bridge p95', value: r(percentile(pageTimes, 95)), unit: 'ms' },
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens the archive as browser mode does and asks for a story and its verdicts as the check page does. */
async function timeCheckPage(dbPath: string, staticDir: string, storyIds: number[], random: () => number): Promise<number[]> {
  const events = new EventHub();
  const core = await createCore({ dbPath, transport: 'http', version: '0.0.0-bench', systemLocale: 'zh-CN', emit: events.emit });
  const bridge = await startBridge({ handlers: core.handlers, events, staticDir, token: 'bench' });
  const call = async (channel: string, input: unknown) => {
    const res = await fetch(`${bridge.url}api/${channel}`, { method: 'POST', headers: { [TOKEN_HEADER]: bridge.token, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
    const body = (await res.json()) as { ok: boolean };
    if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  };
  try {
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const id = storyIds[Math.floor(random() * storyIds.length)]!;
      const t = performance.now();
      await Promise.all([call('archive:get', { id }), call('check:story', { storyId: id })]);
      if (i >= 10) times.push(performance.now() - t); // the first calls warm the key index and the connection
    }
    return times.sort((a, b) => a - b);
  } finally {
    await bridge.close();
    await core.close();
  }
}

if (process.argv[1]?.endsWith('check.bench.ts')) {
  for (const f of await benchCheck()) console.log(`${f.name.padEnd(40)} ${String(f.value).padStart(10)} ${f.unit}`);
}
