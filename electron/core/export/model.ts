import type { Annotation, AnnotationTypeDef } from '../../../shared/domain/annotation';
import type { CitationAttrs, CommentAttrs, DocNode, DraftDoc, DraftLanguage, Mark } from '../../../shared/domain/draft';
import type { Story } from '../../../shared/domain/story';

/**
 * One intermediate model for every export format: ProseMirror JSON (drafts) and
 * annotated stories both become blocks of runs, with footnotes and comments numbered
 * once so DOCX, HTML and Markdown agree on them.
 */
export interface Run {
  /** Document-order sequence, so renderers know a comment's first and last run. */
  seq: number;
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string | null;
  hardBreak?: boolean;
  /** Background colour (#rrggbb) for annotation highlights. */
  highlight?: string | null;
  /** Indices into model.comments active over this run. */
  comments: number[];
  /** Footnote number to place right after this run (the end of a citation). */
  footnoteAfter?: number;
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[]; role?: 'meta' | 'subhead' }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'table'; rows: Array<{ cells: Array<{ header: boolean; colspan: number; rowspan: number; blocks: Block[] }> }> };

export interface Footnote {
  n: number;
  attrs: CitationAttrs;
  /** The cited text, for the footnote's back-reference. */
  text: string;
}

export interface ModelComment {
  index: number;
  text: string;
  author: string;
  date: string | null;
  /** What the comment is on, for a list at the end of HTML/Markdown. */
  quote: string;
  /** The type label and colour for annotations. */
  label: string | null;
  colour: string | null;
  firstSeq: number;
  lastSeq: number;
  orphaned: boolean;
  /** Answers to it, oldest first: Word replies in DOCX, a thread under it in HTML and Markdown. */
  replies?: ModelReply[];
}

export interface ModelReply {
  text: string;
  author: string;
  date: string | null;
}

export interface ExportModel {
  /** Document metadata (HTML <title>, DOCX properties); the visible headline is a block. */
  title: string;
  language: DraftLanguage;
  blocks: Block[];
  footnotes: Footnote[];
  comments: ModelComment[];
}

const SAFE_HREF = /^(https?:|mailto:)/i;

export function safeHref(href: unknown): string | null {
  return typeof href === 'string' && SAFE_HREF.test(href.trim()) ? href.trim() : null;
}

class Builder {
  seq = 0;
  footnotes: Footnote[] = [];
  comments: ModelComment[] = [];
  private commentIds = new Map<string, number>();

  constructor(private readonly author: string) {}

  commentIndex(attrs: CommentAttrs, quote: string): number {
    let i = this.commentIds.get(attrs.id);
    if (i === undefined) {
      i = this.comments.length;
      this.commentIds.set(attrs.id, i);
      this.comments.push({
        index: i,
        text: attrs.text,
        author: attrs.author ?? this.author,
        date: attrs.createdAt ?? null,
        quote: '',
        label: null,
        colour: null,
        firstSeq: this.seq,
        lastSeq: this.seq,
        orphaned: false,
      });
    }
    const c = this.comments[i]!;
    c.lastSeq = this.seq;
    c.quote += quote;
    return i;
  }

  inline(nodes: DocNode[]): Run[] {
    const runs: Run[] = [];
    let open: { key: string; attrs: CitationAttrs; text: string } | null = null;
    const closeCitation = () => {
      if (!open) return;
      const n = this.footnotes.length + 1;
      this.footnotes.push({ n, attrs: open.attrs, text: open.text });
      runs[runs.length - 1]!.footnoteAfter = n;
      open = null;
    };
    for (const node of nodes) {
      if (node.type === 'hardBreak') {
        closeCitation();
        runs.push({ seq: this.seq++, text: '\n', hardBreak: true, comments: [] });
        continue;
      }
      if (node.type !== 'text') continue;
      const marks: Mark[] = node.marks ?? [];
      const run: Run = { seq: this.seq, text: node.text, comments: [] };
      let citation: CitationAttrs | null = null;
      for (const m of marks) {
        if (m.type === 'bold') run.bold = true;
        else if (m.type === 'italic') run.italic = true;
        else if (m.type === 'underline') run.underline = true;
        else if (m.type === 'strike') run.strike = true;
        else if (m.type === 'code') run.code = true;
        else if (m.type === 'link') run.href = safeHref(m.attrs.href);
        else if (m.type === 'citation') citation = m.attrs;
        // A resolved comment is done with: the export carries only what is still open.
        else if (m.type === 'comment' && !m.attrs.resolved) run.comments.push(this.commentIndex(m.attrs, node.text));
      }
      const key = citation ? JSON.stringify(citation) : null;
      if (open && (key === null || (open as { key: string }).key !== key)) closeCitation();
      if (citation && key) {
        if (open) (open as { text: string }).text += node.text;
        else open = { key, attrs: citation, text: node.text };
      }
      runs.push(run);
      this.seq++;
    }
    closeCitation();
    return runs;
  }

