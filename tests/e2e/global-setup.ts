import { spawnSync } from 'node:child_process';

/** Builds the renderer once for every browser-mode test. */
export default function globalSetup(): void {
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('The renderer build failed; see the output above.');
}
