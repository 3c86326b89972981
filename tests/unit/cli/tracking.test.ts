import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/index';
import { tempDir } from '../helpers';

const SEED = join(import.meta.dirname, '../../fixtures/cq-daily-2023-02-24.txt');
const LATER = join(import.meta.dirname, '../../fixtures/e2e/cq-daily-2024-01-20.txt');

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('command line: targets, check and exports', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(() => {
    tmp = tempDir();
    db = join(tmp.dir, 'archive.db');
  });
  afterEach(() => tmp.cleanup());

  async function seedTarget(): Promise<{ targetId: number; seedStoryId: number }> {
    const imported = JSON.parse((await cli(['--db', db, 'import', SEED, '--publication', '重庆日报', '--json'])).out) as { imported: Array<{ id: number; headline: string }> };
    const story = imported.imported.find((s) => s.headline.includes('双倍增'))!;
    const figures = JSON.parse((await cli(['--db', db, 'figures', String(story.id), '--json'])).out) as Array<{ id: number; quote: string }>;
    const figure = figures.find((f) => f.quote === '突破7000家')!;
    const added = await cli(['--db', db, 'targets', 'add', '--figure', String(figure.id), '--json']);
    expect(added.code).toBe(0);
    const target = JSON.parse(added.out) as { id: number; metric: string; value: number; deadline: string; status: string };
    expect(target).toMatchObject({ metric: '高新技术企业', value: 7000, deadline: '2023-12-31' });
    return { targetId: target.id, seedStoryId: story.id };
  }

  it('refuses a targets file of the wrong shape naming the file, what it found and what to do', async () => {
    const file = join(tmp.dir, 'targets-2023.json');
    writeFileSync(file, '{}');
    const result = await cli(['--db', db, 'targets', 'import', file]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'targets-2023.json: Nothing was imported: expected a targets register exported from Figure Desk (an object with "format": "figure-desk-targets" and its "targets"), found an object without "format": "figure-desk-targets". Export the register with Export JSON on the Targets page and import that file, or import a CSV export as CSV.\n',
    );
  });

  it('says the register and a check in English, as the command line does everywhere', async () => {
    const { seedStoryId } = await seedTarget();
    const register = await cli(['--db', db, 'targets']);
    expect(register.out).toMatch(/高新技术企业/);
    expect(register.out).not.toMatch(/已过期限|尚无|进度|档案中没有/);
    const check = await cli(['--db', db, 'check', String(seedStoryId)]);
    expect(check.code).toBe(0);
    expect(check.out).not.toMatch(/已过期限|尚无|档案中没有|相关的目标/);
  });

  it('tracks a target from a figure and checks a later story against it, attaching on request', async () => {
    const { targetId } = await seedTarget();
    const later = JSON.parse((await cli(['--db', db, 'import', LATER, '--publication', '重庆日报', '--json'])).out) as { imported: Array<{ id: number }> };
    const laterId = later.imported[0]!.id;

    const checked = JSON.parse((await cli(['--db', db, 'check', String(laterId), '--json'])).out) as Array<{
      figure: { quote: string };
      verdicts: Array<{ against: string; id: number | null; verdict: string; explanation: { zh: string; en: string } | null; score: number }>;
    }>;
    const row = checked.find((c) => c.figure.quote.includes('7565'))!;
    const verdict = row.verdicts.find((v) => v.against === 'target' && v.id === targetId)!;
    expect(verdict.verdict).toBe('meets');
    expect(verdict.explanation!.zh).toContain('7565');
    // Without --attach nothing moved.
    let targets = JSON.parse((await cli(['--db', db, 'targets', '--json'])).out) as Array<{ id: number; status: string }>;
    expect(targets.find((t) => t.id === targetId)!.status).not.toBe('met');

    await cli(['--db', db, 'check', String(laterId), '--attach', '--json']);
    targets = JSON.parse((await cli(['--db', db, 'targets', '--json'])).out) as Array<{ id: number; status: string }>;
    expect(targets.find((t) => t.id === targetId)!.status).toBe('met');
  });

  it('exports the register as CSV with a BOM for Excel, and refuses to overwrite without --force', async () => {
    await seedTarget();
    const out = join(tmp.dir, 'targets.csv');
    expect((await cli(['--db', db, 'targets', 'export', '--format', 'csv', '--out', out])).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('高新技术企业');
    const again = await cli(['--db', db, 'targets', 'export', '--format', 'csv', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/exists/i);
    expect((await cli(['--db', db, 'targets', 'export', '--format', 'csv', '--out', out, '--force'])).code).toBe(0);
  });

  it('exports the desk summary as CSV to stdout and as XLSX to a file (only to a file)', async () => {
    await seedTarget();
    const csv = await cli(['--db', db, 'targets', 'export', '--format', 'summary-csv']);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\r\n')[0]).toBe('\uFEFFIndicator,Promised by,Source of the target,As printed,Target,Deadline,Latest reading,Source of the reading,Date of the reading,Status,Arithmetic');
    expect(csv.out).toContain('高新技术企业');
    expect((await cli(['--db', db, 'targets', 'export', '--format', 'summary-xlsx'])).code).toBe(2);
    const xlsx = join(tmp.dir, 'register.xlsx');
    expect((await cli(['--db', db, 'targets', 'export', '--format', 'summary-xlsx', '--out', xlsx])).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('exports a story with its annotations to DOCX and the annotations as JSON-LD', async () => {
    const { seedStoryId } = await seedTarget();
    const docx = join(tmp.dir, 'story.docx');
    const res = await cli(['--db', db, 'export', 'story', String(seedStoryId), '--annotated', '--format', 'docx', '--out', docx]);
    expect(res.code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const jsonld = join(tmp.dir, 'annotations.jsonld');
    expect((await cli(['--db', db, 'annotations', 'export', '--out', jsonld])).code).toBe(0);
    expect(JSON.parse(readFileSync(jsonld, 'utf8'))['@context']).toBeDefined();
    const bad = await cli(['--db', db, 'export', 'story', String(seedStoryId), '--format', 'rtf', '--out', docx]);
    expect(bad.code).toBe(2);
    expect(existsSync(docx)).toBe(true);
  });
});
