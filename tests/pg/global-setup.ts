/**
 * vitest globalSetup of the `pg` project: one throwaway cluster for the run, stopped when
 * the run ends (also when tests fail, or the process is interrupted). Vitest calls it only
 * when a PostgreSQL test is queued, so runs of other suites never start a server.
 *
 * Without PostgreSQL's binaries: in CI (CI set) the run fails, saying what to install;
 * elsewhere the suites skip with that reason (tests/pg/server.ts).
 */
import type { TestProject } from 'vitest/node';
import { findPgBin, startCluster } from './cluster';

export const MISSING_POSTGRES =
  "PostgreSQL's server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin or on PATH; " +
  "install Debian's postgresql package (apt-get install postgresql) to run the PostgreSQL tests.";

export default async function setup(project: TestProject): Promise<() => void> {
  const bin = findPgBin();
  if (!bin) {
    if (process.env.CI) throw new Error(`The PostgreSQL tests must run in CI. ${MISSING_POSTGRES}`);
    console.warn(`PostgreSQL tests skipped: ${MISSING_POSTGRES}`);
    project.provide('postgres', { url: null, skipped: MISSING_POSTGRES });
    return () => undefined;
  }
  const cluster = await startCluster(bin);
  // An interrupted run (Ctrl-C) skips teardown; the server must not outlive it.
  const onExit = () => cluster.stop();
  process.once('exit', onExit);
  project.provide('postgres', { url: cluster.url, skipped: null });
  return () => {
    process.off('exit', onExit);
    cluster.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { url: string; skipped: null } | { url: null; skipped: string };
  }
}
