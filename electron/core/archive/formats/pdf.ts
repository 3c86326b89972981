import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ImportError, type Block, type Extracted } from '../types';
import { parseBylineLine } from '../bylines';
import { isNoiseLine } from '../normalise';
import { foldRadicals, isClosed, joinBroken } from '../signals';
import { pageBands, readingOrder, toFragments, type Frag, type Glyphs } from './pdf-layout';

function assets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

function broken(name: string, why: string, path?: string): ImportError {
  return new ImportError('broken_pdf', `${name} ${why}.`, path);
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  region: number;
  /** A page header or footer row, pieces joined with ' | ' as a folio line prints them. */
  furniture?: boolean;
}

/**
 * Two lines of one paragraph. A word broken at a discretionary hyphen (Chromium prints it
 * as U+2010, some typesetters as a soft hyphen) is rejoined whole: quali‐ + fied.
 */
function joinLines(a: string, b: string): string {
  const left = a.replace(/\s+$/, '');
  const right = b.replace(/^\s+/, '');
  if (/\p{L}[\u00ad\u2010]$/u.test(left) && /^\p{Ll}/u.test(right)) return left.slice(0, -1) + right;
  return joinBroken(left.replace(/\u00ad$/, ''), right);
}

/** Lines → paragraphs: a new block at a size change, a wider gap, an indent, a new column. */
function paragraphs(lines: Line[], bodySize: number): Block[] {
  const blocks: Array<Block & { sizes: number[] }> = [];
  let prev: Line | null = null;
  const regionLeft = new Map<number, number>();
  const regionRight = new Map<number, number>();
  for (const l of lines) {
    regionLeft.set(l.region, Math.min(regionLeft.get(l.region) ?? Infinity, l.x0));
    regionRight.set(l.region, Math.max(regionRight.get(l.region) ?? -Infinity, l.x1));
  }
  // columns whose paragraphs start indented: there a flush line at the top of the next
  // column carries on the paragraph even after a full stop
  const indents = new Set(lines.filter((l) => l.x0 > regionLeft.get(l.region)! + l.size * 0.8 && l.size <= bodySize * 1.1).map((l) => l.region));
  for (const l of lines) {
    const cur = blocks[blocks.length - 1];
    if (l.furniture) {
      blocks.push({ text: l.text, blankBefore: 1, fontSize: l.size, sizes: [l.size], furniture: true });
      prev = null;
      continue;
    }
    let fresh = !prev || !cur;
    let blank = 0;
    if (prev && cur) {
      const sameSize = Math.abs(prev.size - l.size) <= Math.max(prev.size, l.size) * 0.1;
      const gap = prev.y - l.y;
      const pitch = l.size * 1.9;
      const indented = l.x0 > regionLeft.get(l.region)! + l.size * 1.2;
      const fullMeasure = prev.x1 >= regionRight.get(prev.region)! - prev.size;
      // the next column of the same text: the last line ran to the full measure mid-sentence
      // and the new column starts flush, higher up and to the right, in the same body type
      const nextColumn =
        l.region !== prev.region && gap < 0 && l.x0 > prev.x1 && l.size <= bodySize * 1.1 && fullMeasure && !indented && (!isClosed(prev.text) || indents.has(prev.region));
      if (!sameSize || (l.region !== prev.region && !nextColumn) || (gap < 0 && !nextColumn) || gap > pitch) fresh = true;
      if (gap > pitch) blank = 1;
      if (indented && l.size <= bodySize * 1.1) fresh = true;
      if (!nextColumn && isClosed(prev.text) && prev.x1 < l.x1 - l.size * 2) fresh = true;
      // a byline or a jump line (By Sarah Collins, Continued from page 1) on a short line of
      // its own in body-size type: never run into the text after it
      const alone = cur.text === prev.text && prev.x1 < (nextColumn ? regionRight.get(prev.region)! : l.x1) - l.size * 2;
      if (alone && (parseBylineLine(prev.text) || isNoiseLine(prev.text))) fresh = true;
    }
    if (fresh) blocks.push({ text: l.text, blankBefore: blank, fontSize: l.size, sizes: [l.size] });
    else {
      cur!.text = joinLines(cur!.text, l.text);
      cur!.sizes.push(l.size);
    }
    prev = l;
  }
  return blocks.map(({ sizes, ...b }) => {
    const size = sizes.sort((a, c) => a - c)[Math.floor(sizes.length / 2)]!;
    const block: Block = { ...b, fontSize: Math.round(size * 10) / 10 };
    if (size >= bodySize * 1.15 && !b.furniture) {
      block.kind = 'heading';
      block.level = size >= bodySize * 1.6 ? 1 : size >= bodySize * 1.35 ? 2 : 3;
    }
    return block;
  });
}

