/**
 * Scores checks on real target → outcome pairs (tests/fixtures/check-pairs/), as a new
 * user would run them: each pair gets a fresh archive; the target story is imported with
 * the CLI, the figure printed as the target is tracked with `targets add`, the outcome
 * story is imported, and `check` gives the verdict on the outcome figure.
 *
 *   npm run eval:check                 the dev pairs, with a line per failure
 *   npm run eval:check -- --blind      also the blind third (counts only; see its README)
 *   npm run eval:check -- --blind-only the blind third alone
 *   npm run eval:check -- --json FILE  the results as JSON
 *   npm run eval:check -- --only ID    the dev pairs whose id starts with ID, failures in full
 *
 * A failure is put down to the first step that went wrong: the target was not read as a
 * target, the outcome figure was not read, nothing connected them, or the verdict is wrong.
 */
import { dropPinyinGlosses } from '../../electron/core/archive/signals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../electron/cli/index';
import { placeOf } from '../../electron/core/metrics/places';

const here = dirname(fileURLToPath(import.meta.url));
const PAIRS = resolve(here, '../fixtures/check-pairs');

interface Side {
  publication: string;
  date: string;
  headline: string;
  text: string;
  figure: string;
}
export interface Pair {
  id: string;
  language: string;
  level: string;
  domain: string;
  /** Whose figures these are, as the labeller wrote it ('Ningxia', 'Greater London'). */
  entity: string;
  target: Side;
  outcome: Side;
  expected: string;
  why: string;
}

type Cause = 'ok' | 'target not read' | 'outcome not read' | 'not matched' | 'wrong verdict';
interface Result {
  id: string;
  split: 'dev' | 'blind';
  language: string;
  expected: string;
  got: string;
  cause: Cause;
  note: string;
}

