/**
 * E-paper pages as editors download them: a 5-column Chinese daily and a 4-column English
 * broadsheet printed to PDF, and a Word file of several stories. Labelled before the
 * readers were run on them (tests/fixtures/formats/epaper-*.expected.json); the pages
 * come from tests/fixtures/formats/epaper-pages.ts via make-format-fixtures.ts.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/archive/parse';
import { labelMismatches, loadLabels } from './labels';

const FORMATS = join(__dirname, '../../fixtures/formats');

const PAGES: Array<[string, string]> = [
  ['epaper-zh-5col', 'pdf'],
  ['epaper-en-4col', 'pdf'],
  ['epaper-en-5col', 'pdf'],
  ['epaper-docx-several', 'docx'],
];

describe.each(PAGES)('%s.%s', (name, ext) => {
  const file = join(FORMATS, `${name}.${ext}`);
  const labels = loadLabels(join(FORMATS, `${name}.expected.json`));
  const known = new Set(labels.knownFailures ?? []);

  it('is a small committed fixture', () => {
    expect(statSync(file).size).toBeLessThan(300 * 1024);
    expect(labels.heldOut).toBe(true);
  });

  it('reads the stories in order with their headlines, bylines and bodies', async () => {
    const page = await parseFile(file);
    const misses = labelMismatches(page, labels);
    expect(misses.filter((m) => !known.has(m.key))).toEqual([]);
    expect([...known].filter((k) => !misses.some((m) => m.key === k))).toEqual([]);
  });

  it('leaves no layout artefacts in the text', async () => {
    const page = await parseFile(file);
    for (const s of page.stories) {
      const all = [s.headline, s.kicker ?? '', s.subhead ?? '', s.body].join('\n');
      // letter-spaced CJK from justified lines, discretionary hyphens, folio separators
      expect(all).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff\d，。] [\u4e00-\u9fff\d]/);
      expect(all).not.toMatch(/[\u00ad\u2010]/);
      if (ext === 'pdf') expect(all).not.toMatch(/ \| /);
    }
  });
});

describe('e-paper PDF layout', () => {
  it('drops the header and footer rows by position, after reading the date and paper from them', async () => {
    const zh = await parseFile(join(FORMATS, 'epaper-zh-5col.pdf'));
    expect(zh.dropped).toEqual(expect.arrayContaining(['西江日报 | 2024年4月10日 星期三 | 第3版 要闻', '责任编辑：刘洋 美术编辑：陈敏 校对：王芳 | 第3版']));
    const en = await parseFile(join(FORMATS, 'epaper-en-4col.pdf'));
    expect(en.dropped).toEqual(expect.arrayContaining(['THE HARBOUR COURIER | Tuesday 9 April 2024 | Page 5', 'harbourcourier.co.uk | 5', 'Continued on page 6']));
    expect(en.assumed.some((a) => a.startsWith('publication The Harbour Courier from the masthead line'))).toBe(true);
  });

  it('keeps a centred headline whose last characters wrap to a second line whole', async () => {
    const zh = await parseFile(join(FORMATS, 'epaper-zh-5col.pdf'));
    expect(zh.stories.map((s) => s.subhead)).not.toContain('民');
  });

  it('rejoins words broken at a line-end hyphen and keeps the byline out of the lead', async () => {
    const en = await parseFile(join(FORMATS, 'epaper-en-4col.pdf'));
    const ferry = en.stories[1]!;
    expect(ferry.body).toContain('qualified crew');
    expect(ferry.body).toContain('to intervene,');
    expect(en.stories[0]!.body.startsWith('By ')).toBe(false);
  });
});

describe('e-paper PDF columns', () => {
  it('reads a paragraph on from the foot of one column to the top of the next, and only then', async () => {
    const en = await parseFile(join(FORMATS, 'epaper-en-5col.pdf'));
    const paras = en.stories.map((s) => s.body.split('\n').length);
    expect(paras).toEqual([3, 5, 2]);
    // mid-sentence across columns 1→2, and after a full stop across 3→4 (indented paragraphs)
    expect(en.stories[2]!.body).toContain('from May 5 for the first time');
    expect(en.stories[2]!.body).toContain('paid staff and volunteers. Councillor Jane Ross');
  });

  it('keeps a jump line apart from the text it stands over', async () => {
    const en = await parseFile(join(FORMATS, 'epaper-en-5col.pdf'));
    expect(en.dropped).toContain('Continued from page 1');
    expect(en.stories[0]!.truncated).toBe(true);
  });

  it('reads the kicker, headline and standfirst of a spanning stack by type size', async () => {
    const en = await parseFile(join(FORMATS, 'epaper-en-5col.pdf'));
    expect(en.stories[1]).toMatchObject({
      kicker: 'EXCLUSIVE',
      headline: 'Council tenants wait nine months for urgent repairs to damp homes',
      subhead: 'Figures obtained by the Echo show a backlog of 2,300 jobs',
    });
  });
});

describe('Word page of several stories', () => {
  it('keeps a table inside its story, one row a line', async () => {
    const page = await parseFile(join(FORMATS, 'epaper-docx-several.docx'));
    const body = page.stories[0]!.body.split('\n');
    expect(body).toContain('新开通的4座车站中，2座可与既有线路换乘：');
    expect(body).toContain('青石站 | 换乘3号线');
    expect(body.indexOf('沿线配套同步完善')).toBeGreaterThan(body.indexOf('龙岗站 | 无'));
  });
});

describe('tables in Word and web pages', () => {
  it('reads a layout table, a story per cell, cell by cell as before', async () => {
    const { blocksFromHtml } = await import('../../../electron/core/archive/formats/dom-blocks');
    const html =
      '<table><tr><td><h1>左栏标题</h1><p>第一段正文，内容较长。</p><p>第二段正文。</p></td>' +
      '<td><h1>右栏标题</h1><p>右栏正文。</p></td></tr></table>';
    const blocks = blocksFromHtml(html);
    expect(blocks.map((b) => b.text)).toEqual(['左栏标题', '第一段正文，内容较长。', '第二段正文。', '右栏标题', '右栏正文。']);
    expect(blocks.some((b) => b.tableRow)).toBe(false);
  });

  it('reads a data table a row a line', async () => {
    const { blocksFromHtml } = await import('../../../electron/core/archive/formats/dom-blocks');
    const blocks = blocksFromHtml('<table><tr><th>Station</th><th>Change for</th></tr><tr><td><p>Northgate</p></td><td><p>Line 3</p></td></tr></table>');
    expect(blocks).toEqual([
      { text: 'Station | Change for', kind: 'paragraph', blankBefore: 1, tableRow: true },
      { text: 'Northgate | Line 3', kind: 'paragraph', blankBefore: 1, tableRow: true },
    ]);
  });
});
