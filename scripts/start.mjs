// `npm start`: the desktop app in development mode, or one clear sentence when the
// Electron binary is not on this machine.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let binary = null;
try {
  binary = require('electron');
} catch {
  binary = null;
}
if (typeof binary !== 'string' || !existsSync(binary)) {
  console.error(
    'The Electron binary is not installed on this machine (npm install could not download it), so the desktop app cannot start here; run `npm run web` to use Figure Desk in your browser instead.',
  );
  process.exit(1);
}
// electron-vite's bin, found through its package.json (the only path its exports allow).
const pkgPath = require.resolve('electron-vite/package.json');
const bin = join(dirname(pkgPath), JSON.parse(readFileSync(pkgPath, 'utf8')).bin['electron-vite']);
const child = spawn(process.execPath, [bin, 'dev', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