interface FigureJson {
  id: number;
  storyId: number;
  start: number;
  end: number;
  quote: string;
  kind: string;
  value: number;
  metric: string;
  period: { from: string; to: string } | null;
  entity: string | null;
}
interface CheckJson {
  figure: FigureJson;
  verdicts: Array<{ against: string; id: number | null; verdict: string; explanation: { en: string } }>;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/**
 * The figure a printed quote names: a figure standing where the printed text stands in its story
 * (its span overlaps the printed words: the labeller's words and the extractor's quote may each
 * reach further than the other, 'grow by 0.5 per cent to 2.5 per cent' for '0.5 per cent to 2.5
 * per cent in 2023'), or failing that one whose quote and the printed text contain one another
 * (a bare 20% elsewhere in the story is another figure); then the preferred kind, then the longest.
 */
function figureFor<T extends { quote: string; id: number }>(figures: T[], printed: string, located: Set<number>, prefer?: (f: T) => boolean, preferMore?: (f: T) => boolean): T | undefined {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const p = norm(asStored(printed));
  const contained = (f: T): boolean => {
    const q = norm(f.quote);
    return q.includes(p) || p.includes(q);
  };
  const byLength = (a: T, b: T) => b.quote.length - a.quote.length;
  const at = figures.filter((f) => located.has(f.id)).sort((a, b) => Number(contained(b)) - Number(contained(a)) || byLength(a, b));
  const hits = figures.filter(contained).sort(byLength);
  return (preferMore ? at.find(preferMore) : undefined) ?? (prefer ? at.find(prefer) : undefined) ?? at[0] ?? (prefer ? hits.find(prefer) : undefined) ?? hits[0];
}

/** Whether two names are the same place of the place table ('Ningxia' and 宁夏回族自治区). */
function samePlace(a: string | null, b: string): boolean {
  const pa = a ? placeOf(a) : null;
  const pb = placeOf(b);
  return !!pa?.id && pa.id === pb?.id;
}

/** The printed text as the import stores it: mirror sites' pinyin glosses (萬(wàn)人) are dropped on import. */
function asStored(printed: string): string {
  return dropPinyinGlosses(printed);
}

/** Figures whose span covers an occurrence of the printed text in their story's body. */
async function locatedFigures(db: string, figures: FigureJson[], printed: string): Promise<Set<number>> {
  const out = new Set<number>();
  const bodies = new Map<number, string>();
  for (const f of figures) {
    if (!bodies.has(f.storyId)) bodies.set(f.storyId, (JSON.parse((await cli(['--db', db, 'show', String(f.storyId), '--json'])).out) as { body: string }).body);
    const body = bodies.get(f.storyId)!;
    const stored = asStored(printed);
    for (let at = body.indexOf(stored); at >= 0; at = body.indexOf(stored, at + 1)) {
      if (f.start < at + stored.length && at < f.end) out.add(f.id);
    }
  }
  return out;
}

function storyFile(dir: string, name: string, side: Side): string {
  const path = join(dir, `${name}.txt`);
  writeFileSync(path, side.headline ? `${side.headline}\n\n${side.text}\n` : `${side.text}\n`);
  return path;
}

async function importStory(db: string, path: string, side: Side): Promise<number[]> {
  const res = await cli(['--db', db, 'import', path, '--publication', side.publication, '--date', side.date, '--json']);
  if (res.code !== 0) throw new Error(`import failed: ${res.err}`);
  const report = JSON.parse(res.out) as { imported: Array<{ id: number }> };
  return report.imported.map((s) => s.id);
}

/** The JSON a CLI command printed; a command that failed says which pair and what the CLI said. */
function jsonOf(res: { code: number; out: string; err: string }, what: string): unknown {
  if (res.code !== 0 || !res.out.trim()) throw new Error(`${what} failed (exit ${res.code}): ${res.err.trim() || 'no output'}`);
  return JSON.parse(res.out);
}

async function figuresOf(db: string, storyIds: number[]): Promise<FigureJson[]> {
  const all: FigureJson[] = [];
  for (const id of storyIds) all.push(...(JSON.parse((await cli(['--db', db, 'figures', String(id), '--json'])).out) as FigureJson[]));
  return all;
}

export async function runPair(pair: Pair, split: 'dev' | 'blind'): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'figure-desk-pair-'));
  const db = join(dir, 'archive.db');
  const base = { id: pair.id, split, language: pair.language, expected: pair.expected };
  try {
    const targetStories = await importStory(db, storyFile(dir, 'target', pair.target), pair.target);
    const targetFigures = await figuresOf(db, targetStories);
    // 安徽、宁夏为6.5%左右 holds one figure per place: the editor takes the one for the pair's place.
    const ofPairPlace = (f: FigureJson): boolean => f.kind === 'target' && samePlace(f.entity, pair.entity);
    const targetFigure = figureFor(targetFigures, pair.target.figure, await locatedFigures(db, targetFigures, pair.target.figure), (f) => f.kind === 'target', ofPairPlace);
    if (!targetFigure || targetFigure.kind !== 'target') {
      return { ...base, got: '-', cause: 'target not read', note: targetFigure ? `read as ${targetFigure.kind}: ${targetFigure.quote}` : 'no figure' };
    }
    const added = await cli(['--db', db, 'targets', 'add', '--figure', String(targetFigure.id), '--json']);
    if (added.code !== 0) return { ...base, got: '-', cause: 'target not read', note: added.err.trim() };
    const targetId = (JSON.parse(added.out) as { id: number }).id;

    const outcomeStories = await importStory(db, storyFile(dir, 'outcome', pair.outcome), pair.outcome);
    const checks: CheckJson[] = [];
    for (const id of outcomeStories) checks.push(...(jsonOf(await cli(['--db', db, 'check', String(id), '--json']), `check ${id} of ${pair.id}`) as CheckJson[]));
    const check = figureFor(
      checks.map((c) => ({ ...c, quote: c.figure.quote, id: c.figure.id })),
      pair.outcome.figure,
      await locatedFigures(db, checks.map((c) => c.figure), pair.outcome.figure),
      (c) => c.verdicts.some((v) => v.against === 'target' && v.id === targetId),
      // 城镇、农村居民收入分别增长4.3%和6.2%: of figures printed together, the one held against the target, not one listed as another definition.
      (c) => c.verdicts.some((v) => v.against === 'target' && v.id === targetId && v.verdict !== 'not_comparable'),
    );
    if (!check) return { ...base, got: '-', cause: 'outcome not read', note: 'no figure' };
    const verdict = check.verdicts.find((v) => v.against === 'target' && v.id === targetId);
    const got = verdict?.verdict ?? 'unmatched';
    const show = (f: FigureJson) => `${f.quote} [${f.kind}, ${f.metric}, ${f.entity ?? '-'}, ${f.period?.from ?? '-'}..${f.period?.to ?? '-'}]`;
    const describe = `${show(check.figure)} vs target ${show(targetFigure)}`;
    // Not comparable: right when no verdict was held against the target, said (not_comparable) or by finding nothing.
    const right = got === pair.expected || (pair.expected === 'not_comparable' && got === 'unmatched');
    if (right) return { ...base, got, cause: 'ok', note: '' };
    if (!verdict && pair.expected !== 'not_comparable') return { ...base, got, cause: 'not matched', note: describe };
    return { ...base, got, cause: 'wrong verdict', note: `${describe}: ${verdict?.explanation.en ?? ''}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function loadPairs(split: 'dev' | 'blind'): Pair[] {
  const dir = join(PAIRS, split);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Pair);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withBlind = args.includes('--blind');
  const jsonAt = args.indexOf('--json');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  const results: Result[] = [];
  // --blind-only: the blind third alone, scored once at the end.
  const blindOnly = args.includes('--blind-only');
  const splits = blindOnly ? (['blind'] as const) : withBlind && !only ? (['dev', 'blind'] as const) : (['dev'] as const);
  for (const split of splits) {
    const pairs = loadPairs(split).filter((pair) => !only || pair.id.startsWith(only));
    // An empty set scores nothing: say so, rather than print a table with no rows.
    if (!pairs.length) console.log(`No ${split} pairs${only ? ` whose id starts with ${only}` : ''} in ${join(PAIRS, split)}: nothing to score.`);
    for (const pair of pairs) results.push(await runPair(pair, split));
  }
  const rows: string[][] = [['set', 'pairs', 'right', 'accuracy', 'target not read', 'outcome not read', 'not matched', 'wrong verdict']];
  const groups: Array<[string, Result[]]> = [];
  for (const split of ['dev', 'blind'] as const) {
    const of = results.filter((r) => r.split === split);
    if (!of.length) continue;
    groups.push([split, of]);
    for (const lang of ['zh', 'zh-Hant', 'en']) {
      const sub = of.filter((r) => r.language === lang);
      if (sub.length) groups.push([`${split} ${lang}`, sub]);
    }
  }
  for (const [name, of] of groups) {
    const count = (c: Cause) => String(of.filter((r) => r.cause === c).length);
    const right = of.filter((r) => r.cause === 'ok').length;
    rows.push([name, String(of.length), String(right), `${((right / of.length) * 100).toFixed(1)}%`, count('target not read'), count('outcome not read'), count('not matched'), count('wrong verdict')]);
  }
  console.log(table(rows));
  const failures = results.filter((r) => r.split === 'dev' && r.cause !== 'ok');
  if (failures.length) {
    console.log('\nDev failures:');
    console.log(table([['pair', 'expected', 'got', 'cause', 'detail'], ...failures.map((r) => [r.id, r.expected, r.got, r.cause, only ? r.note : r.note.slice(0, 160)])]));
  }
  if (jsonAt >= 0 && args[jsonAt + 1]) writeFileSync(args[jsonAt + 1]!, JSON.stringify(results, null, 2));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
