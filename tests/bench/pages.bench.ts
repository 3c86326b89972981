/**
 * Page timings (issue 13: "opening a story, switching pages and opening the check view each
 * take under 150 ms at 200k stories"). Starts browser mode on an archive of 200,000 stories,
 * drives the system Chromium with Playwright and times, in the page, with performance.mark
 * and performance.measure:
 *
 * - open story: from the archive list to the reader showing the story's headline and text;
 * - switch page: from one sidebar page to the next (archive, figures to review, targets,
 *   check, drafts, settings) until the new page has no loader left;
 * - open check view: from the reader to the check of the same story, verdicts shown;
 * - figure queue and settings: from the archive list to 待核数字 (its first rows drawn) and
 *   to Settings, each on its own, so a slow page is not hidden in the switch's mixture.
 *
 * Each is measured from the hash change to the first frame after the page's content is in
 * the DOM with no loader left. Figures are printed, never asserted.
 *
 * The archive is written once by a direct bulk insert (stories built from the sample page's
 * sentences, figures extracted once per distinct body, the search index, a few hundred
 * targets) and kept in .bench/ for the next run.
 *
 *   npm run bench -- --only pages
 *   npx tsx tests/bench/pages.bench.ts
 *
 * BENCH_PAGES_STORIES sets the archive size (default 200,000); BENCH_PAGES_RUNS the
 * measured rounds (default 30, after 5 to warm up); BENCH_PAGES_NO_BUILD=1 skips building
 * the renderer when out/renderer is already current.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Page } from '@playwright/test';
import { openDatabase } from '../../electron/core/db/connection';
import { createRepositories, type Repositories } from '../../electron/core/db/repositories';
import { parseFile } from '../../electron/core/archive/parse';
import { contentHash } from '../../electron/core/archive/hash';
import { charText, indexText } from '../../electron/core/text/search-tokens';
import { markSearchIndexCurrent } from '../../electron/core/archive/search-upgrade';
import { extractFigures } from '../../electron/core/figures/extract';
import { targetFromFigure } from '../../electron/core/targets/register';
import type { ExtractedFigure } from '../../shared/domain/figure';
import { buildRenderer } from '../../scripts/build-renderer.mjs';
import type { BenchFigure } from './types';

const WORK = join(process.cwd(), '.bench');
/** The system Chromium, started as the e2e fixtures start it (tests/e2e/fixtures.ts). */
const CHROMIUM = process.env.FIGURE_DESK_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'];
const SAMPLE = join(process.cwd(), 'resources', 'cq-daily-2023-02-24.txt');
/** Distinct bodies: enough that SQLite's page cache cannot hold every story read. */
const BODIES = 1000;
const TARGETS = 300;

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

interface Body {
  headline: string;
  text: string;
  grams: string;
  chars: string;
  figures: ExtractedFigure[];
}

/** Bodies of 2–5 paragraphs of the sample page's own sentences, so figures, places and targets read as real ones. */
async function bodiesFromSample(random: () => number): Promise<Body[]> {
  const page = await parseFile(SAMPLE);
  const sentences = page.stories.flatMap((s) => s.body.split(/(?<=。)/).map((x) => x.trim()).filter((x) => x.length > 8));
  const headlines = page.stories.map((s) => s.headline).filter(Boolean);
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: BODIES }, () => {
    const paragraphs = Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
      Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(sentences)).join(''),
    );
    const text = paragraphs.join('\n');
    return {
      headline: pick(headlines),
      text,
      grams: indexText(text),
      chars: charText(text),
      figures: extractFigures(text, { date: '2023-02-24', city: '重庆', language: 'zh' }),
    };
  });
}

