/**
 * HTML (from web pages, or from mammoth for .docx) → blocks. Structure is what we keep:
 * headings become heading blocks with their level, every other block element one
 * paragraph, and <br> splits lines the way a page dump would.
 */
import { parseHTML } from 'linkedom';
import type { Block } from '../types';
import { tidy } from '../signals';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'FORM', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'NAV', 'HEAD', 'CANVAS', 'VIDEO', 'AUDIO']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'PRE', 'TABLE', 'THEAD',
  'TBODY', 'TR', 'TD', 'TH', 'DT', 'DD', 'DL', 'HEADER', 'FOOTER', 'ASIDE', 'ADDRESS', 'HR', 'CAPTION', 'BODY', 'CENTER',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function cellsOf(row: DomNode): DomNode[] {
  return Array.from(row.childNodes).filter((c) => c.nodeType === 1 && /^T[DH]$/i.test(c.nodeName));
}

/** Elements under `node` with one of `tags`, at any depth. */
function countTags(node: DomNode, tags: RegExp): number {
  let n = 0;
  for (const c of Array.from(node.childNodes)) {
    if (c.nodeType !== 1) continue;
    if (tags.test(c.nodeName)) n++;
    n += countTags(c, tags);
  }
  return n;
}

/**
 * A row of figures or short labels (车站 | 换乘线路). Word files also use tables for layout,
 * a whole story in a cell: those rows hold headings, several paragraphs or long text, and
 * are read cell by cell as before.
 */
function isDataRow(row: DomNode): boolean {
  const cells = cellsOf(row);
  return (
    cells.length >= 2 &&
    cells.every((c) => Array.from(tidy(c.textContent ?? '')).length <= 60 && countTags(c, /^(?:P|LI)$/i) <= 1 && countTags(c, /^(?:H[1-6]|TABLE)$/i) === 0)
  );
}

export function blocksFromHtml(html: string): Block[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks: Block[] = [];
  let line = '';
  const flush = () => {
    for (const part of line.split('\n')) {
      const text = tidy(part);
      if (text) blocks.push({ text, kind: 'paragraph', blankBefore: 1 });
    }
    line = '';
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        line += (child.textContent ?? '').replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.nodeName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        line += '\n';
        continue;
      }
      if (tag === 'TR' && isDataRow(child)) {
        // a row of a data table reads as one line of the story it sits in, not a cell per paragraph
        flush();
        const text = cellsOf(child)
          .map((c) => tidy(c.textContent ?? ''))
          .filter(Boolean)
          .join(' | ');
        if (text) blocks.push({ text, kind: 'paragraph', blankBefore: 1, tableRow: true });
        continue;
      }
      const h = /^H([1-6])$/.exec(tag);
      if (h) {
        flush();
        const text = tidy(child.textContent ?? '');
        if (text) blocks.push({ text, kind: 'heading', level: Number(h[1]), blankBefore: 1 });
        continue;
      }
      if (BLOCK.has(tag)) {
        flush();
        walk(child);
        flush();
        continue;
      }
      walk(child);
    }
  };
  walk(document.body as unknown as DomNode);
  flush();
  return blocks;
}
