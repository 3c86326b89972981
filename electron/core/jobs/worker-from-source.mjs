// Runs the TypeScript worker from source (CLI, browser mode, tests): registers tsx's
// loader in this thread, then loads the real worker. The built app never uses this.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.sourceFile);
