/**
 * A throwaway PostgreSQL cluster for one test run: initdb into a fresh temporary folder,
 * pg_ctl start on a free port of 127.0.0.1, and stop (then remove the folder) at the end.
 * initdb refuses to run as root, so under root the cluster belongs to the `postgres` user.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';

/** The superuser the tests connect as; trust authentication, on loopback only. */
export const TEST_SUPERUSER = 'figure_desk_test';

export interface Cluster {
  /** Connection URL of the cluster's `postgres` database, as the superuser. */
  url: string;
  port: number;
  stop(): void;
}

/** Where PostgreSQL's server binaries are: Debian's versioned folder (newest), else PATH. */
export function findPgBin(): string | null {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const isRoot = () => userInfo().uid === 0;

/** Runs a PostgreSQL binary, as `postgres` when we are root; throws with its output on failure. */
function runPg(bin: string, tool: string, args: string[]): SpawnSyncReturns<string> {
  const command = isRoot() ? 'runuser' : join(bin, tool);
  const fullArgs = isRoot() ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    throw new Error(`${tool} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${result.stderr || result.stdout}`);
  }
  return result;
}

/** Starts a new cluster; whatever it had begun is removed again if a step fails. */
export async function startCluster(bin: string): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), 'figure-desk-pg-'));
  const data = join(root, 'data');
  const log = join(root, 'server.log');
  if (isRoot()) {
    const owner = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (owner.status !== 0) throw new Error('Running as root, the test cluster needs a `postgres` user to own it (Debian\'s postgresql package creates one).');
    chownSync(root, Number(owner.stdout.trim()), Number(group.stdout.trim()));
  }
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        runPg(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already gone (the machine killed it): removing its folder is all that is left.
      }
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    runPg(bin, 'initdb', ['-D', data, '-U', TEST_SUPERUSER, '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync']);
    // Durability buys nothing in a folder thrown away after the run, and costs the tests time.
    const settings = '-c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        runPg(bin, 'pg_ctl', ['-D', data, '-l', log, '-o', `-p ${port} -k ${root} -h 127.0.0.1 ${settings}`, '-w', 'start']);
        started = true;
        return { url: `postgres://${TEST_SUPERUSER}@127.0.0.1:${port}/postgres`, port, stop };
      } catch (error) {
        // Another process may have taken the port between our probe and the start.
        if (attempt === 3) throw new Error(`${(error as Error).message}\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}
