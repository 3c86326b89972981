// Builds the renderer for browser mode through vite's public API: the one build that
// `npm run web`, the e2e tests and the screenshots share, so none of them can drift
// from what a user runs. (vite 8 no longer exports its bin file as a module path.)
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes out/renderer; throws with vite's own message when the build fails. */
export async function buildRenderer() {
  // vite sets NODE_ENV=production in the calling process; put it back, so nothing started
  // afterwards (the server, an `npm install` in a test) inherits it.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ configFile: `${root}vite.renderer.config.ts`, logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildRenderer().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
