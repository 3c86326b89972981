/**
 * `npm run bench [-- --json FILE] [-- --only NAME]`: runs every benchmark and prints
 * one table of figures. Benchmarks print figures; they never pass or fail a build.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { BenchFigure } from './types';
import { benchArchive } from './archive.bench';
import { benchFigures } from './figures.bench';
import { benchCheck } from './check.bench';
import { benchNumerals } from './numerals.bench';
import { benchImportMemory } from './import-memory.bench';
import { benchPages } from './pages.bench';
import { benchPlaces } from './places.bench';

const benches: Record<string, () => Promise<BenchFigure[]>> = {
  figures: () => benchFigures(),
  archive: () => benchArchive((line) => console.error(`  ${line}`)),
  check: () => benchCheck(),
  numerals: () => benchNumerals(),
  'import-memory': () => benchImportMemory((line) => console.error(`  ${line}`)),
  pages: () => benchPages((line) => console.error(`  ${line}`)),
  places: () => benchPlaces(),
};

const { values } = parseArgs({ options: { json: { type: 'string' }, only: { type: 'string', multiple: true } } });
const selected = values.only ?? Object.keys(benches);
const all: BenchFigure[] = [];
for (const name of selected) {
  const bench = benches[name];
  if (!bench) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(benches).join(', ')}.`);
    process.exit(2);
  }
  console.error(`running ${name}…`);
  all.push(...(await bench()));
}

const width = Math.max(...all.map((f) => f.name.length), 10);
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(12)}  unit`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(12)}  ----`);
for (const f of all) console.log(`${f.name.padEnd(width)}  ${String(f.value).padStart(12)}  ${f.unit}`);
if (values.json) {
  writeFileSync(values.json, JSON.stringify(all, null, 2));
  console.log(`\nwrote ${values.json}`);
}
