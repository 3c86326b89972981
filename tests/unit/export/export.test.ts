import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldFollowUp } from '../../../electron/core/drafts';
import { bulletList, comment, doc, heading, orderedList, paragraph, text, blockquote } from '../../../electron/core/drafts/build';
import {
  chromiumPdfRenderer,
  exportBatch,
  exportToFile,
  renderDraft,
  renderStory,
  writeExport,
  type ExportProgress,
} from '../../../electron/core/export';
import { checkResultsCsv } from '../../../electron/core/check/export-file';
import { csvTable, parseCsv, toCsv } from '../../../electron/core/text/csv';
import { DEFAULT_ANNOTATION_TYPES, type Annotation } from '../../../shared/domain/annotation';
import type { DraftDoc } from '../../../shared/domain/draft';
import { AppFailure } from '../../../shared/result';
import { FOLLOW_UP_ITEMS } from '../../fixtures/export/follow-up-input';
import { tempDir } from '../helpers';

const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const SOFFICE = has('soffice');
const PDFTOTEXT = has('pdftotext');
const CHROMIUM = existsSync('/usr/bin/chromium');

/** The follow-up scaffold plus the things an editor adds: a comment, lists, a quote, a link, hostile text. */
function draft(): { title: string; language: 'zh-CN'; doc: DraftDoc } {
  const s = scaffoldFollowUp(FOLLOW_UP_ITEMS, 'zh-CN', { topic: '科技', today: '2024-03-01', ownPublications: ['重庆日报'] });
  return {
    title: s.title,
    language: 'zh-CN',
    doc: doc(
      ...s.doc.content,
      heading(2, '待核实'),
      paragraph('研发投入', comment('2.3%', { id: 'q1', text: '这个数字需要再核实：统计公报还是科技局口径？', author: '编辑部' }), '是否为最终数据。'),
      bulletList([paragraph('联系市科技局')], [paragraph('查阅', text('统计公报', { type: 'link', attrs: { href: 'https://tjj.cq.gov.cn/' } }))]),
      orderedList([paragraph('第一步'), bulletList([paragraph('嵌套项')])], [paragraph('第二步')]),
      blockquote(paragraph('“科技创新是发展的第一动力。”')),
      paragraph('注意 <script>alert(1)</script> & “引号” | 竖线 *星号*'),
      paragraph(text('危险链接', { type: 'link', attrs: { href: 'javascript:alert(1)' } })),
    ),
  };
}

const STORY = {
  id: 7,
  headline: '重庆实施高新技术企业和科技型企业“双倍增”行动',
  subhead: '今年力争科技型企业超过4.8万家',
  byline: '张亦筑',
  date: '2023-02-24',
  publication: '重庆日报',
  body: '2月23日，全市科技创新工作会议召开。今年我市将力争研发经费投入强度2.35%左右，高新技术企业突破7000家。\n会议要求<b>加快</b>推进“一区一平台”建设。',
};

function ann(id: number, exact: string, type: string, commentText: string, orphaned = false): Annotation {
  const start = orphaned ? 0 : STORY.body.indexOf(exact);
  return {
    id,
    uuid: `00000000-0000-4000-8000-00000000000${id}`,
    storyId: STORY.id,
    type,
    comment: commentText,
    tags: id === 1 ? ['核实'] : [],
    figureId: null,
    targetId: null,
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    orphaned,
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
    author: 'Li Hua',
    revision: 1,
    updatedBy: '',
    replies: [],
  };
}
const ANNOTATIONS = [
  ann(1, '高新技术企业突破7000家', 'disputed', '2022年底只有6348家，需核实'),
  ann(2, '研发经费投入强度2.35%左右', 'verified', '与科技局文件一致'),
  ann(3, '7000家', 'needs_source', ''),
  ann(4, '已删除的句子', 'note', '原稿中的说法', true),
];
const storyInput = { story: STORY, annotations: ANNOTATIONS, types: DEFAULT_ANNOTATION_TYPES, language: 'zh-CN' as const };

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return { zip, read };
}

/** Text content of every w:t in an XML part. */
const wText = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-'], { encoding: 'utf8' });
}

