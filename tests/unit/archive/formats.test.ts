import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, parseBuffer, parseFile, type ParsedPage } from '../../../electron/core/archive/parse';
import { STORIES } from '../../fixtures/formats/two-stories';

const FORMATS = join(__dirname, '../../fixtures/formats');

function expectTwoStories(page: ParsedPage): void {
  expect(page.stories.map((s) => s.headline)).toEqual(STORIES.map((s) => s.headline));
  STORIES.forEach((want, i) => {
    const got = page.stories[i]!;
    expect(got.body).toBe(want.paragraphs.join('\n'));
    expect(got.language).toBe('zh');
    expect(got.truncated).toBe(false);
  });
  expect(page.stories[0]!.byline).toBe('李晓');
  expect(page.stories[0]!.dateline).toBe('2月23日');
  expect(page.stories[1]!.byline).toBe('周敏');
}

describe.each([
  ['two-stories-2023-02-24.md', 'md', 'UTF-8'],
  ['two-stories-2023-02-24.html', 'html', 'UTF-8'],
  ['two-stories.docx', 'docx', undefined],
  ['two-stories-columns.pdf', 'pdf', undefined],
  ['two-stories-gb18030-2023-02-24.txt', 'txt', 'GB18030'],
  ['two-stories-utf16le-2023-02-24.txt', 'txt', 'UTF-16LE'],
])('%s', (file, format, encoding) => {
  it('imports to the two stories, in order, with their bylines and bodies', async () => {
    const page = await parseFile(join(FORMATS, file));
    expect(page.format).toBe(format);
    expect(page.encoding).toBe(encoding);
    expectTwoStories(page);
    expect(page.date).toBe('2023-02-24');
  });
});

describe('format specifics', () => {
  it('HTML: drops nav, footer, aside and scripts, and keeps no markup', async () => {
    const page = await parseFile(join(FORMATS, 'two-stories-2023-02-24.html'));
    const all = page.stories.map((s) => `${s.headline}\n${s.body}`).join('\n');
    for (const junk of ['首页', '要闻', '相关阅读', '版权所有', 'tracker', '追踪代码', 'alert', '<', 'console']) {
      expect(all).not.toContain(junk);
    }
    expect(page.publication).toBe('重庆日报');
  });

  it('PDF: reads two columns left to right under each spanning headline', async () => {
    const page = await parseFile(join(FORMATS, 'two-stories-columns.pdf'));
    // the sentence that crosses the column gutter comes back whole
    expect(page.stories[0]!.body).toContain('5G用户数突破1600万户，5G网络质量和覆盖水平稳居西部前列');
    expect(page.stories.map((s) => s.body).join('')).not.toMatch(/[\u2e80-\u2fdf]/);
  });

  it('DOCX and PDF: take the paper and the date from the document title when the file name has none', async () => {
    for (const file of ['two-stories.docx', 'two-stories-columns.pdf']) {
      const page = await parseFile(join(FORMATS, file));
      expect(page.publication).toBe('重庆日报');
      expect(page.date).toBe('2023-02-24');
      expect(page.assumed.some((a) => a.includes("document's title"))).toBe(true);
    }
  });

  it('parseBuffer gives the same result as parseFile', async () => {
    const file = join(FORMATS, 'two-stories.docx');
    const fromBuffer = await parseBuffer(new Uint8Array(await readFile(file)), 'two-stories.docx');
    expect(fromBuffer.stories).toEqual((await parseFile(file)).stories);
  });
});

describe('bad files fail with the path and a reason an editor can act on', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'fd-archive-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  async function failure(path: string, opts = {}): Promise<ImportError> {
    try {
      await parseFile(path, opts);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      return e as ImportError;
    }
    throw new Error(`${path} imported without an error`);
  }

  it.each([
    ['bad-empty.txt', 'empty', /bad-empty\.txt.*empty.*right file/],
    ['bad-binary.txt', 'binary', /bad-binary\.txt.*not a text file.*(\.docx|OCR)/],
    ['bad-truncated.docx', 'broken_docx', /bad-truncated\.docx.*damaged.*save it again/],
    ['bad-not-a-pdf.pdf', 'broken_pdf', /bad-not-a-pdf\.pdf.*not a PDF.*%PDF-.*again/],
    ['bad-latin1.txt', 'bad_encoding', /bad-latin1\.txt.*neither UTF-8 nor GB18030.*save it as UTF-8/],
  ])('%s → %s', async (file, code, message) => {
    const path = join(FORMATS, file);
    const e = await failure(path);
    expect(e.code).toBe(code);
    expect(e.path).toBe(path);
    expect(e.message).toMatch(message);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const path = join(tmp, 'huge-scan.pdf');
    truncateSync((writeFileSync(path, ''), path), 60 * 1024 * 1024); // sparse: no disk used
    const e = await failure(path);
    expect(e.code).toBe('too_large');
    expect(e.path).toBe(path);
    expect(e.message).toMatch(/huge-scan\.pdf.*60\.0 MB.*over the 50\.0 MB import limit.*Split/);
    const small = join(tmp, 'page.txt');
    writeFileSync(small, '标题\n\n正文。'.repeat(100));
    expect((await failure(small, { maxBytes: 100 })).code).toBe('too_large');
  });

  it('a missing file, a folder, an old .doc and an unknown type each say so', async () => {
    const missing = join(tmp, 'gone.txt');
    expect(await failure(missing)).toMatchObject({ code: 'unreadable', path: missing, message: expect.stringMatching(/gone\.txt.*does not exist/) });
    expect(await failure(tmp)).toMatchObject({ code: 'unreadable', message: expect.stringMatching(/folder/) });
    const doc = join(tmp, 'old.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(await failure(doc)).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/save it as \.docx/) });
    const jpg = join(tmp, 'photo.jpg');
    writeFileSync(jpg, Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    expect(await failure(jpg)).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/photo\.jpg.*\.txt, \.md, \.html, \.docx or \.pdf/) });
  });

  it('a text file of only page furniture has nothing to import', async () => {
    const path = join(tmp, 'furniture.txt');
    writeFileSync(path, '责任编辑 赵敏\n\n扫一扫 就看到\n');
    expect(await failure(path)).toMatchObject({ code: 'empty', path });
  });
});
