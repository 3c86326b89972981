import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachEvidence, overrideStatus, targetFromFigure, updateTarget } from '../../../electron/core/targets/register';
import { exportRegister, importRegister } from '../../../electron/core/targets/transfer';
import { parseCsv } from '../../../electron/core/text/csv';
import { coreErrorText, type CoreErrorReason } from '../../../shared/core-errors';
import { tempArchive } from '../helpers';
import { addStory, type FigureSpec } from './factory';

const seed = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/targets/cq-2023-targets.json'), 'utf8')) as {
  story: { date: string; headline: string };
  figures: FigureSpec[];
};

let archive: ReturnType<typeof tempArchive>;
beforeEach(() => {
  archive = tempArchive();
  const { repos } = archive;
  const s = addStory(repos, seed.story, seed.figures);
  const targets = s.figures.map((f) => targetFromFigure(repos, f.id, { today: '2023-02-24' }));
  const report = addStory(repos, { date: '2024-01-18', headline: '7565' }, [{ quote: '7565家', value: 7565, metric: '高新技术企业', year: 2023 }]);
  attachEvidence(repos, targets[2]!.id, report.figures[0]!.id, { verdict: 'meets', score: 1, by: 'editor' }, { today: '2024-01-18' });
  overrideStatus(repos, targets[3]!.id, { status: 'met', reason: '第3家, "确认"\n见附件' });
  updateTarget(repos, targets[0]!.id, { notes: '口径：R&D, 含"基础研究"' }, { today: '2023-03-01' });
  const later = addStory(repos, { date: '2023-06-10', headline: '上调' }, [
    { quote: '2.4%', value: 2.4, unit: '%', kind: 'target', metric: '研发经费投入强度', year: 2023 },
  ]);
  targetFromFigure(repos, later.figures[0]!.id, { today: '2023-06-10' });
});
afterEach(() => archive.cleanup());

/** What `run` threw (undefined when it did not), to assert on its code, reason and parameters. */
async function refusalOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const strip = (json: string) => ({ ...JSON.parse(json), exportedAt: null });

describe('export and import', () => {
  for (const format of ['json', 'csv'] as const) {
    it(`round-trips the register through ${format} without loss`, async () => {
      const { repos } = archive;
      const before = exportRegister(repos, 'json');
      const file = exportRegister(repos, format);
      const result = await importRegister(repos, file, format, { mode: 'replace' });
      expect(result).toEqual({ imported: 7, warnings: [] });
      expect(strip(exportRegister(repos, 'json'))).toEqual(strip(before));
    });
  }

  it('writes CSV Excel opens: BOM, CRLF, quoted cells with commas, quotes and newlines', () => {
    const csv = exportRegister(archive.repos, 'csv');
    expect(csv.startsWith('\uFEFFid,metric,metric_key,')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain('"第3家, ""确认""\n见附件"');
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(8);
    expect(rows[1]!.cells[1]).toBe('研发经费投入强度');
  });

  it('merges into another archive under new ids, dropping links it cannot keep', async () => {
    const file = exportRegister(archive.repos, 'json');
    const other = tempArchive();
    try {
      const result = await importRegister(other.repos, file, 'json');
      expect(result.imported).toBe(7);
      expect(result.warnings.some((w) => /story \d+ is not in this archive/.test(w))).toBe(true);
      const all = other.repos.targets.all();
      expect(all.map((t) => t.sourceHeadline)).toContain(seed.story.headline);
      const revised = all.find((t) => t.status === 'revised')!;
      expect(all.find((t) => t.id === revised.revisedByTargetId)!.revisesTargetId).toBe(revised.id);
      expect(other.repos.targets.events(all[3]!.id).map((e) => e.cause)).toEqual(['created', 'editor']);
    } finally {
      other.cleanup();
    }
  });

  it('reports line and field for a bad row, and imports nothing', async () => {
    const { repos } = archive;
    const lines = exportRegister(repos, 'csv').split('\r\n');
    const header = lines[0]!.replace('\uFEFF', '').split(',');
    const valueAt = header.indexOf('value');
    // Line 3 of the file: the second target. Its note has no newline, so cells split on commas safely there.
    const cells = parseCsv(lines.join('\r\n'))[2]!.cells;
    cells[valueAt] = 'lots';
    const bad = parseCsv(lines.join('\r\n'));
    const rebuilt = [header, ...bad.slice(1).map((r, i) => (i === 1 ? cells : r.cells))]
      .map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
      .join('\r\n');
    const before = repos.targets.count();
    const caught = await refusalOf(() => importRegister(repos, rebuilt, 'csv', { mode: 'replace' }));
    expect(caught).toMatchObject({ code: 'invalid_input', path: `line ${bad[2]!.line}: value` });
    expect(repos.targets.count()).toBe(before);
    await expect(importRegister(repos, '{"format":"other"}', 'json')).rejects.toThrow(/Nothing was imported/);
  });

  it.each([
    ['{}', 'register_json_not_export', {}, 'found an object without "format": "figure-desk-targets"'],
    ['{"format":"other","targets":[]}', 'register_json_not_export', {}, 'found an object without "format": "figure-desk-targets"'],
    ['[{"id":1}]', 'register_json_list', {}, 'this file holds a bare list'],
    ['"targets"', 'register_json_value', {}, 'this file holds a single value'],
    ['null', 'register_json_value', {}, 'this file holds a single value'],
    ['{"format":"figure-desk-targets","version":2,"targets":[]}', 'register_json_version', { version: '2' }, 'exported in format version 2'],
    ['{"format":"figure-desk-targets","version":1}', 'register_json_no_targets', {}, 'has no list of "targets"'],
  ])('refuses a JSON file of the wrong shape, %s, as a whole: what it found and what to do, in both languages', async (text, reason, params, found) => {
    const { repos } = archive;
    const before = repos.targets.count();
    const caught = await refusalOf(() => importRegister(repos, text, 'json', { mode: 'replace' }));
    expect(caught).toMatchObject({ code: 'invalid_input', reason, params });
    const failure = caught as { reason: CoreErrorReason; params: Record<string, string> };
    expect((caught as Error).message).toContain(found);
    expect((caught as Error).message).not.toMatch(/target 1/);
    expect(coreErrorText(failure.reason, failure.params, 'en')).toMatch(/Nothing was imported: .*(Export|update Figure Desk)/);
    expect(coreErrorText(failure.reason, failure.params, 'zh')).toMatch(/^未导入任何目标：.*请/);
    expect(repos.targets.count()).toBe(before);
  });
});
