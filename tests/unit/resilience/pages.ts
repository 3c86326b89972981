import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED = join(import.meta.dirname, '../../fixtures/cq-daily-2023-02-24.txt');

/**
 * Writes `count` copies of the seed page, each edition numbered in every sentence so its
 * stories are new to the archive (dedupe would otherwise skip them and write nothing).
 */
export function writeEditions(dir: string, count: number, first = 1): string[] {
  const seed = readFileSync(SEED, 'utf8');
  const paths: string[] = [];
  for (let n = first; n < first + count; n++) {
    const path = join(dir, `edition-${String(n).padStart(3, '0')}.txt`);
    writeFileSync(path, seed.replaceAll('。', `（第${n}期）。`));
    paths.push(path);
  }
  return paths;
}
