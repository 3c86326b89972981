import type { CitationAttrs, CommentAttrs, DocNode, DraftDoc, Mark, TextNode } from '../../../shared/domain/draft';

/** Small builders for ProseMirror JSON, so generated docs read like the document they make. */
export type Inline = TextNode | { type: 'hardBreak' };

export const text = (value: string, ...marks: Mark[]): TextNode => (marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value });
export const bold = (value: string): TextNode => text(value, { type: 'bold' });
export const cite = (value: string, attrs: CitationAttrs): TextNode => text(value, { type: 'citation', attrs });
export const comment = (value: string, attrs: CommentAttrs): TextNode => text(value, { type: 'comment', attrs });

const inline = (parts: Array<Inline | string>): DocNode[] =>
  parts.filter((p) => p !== '' && !(typeof p === 'object' && p.type === 'text' && p.text === '')).map((p) => (typeof p === 'string' ? text(p) : p));

export const paragraph = (...parts: Array<Inline | string>): DocNode => {
  const content = inline(parts);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
};
export const heading = (level: number, ...parts: Array<Inline | string>): DocNode => ({ type: 'heading', attrs: { level }, content: inline(parts) });
export const bulletList = (...items: DocNode[][]): DocNode => ({ type: 'bulletList', content: items.map((c) => ({ type: 'listItem', content: c })) });
export const orderedList = (...items: DocNode[][]): DocNode => ({ type: 'orderedList', attrs: { start: 1 }, content: items.map((c) => ({ type: 'listItem', content: c })) });
export const blockquote = (...content: DocNode[]): DocNode => ({ type: 'blockquote', content });

/** The first row is the header row. */
export const table = (header: Array<Array<Inline | string>>, rows: Array<Array<Array<Inline | string>>>): DocNode => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((cell) => ({ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [paragraph(...cell)] })) },
    ...rows.map(
      (row): DocNode => ({
        type: 'tableRow',
        content: row.map((cell) => ({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [paragraph(...cell)] })),
      }),
    ),
  ],
});

export const doc = (...content: DocNode[]): DraftDoc => ({ type: 'doc', content });