  blocks(nodes: DocNode[]): Block[] {
    const out: Block[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
          out.push({ kind: 'paragraph', runs: this.inline(node.content ?? []) });
          break;
        case 'heading':
          out.push({ kind: 'heading', level: Math.min(6, Math.max(1, node.attrs.level)), runs: this.inline(node.content ?? []) });
          break;
        case 'bulletList':
        case 'orderedList':
          out.push({
            kind: 'list',
            ordered: node.type === 'orderedList',
            start: node.type === 'orderedList' ? (node.attrs?.start ?? 1) : 1,
            items: (node.content ?? []).map((li) => this.blocks(li.type === 'listItem' ? (li.content ?? []) : [li])),
          });
          break;
        case 'blockquote':
          out.push({ kind: 'quote', blocks: this.blocks(node.content ?? []) });
          break;
        case 'codeBlock':
          out.push({ kind: 'code', text: (node.content ?? []).map((t) => (t.type === 'text' ? t.text : '')).join('') });
          break;
        case 'horizontalRule':
          out.push({ kind: 'rule' });
          break;
        case 'table':
          out.push({
            kind: 'table',
            rows: (node.content ?? []).map((row) => ({
              cells: (row.type === 'tableRow' ? (row.content ?? []) : []).map((cell) => {
                const attrs = cell.type === 'tableCell' || cell.type === 'tableHeader' ? cell.attrs : undefined;
                return {
                  header: cell.type === 'tableHeader',
                  colspan: attrs?.colspan ?? 1,
                  rowspan: attrs?.rowspan ?? 1,
                  blocks: this.blocks('content' in cell ? (cell.content ?? []) : []),
                };
              }),
            })),
          });
          break;
        case 'text':
        case 'hardBreak':
          out.push({ kind: 'paragraph', runs: this.inline([node]) });
          break;
        case 'doc':
          out.push(...this.blocks(node.content ?? []));
          break;
        default:
          break;
      }
    }
    return out;
  }
}

export function draftModel(draft: { title: string; language: DraftLanguage; doc: DraftDoc }, options: { author?: string } = {}): ExportModel {
  const b = new Builder(options.author ?? 'Figure Desk');
  const blocks = b.blocks(draft.doc.content);
  return { title: draft.title, language: draft.language, blocks, footnotes: b.footnotes, comments: b.comments };
}

export interface StoryExportInput {
  story: Pick<Story, 'id' | 'headline' | 'subhead' | 'byline' | 'date' | 'publication' | 'body'>;
  annotations: Annotation[];
  types: readonly AnnotationTypeDef[];
  /** Language of the labels (type names, headings); the story text is as stored. */
  language: DraftLanguage;
  author?: string;
}

function annotationText(a: Annotation, t: AnnotationTypeDef | undefined, lang: DraftLanguage): { label: string; text: string } {
  const label = t ? t.label[lang] : a.type;
  const tags = a.tags.length ? ` ${a.tags.map((x) => `#${x}`).join(' ')}` : '';
  return { label, text: `[${label}] ${a.comment}${tags}`.trim() };
}

function repliesOf(a: Annotation): ModelReply[] {
  return a.replies.map((r) => ({ text: r.text, author: r.author, date: r.createdAt }));
}

