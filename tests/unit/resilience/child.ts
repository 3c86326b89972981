import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '../../..');
const CLI = join(REPO, 'electron/cli/main.ts');

/** An unprivileged user for permission cases: root can write anything, so tests run as root drop to nobody. */
export const asUnprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/**
 * Starts the CLI as its own process, as an editor's shell would: node itself with tsx's
 * loader (the tsx binary is a wrapper process, and a signal to it would miss the CLI).
 */
export function spawnCli(args: string[], options: { uid?: number; gid?: number; env?: NodeJS.ProcessEnv } = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: REPO,
    env: { ...process.env, HOME: process.env.HOME ?? '/tmp', ...options.env },
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid } : {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out, err })));
  return { child, done };
}

export function runCliProcess(args: string[], options: Parameters<typeof spawnCli>[1] = {}): Promise<CliRun> {
  return spawnCli(args, options).done;
}

/**
 * Another program holding the archive's write lock: a process that begins an IMMEDIATE
 * transaction, writes, says "locked" and commits `holdMs` later (or never, until killed).
 */
export function holdWriteLock(dbPath: string, holdMs: number | null): { child: ChildProcess; locked: Promise<void>; done: Promise<void> } {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(dbPath)});
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('heldBy', 'another program')").run();
    process.stdout.write('locked\\n');
    ${holdMs === null ? 'setInterval(() => {}, 1000);' : `setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${holdMs});`}
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, locked, done };
}
