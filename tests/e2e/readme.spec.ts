/**
 * The README, tried as a new user tries it: every command of its fenced sh blocks is run
 * from the checkout as typed (tests/e2e/readme/commands.ts says how each is checked), and
 * a command the table does not know fails the run, so README and this test move together.
 */
import { test, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { README_COMMANDS, type Group } from './readme/commands';
import { freePort, readReadme, readmeCommands, type SmokeContext, userEnv } from './readme/run';
import { createCore } from '../../electron/core/core';
import { invoke } from '../../electron/core/invoke';

const repo = resolve(import.meta.dirname, '../..');
const readme = readReadme(repo);
const printed = readmeCommands(readme);

async function context(): Promise<SmokeContext> {
  const tmp = mkdtempSync(join(tmpdir(), 'figure-desk-readme-'));
  const home = join(tmp, 'home');
  mkdirSync(home);
  const ctx: SmokeContext = {
    repo,
    tmp,
    home,
    env: userEnv(home),
    readme,
    freePort: await freePort(),
    seq: 0,
    seedStory: 0,
    laterStory: 0,
    targetFigure: 0,
    targetsFile: '',
    draft: 0,
    async createDraft(title) {
      // The CLI's archive when no --db is given: the app's own, under this test's home.
      const core = await createCore({
        dbPath: join(home, '.config', 'Figure Desk', 'archive.db'),
        transport: 'ipc',
        version: 'readme-smoke',
        systemLocale: 'zh-CN',
        emit: () => {},
      });
      try {
        const created = await invoke(core.handlers, 'drafts:create', {
          title,
          language: 'zh-CN',
          doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '科技型企业达到5.1万家，超过4.8万家的目标。' }] }] },
        });
        if (!created.ok) throw new Error(created.error.message);
        return (created.data as { id: number }).id;
      } finally {
        await core.close();
      }
    },
  };
  return ctx;
}

test('README shows only commands this smoke test knows how to check', () => {
  expect(printed.length).toBeGreaterThan(10);
  const unknown = printed.filter((c) => !(c in README_COMMANDS));
  expect(unknown, 'README shows commands with no entry in tests/e2e/readme/commands.ts: say how to check them').toEqual([]);
  const stale = Object.keys(README_COMMANDS).filter((c) => !printed.includes(c));
  expect(stale, 'tests/e2e/readme/commands.ts checks commands README no longer shows').toEqual([]);
});

const GROUPS: Array<{ group: Group; title: string; timeout: number }> = [
  { group: 'setup', title: 'set-up commands work on this checkout as typed', timeout: 300_000 },
  { group: 'web', title: 'browser-mode commands build, serve the app, list the sample and stop cleanly', timeout: 600_000 },
  { group: 'cli', title: 'command-line examples work in order on a fresh archive', timeout: 600_000 },
];

for (const { group, title, timeout } of GROUPS) {
  test(title, async () => {
    test.setTimeout(timeout);
    const ctx = await context();
    try {
      for (const command of printed.filter((c) => README_COMMANDS[c]?.group === group)) {
        await test.step(command, () => README_COMMANDS[command]!.run(ctx, command));
      }
    } finally {
      rmSync(ctx.tmp, { recursive: true, force: true });
    }
  });
}
