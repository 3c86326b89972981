import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import sanitizeHtml from 'sanitize-html';
import type { Block, Extracted } from '../types';
import { blocksFromHtml } from './dom-blocks';

const KEEP_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'br', 'figure', 'figcaption', 'div', 'section', 'article', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'strong', 'em', 'b', 'i', 'span', 'a', 'sub', 'sup'];

/** Only text-bearing structure survives: no scripts, handlers, styles or embeds reach the archive. */
function sanitise(html: string): string {
  return sanitizeHtml(html, { allowedTags: KEEP_TAGS, allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'nav', 'template'] });
}

/** Page chrome that Readability would normally drop, removed by tag for the fallback path. */
const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]';

function textLength(html: string): number {
  return html.replace(/<[^>]+>/g, '').replace(/\s+/g, '').length;
}

function metaHints(document: Document): string[] {
  const hints: string[] = [];
  const title = document.querySelector('title')?.textContent?.trim();
  if (title) hints.push(title);
  for (const sel of ['meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]']) {
    const v = document.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) hints.push(v);
  }
  return hints;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Readability lifts the headline that matches <title> and the first byline out of the
 * content (it reports them separately). Stories need both, so put each back in front of
 * the first paragraph that followed it in the original page.
 */
function restoreLifted(document: Document, blocks: Block[], byline: string | null): void {
  const present = new Set(blocks.map((b) => b.text));
  let pending: Block[] = [];
  for (const el of Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, div, span, address'))) {
    if (el.closest('nav, header, footer, aside, script, style')) continue;
    const text = norm(el.textContent);
    if (!text) continue;
    const h = /^H([1-6])$/.exec(el.tagName.toUpperCase());
    if (h && !present.has(text) && text.length <= 80) {
      pending.push({ text, kind: 'heading', level: Number(h[1]), blankBefore: 1 });
      present.add(text);
      continue;
    }
    if (byline && text === norm(byline) && !present.has(text) && el.children.length === 0) {
      pending.push({ text, kind: 'paragraph', blankBefore: 1 });
      present.add(text);
      continue;
    }
    if (pending.length && (el.tagName === 'P' || el.tagName === 'LI')) {
      const at = blocks.findIndex((b) => b.text === text);
      if (at >= 0) {
        blocks.splice(at, 0, ...pending);
        pending = [];
      }
    }
  }
}

/**
 * linkedom leaves a document without a root element for text that opens no element (a lone
 * `<`, a fragment of attributes), and its `head`/`body` getters then throw: give such text one.
 */
function documentOf(html: string) {
  const { document } = parseHTML(html);
  return document.documentElement ? document : parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

export function htmlBlocks(html: string): Extracted {
  const document = documentOf(html);
  const hints = metaHints(document as unknown as Document);

  // Readability mutates the DOM it reads, so the fallback works on a fresh copy.
  let article: { title?: string | null; content?: string | null; byline?: string | null } | null = null;
  try {
    article = new Readability(documentOf(html) as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    article = null;
  }
  const fallbackDoc = documentOf(html);
  for (const el of Array.from(fallbackDoc.querySelectorAll(CHROME))) el.remove();
  const fallback = sanitise(fallbackDoc.body?.innerHTML ?? html);

  // A page of several stories can fool Readability into keeping only one of them.
  let content = article?.content ? sanitise(article.content) : '';
  if (textLength(content) < textLength(fallback) * 0.6) content = fallback;

  const blocks = blocksFromHtml(content);
  restoreLifted(document as unknown as Document, blocks, article?.byline ?? null);
  return { blocks, metaHints: hints };
}
