/**
 * Peak memory of importing one file, per input kind (issue 12: a 47 MB text file peaked at
 * 2 GB, a 30 KB corrupt PDF at 470 MB). Each import runs in a child process, so the figure
 * is that import's peak RSS and nothing else's. The target is under 600 MB for any file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchFigure } from './types';

const WORK = join(process.cwd(), '.bench', 'import-memory');
const FIXTURES = join(process.cwd(), 'tests', 'fixtures');

/** Real page paragraphs, numbered so that no two stories are duplicates. */
function paragraphs(): string[] {
  return readFileSync(join(FIXTURES, 'cq-daily-2023-02-24.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.length > 40);
}

function bigText(path: string, bytes: number): void {
  const source = paragraphs();
  const lines = ['全市经济运行情况通报', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `${source[i % source.length]}（${i}）`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  writeFileSync(path, lines.join('\n'));
}

function oneLineHtml(path: string, bytes: number): void {
  const source = paragraphs();
  const parts = ['<html><head><title>重庆日报 2023-02-24</title></head><body><h1>全市经济</h1>'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${source[i % source.length]}（${i}）</p>`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  writeFileSync(path, `${parts.join('')}</body></html>`);
}

/** The first 30 KB of a real e-paper PDF with bytes flipped by a fixed rule: damaged beyond reading. */
function corruptPdf(path: string): void {
  const bytes = readFileSync(join(FIXTURES, 'formats', 'epaper-zh-5col.pdf')).subarray(0, 30 * 1024);
  for (let i = 400; i < bytes.length; i += 97) bytes[i] = (bytes[i]! * 31 + 7) & 0xff;
  writeFileSync(path, bytes);
}

const INPUTS: Array<{ kind: string; file: string; make(path: string): void }> = [
  { kind: '45 MB text file', file: 'big-45mb.txt', make: (p) => bigText(p, 45 * 1024 * 1024) },
  { kind: '5 MB single-line HTML', file: 'one-line-5mb.html', make: (p) => oneLineHtml(p, 5 * 1024 * 1024) },
  { kind: 'corrupt 30 KB PDF', file: 'corrupt-30kb.pdf', make: corruptPdf },
];

export async function benchImportMemory(log: (line: string) => void = console.error): Promise<BenchFigure[]> {
  mkdirSync(WORK, { recursive: true });
  const figures: BenchFigure[] = [];
  for (const input of INPUTS) {
    const file = join(WORK, input.file);
    if (!existsSync(file)) input.make(file);
    const db = join(WORK, 'archive.db');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
    log(`importing ${input.kind} in a child process…`);
    const out = execFileSync(process.execPath, ['--import', 'tsx', join('tests', 'bench', 'import-memory.child.ts'), db, file], { encoding: 'utf8' });
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as { stories: number; failed: string[]; seconds: number; peakRssMb: number };
    log(`${input.kind}: ${result.stories} stories, failed ${JSON.stringify(result.failed)}, ${result.seconds} s`);
    figures.push(
      { name: `import peak RSS: ${input.kind}`, value: result.peakRssMb, unit: 'MB' },
      { name: `import time: ${input.kind}`, value: result.seconds, unit: 's' },
    );
  }
  return figures;
}