/**
 * A story with its annotations: the body split into paragraphs at \n, each annotated span
 * highlighted in its type's colour and carrying its comment; orphaned annotations are
 * listed after the story with the text they were made on.
 */
export function storyModel(input: StoryExportInput): ExportModel {
  const { story, annotations, types, language } = input;
  const author = input.author ?? 'Figure Desk';
  const zh = language === 'zh-CN';
  const typeOf = (id: string) => types.find((t) => t.id === id);
  const anchored = annotations.filter((a) => !a.orphaned && a.position.end <= story.body.length);
  const orphaned = annotations.filter((a) => !anchored.includes(a));
  const comments: ModelComment[] = [];
  const indexOf = new Map<Annotation, number>();
  for (const a of [...anchored].sort((x, y) => x.position.start - y.position.start || x.id - y.id)) {
    const { label, text } = annotationText(a, typeOf(a.type), language);
    indexOf.set(a, comments.length);
    comments.push({
      index: comments.length,
      text,
      // Word shows who made each comment: the annotation's own author, else whoever exports.
      author: a.author || author,
      date: a.updatedAt,
      quote: story.body.slice(a.position.start, a.position.end),
      label,
      colour: typeOf(a.type)?.colour ?? '#dddddd',
      firstSeq: -1,
      lastSeq: -1,
      orphaned: false,
      replies: repliesOf(a),
    });
  }

  let seq = 0;
  const blocks: Block[] = [{ kind: 'heading', level: 1, runs: [{ seq: seq++, text: story.headline, comments: [] }] }];
  const metaLine = [story.publication, story.date, story.byline].filter(Boolean).join(' · ');
  if (story.subhead) blocks.push({ kind: 'paragraph', role: 'subhead', runs: [{ seq: seq++, text: story.subhead, comments: [], italic: true }] });
  if (metaLine) blocks.push({ kind: 'paragraph', role: 'meta', runs: [{ seq: seq++, text: metaLine, comments: [] }] });

  let offset = 0;
  for (const line of story.body.split('\n')) {
    const from = offset;
    const to = offset + line.length;
    offset = to + 1;
    const cuts = new Set<number>([from, to]);
    for (const a of anchored) {
      if (a.position.start > from && a.position.start < to) cuts.add(a.position.start);
      if (a.position.end > from && a.position.end < to) cuts.add(a.position.end);
    }
    const points = [...cuts].sort((x, y) => x - y);
    const runs: Run[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i]!;
      const e = points[i + 1]!;
      const active = anchored.filter((a) => a.position.start < e && a.position.end > s);
      const run: Run = { seq: seq++, text: story.body.slice(s, e), comments: active.map((a) => indexOf.get(a)!) };
      if (active.length) {
        // The innermost (latest-starting) annotation's colour shows when spans overlap.
        const top = [...active].sort((x, y) => y.position.start - x.position.start)[0]!;
        run.highlight = typeOf(top.type)?.colour ?? '#dddddd';
      }
      for (const c of run.comments) {
        const mc = comments[c]!;
        if (mc.firstSeq < 0) mc.firstSeq = run.seq;
        mc.lastSeq = run.seq;
      }
      runs.push(run);
    }
    if (line.trim() !== '' || runs.some((r) => r.comments.length)) blocks.push({ kind: 'paragraph', runs });
  }

  if (orphaned.length) {
    blocks.push({ kind: 'heading', level: 2, runs: [{ seq: seq++, text: zh ? '未能定位的批注' : 'Annotations whose text was not found', comments: [] }] });
    for (const a of orphaned) {
      const { label, text } = annotationText(a, typeOf(a.type), language);
      const index = comments.length;
      const run: Run = { seq: seq++, text: `“${a.quote.exact}”`, comments: [index], highlight: typeOf(a.type)?.colour ?? '#dddddd' };
      comments.push({ index, text, author, date: a.updatedAt, quote: a.quote.exact, label, colour: run.highlight ?? null, firstSeq: run.seq, lastSeq: run.seq, orphaned: true, replies: repliesOf(a) });
      blocks.push({ kind: 'paragraph', runs: [run] });
    }
  }
  return { title: story.headline, language, blocks, footnotes: [], comments };
}
