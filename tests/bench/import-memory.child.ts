/**
 * One import, the way the app runs it (the jobs worker), in a process of its own so that
 * its peak memory is the import's: prints {stories, failed, seconds, peakRssMb} as JSON.
 *   tsx tests/bench/import-memory.child.ts <archive.db> <file>
 */
import { JobRunner } from '../../electron/core/jobs/runner';
import { openDatabase } from '../../electron/core/db/connection';

const [dbPath, file] = process.argv.slice(2);
if (!dbPath || !file) throw new Error('usage: import-memory.child.ts <archive.db> <file>');
openDatabase(dbPath).close();
const started = performance.now();
const runner = new JobRunner({ dbPath, emit: () => {} });
const state = await runner.wait(runner.start({ kind: 'import', sources: [{ kind: 'path', path: file }], options: {} }));
await runner.close();
// ru_maxrss covers every thread of the process, the worker's included (KiB on Linux).
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  JSON.stringify({
    stories: state.report?.imported.length ?? 0,
    failed: state.report?.failed.map((f) => f.code) ?? [state.error?.code],
    seconds: Math.round((performance.now() - started) / 100) / 10,
    peakRssMb,
  }),
);
