import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/archive/decode';
import { resolveMetadata } from '../../../electron/core/archive/metadata';
import { contentHash, expandPaths, ImportError, parseText } from '../../../electron/core/archive/parse';
import { resolveDateline } from '../../../electron/core/archive/segment';
import { parseBylineLine, parseCredit, parseOpener } from '../../../electron/core/archive/bylines';

describe('decodeText', () => {
  it('reads GBK/GB18030 bytes without mojibake', () => {
    const gbk = Buffer.from([0xd6, 0xd8, 0xc7, 0xec, 0xc8, 0xd5, 0xb1, 0xa8]); // 重庆日报
    expect(decodeText(gbk)).toEqual({ text: '重庆日报', encoding: 'gb18030' });
  });
  it('refuses Windows-1252 rather than guessing it is Chinese', () => {
    expect(() => decodeText(Buffer.from('caf\xe9s \xe0 Paris', 'latin1'))).toThrow(ImportError);
  });
  it('reads UTF-16BE with a BOM and strips it', () => {
    const be = Buffer.from([0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87]);
    expect(decodeText(be).text).toBe('中文');
  });
});

describe('metadata', () => {
  it.each([
    ['人民日报-20230224.pdf', '人民日报', '2023-02-24'],
    ['cq-daily-2023-02-24.txt', '重庆日报', '2023-02-24'],
    ['2023-02-24.txt', null, '2023-02-24'],
    ['page.txt', null, null],
  ])('%s', (fileName, publication, date) => {
    const m = resolveMetadata({ fileName });
    expect(m.publication).toBe(publication);
    expect(m.date).toBe(date);
    const codes = m.assumed.map((note) => note.code);
    if (!publication) expect(codes).toContain('publication_unknown');
    if (!date) expect(codes).toContain('date_unknown');
  });
  it('lets the caller override the file name', () => {
    expect(resolveMetadata({ fileName: 'cq-daily-2023-02-24.txt', publication: '重庆晚报', date: '2023-03-01' })).toMatchObject({
      publication: '重庆晚报',
      date: '2023-03-01',
    });
  });
  it('resolves a dateline in a later month to the previous year', () => {
    expect(resolveDateline('12月30日', '2023-01-02')).toBe('2022-12-30');
    expect(resolveDateline('28日', '2023-03-02')).toBe('2023-02-28');
    expect(resolveDateline('2月23日', null)).toBeNull();
  });
});

describe('attributions', () => {
  it.each([
    ['□张燕', '张燕'],
    ['本报记者 李雪', '李雪'],
    ['本报记者 张静 实习生 刘洋', '张静、刘洋'],
    ['By Jane Smith and Tom Brown', 'Jane Smith, Tom Brown'],
    ['Tom Price, Transport Correspondent', 'Tom Price'],
  ])('%s → %s', (line, names) => {
    expect(parseBylineLine(line)?.names).toBe(names);
  });
  it('does not read crossheads or credits as bylines', () => {
    expect(parseBylineLine('■ 产业升级')).toBeNull();
    expect(parseBylineLine('见习记者 尹诗语 摄/视觉重庆')).toBeNull();
    expect(parseCredit('见习记者 尹诗语 摄/视觉重庆')?.names).toBe('尹诗语');
  });
  it('reads openers', () => {
    expect(parseOpener('本报讯（记者 张亦筑 通讯员 王五）2月23日，会议召开。')).toEqual({ names: '张亦筑、王五', dateline: '2月23日', kind: 'local', credit: '记者 张亦筑 通讯员 王五' });
    expect(parseOpener('本报北京2月23日电（记者 杨迪）国家发展改革委…')).toEqual({ names: '杨迪', dateline: '2月23日', kind: 'local', credit: '记者 杨迪' });
    expect(parseOpener('新华社北京3月14日电（记者 王晓洁）农业农村部…')?.dateline).toBe('3月14日');
  });
});

describe('parseText (paste)', () => {
  it('segments pasted text and says the paper and date are unknown', () => {
    const page = parseText('北碚加快发展智能传感器产业\n\n本报讯（记者 王亚同）2月23日，北碚区十九届人大三次会议开幕。');
    expect(page.format).toBe('paste');
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]!.byline).toBe('王亚同');
    expect(page.date).toBeNull();
    expect(page.stories[0]!.datelineDate).toBeNull();
    expect(page.assumed.join(' ')).toMatch(/ask the editor/);
  });
  it('rejects an empty paste', () => {
    expect(() => parseText('  \n ')).toThrow(ImportError);
  });
});

describe('contentHash', () => {
  it('ignores whitespace differences only', () => {
    const a = contentHash({ headline: '标题', body: '第一段。\n第二段。' });
    expect(contentHash({ headline: ' 标题 ', body: '第一段。  \n\n第二段。' })).toBe(a);
    expect(contentHash({ headline: '标题', body: '第一段。\n第三段。' })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('expandPaths', () => {
  const root = mkdtempSync(join(tmpdir(), 'fd-expand-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  it('walks folders, skips hidden entries and unknown types, keeps explicit files', async () => {
    mkdirSync(join(root, 'feb', 'week4'), { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'feb', 'a.txt'), 'x');
    writeFileSync(join(root, 'feb', 'week4', 'b.pdf'), 'x');
    writeFileSync(join(root, 'feb', '.DS_Store'), 'x');
    writeFileSync(join(root, 'feb', 'photo.jpg'), 'x');
    writeFileSync(join(root, '.git', 'c.txt'), 'x');
    const explicit = join(root, 'feb', 'photo.jpg');
    expect(await expandPaths([root, explicit])).toEqual([join(root, 'feb', 'a.txt'), join(root, 'feb', 'week4', 'b.pdf'), explicit]);
  });
});
