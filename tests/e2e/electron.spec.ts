import { test, expect, _electron as electron } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    const path = require('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, 'The Electron binary is not installed on this machine (no network at install time); the browser-mode e2e covers the same UI.');

  test('opens the window on the sample archive through IPC', async () => {
    const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
    expect(build.status).toBe(0);
    const dataDir = mkdtempSync(join(tmpdir(), 'figure-desk-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: ['out/main/index.js', '--no-sandbox'],
      env: { ...process.env, FIGURE_DESK_DB: join(dataDir, 'archive.db') },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('button', { name: '重庆水警春季练兵' })).toBeVisible();
      const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined');
      expect(isolated).toBe(true);
      const transport = await window.evaluate(() => (window as unknown as { figureDesk?: { transport: string } }).figureDesk?.transport);
      expect(transport).toBe('ipc');
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