export async function pdfBlocks(buf: Uint8Array, name: string, path?: string): Promise<Extracted> {
  const head = Buffer.from(buf.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) {
    throw broken(name, "is not a PDF: it doesn't start with the %PDF- signature (it may be a web page or an image saved with a .pdf name). Download or export the page again as PDF", path);
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await getDocument({
      data: new Uint8Array(buf), // pdf.js takes ownership of the buffer
      ...assets(),
      cMapPacked: true,
      disableFontFace: true,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const n = (e as Error).name;
    if (n === 'PasswordException') throw broken(name, 'is password-protected. Remove the password (print it to a new PDF) and import again', path);
    throw broken(name, `is damaged and can't be opened (${(e as Error).message}). Download or export it again`, path);
  }
  const metaHints: string[] = [];
  try {
    const meta = await doc.getMetadata();
    const title = (meta.info as { Title?: string } | undefined)?.Title?.trim();
    if (title) metaHints.push(title);
  } catch {
    /* metadata is optional */
  }
  const lines: Line[] = [];
  let region = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const glyphs: Glyphs[] = [];
    for (const it of content.items) {
      if (!('str' in it) || !it.str) continue;
      const [a, b, c, d, x, y] = it.transform as number[];
      if (Math.abs(b!) > 0.01 || Math.abs(c!) > 0.01) continue; // rotated text is margin furniture
      glyphs.push({ text: foldRadicals(it.str), x: x!, y: y!, width: it.width, size: Math.hypot(c!, d!) || Math.abs(a!) || it.height });
    }
    const pageHeight = page.view[3]! - page.view[1]!;
    const { header, footer, body } = pageBands(toFragments(glyphs), pageHeight);
    const furnitureRow = (row: Frag[]) => {
      if (!row.length) return;
      region++;
      const text = row.map((f) => f.text).join(' | ');
      lines.push({ text, x0: row[0]!.x0, x1: row[row.length - 1]!.x1, y: row[0]!.y, size: row[0]!.size, region, furniture: true });
    };
    furnitureRow(header);
    for (const leaf of readingOrder(body)) {
      region++;
      for (const f of linesOf(leaf)) lines.push({ ...f, region });
    }
    furnitureRow(footer);
    page.cleanup();
  }
  await doc.destroy();
  const sizes: number[] = [];
  for (const l of lines) if (!l.furniture) for (let i = 0; i < l.text.length; i++) sizes.push(Math.round(l.size * 2) / 2);
  const counts = new Map<number, number>();
  for (const s of sizes) counts.set(s, (counts.get(s) ?? 0) + 1);
  const bodySize = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  return { blocks: paragraphs(lines, bodySize), metaHints };
}

/** A leaf's fragments sharing a baseline are one line. */
function linesOf(leaf: Frag[]): Array<Omit<Line, 'region'>> {
  const out: Array<Omit<Line, 'region'>> = [];
  for (const f of leaf) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - f.y) < f.size * 0.35) {
      last.text = joinBroken(last.text, f.text);
      last.x1 = Math.max(last.x1, f.x1);
    } else out.push({ text: f.text, x0: f.x0, x1: f.x1, y: f.y, size: f.size });
  }
  return out;
}
