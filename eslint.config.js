import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Playwright fixtures must destructure their (empty) dependencies.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // A deferred transaction that reads before it writes fails at once with SQLITE_BUSY when
    // another connection (the jobs worker) committed meanwhile; IMMEDIATE waits out busy_timeout.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='CallExpression'][callee.callee.property.name='transaction']",
          message: 'Start write transactions as IMMEDIATE: db.transaction(fn).immediate(...), so they wait for the write lock.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'electron', '**/electron/**'], message: 'The renderer is untrusted: it reaches the core only through renderer/src/api.ts.' }] },
      ],
    },
  },
  {
    // Small modules with one job: a component or a core module that outgrows this splits into parts.
    files: ['renderer/src/**/*.{ts,tsx}', 'electron/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Data tables, not logic: the message catalogues grow with every string the UI shows.
    // The place table is generated from the statistics bureau's division codes (scripts/make-places.ts).
    files: ['renderer/src/i18n/*.ts', 'electron/core/metrics/place-data/cn-divisions.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    // shared/ is imported by main, preload, renderer and CLI alike: it stays pure.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'shared/ stays pure: no Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'shared/ stays pure: no electron.' },
            { group: ['react', 'react-dom', 'react-dom/*', '@mantine/*'], message: 'shared/ stays pure: no DOM or UI code.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not depend on either side.' },
          ],
          paths: ['fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'http', 'util', 'url', 'better-sqlite3'].map((name) => ({
            name,
            message: 'shared/ stays pure: no Node built-ins or native modules.',
          })),
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', 'Buffer'],
    },
  },
);
