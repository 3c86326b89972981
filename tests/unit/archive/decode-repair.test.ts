/**
 * Text that an older reader took for binary: BOM-less UTF-16 (Chinese as well as English, in
 * both byte orders) and good text with a few stray NULs. And a zip that calls itself .docx
 * but holds junk: a clear "not a readable Word file", not mammoth's internal TypeError.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/archive/decode';
import { parseBuffer, ImportError } from '../../../electron/core/archive/parse';
import { fileErrorText } from '../../../shared/file-errors';

const ZH = '重庆日报\n\n全市经济稳步增长\n\n本报讯 2022年，全市地区生产总值达到29129.03亿元，比上年增长2.6%。其中第一产业增加值2012.05亿元，增长4.0%。\n';
const ZH_NO_DIGITS = '全市经济稳步增长\n\n本报讯 全市地区生产总值比上年有所增长，规模以上工业增加值继续增长，固定资产投资保持稳定。\n';
const EN = 'City economy grows\n\nThe city economy grew 2.6% last year, to 2.9 trillion yuan, the statistics bureau said.\n';

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'le') return new Uint8Array(le);
  return new Uint8Array(Buffer.from(le).swap16());
}

describe('BOM-less UTF-16', () => {
  it.each([
    ['Chinese', 'le', ZH, 'utf-16le'],
    ['Chinese', 'be', ZH, 'utf-16be'],
    ['Chinese without a single ASCII digit', 'le', ZH_NO_DIGITS, 'utf-16le'],
    ['Chinese without a single ASCII digit', 'be', ZH_NO_DIGITS, 'utf-16be'],
    ['English', 'le', EN, 'utf-16le'],
    ['English', 'be', EN, 'utf-16be'],
  ] as const)('reads %s in %s byte order as the text it is', (_what, order, text, encoding) => {
    const decoded = decodeText(utf16(text, order), '“page.txt”');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });

  it('still reads GB18030 Chinese as GB18030, not as UTF-16', () => {
    const gb = readFileSync(join(import.meta.dirname, '../../fixtures/formats/two-stories-gb18030-2023-02-24.txt'));
    expect(decodeText(new Uint8Array(gb)).encoding).toBe('gb18030');
  });
});

describe('stray NUL bytes', () => {
  const withNuls = (text: string, at: number[]) => {
    const bytes = [...Buffer.from(text, 'utf8')];
    for (const i of [...at].sort((a, b) => b - a)) bytes.splice(i, 0, 0);
    return new Uint8Array(bytes);
  };

  it.each([
    [1, [30]],
    [2, [30, 90]],
    [3, [0, 60, 150]],
  ])('drops %i NUL(s) from good UTF-8 text with a note, keeping the text', (count, at) => {
    const decoded = decodeText(withNuls(ZH + EN, at), '“page.txt”');
    expect(decoded.text).toBe(ZH + EN);
    expect(decoded.warnings).toEqual([{ code: count === 1 ? 'nul_byte' : 'nul_bytes', params: { count, name: '“page.txt”' } }]);
  });

  it('puts the note in the page\'s import notes', async () => {
    const page = await parseBuffer(withNuls(ZH, [30, 90]), 'page.txt');
    expect(page.assumed[0]).toMatch(/dropped 2 stray NUL bytes from “page\.txt”/);
    expect(page.stories.length).toBeGreaterThan(0);
  });

  it('still refuses a file with NULs all through it', () => {
    const binary = new Uint8Array(4000).map((_, i) => (i % 7 === 0 ? 0 : 0x41 + (i % 26)));
    expect(() => decodeText(binary, '“scan.txt”')).toThrow(expect.objectContaining({ code: 'binary' }));
  });
});

describe('a .docx that is a zip of junk', () => {
  it.each([
    ['random bytes', new Uint8Array(2000).map((_, i) => (i * 131 + 7) % 256)],
    ['text that is not XML', new TextEncoder().encode('this is not a word document')],
    ['XML of another kind', new TextEncoder().encode('<?xml version="1.0"?><html><body>hi</body></html>')],
  ])('with %s as its document part says it is not a readable Word file', async (_what, part) => {
    const zip = new JSZip();
    zip.file('word/document.xml', part);
    zip.file('[Content_Types].xml', 'junk');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const error = (await parseBuffer(bytes, 'junk.docx').catch((e: unknown) => e)) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.code).toBe('broken_docx');
    expect(error.message).toMatch(/“junk\.docx” is not a readable Word file.*save it again as \.docx/);
    expect(error.message).not.toMatch(/tagName|Cannot read properties/);
    expect(fileErrorText('not_word', error.detail!.params, 'zh')).toMatch(/“junk\.docx”不是可读的 Word 文件/);
  });
});
