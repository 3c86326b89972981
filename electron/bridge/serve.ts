/**
 * `npm run web`: Figure Desk in the browser, for machines without the Electron binary
 * and for the end-to-end tests. Serves the built renderer and the contract on 127.0.0.1.
 *
 *   tsx electron/bridge/serve.ts [--db FILE] [--port N] [--static DIR] [--no-sample]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core/core';
import { EventHub } from '../core/events';
import { packageVersion, repoRoot } from '../core/app-version';
import { resolveDbPath } from '../core/paths';
import { startBridge } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '0' },
      static: { type: 'string' },
      'no-sample': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535 (0 picks a free one); got "${values.port}".`);
    process.exit(2);
  }
  const root = repoRoot();
  const staticDir = values.static ?? join(root, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error(`The renderer is not built (${staticDir}/index.html is missing). Run \`npm run web\`, which builds it first.`);
    process.exit(1);
  }
  const dbPath = resolveDbPath(values.db);
  const events = new EventHub();
  const core = await createCore({
    dbPath,
    transport: 'http',
    version: packageVersion(),
    systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    ...(values['no-sample'] ? {} : { samplePath: join(root, 'resources', 'cq-daily-2023-02-24.txt') }),
    emit: events.emit,
  });
  const bridge = await startBridge({ handlers: core.handlers, events, staticDir, port });
  // The first line is read by the e2e fixtures; keep its shape.
  console.log(`Figure Desk (browser mode) is running at ${bridge.url}`);
  console.log(`Archive: ${dbPath}`);
  console.log('Open the address above in your browser. Press Ctrl+C to stop.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Running jobs get the runner's cancel grace; nothing may keep the server past it.
    setTimeout(() => process.exit(1), 1900).unref();
    await bridge.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  // Started by `npm run web` with an IPC channel: when that launcher dies, so do we.
  if (process.send) process.on('disconnect', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
