/**
 * A byte-identical check for changes that must not change what the extractor reads (speed work,
 * refactors): runs extractFigures over every text fixture with the contexts the evals use and
 * writes the JSON, or compares it with a file written before.
 *   npx tsx scripts/figures-snapshot.ts write /tmp/figures-before.json
 *   npx tsx scripts/figures-snapshot.ts compare /tmp/figures-before.json
 * Inputs: the figure eval's fixtures (their own date, city, language), the labelled numeral
 * expressions (no date or city), the differential corpus with its generated numerals (the date the
 * differential test uses), the dev check pairs' texts (their own dates), and every other .txt fixture
 * (language detected, both without a date and with one). The blind check pairs are never read.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { extractFigures } from '../electron/core/figures/extract';
import type { ExtractionContext } from '../shared/domain/figure';
import { corpusTexts } from '../tests/differential/corpus';
import { loadFixtures } from '../tests/eval/figures';
import { loadExpressions } from '../tests/eval/numerals';

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');
const BLIND = join(FIXTURES, 'check-pairs/blind');

interface Case { name: string; text: string; ctx: ExtractionContext }

function textFiles(dir: string): string[] {
  if (dir === BLIND) return [];
  return readdirSync(dir).sort().flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return textFiles(path);
    return f.endsWith('.txt') ? [path] : [];
  });
}

interface PairSide { date: string | null; text: string }
interface CheckPair { id: string; language: string; target: PairSide; outcome: PairSide }

function cases(): Case[] {
  const out: Case[] = [];
  for (const fx of loadFixtures()) out.push({ name: `figures/${fx.id}`, text: fx.text, ctx: { date: fx.date, city: fx.city, language: fx.language } });
  loadExpressions().forEach((row, i) => out.push({ name: `expression/${i}`, text: row.sentence, ctx: { date: null, city: null, language: row.language } }));
  for (const t of corpusTexts()) out.push({ name: `corpus/${t.name}`, text: t.text, ctx: { date: '2026-02-01', city: null, language: t.language } });
  const pairs = join(FIXTURES, 'check-pairs/dev');
  for (const f of readdirSync(pairs).filter((n) => n.endsWith('.json')).sort()) {
    const pair = JSON.parse(readFileSync(join(pairs, f), 'utf8')) as CheckPair;
    for (const side of ['target', 'outcome'] as const) {
      out.push({ name: `pair/${pair.id}/${side}`, text: pair[side].text, ctx: { date: pair[side].date, city: null, language: pair.language === 'en' ? 'en' : 'zh' } });
    }
  }
  for (const path of textFiles(FIXTURES)) {
    const text = readFileSync(path, 'utf8');
    const name = relative(FIXTURES, path);
    out.push({ name: `txt/${name}`, text, ctx: { date: null, city: null } });
    out.push({ name: `txt-dated/${name}`, text, ctx: { date: '2024-03-05', city: '重庆' } });
  }
  return out;
}

function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of cases()) out[c.name] = JSON.stringify(extractFigures(c.text, c.ctx));
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'compare') || !file) {
  console.error('usage: tsx scripts/figures-snapshot.ts write|compare FILE');
  process.exit(2);
}
const now = snapshot();
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(now, null, 1));
  console.log(`wrote ${Object.keys(now).length} cases to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const names = new Set([...Object.keys(before), ...Object.keys(now)]);
  const differing = [...names].filter((n) => before[n] !== now[n]);
  for (const n of differing.slice(0, 20)) console.log(`differs: ${n}`);
  console.log(differing.length === 0 ? `identical: ${names.size} cases` : `${differing.length} of ${names.size} cases differ`);
  process.exit(differing.length === 0 ? 0 : 1);
}
