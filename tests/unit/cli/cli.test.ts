import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/index';
import { tempDir } from '../helpers';

const FIXTURE = join(import.meta.dirname, '../../fixtures/cq-daily-2023-02-24.txt');

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('command line', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(() => {
    tmp = tempDir();
    db = join(tmp.dir, 'archive.db');
  });
  afterEach(() => tmp.cleanup());

  it('imports a page, reporting what it assumed, and prints only JSON with --json', async () => {
    const page = join(tmp.dir, 'cq-daily-2023-02-24.txt');
    copyFileSync(FIXTURE, page);
    const { code, out, err } = await cli(['--db', db, 'import', page, '--publication', '重庆日报', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { imported: Array<Record<string, unknown>>; skipped: unknown[]; failed: unknown[] };
    expect(report.imported).toHaveLength(8);
    expect(report.failed).toEqual([]);
    const first = report.imported[0]!;
    for (const field of ['id', 'publication', 'date', 'headline', 'subhead', 'byline', 'dateline', 'body', 'sourcePath']) {
      expect(first, field).toHaveProperty(field);
    }
    expect(first).toMatchObject({ publication: '重庆日报', date: '2023-02-24', byline: '记者 张亦筑' });
    expect(err).toMatch(/date|日期/i);
  });

  it('skips a story it already has instead of duplicating it', async () => {
    await cli(['--db', db, 'import', FIXTURE, '--date', '2023-02-24']);
    const again = await cli(['--db', db, 'import', FIXTURE, '--date', '2023-02-24', '--json']);
    const report = JSON.parse(again.out) as { imported: unknown[]; skipped: Array<{ reason: string }> };
    expect(report.imported).toHaveLength(0);
    expect(report.skipped).toHaveLength(8);
    const list = JSON.parse((await cli(['--db', db, 'stories', '--json'])).out) as unknown[];
    expect(list).toHaveLength(8);
  });

  it('lists, shows and searches stories', async () => {
    await cli(['--db', db, 'import', FIXTURE, '--date', '2023-02-24', '--publication', '重庆日报']);
    const stories = JSON.parse((await cli(['--db', db, 'stories', '--json'])).out) as Array<{ id: number; headline: string }>;
    const police = stories.find((s) => s.headline === '重庆水警春季练兵')!;
    const shown = JSON.parse((await cli(['--db', db, 'show', String(police.id), '--json'])).out) as { body: string; byline: string };
    expect(shown.byline).toBe('尹诗语');
    const hits = JSON.parse((await cli(['--db', db, 'search', '医保', '--json'])).out) as Array<{ storyId: number; headline: string; snippet: string; score: number }>;
    expect(hits[0]!.headline).toBe('重庆推进职工医保和居民医保门诊特病病种统一');
    expect(hits[0]!.snippet).toContain('医保');
    const human = await cli(['--db', db, 'show', String(police.id)]);
    expect(human.out).toContain('重庆水警春季练兵');
  });

  it('exits 1 and names the file when an import fails, importing the rest', async () => {
    const empty = join(tmp.dir, 'empty.txt');
    writeFileSync(empty, '');
    const { code, out } = await cli(['--db', db, 'import', empty, FIXTURE, '--date', '2023-02-24', '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { imported: unknown[]; failed: Array<{ path: string; error: string }> };
    expect(report.imported).toHaveLength(8);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.path).toBe(empty);
    expect(report.failed[0]!.error).toMatch(/empty/i);
  });

  it('exits 1 for a missing story and 2 for bad usage, with the reason on stderr', async () => {
    const missing = await cli(['--db', db, 'show', '999', '--json']);
    expect(missing.code).toBe(1);
    expect(missing.out).toBe('');
    expect(missing.err).toMatch(/999/);
    const usage = await cli(['--db', db, 'frobnicate']);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/Unknown command "frobnicate"/);
    const badDate = await cli(['--db', db, 'import', FIXTURE, '--date', '24/02/2023']);
    expect(badDate.code).toBe(2);
    expect(badDate.err).toMatch(/--date/);
    expect((await cli(['--db', db, 'show', 'abc'])).code).toBe(2);
  });

  it('reads figures from a file without storing it', async () => {
    const { code, out } = await cli(['--db', db, 'figures', FIXTURE, '--publication', '重庆日报', '--json']);
    expect(code).toBe(0);
    const figures = JSON.parse(out) as Array<{ quote: string; value: number; unit: string }>;
    expect(figures.find((f) => f.quote === '突破7000家')).toMatchObject({ value: 7000, unit: '家' });
    const stories = JSON.parse((await cli(['--db', db, 'stories', '--json'])).out) as unknown[];
    expect(stories).toHaveLength(0);
  });
});
