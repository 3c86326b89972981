import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, ExportModel, Run } from './model';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

/** Latin text in a common face; CJK in SimSun, the newsroom default, which Word and LibreOffice substitute if absent. */
const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun', cs: 'Calibri' };

const hex = (c: string) => c.replace('#', '').toUpperCase();

interface Ctx {
  model: ExportModel;
  /** Comment indices whose range has started. */
  opened: Set<number>;
  /** Each ordered list gets its own numbering instance so it restarts at 1. */
  listInstance: number;
}

/**
 * DOCX with real footnotes for citations and real Word comments (comments.xml with
 * ranges and references) for draft comments and story annotations.
 */
export async function modelToDocx(model: ExportModel): Promise<Uint8Array> {
  const ctx: Ctx = { model, opened: new Set(), listInstance: 0 };
  const children = model.blocks.flatMap((b) => block(b, ctx, { listLevel: -1, quote: false }));
  const zh = model.language === 'zh-CN';
  const doc = new Document({
    title: model.title,
    creator: 'Figure Desk',
    description: zh ? '由 Figure Desk 导出' : 'Exported from Figure Desk',
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 320 } } },
        heading1: { run: { font: FONT, size: 36, bold: true } },
        heading2: { run: { font: FONT, size: 28, bold: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'fd-ordered',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    footnotes: Object.fromEntries(
      model.footnotes.map((f) => {
        const quote = f.attrs.snapshot.quote ? `${zh ? '：' : ': '}${f.attrs.snapshot.quote}` : '';
        return [f.n, { children: [new Paragraph({ children: [new TextRun({ text: `${f.attrs.label}${quote}`, font: FONT })] })] }];
      }),
    ),
    comments: { children: wordComments(model) },
    sections: [{ properties: {}, children }],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

interface WordComment {
  text: string;
  author: string;
  date: string | null;
}

function wordComment(id: number, c: WordComment, parentId?: number) {
  return {
    id,
    author: c.author,
    initials: initials(c.author),
    ...(c.date && !Number.isNaN(Date.parse(c.date)) ? { date: new Date(c.date) } : {}),
    ...(parentId !== undefined ? { parentId } : {}),
    children: c.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: FONT })] })),
  };
}

/**
 * The model's comments keep their indices as Word ids (the ranges in the body name them);
 * replies take the ids after them and name their comment as parent, which Word shows as a
 * thread (commentsExtended.xml).
 */
function wordComments(model: ExportModel) {
  let next = model.comments.length;
  return [
    ...model.comments.map((c) => wordComment(c.index, c)),
    ...model.comments.flatMap((c) => (c.replies ?? []).map((r) => wordComment(next++, r, c.index))),
  ];
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length > 1) return parts.map((p) => p[0]!.toUpperCase()).join('').slice(0, 3);
  return [...name].slice(0, 2).join('');
}

interface BlockCtx {
  listLevel: number;
  quote: boolean;
  list?: { ordered: boolean; instance: number };
  firstInItem?: boolean;
}

function block(b: Block, ctx: Ctx, bc: BlockCtx): Array<Paragraph | Table> {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level - 1], children: runs(b.runs, ctx) })];
    case 'paragraph':
      return [paragraph(runs(b.runs, ctx, b.role === 'meta' ? { color: '555555', size: 20 } : {}), bc)];
    case 'code':
      return b.text.split('\n').map((line) => paragraph([new TextRun({ text: line, font: 'Consolas' })], bc));
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })];
    case 'quote':
      return b.blocks.flatMap((x) => block(x, ctx, { ...bc, quote: true }));
    case 'list': {
      const instance = b.ordered ? ++ctx.listInstance : 0;
      return b.items.flatMap((item) =>
        item.flatMap((x, i) =>
          block(x, ctx, { ...bc, listLevel: bc.listLevel + 1, list: { ordered: b.ordered, instance }, firstInItem: i === 0 }),
        ),
      );
    }
    case 'table': {
      const width = Math.max(1, ...b.rows.map((r) => r.cells.reduce((n, c) => n + c.colspan, 0)));
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (r, ri) =>
              new TableRow({
                tableHeader: ri === 0 && r.cells.every((c) => c.header),
                children: r.cells.map(
                  (c) =>
                    new TableCell({
                      columnSpan: c.colspan,
                      rowSpan: c.rowspan,
                      width: { size: Math.round((100 * c.colspan) / width), type: WidthType.PERCENTAGE },
                      ...(c.header ? { shading: { fill: 'EEEEEE', type: ShadingType.CLEAR, color: 'auto' } } : {}),
                      children: cellChildren(c.blocks, c.header, ctx),
                    }),
                ),
              }),
          ),
        }),
      ];
    }
  }
}

function cellChildren(blocks: Block[], header: boolean, ctx: Ctx): Array<Paragraph | Table> {
  const out = blocks.flatMap((x) =>
    header && (x.kind === 'paragraph' || x.kind === 'heading')
      ? [new Paragraph({ children: runs(x.runs.map((r) => ({ ...r, bold: true })), ctx) })]
      : block(x, ctx, { listLevel: -1, quote: false }),
  );
  // A table cell must hold at least one paragraph.
  return out.length ? out : [new Paragraph({ children: [] })];
}

function paragraph(children: ParagraphChild[], bc: BlockCtx): Paragraph {
  const indent = bc.quote ? { left: 720 } : undefined;
  if (bc.list && bc.listLevel >= 0) {
    const level = Math.min(8, bc.listLevel);
    if (!bc.firstInItem) return new Paragraph({ children, indent: { left: 720 * (level + 1) } });
    return bc.list.ordered
      ? new Paragraph({ children, numbering: { reference: 'fd-ordered', level, instance: bc.list.instance } })
      : new Paragraph({ children, bullet: { level } });
  }
  return new Paragraph({
    children,
    ...(indent ? { indent, border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BBBBBB', space: 8 } } } : {}),
  });
}

function runs(list: Run[], ctx: Ctx, extra: { color?: string; size?: number } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const r of list) {
    for (const i of r.comments) {
      if (!ctx.opened.has(i)) {
        ctx.opened.add(i);
        out.push(new CommentRangeStart(i));
      }
    }
    if (r.hardBreak) {
      out.push(new TextRun({ text: '', break: 1 }));
    } else {
      const text = new TextRun({
        text: r.text,
        bold: r.bold,
        italics: r.italic,
        strike: r.strike,
        ...(r.underline ? { underline: {} } : {}),
        ...(r.code ? { font: 'Consolas' } : {}),
        ...(r.highlight ? { shading: { fill: hex(r.highlight), type: ShadingType.CLEAR, color: 'auto' } } : {}),
        ...(r.href ? { style: 'Hyperlink' } : {}),
        ...extra,
      });
      out.push(r.href ? new ExternalHyperlink({ link: r.href, children: [text] }) : text);
    }
    if (r.footnoteAfter !== undefined) out.push(new FootnoteReferenceRun(r.footnoteAfter));
    for (const i of r.comments) {
      const c = ctx.model.comments[i];
      if (c && c.lastSeq === r.seq) {
        out.push(new CommentRangeEnd(i));
        out.push(new TextRun({ children: [new CommentReference(i)] }));
      }
    }
  }
  return out;
}
