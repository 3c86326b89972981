/**
 * A target story and an outcome story, imported and checked as an editor would through the CLI:
 * the verdict the outcome figure gets against the target made of the promised figure.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { tempDir } from '../helpers';
import { runCli } from '../../../electron/cli/index';

export interface Story { date: string; text: string }
interface FigureJson { id: number; quote: string; kind: string }
interface VerdictJson { against: string; id: number | null; verdict: string; explanation: { zh: string; en: string } }
interface CheckJson { figure: FigureJson; verdicts: VerdictJson[] }

/** `attach`: the check attaches what it matches as evidence, as `check --attach` does. */
export function pairChecker(dir: string, { attach = false } = {}) {
  const db = join(dir, 'archive.db');
  async function cli(args: string[]): Promise<unknown> {
    let out = '';
    let err = '';
    const code = await runCli(['--db', db, ...args, '--json'], { out: (t) => (out += t), err: (t) => (err += t) });
    if (code !== 0) throw new Error(`${args.join(' ')}: ${err}`);
    return JSON.parse(out);
  }
  async function importStory(name: string, story: Story): Promise<number> {
    const path = join(dir, `${name}.txt`);
    writeFileSync(path, story.text);
    const report = (await cli(['import', path, '--publication', 'Desk', '--date', story.date])) as { imported: Array<{ id: number }> };
    return report.imported[0]!.id;
  }
  /** The verdict (with its explanation) the outcome figure printed as `printed` gets against the target printed as `promised`. */
  async function verdictAgainst(target: Story, promised: string, outcome: Story, printed: string): Promise<VerdictJson | null> {
    const targetStory = await importStory('target', target);
    const figures = (await cli(['figures', String(targetStory)])) as FigureJson[];
    const figure = figures.find((f) => f.kind === 'target' && promised.includes(f.quote.replace(/\s+/g, ' ')))!;
    expect(figure, `target figure in ${promised}`).toBeDefined();
    const { id } = (await cli(['targets', 'add', '--figure', String(figure.id)])) as { id: number };
    const checks = (await cli(['check', String(await importStory('outcome', outcome)), ...(attach ? ['--attach'] : [])])) as CheckJson[];
    const check = checks.find((c) => printed.includes(c.figure.quote));
    expect(check, `outcome figure ${printed}`).toBeDefined();
    return check!.verdicts.find((v) => v.against === 'target' && v.id === id) ?? null;
  }
  return {
    cli,
    verdictAgainst,
    verdictOf: async (target: Story, promised: string, outcome: Story, printed: string): Promise<string> =>
      (await verdictAgainst(target, promised, outcome, printed))?.verdict ?? 'unmatched',
  };
}

/** One pair row: why, the target story, the promised words, the outcome story, the printed words, the expected verdict. */
export type PairRow = [string, Story, string, Story, string, string];

/**
 * A checker on a fresh archive for each test of the file (made in beforeEach, removed in afterEach). The methods
 * reach the current test's checker, so a file sets it up once at the top.
 */
export function checkerPerTest(options: { attach?: boolean } = {}): ReturnType<typeof pairChecker> {
  let tmp: ReturnType<typeof tempDir>;
  let current: ReturnType<typeof pairChecker>;
  beforeEach(() => {
    tmp = tempDir();
    current = pairChecker(tmp.dir, options);
  });
  afterEach(() => tmp.cleanup());
  return {
    cli: (args) => current.cli(args),
    verdictAgainst: (target, promised, outcome, printed) => current.verdictAgainst(target, promised, outcome, printed),
    verdictOf: (target, promised, outcome, printed) => current.verdictOf(target, promised, outcome, printed),
  };
}
