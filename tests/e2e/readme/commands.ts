/**
 * Every command that README.md shows in a fenced `sh` block, and how the smoke test runs
 * it the way a user types it and checks what the user would see. Keyed by the command as
 * printed (without its trailing comment): a README change that adds or rewrites a command
 * has no entry here, and the smoke test fails until someone says how to check it.
 *
 * Placeholders are filled only where a user would fill them: a file name (page.txt, FILE),
 * an id they read off `stories` or `figures` (12, 31, 3), a port that is free, and a home
 * folder of the test's own so `~/papers` and the default archive never touch the machine's.
 * `[--json]` runs both with and without; `a|b` runs each alternative.
 */
import { expect } from '@playwright/test';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { checkServedApp, documentedKeys, sh, type SmokeContext, startWeb } from './run';

export type Group = 'setup' | 'web' | 'cli';

export interface ReadmeCommand {
  group: Group;
  run(ctx: SmokeContext, printed: string): Promise<void>;
}

function electronBinaryPresent(): boolean {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary);
  } catch {
    return false;
  }
}

const SEED_HEADLINE = '重庆实施高新技术企业和科技型企业“双倍增”行动';
const INSURANCE_HEADLINE = '重庆推进职工医保和居民医保门诊特病病种统一';
const LATER_HEADLINE = '重庆高新技术企业数量创新高';

function json<T>(stdout: string): T {
  try {
    return JSON.parse(stdout) as T;
  } catch {
    throw new Error(`--json printed something that is not JSON:\n${stdout.slice(0, 500)}`);
  }
}

async function cli(ctx: SmokeContext, args: string, expectCode = 0) {
  const res = await sh(`npm run cli -- ${args}`, ctx);
  expect(res.code, `npm run cli -- ${args}\nstdout: ${res.stdout.slice(0, 800)}\nstderr: ${res.stderr.slice(0, 800)}`).toBe(expectCode);
  return res;
}

function magicOf(file: string): string {
  return readFileSync(file).subarray(0, 5).toString('latin1');
}

const EXPORT_MAGIC: Record<string, (head: string) => boolean> = {
  docx: (h) => h.startsWith('PK'),
  pdf: (h) => h.startsWith('%PDF'),
  html: (h) => h.toLowerCase().startsWith('<!doc'),
  md: (h) => h.length > 0 && !h.startsWith('PK'),
};

/** Runs an export to a new file, then again (refused without --force), then with --force. */
async function exportThrice(ctx: SmokeContext, args: string, format: string): Promise<void> {
  const out = join(ctx.tmp, `export-${ctx.seq++}.${format}`);
  await cli(ctx, `${args} --format ${format} --out ${out}`);
  expect(EXPORT_MAGIC[format]!(magicOf(out)), `${out} is not a ${format} file`).toBe(true);
  const again = await cli(ctx, `${args} --format ${format} --out ${out}`, 1);
  expect(again.stderr).toMatch(/--force/);
  await cli(ctx, `${args} --format ${format} --out ${out} --force`);
}