async function buildArchive(dbPath: string, stories: number, log: (line: string) => void): Promise<void> {
  for (const p of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(p, { force: true });
  const random = rng(13);
  const bodies = await bodiesFromSample(random);
  const db = openDatabase(dbPath);
  const repos = createRepositories(db);
  try {
    const publicationId = repos.publications.idFor('重庆日报');
    const insertIndex = db.prepare('INSERT INTO story_search (rowid, headline_grams, body_grams, headline_chars, body_chars) VALUES (?, ?, ?, ?, ?)');
    const now = new Date().toISOString();
    const t0 = performance.now();
    db.transaction(() => {
      for (let i = 0; i < stories; i++) {
        const body = bodies[i % BODIES]!;
        // Ten years of a daily, oldest first, so ids and dates rise together as an import makes them.
        const day = new Date(Date.UTC(2014, 0, 1) + Math.floor((i / stories) * 3650) * 86_400_000).toISOString().slice(0, 10);
        const headline = `${body.headline}（${i + 1}）`;
        const { id } = repos.stories.insert(
          {
            publicationId,
            date: day,
            headline,
            subhead: null,
            kicker: null,
            byline: '记者 张亦筑',
            dateline: null,
            body: body.text,
            truncated: false,
            genre: 'news',
            language: 'zh',
            sourcePath: null,
            importBatchId: null,
            contentHash: contentHash({ headline, body: body.text }),
          },
          now,
        );
        insertIndex.run(id, indexText(headline), body.grams, charText(headline), body.chars);
        repos.figures.insertAuto(id, body.figures, now);
        if ((i + 1) % 50_000 === 0) log(`  ${(i + 1).toLocaleString('en')} stories`);
      }
    }).immediate();
    log(`  bulk insert: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    makeTargets(repos, stories);
    await markSearchIndexCurrent(repos);
    // A rolling backup of a large archive would run beside the measurements.
    await repos.stores.settings.set('backupEvery', 'off');
    db.pragma('analysis_limit = 1000');
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** Targets from target figures spread across the archive, so the check view has a register to read. */
function makeTargets(repos: Repositories, stories: number): void {
  const stride = Math.max(1, Math.floor(stories / TARGETS));
  let made = 0;
  for (let id = stories; id > 0 && made < TARGETS; id -= stride) {
    const figure = repos.figures.byStory(id).find((f) => f.kind === 'target');
    if (!figure) continue;
    try {
      targetFromFigure(repos, figure.id);
      made++;
    } catch {
      // The same figure text as a target already made: one is enough.
    }
  }
}

async function startServer(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/serve.ts', '--db', dbPath, '--port', '0', '--no-sample'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`browser-mode server exited (${code}): ${stderr}`)));
  });
  return { url, child };
}

/** What shows that a navigation is done, checked in the page. */
type Ready = { kind: 'story'; headline: string } | { kind: 'check'; headline: string } | { kind: 'page'; href: string };

/**
 * Changes the hash and resolves with performance.measure's duration from the change to the
 * first frame after the new content is in the DOM with no loader in the main region.
 * Plain JavaScript in a string: tsx would wrap named functions of a TypeScript callback in
 * helpers the page does not have.
 */
const MEASURE_IN_PAGE = `({ name, hash, ready }) => new Promise((resolve, reject) => {
  const done = () => {
    const main = document.getElementById('main-content');
    if (!main || main.querySelector('.mantine-Loader-root')) return false;
    if (ready.kind === 'story') {
      return (document.getElementById('reader-headline')?.textContent ?? '').includes(ready.headline) && main.querySelector('article p') !== null;
    }
    if (ready.kind === 'check') return (document.getElementById('check-headline')?.textContent ?? '').includes(ready.headline);
    return document.querySelector('a[aria-current="page"]')?.getAttribute('href') === ready.href && main.childElementCount > 0;
  };
  let finished = false;
  const observer = new MutationObserver(() => { if (done()) finish(); });
  const timeout = setTimeout(() => {
    observer.disconnect();
    reject(new Error(name + ' (' + hash + ') was not done after 30 s'));
  }, 30000);
  const finish = () => {
    if (finished) return;
    finished = true;
    observer.disconnect();
    clearTimeout(timeout);
    requestAnimationFrame(() => {
      performance.mark(name + ':end');
      const entry = performance.measure(name, name + ':start', name + ':end');
      performance.clearMarks();
      performance.clearMeasures();
      resolve(entry.duration);
    });
  };
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  performance.mark(name + ':start');
  window.location.hash = hash;
  // A route already shown changes nothing, so no mutation would come.
  requestAnimationFrame(() => { if (done()) finish(); });
})`;

function measure(page: Page, name: string, hash: string, ready: Ready): Promise<number> {
  return page.evaluate(`(${MEASURE_IN_PAGE})(${JSON.stringify({ name, hash, ready })})`) as Promise<number>;
}

const SIDEBAR = ['#/archive', '#/figures/queue', '#/targets', '#/check', '#/drafts', '#/settings'];

export async function benchPages(log: (line: string) => void = console.error): Promise<BenchFigure[]> {
  const stories = Number(process.env.BENCH_PAGES_STORIES ?? 200_000);
  const runs = Number(process.env.BENCH_PAGES_RUNS ?? 30);
  const warmup = 5;
  mkdirSync(WORK, { recursive: true });
  const dbPath = join(WORK, `pages-${stories}.db`);
  const marker = `${dbPath}.complete`;
  if (!existsSync(marker)) {
    log(`writing an archive of ${stories.toLocaleString('en')} stories by bulk insert…`);
    await buildArchive(dbPath, stories, log);
    writeFileSync(marker, new Date().toISOString());
  }
  if (process.env.BENCH_PAGES_NO_BUILD !== '1' || !existsSync(join(process.cwd(), 'out', 'renderer', 'index.html'))) {
    log('building the renderer…');
    await buildRenderer();
  }

  const db = openDatabase(dbPath, { readonly: true });
  const headlines = new Map<number, string>();
  const random = rng(7);
  const ids = Array.from({ length: runs + warmup }, () => 1 + Math.floor(random() * stories));
  const byId = db.prepare('SELECT headline FROM stories WHERE id = ?').pluck();
  for (const id of ids) headlines.set(id, byId.get(id) as string);
  db.close();

  const { url, child } = await startServer(dbPath);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const times = { open: [] as number[], switch: [] as number[], check: [] as number[], queue: [] as number[], settings: [] as number[] };
  const switchTo = new Map<string, number[]>();
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${url}#/archive`);
    await measure(page, 'first-archive', '#/archive', { kind: 'page', href: '#/archive' });
    let sidebar = 0;
    for (const [i, id] of ids.entries()) {
      const headline = headlines.get(id)!;
      await measure(page, 'back-to-archive', '#/archive', { kind: 'page', href: '#/archive' });
      const open = await measure(page, 'open-story', `#/archive/story/${id}`, { kind: 'story', headline });
      const check = await measure(page, 'open-check', `#/check/${id}`, { kind: 'check', headline });
      const from = SIDEBAR[sidebar % SIDEBAR.length]!;
      const to = SIDEBAR[(sidebar + 1) % SIDEBAR.length]!;
      sidebar++;
      await measure(page, 'to-page', from, { kind: 'page', href: from });
      const switched = await measure(page, 'switch-page', to, { kind: 'page', href: to });
      await measure(page, 'to-archive', '#/archive', { kind: 'page', href: '#/archive' });
      const queue = await measure(page, 'open-queue', '#/figures/queue', { kind: 'page', href: '#/figures/queue' });
      await measure(page, 'to-archive', '#/archive', { kind: 'page', href: '#/archive' });
      const settings = await measure(page, 'open-settings', '#/settings', { kind: 'page', href: '#/settings' });
      if (i < warmup) continue;
      times.open.push(open);
      times.check.push(check);
      times.switch.push(switched);
      times.queue.push(queue);
      times.settings.push(settings);
      switchTo.set(to, [...(switchTo.get(to) ?? []), switched]);
    }
    await context.close();
  } finally {
    await browser.close();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  const r = (n: number) => Math.round(n * 10) / 10;
  // Which page a slow switch went to, for whoever reads the table next.
  for (const [to, list] of switchTo) log(`  switch to ${to}: median ${r(percentile([...list].sort((a, b) => a - b), 50))} ms over ${list.length}`);
  const rows = (label: string, list: number[]): BenchFigure[] => {
    const sorted = [...list].sort((a, b) => a - b);
    return [
      { name: `pages: ${label} p50`, value: r(percentile(sorted, 50)), unit: 'ms' },
      { name: `pages: ${label} p95`, value: r(percentile(sorted, 95)), unit: 'ms' },
    ];
  };
  return [
    { name: 'pages: archive stories', value: stories, unit: 'stories' },
    ...rows('open story', times.open),
    ...rows('switch page', times.switch),
    ...rows('open check view', times.check),
    ...rows('open figure queue', times.queue),
    ...rows('open settings', times.settings),
  ];
}

if (process.argv[1]?.endsWith('pages.bench.ts')) {
  for (const f of await benchPages()) console.log(`${f.name.padEnd(40)} ${String(f.value).padStart(10)} ${f.unit}`);
}
