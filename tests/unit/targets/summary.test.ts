import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachEvidence, targetFromFigure } from '../../../electron/core/targets/register';
import { parseCsv } from '../../../electron/core/text/csv';
import { summaryCsv, summaryXlsx } from '../../../electron/core/targets/summary';
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
  const story = addStory(repos, seed.story, seed.figures);
  const targets = story.figures.map((f) => targetFromFigure(repos, f.id, { today: '2023-02-24' }));
  const firms = targets.find((t) => t.metric === '高新技术企业')!;
  const report = addStory(repos, { date: '2024-01-18', headline: '全市高新技术企业达7565家' }, [{ quote: '7565家', value: 7565, metric: '高新技术企业', year: 2023 }]);
  attachEvidence(repos, firms.id, report.figures[0]!.id, { verdict: 'meets', score: 1, by: 'editor' }, { today: '2024-01-18' });
});
afterEach(() => archive.cleanup());

/** The summary's rows as header → cell, from the CSV text. */
function rowsOf(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(csv).map((r) => r.cells);
  return rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}

describe('the register summary for the desk', () => {
  it.each([
    [
      'zh',
      ['指标', '承诺方', '目标出处', '原文', '目标', '期限', '最新数据', '数据出处', '数据日期', '状态', '计算'],
      { 指标: '高新技术企业', 承诺方: '重庆市', 期限: '2023-12-31', 最新数据: '7,565家', 数据出处: '《全市高新技术企业达7565家》', 数据日期: '2024-01-18', 状态: '已完成' },
    ],
    [
      'en',
      ['Indicator', 'Promised by', 'Source of the target', 'As printed', 'Target', 'Deadline', 'Latest reading', 'Source of the reading', 'Date of the reading', 'Status', 'Arithmetic'],
      { Indicator: '高新技术企业', 'Promised by': '重庆市', Deadline: '2023-12-31', 'Latest reading': '7,565 家', 'Date of the reading': '2024-01-18', Status: 'Met' },
    ],
  ] as const)('CSV in %s: one row per target, headers and status words in that language', async (lang, header, firmsRow) => {
    const csv = await summaryCsv(archive.repos, lang);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv)[0]!.cells).toEqual(header);
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(6);
    const firms = rows.find((r) => r[header[0]] === '高新技术企业')!;
    expect(firms).toMatchObject(firmsRow);
    // the arithmetic in words, and the target's own source and terms
    expect(firms[header[10]]).toMatch(lang === 'zh' ? /7565/ : /7,565/);
    expect(firms[header[2]]).toContain(seed.story.headline);
    expect(firms[header[4]]).toMatch(lang === 'zh' ? /7,000家|7000家/ : /7,000 家/);
    // a target with no reading yet leaves the reading empty, not made up
    expect(rows.find((r) => r[header[0]] === '科技型企业')![header[6]]).toBe('');
  });

  it('XLSX opens with a bold header row frozen above one row per target, columns sized', async () => {
    const bytes = await summaryXlsx(archive.repos, 'zh');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['指标', '承诺方', '目标出处', '原文', '目标', '期限', '最新数据', '数据出处', '数据日期', '状态', '计算']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(7);
    const firms = sheet.getRows(2, 6)!.find((r) => r.getCell(1).value === '高新技术企业')!;
    expect(firms.getCell(7).value).toBe('7,565家');
    expect(firms.getCell(10).value).toBe('已完成');
    expect(sheet.getColumn(4).width).toBeGreaterThan(30);
  });
});