export const README_COMMANDS: Record<string, ReadmeCommand> = {
  'npm install && npm start': {
    group: 'setup',
    async run(ctx, printed) {
      if (electronBinaryPresent()) {
        // The desktop app would open a window; the Electron e2e covers it. Install must still work as typed.
        expect((await sh('npm install', ctx)).code).toBe(0);
        return;
      }
      // As typed; the Electron binary is absent here, so npm start must say so in one sentence and exit 1.
      const res = await sh(printed, ctx);
      expect(res.code).toBe(1);
      const said = res.stderr.trim().split('\n').filter((l) => l.trim() && !/^npm (warn|notice)/i.test(l));
      expect(said.at(-1)).toMatch(/Electron binary is not installed.*npm run web/);
      const lock = await sh('git status --porcelain package-lock.json', ctx);
      expect(lock.stdout.trim(), 'npm install rewrote package-lock.json').toBe('');
    },
  },
  'npm test': {
    group: 'setup',
    async run(ctx) {
      // This command is the one running the smoke test; check it is what README says it is.
      const pkg = json<{ scripts: Record<string, string> }>(readFileSync(join(ctx.repo, 'package.json'), 'utf8'));
      expect(pkg.scripts.test).toBe('node scripts/test-all.mjs');
      const runner = readFileSync(join(ctx.repo, 'scripts/test-all.mjs'), 'utf8');
      for (const part of ['tsc', 'eslint', 'vitest', 'playwright']) expect(runner).toContain(part);
    },
  },
  'npm run web': {
    group: 'web',
    async run(ctx, printed) {
      const web = await startWeb(printed, ctx);
      try {
        await checkServedApp(ctx, web.url, [SEED_HEADLINE]);
        // With no --db, the archive is the app's own, under the (test's) config folder.
        expect(existsSync(join(ctx.home, '.config', 'Figure Desk', 'archive.db'))).toBe(true);
      } finally {
        await web.stop();
      }
    },
  },
  'npm run web -- --port 8123 --db ~/papers/archive.db': {
    group: 'web',
    async run(ctx, printed) {
      const web = await startWeb(printed.replace('8123', String(ctx.freePort)), ctx);
      try {
        expect(web.url).toBe(`http://127.0.0.1:${ctx.freePort}/`);
        await checkServedApp(ctx, web.url, [SEED_HEADLINE]);
        expect(existsSync(join(ctx.home, 'papers', 'archive.db'))).toBe(true);
      } finally {
        await web.stop();
      }
    },
  },
  'npm run web -- --no-build': {
    group: 'web',
    async run(ctx, printed) {
      const web = await startWeb(printed, ctx);
      try {
        expect(web.output).not.toMatch(/Building the renderer/);
        await checkServedApp(ctx, web.url, [SEED_HEADLINE]);
      } finally {
        await web.stop();
      }
    },
  },

  // ---- Command line, in README order: each builds on what the one before stored. ----
  'npm run cli -- import page.txt more/ --publication 重庆日报 --date 2023-02-24 [--json]': {
    group: 'cli',
    async run(ctx) {
      const page = join(ctx.tmp, 'page.txt');
      copyFileSync(join(ctx.repo, 'tests/fixtures/cq-daily-2023-02-24.txt'), page);
      const more = join(ctx.tmp, 'more');
      mkdirSync(more, { recursive: true });
      copyFileSync(join(ctx.repo, 'tests/fixtures/e2e/cq-daily-2024-01-20.txt'), join(more, 'cq-daily-2024-01-20.txt'));
      // The later page is dated by its own file name's date, so give it no --date: only page.txt takes 2023-02-24.
      const first = await cli(ctx, `import ${page} --publication 重庆日报 --date 2023-02-24 --json`);
      const report = json<{ imported: Array<{ id: number; headline: string }>; skipped: unknown[]; failed: unknown[] }>(first.stdout);
      expect(Object.keys(report).sort()).toEqual(documentedKeys(ctx, 'import').sort());
      expect(report.failed).toEqual([]);
      ctx.seedStory = report.imported.find((s) => s.headline === SEED_HEADLINE)!.id;
      const second = await cli(ctx, `import ${page} ${more}/ --publication 重庆日报`);
      expect(second.stdout + second.stderr).toMatch(/skipped|already/i);
      const later = json<Array<{ id: number; headline: string }>>((await cli(ctx, 'stories --json')).stdout);
      ctx.laterStory = later.find((s) => s.headline === LATER_HEADLINE)!.id;
    },
  },
  'npm run cli -- stories [--json]': {
    group: 'cli',
    async run(ctx) {
      const list = json<Array<{ headline: string }>>((await cli(ctx, 'stories --json')).stdout);
      expect(list.map((s) => s.headline)).toContain(SEED_HEADLINE);
      expect((await cli(ctx, 'stories')).stdout).toContain(SEED_HEADLINE);
    },
  },
  'npm run cli -- show 12 [--json]': {
    group: 'cli',
    async run(ctx) {
      const story = json<Record<string, unknown>>((await cli(ctx, `show ${ctx.seedStory} --json`)).stdout);
      expect(Object.keys(story).sort()).toEqual(documentedKeys(ctx, 'show').sort());
      expect(story.headline).toBe(SEED_HEADLINE);
      expect((await cli(ctx, `show ${ctx.seedStory}`)).stdout).toContain('4.8万家');
      const missing = await cli(ctx, 'show 99999', 1);
      expect(missing.stderr).toMatch(/99999/);
    },
  },
  'npm run cli -- search 医保 [--limit 20] [--json]': {
    group: 'cli',
    async run(ctx) {
      // As printed: a two-character query finds the sample page's health-insurance story.
      expect((await cli(ctx, 'search 医保')).stdout).toContain(INSURANCE_HEADLINE);
      const insurance = json<Array<{ headline: string }>>((await cli(ctx, 'search 医保 --limit 20 --json')).stdout);
      expect(insurance.map((h) => h.headline)).toContain(INSURANCE_HEADLINE);
      const hits = json<Array<Record<string, unknown>>>((await cli(ctx, 'search 科技型企业 --limit 20 --json')).stdout);
      expect(hits.length).toBeGreaterThan(0);
      expect(Object.keys(hits[0]!).sort()).toEqual(documentedKeys(ctx, 'search').sort());
      expect(hits.map((h) => h.headline)).toContain(SEED_HEADLINE);
    },
  },
  'npm run cli -- figures 12 [--json]': {
    group: 'cli',
    async run(ctx) {
      const figures = json<Array<Record<string, unknown>>>((await cli(ctx, `figures ${ctx.seedStory} --json`)).stdout);
      expect(Object.keys(figures[0]!).sort()).toEqual(documentedKeys(ctx, 'figures').sort());
      const target = figures.find((f) => f.quote === '超过4.8万家' || String(f.quote).includes('4.8万家'));
      expect(target?.value).toBe(48000);
      expect(target?.kind).toBe('target');
      ctx.targetFigure = target!.id as number;
      expect((await cli(ctx, `figures ${ctx.seedStory}`)).stdout).toContain('4.8万');
    },
  },
  'npm run cli -- figures page.txt --json': {
    group: 'cli',
    async run(ctx) {
      const figures = json<Array<{ id: number | null; value: number }>>((await cli(ctx, `figures ${join(ctx.tmp, 'page.txt')} --json`)).stdout);
      expect(figures.some((f) => f.value === 48000 && f.id === null)).toBe(true);
    },
  },
  'npm run cli -- targets [--json]': {
    group: 'cli',
    async run(ctx) {
      expect(json<unknown[]>((await cli(ctx, 'targets --json')).stdout)).toEqual([]);
      await cli(ctx, 'targets');
    },
  },
  'npm run cli -- targets add --figure 31 [--json]': {
    group: 'cli',
    async run(ctx) {
      const target = json<{ id: number; value: number }>((await cli(ctx, `targets add --figure ${ctx.targetFigure} --json`)).stdout);
      expect(target.value).toBe(48000);
      // Tracking a tracked figure again gives back its target; the register does not grow.
      const again = json<{ id: number }>((await cli(ctx, `targets add --figure ${ctx.targetFigure} --json`)).stdout);
      expect(again.id).toBe(target.id);
      expect((await cli(ctx, `targets add --figure ${ctx.targetFigure}`)).stdout).toContain('科技型企业');
      expect(json<unknown[]>((await cli(ctx, 'targets --json')).stdout)).toHaveLength(1);
    },
  },
  'npm run cli -- targets export --format csv|json [--out FILE [--force]]': {
    group: 'cli',
    async run(ctx) {
      expect((await cli(ctx, 'targets export --format csv')).stdout).toContain('科技型企业');
      expect(json<unknown>((await cli(ctx, 'targets export --format json')).stdout)).toBeTruthy();
      ctx.targetsFile = join(ctx.tmp, 'targets.json');
      await cli(ctx, `targets export --format json --out ${ctx.targetsFile}`);
      await cli(ctx, `targets export --format json --out ${ctx.targetsFile}`, 1);
      await cli(ctx, `targets export --format json --out ${ctx.targetsFile} --force`);
    },
  },
  'npm run cli -- targets export --format summary-csv|summary-xlsx [--out FILE [--force]]': {
    group: 'cli',
    async run(ctx) {
      const csv = (await cli(ctx, 'targets export --format summary-csv')).stdout;
      expect(csv).toContain('Indicator,Promised by');
      expect(csv).toContain('科技型企业');
      await cli(ctx, 'targets export --format summary-xlsx', 2);
      const xlsx = join(ctx.tmp, 'register.xlsx');
      await cli(ctx, `targets export --format summary-xlsx --out ${xlsx}`);
    },
  },
  'npm run cli -- targets import FILE [--mode merge|replace]': {
    group: 'cli',
    async run(ctx) {
      await cli(ctx, `targets import ${ctx.targetsFile}`);
      await cli(ctx, `targets import ${ctx.targetsFile} --mode merge`);
      await cli(ctx, `targets import ${ctx.targetsFile} --mode replace`);
      expect(json<unknown[]>((await cli(ctx, 'targets --json')).stdout)).toHaveLength(1);
      const bad = join(ctx.tmp, 'not-targets.json');
      writeFileSync(bad, '{"nope": true}');
      await cli(ctx, `targets import ${bad}`, 1);
    },
  },
  'npm run cli -- check 12 [--attach] [--json]': {
    group: 'cli',
    async run(ctx) {
      const checks = json<Array<{ figure: { quote: string }; verdicts: Array<{ against: string; verdict: string }> }>>(
        (await cli(ctx, `check ${ctx.laterStory} --json`)).stdout,
      );
      const firms = checks.find((c) => c.figure.quote.includes('5.1万家'));
      expect(firms?.verdicts.some((v) => v.against === 'target' && v.verdict === 'meets')).toBe(true);
      await cli(ctx, `check ${ctx.laterStory} --attach`);
      const register = json<Array<{ status: string }>>((await cli(ctx, 'targets --json')).stdout);
      expect(register[0]!.status).toBe('met');
    },
  },
  'npm run cli -- export draft 3 --format docx|md|html|pdf --out FILE [--force]': {
    group: 'cli',
    async run(ctx) {
      ctx.draft = await ctx.createDraft('复盘：科技型企业目标');
      for (const format of ['docx', 'md', 'html', 'pdf']) await exportThrice(ctx, `export draft ${ctx.draft}`, format);
    },
  },
  'npm run cli -- export story 12 --annotated --format docx|html|pdf --out FILE [--force]': {
    group: 'cli',
    async run(ctx) {
      for (const format of ['docx', 'html', 'pdf']) await exportThrice(ctx, `export story ${ctx.seedStory} --annotated`, format);
    },
  },
  'npm run cli -- annotations export --out FILE [--force]': {
    group: 'cli',
    async run(ctx) {
      const out = join(ctx.tmp, 'annotations.jsonld');
      await cli(ctx, `annotations export --out ${out}`);
      expect(json<Record<string, unknown>>(readFileSync(out, 'utf8'))['@context']).toBeTruthy();
      await cli(ctx, `annotations export --out ${out}`, 1);
      await cli(ctx, `annotations export --out ${out} --force`);
    },
  },
  'npm run cli -- imports [--json]': {
    group: 'cli',
    async run(ctx) {
      const batches = json<Array<{ id: number; status: string }>>((await cli(ctx, 'imports --json')).stdout);
      expect(batches.length).toBeGreaterThan(0);
      expect(Object.keys(batches[0]!).sort()).toEqual(documentedKeys(ctx, 'imports').sort());
      expect(batches.every((b) => b.status !== 'running')).toBe(true);
      ctx.doneBatch = batches[0]!.id;
      expect((await cli(ctx, 'imports')).stdout).toMatch(/\bdone\b/);
    },
  },
  'npm run cli -- imports resume 7 [--json]': {
    group: 'cli',
    async run(ctx) {
      // Nothing was interrupted here: the CLI says so (the crash drill in tests/unit covers a real resume).
      const refused = await cli(ctx, `imports resume ${ctx.doneBatch} --json`, 1);
      expect(json<{ error: { code: string } }>(refused.stderr.trim().split('\n').at(-1)!).error.code).toBe('conflict');
      expect((await cli(ctx, `imports resume ${ctx.doneBatch}`, 1)).stderr).toMatch(/was not interrupted/);
    },
  },
  'npm run cli -- backup --out FILE [--force] [--json]': {
    group: 'cli',
    async run(ctx) {
      ctx.backupFile = join(ctx.tmp, 'backup.db');
      const made = json<{ path: string; stories: number }>((await cli(ctx, `backup --out ${ctx.backupFile} --json`)).stdout);
      expect(made.stories).toBeGreaterThan(0);
      expect((await cli(ctx, `backup --out ${ctx.backupFile}`, 1)).stderr).toMatch(/--force/);
      expect((await cli(ctx, `backup --out ${ctx.backupFile} --force`)).stdout).toMatch(/integrity check/);
    },
  },
  'npm run cli -- export-all --out FILE [--force] [--json]': {
    group: 'cli',
    async run(ctx) {
      ctx.everythingFile = join(ctx.tmp, 'everything.zip');
      const exported = json<{ counts: Record<string, number> }>((await cli(ctx, `export-all --out ${ctx.everythingFile} --json`)).stdout);
      expect(exported.counts.stories).toBeGreaterThan(0);
      ctx.everythingCounts = exported.counts;
      expect(magicOf(ctx.everythingFile)).toMatch(/^PK/);
      await cli(ctx, `export-all --out ${ctx.everythingFile}`, 1);
      await cli(ctx, `export-all --out ${ctx.everythingFile} --force`);
    },
  },
  'npm run cli -- --db new.db import-all FILE [--json]': {
    group: 'cli',
    async run(ctx) {
      const fresh = join(ctx.tmp, 'new.db');
      const imported = json<{ counts: Record<string, number> }>((await cli(ctx, `--db ${fresh} import-all ${ctx.everythingFile} --json`)).stdout);
      expect(imported.counts).toEqual(ctx.everythingCounts);
      const stories = json<unknown[]>((await cli(ctx, `--db ${fresh} stories --json`)).stdout);
      expect(stories).toHaveLength(ctx.everythingCounts!.stories!);
      // Not into an archive with work in it.
      expect((await cli(ctx, `--db ${fresh} import-all ${ctx.everythingFile}`, 1)).stderr).toMatch(/not empty/);
    },
  },
  'npm run cli -- restore FILE [--json]': {
    group: 'cli',
    async run(ctx) {
      const restored = json<{ aside: string; stories: number }>((await cli(ctx, `restore ${ctx.backupFile} --json`)).stdout);
      expect(existsSync(restored.aside)).toBe(true);
      expect((await cli(ctx, `restore ${ctx.backupFile}`)).stdout).toMatch(/is kept at .*before-restore/);
    },
  },
};
