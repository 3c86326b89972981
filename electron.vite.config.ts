import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      // better-sqlite3 and other packages with native parts stay in node_modules.
      externalizeDeps: true,
      rollupOptions: {
        // The app prints PDFs with Electron's printToPDF; the Chromium driver is for CLI and browser mode.
        external: ['@playwright/test', 'playwright-core'],
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // The jobs worker is its own entry: worker threads load it by file.
          worker: resolve(root, 'electron/core/jobs/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
