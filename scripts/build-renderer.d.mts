/** Writes out/renderer through vite's public API; rejects with vite's message on failure. */
export function buildRenderer(): Promise<void>;
