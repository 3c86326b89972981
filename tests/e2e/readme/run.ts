/**
 * How the README smoke test reads README.md and runs its commands: in bash, from the
 * checkout, with a home folder of its own and none of npm's or the test runner's
 * variables, so a command passes only if it works as a user types it.
 */
import { chromium, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../fixtures';

export interface SmokeContext {
  repo: string;
  /** Scratch files: the pages to import, exports. */
  tmp: string;
  /** $HOME for every command: `~/papers` and the default archive land here. */
  home: string;
  env: NodeJS.ProcessEnv;
  readme: string;
  freePort: number;
  seq: number;
  seedStory: number;
  laterStory: number;
  targetFigure: number;
  targetsFile: string;
  draft: number;
  /** Backups and export-all, for the commands after them. */
  doneBatch?: number;
  backupFile?: string;
  everythingFile?: string;
  everythingCounts?: Record<string, number>;
  /** Makes a draft through the contract, in the archive the CLI uses; returns its id. */
  createDraft(title: string): Promise<number>;
}

export interface ShellResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

// What a user's login shell carries; nothing of npm's, the test runner's or vite's (which
// sets NODE_ENV=production, and `npm install` would then drop the dev dependencies).
const USER_SHELL_VARS = ['PATH', 'LANG', 'LC_ALL', 'LANGUAGE', 'TERM', 'USER', 'LOGNAME', 'SHELL', 'TMPDIR', 'TZ', 'DISPLAY', 'CI'];

/** The environment of a user's shell, with a home folder of the test's own. */
export function userEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of USER_SHELL_VARS) if (process.env[k] !== undefined) env[k] = process.env[k];
  env.HOME = home;
  // npm's cache stays where it is: a fresh home must not make npm install download again.
  env.npm_config_cache = process.env.npm_config_cache ?? join(homedir(), '.npm');
  // As README's set-up says for machines where the binary cannot be downloaded.
  env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
  return env;
}

/** Runs one command line in bash, as typed, and collects what it prints. */
export function sh(command: string, ctx: Pick<SmokeContext, 'repo' | 'env'>, timeoutMs = 180_000): Promise<ShellResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { cwd: ctx.repo, env: ctx.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`\`${command}\` did not finish within ${timeoutMs / 1000} s.\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The commands of README's fenced sh blocks, in order, without their trailing comments. */
export function readmeCommands(readme: string): string[] {
  const commands: string[] = [];
  for (const block of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.split('\n')) {
      const command = line.replace(/\s+#.*$/, '').trim();
      if (command && !command.startsWith('#')) commands.push(command);
    }
  }
  return commands;
}

/**
 * The keys README documents for a CLI command's --json output: the `# {a, b, …}` or
 * `# [{a, b, …}]` comment under the command's line.
 */
export function documentedKeys(ctx: Pick<SmokeContext, 'readme'>, command: string): string[] {
  const lines = ctx.readme.split('\n');
  const at = lines.findIndex((l) => l.trim().startsWith(`npm run cli -- ${command} `));
  for (const line of lines.slice(at + 1, at + 4)) {
    const m = /^\s*#\s*\[?\{(.*)\}\]?\s*(?:;.*)?$/.exec(line);
    if (m) return topLevelKeys(m[1]!);
  }
  throw new Error(`README documents no JSON shape under \`npm run cli -- ${command}\`.`);
}

/** `a, b: [{c, d}], e` → a, b, e: the keys at the outer level of a documented shape. */
function topLevelKeys(shape: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of shape + ',') {
    if ('[{'.includes(ch)) depth++;
    if (']}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      keys.push(current.trim().replace(/:.*$/s, ''));
      current = '';
    } else current += ch;
  }
  return keys;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface WebRun {
  url: string;
  output: string;
  stop(): Promise<void>;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a `npm run web …` command line and waits for the URL it prints. stop() sends
 * SIGTERM to npm alone, as a service manager would, and expects npm, the build and the
 * server all gone within 10 s: nothing may be left behind in the process group.
 */
export async function startWeb(command: string, ctx: Pick<SmokeContext, 'repo' | 'env'>, boundMs = 150_000): Promise<WebRun> {
  const child = spawn('bash', ['-c', `exec ${command}`], { cwd: ctx.repo, env: ctx.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const pgid = child.pid!;
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`\`${command}\` printed no URL within ${boundMs / 1000} s:\n${output}`)), boundMs);
    const onData = (c: Buffer) => {
      output += c.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`\`${command}\` exited (${code}) before printing a URL:\n${output}`));
    });
  }).catch((error: unknown) => {
    if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
    throw error;
  });
  return {
    url,
    get output() {
      return output;
    },
    async stop() {
      process.kill(pgid, 'SIGTERM');
      const deadline = Date.now() + 10_000;
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const orphans = groupAlive(pgid);
      if (orphans) process.kill(-pgid, 'SIGKILL');
      expect(orphans, `SIGTERM to \`${command}\` left processes running`).toBe(false);
    },
  };
}

/** What a user sees at the URL: the app's HTML, then the archive listing the sample page's stories. */
export async function checkServedApp(_ctx: SmokeContext, url: string, headlines: string[]): Promise<void> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  const html = await res.text();
  expect(html).toMatch(/<div id="root">/);
  expect(html).toMatch(/name="figure-desk-token"/);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(url);
    for (const headline of headlines) await expect(page.getByRole('link', { name: headline, exact: true })).toBeVisible({ timeout: 30_000 });
  } finally {
    await browser.close();
  }
}

export function readReadme(repo: string): string {
  return readFileSync(join(repo, 'README.md'), 'utf8');
}
