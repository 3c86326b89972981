import { buildRenderer } from '../../scripts/build-renderer.mjs';

/** Builds the renderer once for every browser-mode test, the same way `npm run web` does. */
export default async function globalSetup(): Promise<void> {
  await buildRenderer();
}
