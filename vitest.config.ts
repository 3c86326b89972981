import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Node tests for the core and jsdom tests for the renderer, in one run.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // Against a real PostgreSQL server: the run starts a throwaway cluster, only when one of these is queued.
          name: 'pg',
          environment: 'node',
          include: ['tests/pg/**/*.test.ts'],
          globalSetup: ['tests/pg/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.tsx', 'renderer/**/*.test.tsx'],
          setupFiles: ['tests/renderer/setup.ts'],
          // Mantine renders are heavy under jsdom; on a loaded 2-core CI machine 5 s is not enough.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
