import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 built for Electron's ABI. The Node build in node_modules serves the
 * CLI and tests; scripts/electron-native.mjs builds this one at install time, and the
 * packaged app carries it in resources/native.
 */
export function electronSqliteBinding(): string | undefined {
  const candidates = app.isPackaged
    ? [join(process.resourcesPath, 'native', 'better_sqlite3.node')]
    : [join(app.getAppPath(), 'node_modules', '.figure-desk-native', 'electron', 'better_sqlite3.node')];
  return candidates.find((path) => existsSync(path));
}
