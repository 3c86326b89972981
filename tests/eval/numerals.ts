/**
 * Scores how Figure Desk reads real number expressions in their sentences:
 * tests/fixtures/numerals-labelled/expressions.json, labelled by hand before the
 * extractor ran on them. Run: npx tsx tests/eval/numerals.ts [--blind] [--verbose]
 *
 * An expression is read when a figure the extractor finds in its sentence overlaps
 * it and carries the labelled value (and upper end, for a range). A label row
 * (十四五, 57號, a date) is right when no figure overlaps it. Rows marked blind are
 * left out unless --blind is given: they are scored once, at the end of a change.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractFigures } from '../../electron/core/figures/extract';

const here = dirname(fileURLToPath(import.meta.url));
export const EXPRESSIONS_FILE = resolve(here, '../fixtures/numerals-labelled/expressions.json');

export interface LabelledExpression {
  id: string;
  language: 'zh' | 'en';
  script: 'simplified' | 'traditional' | 'english';
  source: string;
  sentence: string;
  expression: string;
  value?: number;
  values?: number[];
  valueMax?: number;
  label?: string;
  blind: boolean;
}

export interface ExpressionResult {
  row: LabelledExpression;
  right: boolean;
  got: string;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

export function loadExpressions(file = EXPRESSIONS_FILE): LabelledExpression[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { expressions: LabelledExpression[] }).expressions;
}

export function scoreExpression(row: LabelledExpression): ExpressionResult {
  const start = row.sentence.indexOf(row.expression);
  const end = start + row.expression.length;
  const figures = extractFigures(row.sentence, { date: null, city: null, language: row.language });
  const overlapping = figures.filter((f) => f.start < end && f.end > start);
  const got = overlapping.map((f) => `${f.quote}=${f.value}${f.valueMax !== null ? `..${f.valueMax}` : ''}`).join(' | ') || '—';
  if (row.label !== undefined) return { row, right: overlapping.length === 0, got };
  const wanted = row.values ?? [row.value!];
  const right = overlapping.some((f) => wanted.some((v) => close(f.value, v)) && (row.valueMax === undefined || (f.valueMax !== null && close(f.valueMax, row.valueMax))));
  return { row, right, got };
}

function share(results: ExpressionResult[]): string {
  const right = results.filter((r) => r.right).length;
  return results.length ? `${((100 * right) / results.length).toFixed(1)}% (${right}/${results.length})` : '—';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { blind: { type: 'boolean' }, verbose: { type: 'boolean' } } });
  const rows = loadExpressions().filter((r) => (values.blind ? r.blind : !r.blind));
  const results = rows.map(scoreExpression);
  const values_ = results.filter((r) => r.row.label === undefined);
  const labels = results.filter((r) => r.row.label !== undefined);
  console.log(`${values.blind ? 'BLIND' : 'OPEN'} set: ${rows.length} expressions`);
  console.log(`values read            ${share(values_)}`);
  for (const script of ['simplified', 'traditional', 'english'] as const) console.log(`  ${script.padEnd(20)} ${share(values_.filter((r) => r.row.script === script))}`);
  console.log(`labels kept as labels  ${share(labels)}`);
  if (values.verbose) for (const r of results.filter((x) => !x.right)) console.log(`  ✗ ${r.row.id} 「${r.row.expression}」 want ${r.row.label ? `label (${r.row.label})` : (r.row.values ?? [r.row.value]).join('|')} got ${r.got}`);
}
