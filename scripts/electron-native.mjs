// postinstall: build better-sqlite3 a second time for Electron's ABI, beside the Node
// build that tests and the CLI use, so one `npm install` serves `npm test` and `npm start`.
// Where the Electron binary is absent (ELECTRON_SKIP_BINARY_DOWNLOAD=1, no network)
// there is nothing to build for, and this says so and exits 0.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const target = join(root, 'node_modules', '.figure-desk-native', 'electron');
const say = (msg) => console.log(`[figure-desk] ${msg}`);

function electronBinaryPresent() {
  try {
    const binary = require('electron'); // the package's index returns the binary's path
    return typeof binary === 'string' && existsSync(binary);
  } catch {
    return false;
  }
}

if (process.env.FIGURE_DESK_SKIP_ELECTRON_NATIVE) {
  say('skipping the Electron build of better-sqlite3 (FIGURE_DESK_SKIP_ELECTRON_NATIVE is set).');
  process.exit(0);
}
if (!electronBinaryPresent()) {
  say('the Electron binary is not installed, so better-sqlite3 is built for Node only: tests, the CLI and `npm run web` work; `npm start` needs `npm install` with network access.');
  process.exit(0);
}

const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const source = join(root, 'node_modules', 'better-sqlite3');
const work = join(root, 'node_modules', '.figure-desk-native', 'build');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join('build', 'Release')}`) });

const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' };
try {
  say(`building better-sqlite3 for Electron ${electronVersion}…`);
  try {
    execFileSync(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion], { cwd: work, stdio: 'inherit', env });
  } catch {
    const gyp = require.resolve('node-gyp/bin/node-gyp.js');
    execFileSync(process.execPath, [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'], { cwd: work, stdio: 'inherit', env });
  }
  mkdirSync(target, { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(target, 'better_sqlite3.node'));
  say(`Electron build of better-sqlite3 ready: ${join(target, 'better_sqlite3.node')}`);
} catch (error) {
  say(`could not build better-sqlite3 for Electron (${error.message}). Tests, the CLI and \`npm run web\` still work; \`npm start\` will not until this succeeds (re-run \`npm rebuild\`).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
