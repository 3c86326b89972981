/**
 * Prints the differential counts over the real corpus and the generated numerals: the
 * reference's readings, Figure Desk's, how many of the reference's Figure Desk also reads,
 * the named exclusions by reason, the unexplained differences (the test fails on any), and
 * examples of what Figure Desk reads that the reference misses.
 * Run: npx tsx tests/differential/report.ts [--unread] [--only-fd N]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compare, figuresOf } from './compare';
import { corpusTexts, SNAPSHOT_FILE } from './corpus';
import type { ReferenceReading } from './reference';

const { values: args } = parseArgs({ options: { unread: { type: 'boolean', default: false }, 'only-fd': { type: 'string', default: '15' } } });
const snapshot = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as { files: Record<string, ReferenceReading[]> };
const texts = corpusTexts();
const pct = (a: number, b: number): string => `${b === 0 ? 0 : ((100 * a) / b).toFixed(1)}%`;

for (const [label, subset] of [['real corpus', texts.filter((t) => !t.name.startsWith('generated/'))], ['generated numerals', texts.filter((t) => t.name.startsWith('generated/'))]] as const) {
  const r = compare(subset, snapshot.files);
  const excluded = [...r.excluded.values()].reduce((a, b) => a + b, 0);
  const fdCount = subset.reduce((n, t) => n + figuresOf(t).length, 0);
  const bytes = subset.reduce((n, t) => n + Buffer.byteLength(t.text, 'utf8'), 0);
  console.log(`\n== ${label}: ${subset.length} texts, ${(bytes / 1024).toFixed(0)} KiB`);
  console.log(`reference readings: ${r.referenceCount}`);
  console.log(`Figure Desk figures: ${fdCount}`);
  console.log(`reference readings Figure Desk also reads: ${r.readCount} (${pct(r.readCount, r.referenceCount)})`);
  console.log(`excluded by name: ${excluded} (${pct(excluded, r.referenceCount)})`);
  for (const [reason, n] of [...r.excluded.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${reason}: ${n}`);
  console.log(`unexplained: ${r.unread.length}`);
  console.log(`read or excluded: ${pct(r.readCount + excluded, r.referenceCount)} of the reference's readings`);
  console.log(`Figure Desk figures the reference does not read: ${r.onlyFigureDesk.length}`);
  for (const f of r.onlyFigureDesk.slice(0, Number(args['only-fd']))) console.log(`  ${f.name}: 「${f.quote}」 = ${f.value}`);
  if (args.unread) for (const d of r.unread) console.log(`  UNREAD ${d.name}: ${d.reading.value} in ${d.context}`);
}
