import { test as base, chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const CHROMIUM = process.env.FIGURE_DESK_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface AppServer {
  url: string;
  dataDir: string;
  dbPath: string;
}

/**
 * Starts browser mode on a fresh archive of its own and resolves once the server says
 * where it listens (a signal, never a sleep).
 */
async function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const dbPath = join(dataDir, 'archive.db');
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/serve.ts', '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`browser-mode server exited (${code}): ${stderr}`)));
  });
  return { url, child };
}

export const test = base.extend<{ server: AppServer; app: Page }, { browserInstance: Browser }>({
  browserInstance: [
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  server: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'figure-desk-e2e-'));
    const { url, child } = await startServer(dataDir);
    await use({ url, dataDir, dbPath: join(dataDir, 'archive.db') });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ browserInstance, server }, use) => {
    const context = await browserInstance.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await use(page);
    await context.close();
  },
});

export { expect } from '@playwright/test';
