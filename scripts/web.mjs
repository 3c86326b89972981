// `npm run web [-- --port N --db FILE --no-build --no-sample]`: build the renderer, then
// serve it and the contract on 127.0.0.1 (browser mode).
import { spawn } from 'node:child_process';
import { setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { buildRenderer } from './build-renderer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

let child = null;
let stopping = null;
// npm passes Ctrl+C and SIGTERM to this process; the server must get them too and be
// waited for, so stopping `npm run web` never leaves a server behind.
function stop(signal) {
  stopping = signal;
  if (child) child.kill(signal);
  else process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
// `kill <npm's pid>`: npm forwards SIGTERM to the shell it runs this script in, and a
// /bin/sh such as dash dies of it without passing it on. Our parent is then gone, so
// stop as if the signal had reached us.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent && !stopping) stop('SIGTERM');
}, 250).unref();

if (!args.includes('--no-build')) {
  console.log('Building the renderer…');
  try {
    await buildRenderer();
  } catch (error) {
    console.error(`The renderer build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
if (!stopping) {
  const serverArgs = args.filter((a) => a !== '--no-build');
  // The IPC channel lets the server notice if this process dies without passing a signal on.
  child = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/serve.ts', ...serverArgs], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], cwd: root });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}
