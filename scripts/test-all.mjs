// `npm test`: typecheck, lint, unit and renderer tests (vitest), browser-mode e2e and
// the Electron e2e (Playwright; the Electron one skips with a reason where the binary
// is absent). Prints each runner's own summary, then one line totalling every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const node = process.execPath;
const results = [];
mkdirSync('test-results', { recursive: true });

function run(name, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const res = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`--- ${name}: exit ${res.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return res.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// Typecheck and lint count as one check each.
const typecheck = run('typecheck', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']);
results.push({ suite: 'typecheck', passed: typecheck ? 1 : 0, failed: typecheck ? 0 : 1, skipped: 0 });
const lint = run('lint', ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0']);
results.push({ suite: 'lint', passed: lint ? 1 : 0, failed: lint ? 0 : 1, skipped: 0 });

rmSync('test-results/vitest.json', { force: true });
const vitestOk = run('unit + renderer (vitest)', [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  results.push({
    suite: 'vitest',
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests + (vitestOk || vitest.numFailedTests ? 0 : 1),
    skipped: vitest.numPendingTests + vitest.numTodoTests,
  });
} else results.push({ suite: 'vitest', passed: 0, failed: 1, skipped: 0 });

rmSync('test-results/playwright.json', { force: true });
const e2eOk = run('e2e (playwright)', ['node_modules/@playwright/test/cli.js', 'test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json',
});
const pw = existsSync('test-results/playwright.json') ? readJson('test-results/playwright.json') : null;
if (pw?.stats) {
  const { expected, unexpected, flaky, skipped } = pw.stats;
  results.push({ suite: 'e2e', passed: expected + flaky, failed: unexpected + (e2eOk || unexpected ? 0 : 1), skipped });
} else results.push({ suite: 'e2e', passed: 0, failed: 1, skipped: 0 });

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.suite.padEnd(10)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
