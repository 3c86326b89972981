// `npm run web [-- --port N --db FILE]`: build the renderer, then serve it and the
// contract on 127.0.0.1 (browser mode).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
if (!args.includes('--no-build')) {
  const build = spawnSync(process.execPath, [require.resolve('vite/bin/vite.js'), 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const serverArgs = args.filter((a) => a !== '--no-build');
const child = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/serve.ts', ...serverArgs], { stdio: 'inherit' });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code) => process.exit(code ?? 0));
