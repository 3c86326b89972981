/**
 * Archive benchmark (issue: import and search at a daily's ten-year scale).
 * Prints import throughput end to end and against the raw floor, search latency by
 * query length, database size per MB of text and peak memory.
 * BENCH_STORIES sets the archive size (default 200,000).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/connection';
import { createRepositories } from '../../electron/core/db/repositories';
import { runImport } from '../../electron/core/jobs/import-job';
import { searchArchive } from '../../electron/core/archive/search';
import { charText, indexText } from '../../electron/core/text/search-tokens';
import { generateArchive } from './generate-archive';
import type { BenchFigure } from './types';

const WORK = join(process.cwd(), '.bench');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function dbBytes(path: string): number {
  return [path, `${path}-wal`].filter(existsSync).reduce((sum, p) => sum + statSync(p).size, 0);
}

export async function benchArchive(log: (line: string) => void = console.log): Promise<BenchFigure[]> {
  const stories = Number(process.env.BENCH_STORIES ?? 200_000);
  const pagesDir = join(WORK, `pages-${stories}`);
  const marker = join(pagesDir, '.complete');
  if (!existsSync(marker)) {
    rmSync(pagesDir, { recursive: true, force: true });
    log(`generating a synthetic archive of ${stories.toLocaleString('en')} stories…`);
    const generated = generateArchive(pagesDir, stories);
    writeFileSync(marker, JSON.stringify(generated));
  }
  const generated = JSON.parse(readFileSync(marker, 'utf8')) as { pages: number; stories: number; bytes: number };
  const files = readdirSync(pagesDir).filter((f) => f.endsWith('.txt')).map((f) => join(pagesDir, f));
  const mb = generated.bytes / 1024 / 1024;

  // End to end: read, decode, segment, extract figures, store, index — the import job's own code.
  const e2ePath = join(WORK, 'e2e.db');
  for (const p of [e2ePath, `${e2ePath}-wal`, `${e2ePath}-shm`]) rmSync(p, { force: true });
  const e2eDb = openDatabase(e2ePath);
  const repos = createRepositories(e2eDb);
  log(`importing ${files.length.toLocaleString('en')} pages (${mb.toFixed(0)} MB) end to end…`);
  let t0 = performance.now();
  const report = await runImport(repos, files.map((path) => ({ kind: 'path' as const, path })), {}, () => undefined, () => false);
  const e2eSeconds = (performance.now() - t0) / 1000;
  if (report.failed.length) log(`  ${report.failed.length} files failed, first: ${report.failed[0]!.error}`);
  e2eDb.pragma('wal_checkpoint(TRUNCATE)');
  const storedStories = repos.stories.count();

  // The raw floor: the same stories inserted straight into the same tables (rows and
  // index entries) with one prepared statement each, in one transaction.
  const rows = e2eDb.prepare('SELECT headline, body, content_hash FROM stories').all() as Array<{ headline: string; body: string; content_hash: string }>;
  const rawPath = join(WORK, 'raw.db');
  for (const p of [rawPath, `${rawPath}-wal`, `${rawPath}-shm`]) rmSync(p, { force: true });
  const rawDb = openDatabase(rawPath);
  const insertStory = rawDb.prepare(
    `INSERT INTO stories (headline, body, content_hash, created_at, updated_at) VALUES (?, ?, ?, '', '') RETURNING id`,
  ).pluck();
  const insertIndex = rawDb.prepare('INSERT INTO story_search (rowid, headline_grams, body_grams, headline_chars, body_chars) VALUES (?, ?, ?, ?, ?)');
  log('inserting the same stories raw…');
  t0 = performance.now();
  rawDb.transaction(() => {
    for (const r of rows) {
      const id = insertStory.get(r.headline, r.body, r.content_hash) as number;
      insertIndex.run(id, indexText(r.headline), indexText(r.body), charText(r.headline), charText(r.body));
    }
  })();
  const rawSeconds = (performance.now() - t0) / 1000;
  rawDb.close();

  // Search latency over the full archive, by query length.
  // Sample across the whole archive (files are read in name order, English pages first).
  const stride = Math.max(1, Math.floor(rows.length / 2000));
  const sampleText = rows.filter((_, i) => i % stride === 0).map((r) => r.body).join('');
  const cjkRuns = sampleText.match(/[\u4e00-\u9fff]{5,}/g) ?? [];
  const queriesOf = (length: number) => {
    const out: string[] = [];
    for (let i = 0; out.length < 60 && i < cjkRuns.length; i += 7) out.push(cjkRuns[i]!.slice(0, length));
    return out;
  };
  // Figures as an editor types them: as printed (123.4万, 56%), with their counted unit (123.4万家).
  const printedFigures = Array.from(new Set(sampleText.match(/\d+(?:\.\d+)?(?:万|亿)?(?=[万亿]?[家元个人%])/g) ?? [])).filter((_, i) => i % 3 === 0).slice(0, 60);
  const figuresWithUnit = Array.from(new Set(sampleText.match(/\d+(?:\.\d+)?(?:万家|亿元|万人)/g) ?? [])).filter((_, i) => i % 3 === 0).slice(0, 60);
  const english = ['council', 'housing', 'targets', 'budget', 'services', 'progress', 'rising', 'spending', 'schools', 'energy'];
  const latency: BenchFigure[] = [];
  for (const [label, queries] of [
    ['1-char', queriesOf(1)],
    ['2-char', queriesOf(2)],
    ['3-char', queriesOf(3)],
    ['5-char', queriesOf(5)],
    ['English word', english.concat(english, english)],
    ['figure as printed', printedFigures],
    ['figure with unit', figuresWithUnit],
  ] as const) {
    for (const q of queries.slice(0, 5)) searchArchive(repos, { query: q, limit: 20, offset: 0 }); // warm the cache
    const times = queries.map((q) => {
      const s = performance.now();
      searchArchive(repos, { query: q, limit: 20, offset: 0 });
      return performance.now() - s;
    }).sort((a, b) => a - b);
    latency.push({ name: `search p50, ${label} queries`, value: round(percentile(times, 50)), unit: 'ms' });
    latency.push({ name: `search p95, ${label} queries`, value: round(percentile(times, 95)), unit: 'ms' });
  }
  const size = dbBytes(e2ePath);
  e2eDb.close();

  return [
    { name: 'archive stories', value: storedStories, unit: 'stories' },
    { name: 'archive text', value: round(mb), unit: 'MB' },
    { name: 'import end to end', value: round(mb / e2eSeconds), unit: 'MB/s' },
    { name: 'import end to end', value: Math.round(storedStories / e2eSeconds), unit: 'stories/s' },
    { name: 'import raw floor', value: round(mb / rawSeconds), unit: 'MB/s' },
    { name: 'import end to end / raw floor', value: round(e2eSeconds / rawSeconds), unit: 'x' },
    ...latency,
    { name: 'database size per MB of text', value: round(size / 1024 / 1024 / mb), unit: 'MB/MB' },
    { name: 'peak memory (RSS)', value: Math.round(process.resourceUsage().maxRSS / 1024), unit: 'MB' },
  ];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
