/**
 * DOM selection ↔ story body offsets. Each paragraph the reader renders carries
 * data-offset (its start in story.body) and its textContent is exactly the body slice it
 * shows, whatever figure <mark>s and annotation spans sit inside it; so a point in the
 * text is the paragraph's offset plus the length of the text before it in the paragraph.
 */

export const PARAGRAPH_SELECTOR = 'p[data-offset]';

function paragraphOf(node: Node, root: HTMLElement): HTMLElement | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const p = element?.closest<HTMLElement>(PARAGRAPH_SELECTOR) ?? null;
  return p && root.contains(p) ? p : null;
}

function textNodes(within: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The body offset of a boundary point (node, offset) inside root, or null when it is outside every paragraph. */
export function pointToOffset(root: HTMLElement, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  let p = paragraphOf(node, root);
  if (!p) {
    // A boundary between paragraphs (on the body container itself): snap to the nearest paragraph.
    if (node !== root && !root.contains(node)) return null;
    const paragraphs = Array.from(root.querySelectorAll<HTMLElement>(PARAGRAPH_SELECTOR));
    if (paragraphs.length === 0) return null;
    const child = node.childNodes[offset] ?? null;
    if (edge === 'start') {
      const after = paragraphs.find((x) => child !== null && (child === x || !!(child.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING) || child.contains(x)));
      p = after ?? null;
      return p ? Number(p.dataset.offset) : null;
    }
    const before = [...paragraphs].reverse().find((x) => child === null || !!(child.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_PRECEDING));
    return before ? Number(before.dataset.offset) + (before.textContent ?? '').length : null;
  }
  const base = Number(p.dataset.offset);
  if (!Number.isFinite(base)) return null;
  let before = 0;
  if (node.nodeType === Node.TEXT_NODE) {
    for (const t of textNodes(p)) {
      if (t === node) return base + before + Math.min(offset, t.data.length);
      before += t.data.length;
    }
    return null;
  }
  // An element boundary: everything in the paragraph before child[offset].
  const child = node.childNodes[offset] ?? null;
  for (const t of textNodes(p)) {
    if (child && (child === t || child.contains(t) || !!(child.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING))) break;
    if (!child && !node.contains(t) && !!(node.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    before += t.data.length;
  }
  return base + before;
}

/** A range in the reader's body as [start, end) UTF-16 offsets into story.body; null when empty or outside. */
export function rangeToOffsets(root: HTMLElement, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  if (!root.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== root) return null;
  const start = pointToOffset(root, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** Trims spaces (and the newlines between paragraphs) off both ends of a span of the body. */
export function trimSpan(body: string, span: { start: number; end: number }): { start: number; end: number } | null {
  let { start, end } = span;
  while (start < end && /\s/.test(body[start]!)) start += 1;
  while (end > start && /\s/.test(body[end - 1]!)) end -= 1;
  return end > start ? { start, end } : null;
}
