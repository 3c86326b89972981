import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package version, for runs from source (CLI, browser mode); the app uses app.getVersion(). */
export function packageVersion(): string {
  try {
    const path = fileURLToPath(new URL('../../package.json', import.meta.url));
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export function repoRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}
