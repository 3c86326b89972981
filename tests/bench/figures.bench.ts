/**
 * Extraction throughput on Chinese text, one core: the Chinese fixtures are
 * repeated to ~5 MB of UTF-8 and extracted as one document per repetition
 * (story-sized inputs, as the app feeds them) and as one large text.
 */
import { performance } from 'node:perf_hooks';
import { extractFigures } from '../../electron/core/figures/extract';
import { loadFixtures } from '../eval/figures';
import type { BenchFigure } from './types';

const TARGET_BYTES = 5 * 1024 * 1024;

export async function benchFigures(): Promise<BenchFigure[]> {
  const zh = loadFixtures().filter((f) => f.language === 'zh');
  const docs: Array<{ text: string; date: string | null; city: string | null }> = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const f of zh) {
      docs.push({ text: f.text, date: f.date, city: f.city });
      bytes += Buffer.byteLength(f.text, 'utf8');
    }
  }
  // Warm up the JIT and the regex caches before timing.
  for (const d of docs.slice(0, 50)) extractFigures(d.text, { date: d.date, city: d.city, language: 'zh' });

  let figures = 0;
  const t0 = performance.now();
  for (const d of docs) figures += extractFigures(d.text, { date: d.date, city: d.city, language: 'zh' }).length;
  const storySeconds = (performance.now() - t0) / 1000;

  const big = docs.map((d) => d.text).join('\n');
  const t1 = performance.now();
  const bigFigures = extractFigures(big, { date: '2023-02-24', city: '重庆', language: 'zh' }).length;
  const bigSeconds = (performance.now() - t1) / 1000;
  const mb = bytes / 1e6;
  return [
    { name: 'figures.zh.stories.throughput', value: Math.round((mb / storySeconds) * 10) / 10, unit: 'MB/s' },
    { name: 'figures.zh.single-text.throughput', value: Math.round((Buffer.byteLength(big, 'utf8') / 1e6 / bigSeconds) * 10) / 10, unit: 'MB/s' },
    { name: 'figures.zh.input', value: Math.round(mb * 10) / 10, unit: 'MB' },
    { name: 'figures.zh.figures-per-MB', value: Math.round(figures / mb), unit: 'figures/MB' },
    { name: 'figures.zh.single-text.figures', value: bigFigures, unit: 'figures' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchFigures()) console.log(`${f.name}\t${f.value}\t${f.unit}`);
}
