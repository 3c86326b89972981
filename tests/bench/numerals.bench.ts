/**
 * Extraction throughput next to the reference library's (Recognizers-Text) on the same real text:
 * the differential corpus's Chinese (simplified and traditional) and English reports. One core.
 *  - `reference.numbers`: recognizeNumber alone (bare numbers, no units), over the whole corpus;
 *  - `reference.figures`: the reference doing what extraction does, numbers with their units and
 *    dates (recognizeNumber, recognizePercentage, recognizeCurrency, recognizeDimension,
 *    recognizeDateTime), over the first SAMPLE_CHARS characters of each text, since its unit
 *    recognizers read about 0.001 MB/s.
 * Figure Desk runs the corpus many times over for a stable figure. Ratios are Figure Desk's MB/s
 * over the reference's. Throughput is per core: bytes over the CPU time the process spent (user and
 * system), so a machine shared with other work does not understate it; wall-clock MB/s is printed too.
 * `figure-desk.throughput` follows a single warm-up pass, so its rounds include the engine's own
 * warming (optimising the extractor takes about five passes over the corpus); `figure-desk.warmed-
 * throughput` is measured beside it after WARM_PASSES more passes, as a long-running app would run.
 */
import { performance } from 'node:perf_hooks';
import { Culture, recognizeCurrency, recognizeDateTime, recognizeDimension, recognizeNumber, recognizePercentage } from '@microsoft/recognizers-text-suite';
import { extractFigures } from '../../electron/core/figures/extract';
import { corpusTexts } from '../differential/corpus';
import { referenceReadings } from '../differential/reference';
import type { BenchFigure } from './types';

const FIGURE_DESK_BYTES = 4 * 1024 * 1024;
const SAMPLE_CHARS = 600;
/** Passes over the corpus, after the first measurement, before the warmed one is taken. */
const WARM_PASSES = 5;
const FIGURE_RECOGNIZERS = [recognizeNumber, recognizePercentage, recognizeCurrency, recognizeDimension, recognizeDateTime];

function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/** Runs `work` and returns [CPU milliseconds, wall milliseconds]. */
function timed(work: () => void): [number, number] {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  return [(used.user + used.system) / 1000, performance.now() - t0];
}

function corpusOf(language: 'zh' | 'en'): string[] {
  return corpusTexts().filter((t) => t.language === language && !t.name.startsWith('generated/')).map((t) => t.text);
}

/** Figure Desk's throughput on `texts`: [MB/s per core, wall-clock MB/s, MB/s per core once warmed]. */
function figureDeskThroughput(texts: string[], language: 'zh' | 'en'): [number, number, number] {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  for (const t of texts) extractFigures(t, { date: '2026-02-01', city: null, language });
  const rounds = Math.max(1, Math.ceil(FIGURE_DESK_BYTES / bytes));
  const [oursCpu, oursWall] = timed(() => {
    for (let i = 0; i < rounds; i++) for (const t of texts) extractFigures(t, { date: '2026-02-01', city: null, language });
  });
  for (let i = 0; i < WARM_PASSES; i++) for (const t of texts) extractFigures(t, { date: '2026-02-01', city: null, language });
  const [warmedCpu] = timed(() => {
    for (let i = 0; i < rounds; i++) for (const t of texts) extractFigures(t, { date: '2026-02-01', city: null, language });
  });
  return [mbPerSecond(bytes * rounds, oursCpu), mbPerSecond(bytes * rounds, oursWall), mbPerSecond(bytes * rounds, warmedCpu)];
}

function benchLanguage(language: 'zh' | 'en', texts: string[], [ours, oursWall, oursWarmed]: [number, number, number]): BenchFigure[] {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  referenceReadings(texts[0]!.slice(0, 200), language);
  const [referenceCpu] = timed(() => {
    for (const t of texts) referenceReadings(t, language);
  });
  const reference = mbPerSecond(bytes, referenceCpu);
  const culture = language === 'zh' ? Culture.Chinese : Culture.English;
  const samples = texts.map((t) => t.slice(0, SAMPLE_CHARS));
  const sampleBytes = samples.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const [figuresCpu] = timed(() => {
    for (const t of samples) for (const recognize of FIGURE_RECOGNIZERS) recognize(t, culture);
  });
  const referenceFigures = mbPerSecond(sampleBytes, figuresCpu);
  return [
    { name: `numerals.${language}.figure-desk.throughput`, value: Math.round(ours * 10) / 10, unit: 'MB/s per core' },
    { name: `numerals.${language}.figure-desk.wall-throughput`, value: Math.round(oursWall * 10) / 10, unit: 'MB/s' },
    { name: `numerals.${language}.reference.numbers.throughput`, value: Math.round(reference * 1000) / 1000, unit: 'MB/s per core' },
    { name: `numerals.${language}.ratio.numbers`, value: Math.round(ours / reference), unit: '×' },
    { name: `numerals.${language}.reference.figures.throughput`, value: Math.round(referenceFigures * 100000) / 100000, unit: 'MB/s per core' },
    { name: `numerals.${language}.ratio.figures`, value: Math.round(ours / referenceFigures), unit: '×' },
    { name: `numerals.${language}.corpus`, value: Math.round(bytes / 100) / 10, unit: 'kB' },
    { name: `numerals.${language}.figure-desk.warmed-throughput`, value: Math.round(oursWarmed * 10) / 10, unit: `MB/s per core, after ${WARM_PASSES} more passes` },
  ];
}

export async function benchNumerals(): Promise<BenchFigure[]> {
  // Figure Desk is timed in both languages before the reference runs at all: once the reference's
  // recognizers have run over the Chinese samples, the same English extraction measures about a third
  // as fast in this process, and the app never loads the reference.
  const zh = corpusOf('zh');
  const en = corpusOf('en');
  const oursZh = figureDeskThroughput(zh, 'zh');
  const oursEn = figureDeskThroughput(en, 'en');
  return [...benchLanguage('zh', zh, oursZh), ...benchLanguage('en', en, oursEn)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchNumerals()) console.log(`${f.name}\t${f.value}\t${f.unit}`);
}