describe('DOCX', () => {
  it('writes headings, lists, a table, footnotes for citations and Word comments', async () => {
    const { bytes, extension } = await renderDraft(draft(), 'docx', { author: '李编辑' });
    expect(extension).toBe('docx');
    const { read } = await unzip(bytes);
    const document = await read('word/document.xml');
    const comments = await read('word/comments.xml');
    const footnotes = await read('word/footnotes.xml');

    expect(document).toContain('w:val="Heading1"');
    expect(document).toContain('<w:tbl>');
    expect(document).toContain('<w:numPr>');
    expect(wText(document)).toContain('去年目标完成几何？重庆2项科技指标1项完成');
    expect(wText(document)).toContain('注意 <script>alert(1)</script>'.replace(/</g, '&lt;').replace(/>/g, '&gt;'));

    expect(document).toMatch(/<w:commentRangeStart w:id="0"\/>/);
    expect(document).toMatch(/<w:commentRangeEnd w:id="0"\/>/);
    expect(document).toMatch(/<w:commentReference w:id="0"\/>/);
    expect(comments).toMatch(/<w:comment [^>]*w:id="0"/);
    expect(comments).toContain('w:author="编辑部"');
    expect(wText(comments)).toContain('这个数字需要再核实：统计公报还是科技局口径？');

    const refs = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(refs).toEqual(['1', '2', '3', '4']);
    expect(footnotes).toMatch(/<w:footnote [^>]*w:id="1"/);
    expect(wText(footnotes)).toContain('重庆日报 2023年2月24日 《重庆实施高新技术企业和科技型企业“双倍增”行动》：高新技术企业突破7000家');
    writeFileSync(join(tmp.dir, 'draft.docx'), bytes);
  });

  it('writes a story with highlighted annotations as Word comments on their spans', async () => {
    const { bytes } = await renderStory(storyInput, 'docx');
    const { read } = await unzip(bytes);
    const document = await read('word/document.xml');
    const comments = await read('word/comments.xml');
    expect(wText(comments)).toContain('[有疑问] 2022年底只有6348家，需核实 #核实');
    expect(wText(comments)).toContain('[已核实] 与科技局文件一致');
    expect(wText(comments)).toContain('[备注] 原稿中的说法');
    expect([...comments.matchAll(/<w:comment /g)]).toHaveLength(4);
    expect(document).toMatch(/w:fill="F4A7A7"/);
    expect(document).toMatch(/w:fill="B7E1A1"/);
    // The disputed span opens before "高新" and closes after "7000家", around the nested needs_source span.
    const body = document.replace(/<w:rPr>.*?<\/w:rPr>/g, '');
    const open0 = body.indexOf('<w:commentRangeStart w:id="1"/>');
    const open2 = body.indexOf('<w:commentRangeStart w:id="2"/>');
    const close0 = body.indexOf('<w:commentRangeEnd w:id="1"/>');
    expect(open0).toBeGreaterThan(-1);
    expect(open0).toBeLessThan(open2);
    expect(open2).toBeLessThan(close0);
    expect(wText(body.slice(open0, close0))).toBe('高新技术企业突破7000家');
    expect(wText(document)).toContain('会议要求<b>加快</b>'.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    writeFileSync(join(tmp.dir, 'story.docx'), bytes);
  });

  it('threads an annotation’s replies under its Word comment, each with its author and time', async () => {
    const replied = ANNOTATIONS.map((a) =>
      a.id === 1
        ? { ...a, replies: [{ id: 9, uuid: '00000000-0000-4000-8000-000000000009', annotationId: 1, text: '统计局年报确是6348家', author: '王编辑', createdAt: '2024-03-02T10:30:00.000Z' }] }
        : a,
    );
    const { bytes } = await renderStory({ ...storyInput, annotations: replied }, 'docx');
    const { read } = await unzip(bytes);
    const comments = await read('word/comments.xml');
    const extended = await read('word/commentsExtended.xml');
    expect([...comments.matchAll(/<w:comment /g)]).toHaveLength(5);
    const reply = comments.match(/<w:comment [^>]*w:id="4"[^>]*>.*?<\/w:comment>/s)?.[0] ?? '';
    expect(reply).toContain('w:author="王编辑"');
    expect(reply).toContain('w:date="2024-03-02T10:30:00');
    expect(wText(reply)).toBe('统计局年报确是6348家');
    // Word threads a reply through commentsExtended: its paraIdParent is the disputed comment's paragraph.
    const parentComment = comments.match(/<w:comment [^>]*w:id="1"[^>]*>.*?<\/w:comment>/s)?.[0] ?? '';
    expect(wText(parentComment)).toContain('2022年底只有6348家');
    const parentPara = parentComment.match(/w14:paraId="([0-9A-F]{8})"/)?.[1];
    expect(parentPara).toBeDefined();
    expect(extended).toMatch(new RegExp(`w15:paraIdParent="${parentPara}"`));
  });

  it('leaves a draft’s resolved comments out and keeps its open ones', async () => {
    const d = draft();
    d.doc.content!.push(paragraph('另一处', comment('已定', { id: 'q2', text: '已与作者确认', author: '王编辑', resolved: true })));
    const { bytes } = await renderDraft(d, 'docx');
    const comments = await (await unzip(bytes)).read('word/comments.xml');
    expect(wText(comments)).toContain('这个数字需要再核实');
    expect(wText(comments)).not.toContain('已与作者确认');
  });

  describe.skipIf(!SOFFICE)('opened by LibreOffice (needs apt package libreoffice-writer-nogui)', () => {
    it('converts both documents to PDF with the Chinese text intact', () => {
      const out = join(tmp.dir, 'lo');
      mkdirSync(out, { recursive: true });
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${join(tmp.dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(tmp.dir, 'draft.docx'), join(tmp.dir, 'story.docx')],
        { stdio: 'pipe', timeout: 120_000 },
      );
      expect(readdirSync(out).sort()).toEqual(['draft.pdf', 'story.pdf']);
      if (!PDFTOTEXT) return;
      const draftText = pdfText(join(out, 'draft.pdf')).replace(/\s+/g, '');
      expect(draftText).toContain('去年目标完成几何？重庆2项科技指标1项完成');
      expect(draftText).toContain('高新技术企业突破7000家');
      const storyText = pdfText(join(out, 'story.pdf')).replace(/\s+/g, '');
      expect(storyText).toContain('重庆实施高新技术企业和科技型企业“双倍增”行动');
    }, 180_000);
  });
});

describe('Markdown', () => {
  it('has footnotes and a GFM table that markdown-it renders as a table', async () => {
    const { bytes } = await renderDraft(draft(), 'markdown');
    const md = new TextDecoder().decode(bytes);
    expect(md).toContain('# 去年目标完成几何？重庆2项科技指标1项完成');
    expect(md).toMatch(/“高新技术企业突破7000家”\[\^1\]/);
    expect(md).toMatch(/^\[\^1\]: 重庆日报 2023年2月24日 《.+》：高新技术企业突破7000家$/m);
    expect(md).toMatch(/^\[\^c1\]: 批注：这个数字需要再核实/m);
    const html = new MarkdownIt().render(md);
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const table = document.querySelector('table')!;
    expect(table).not.toBeNull();
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['指标', '目标', '最新数据', '状态', '计算']);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(document.querySelector('a[href="https://tjj.cq.gov.cn/"]')?.textContent).toBe('统计公报');
    expect(document.querySelector('ol li ul li')?.textContent).toBe('嵌套项');
    expect(document.querySelector('blockquote')?.textContent).toContain('科技创新是发展的第一动力');
    expect(document.querySelector('script')).toBeNull();
    expect(md).not.toContain('javascript:');
    expect(html).toContain('注意 &lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号” | 竖线 *星号*');
  });
});

describe('HTML', () => {
  it('is standalone and escaped, with the annotation marks and comment list', async () => {
    const { bytes } = await renderStory(storyInput, 'html');
    const html = new TextDecoder().decode(bytes);
    const { document } = parseHTML(html);
    expect(document.querySelector('script')).toBeNull();
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(document.querySelector('style')?.textContent).toContain('Noto Serif CJK SC');
    const marks = [...document.querySelectorAll('mark.annotation')];
    expect(marks.map((m) => m.textContent).join('|')).toBe('研发经费投入强度2.35%左右|高新技术企业突破|7000家|“已删除的句子”');
    expect(marks[0]!.getAttribute('title')).toBe('[已核实] 与科技局文件一致');
    expect(marks[2]!.getAttribute('title')).toBe('[有疑问] 2022年底只有6348家，需核实 #核实\n[待补来源]');
    expect(marks[2]!.getAttribute('style')).toBe('background:#fff066');
    expect(document.querySelectorAll('ol.comments li')).toHaveLength(4);
    expect(document.querySelector('li.orphaned')?.textContent).toContain('原稿中的说法');
    expect(document.body.textContent).toContain('会议要求<b>加快</b>推进');
    expect(document.querySelector('b')).toBeNull();
  });

  it('renders a draft with footnotes and comment marks', async () => {
    const { bytes } = await renderDraft(draft(), 'html');
    const { document } = parseHTML(new TextDecoder().decode(bytes));
    expect(document.querySelector('h1')?.textContent).toBe('去年目标完成几何？重庆2项科技指标1项完成');
    expect(document.querySelectorAll('sup.fn')).toHaveLength(4);
    expect(document.querySelector('#fn1')?.textContent).toContain('高新技术企业突破7000家');
    expect(document.querySelector('mark.comment')?.getAttribute('title')).toBe('这个数字需要再核实：统计公报还是科技局口径？');
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelectorAll('table th')).toHaveLength(5);
    expect(document.body.textContent).toContain('危险链接');
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

describe('PDF', () => {
  it('refuses clearly when Chromium is missing', async () => {
    const renderer = chromiumPdfRenderer({ executablePath: join(tmp.dir, 'no-chromium') });
    await expect(renderDraft(draft(), 'pdf', { pdfRenderer: renderer })).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('needs Chromium') });
    await expect(renderDraft(draft(), 'pdf')).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('hands the HTML to an injected renderer (Electron printToPDF)', async () => {
    let seen = '';
    const { bytes, mime } = await renderStory(storyInput, 'pdf', {
      pdfRenderer: async (html) => {
        seen = html;
        return new TextEncoder().encode('%PDF-fake');
      },
    });
    expect(mime).toBe('application/pdf');
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-fake');
    expect(seen).toContain('<mark class="annotation"');
  });

  it.skipIf(!CHROMIUM || !PDFTOTEXT)('renders through the system Chromium with the Chinese text intact', async () => {
    const pdfRenderer = chromiumPdfRenderer();
    const progress: ExportProgress[] = [];
    const written = await exportToFile('draft.pdf', (run) => renderDraft(draft(), 'pdf', { ...run, pdfRenderer }), {
      allowedDir: tmp.dir,
      onProgress: (p) => progress.push(p),
    });
    expect(readFileSync(written.path).subarray(0, 5).toString()).toBe('%PDF-');
    const textOut = pdfText(written.path).replace(/\s+/g, '');
    expect(textOut).toContain('去年目标完成几何？重庆2项科技指标1项完成');
    expect(textOut).toContain('据本报2023年2月24日报道');
    expect(textOut).toContain('这个数字需要再核实');
    expect(progress.map((p) => p.phase)).toEqual(['render', 'pdf', 'render', 'write', 'done']);

    const story = await renderStory(storyInput, 'pdf', { pdfRenderer });
    writeFileSync(join(tmp.dir, 'story-chromium.pdf'), story.bytes);
    expect(pdfText(join(tmp.dir, 'story-chromium.pdf')).replace(/\s+/g, '')).toContain('高新技术企业突破7000家');
  }, 120_000);

  it.skipIf(!CHROMIUM)('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(renderDraft(draft(), 'pdf', { pdfRenderer: chromiumPdfRenderer(), signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('CSV', () => {
  it('is UTF-8 with a BOM, CRLF, quoted where needed and safe from formulas', () => {
    const csv = toCsv(
      [
        { metric: '高新技术企业', value: 7000, note: '说“突破”, 即>7000', formula: '=HYPERLINK("x")', when: null },
        { metric: 'R&D, intensity', value: -2.35, note: 'line\nbreak', formula: '-1+1', when: undefined },
      ],
    );
    expect(csv.startsWith('\uFEFFmetric,value,note,formula,when\r\n')).toBe(true);
    expect(csv).toContain('高新技术企业,7000,"说“突破”, 即>7000","\'=HYPERLINK(""x"")",\r\n');
    expect(csv).toContain('"R&D, intensity",-2.35,"line\nbreak",\'-1+1,\r\n');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes cells exactly as given for a file the app reads back, and reads them back', () => {
    const cells = [['高新技术企业', '-2.35', '=HYPERLINK("x")', 'line\nbreak, quoted']];
    const csv = csvTable(['metric', 'value', 'formula', 'note'], cells, { guardFormulas: false });
    expect(parseCsv(csv).map((r) => r.cells)).toEqual([['metric', 'value', 'formula', 'note'], ...cells]);
    expect(parseCsv(csvTable(['formula'], [['=1+1']])).map((r) => r.cells)).toEqual([['formula'], ["'=1+1"]]);
  });

  it('exports check results from plain rows in either language', () => {
    const c = checkResultsCsv([{ storyId: 2, headline: 'x', quote: '7565家', value: 7565, unit: '家', against: 'target', verdict: 'meets', score: 0.92, explanation: { zh: '达标', en: 'meets' } }], 'en');
    expect(c.split('\r\n')[1]).toBe('2,x,7565家,7565,家,target,meets,0.92,meets,,');
  });
});

describe('writeExport', () => {
  it('never overwrites without consent and stays inside the export folder', () => {
    const dir = join(tmp.dir, 'exports');
    mkdirSync(dir);
    const bytes = new TextEncoder().encode('一');
    const first = writeExport('a.md', bytes, { allowedDir: dir });
    expect(readFileSync(first.path, 'utf8')).toBe('一');
    expect(() => writeExport('a.md', new TextEncoder().encode('二'), { allowedDir: dir })).toThrow(
      expect.objectContaining({ code: 'conflict', message: 'a.md exists; choose another name or confirm overwrite.' }),
    );
    writeExport(join(dir, 'a.md'), new TextEncoder().encode('二'), { allowedDir: dir, overwrite: true });
    expect(readFileSync(first.path, 'utf8')).toBe('二');

    expect(() => writeExport('../escape.md', bytes, { allowedDir: dir })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => writeExport(join(dir, 'sub/../../escape.md'), bytes, { allowedDir: dir })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    symlinkSync(tmp.dir, join(dir, 'link-out'));
    expect(() => writeExport('link-out/escape.md', bytes, { allowedDir: dir })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    symlinkSync(join(tmp.dir, 'outside.md'), join(dir, 'file-link.md'));
    expect(() => writeExport('file-link.md', bytes, { allowedDir: dir, overwrite: true })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(existsSync(join(tmp.dir, 'escape.md'))).toBe(false);
    expect(() => writeExport('missing/x.md', bytes, { allowedDir: dir })).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('reports progress and leaves nothing behind when cancelled', async () => {
    const dir = join(tmp.dir, 'big');
    mkdirSync(dir);
    const big = new Uint8Array(3.5 * (1 << 20)).fill(65);
    const controller = new AbortController();
    const seen: ExportProgress[] = [];
    expect(() =>
      writeExport('big.bin', big, {
        allowedDir: dir,
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p);
          if (p.done >= 2 << 20) controller.abort();
        },
      }),
    ).toThrow(expect.objectContaining({ code: 'cancelled' }));
    expect(seen.map((p) => p.done)).toEqual([1 << 20, 2 << 20]);
    expect(readdirSync(dir)).toEqual([]);

    const stories = [storyInput, { ...storyInput, story: { ...STORY, id: 8, headline: '第二篇' } }];
    const batch = await exportBatch(stories, async (s, run) => ({ name: `story-${s.story.id}.html`, artifact: await renderStory(s, 'html', run) }), {
      allowedDir: dir,
    });
    expect(batch.cancelled).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['story-7.html', 'story-8.html']);
    const stop = new AbortController();
    const partial = await exportBatch(stories, async (s, run) => {
      stop.abort();
      return { name: `again-${s.story.id}.html`, artifact: await renderStory(s, 'html', run).catch(() => ({ bytes: new Uint8Array(), mime: '', extension: '' })) };
    }, { allowedDir: dir, signal: stop.signal });
    expect(partial).toEqual({ written: [], cancelled: true });
    expect(() => {
      throw new AppFailure('cancelled', 'x');
    }).toThrow(AppFailure);
  });
});
