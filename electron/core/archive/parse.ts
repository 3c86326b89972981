/**
 * Files → stories. Each format reader turns bytes into blocks with layout hints; the
 * rest (noise, layout joins, segmentation, metadata) is shared so a page reads the same
 * whether it came as .txt, .docx or .pdf.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeText, encodingLabel } from './decode';
import { txtBlocks } from './formats/txt';
import { resolveMetadata } from './metadata';
import type { EditionLine } from './furniture';
import { dropNoise, joinLayoutBreaks } from './normalise';
import { segment } from './segment';
import { ImportError, type Block, type Extracted, type ImportFormat, type ParseOptions, type ParsedPage } from './types';

export { ImportError } from './types';
export type { Block, ImportErrorCode, ImportFormat, ParsedPage, ParseOptions } from './types';
export { contentHash } from './hash';
export { expandPaths, IMPORTABLE_EXTENSIONS } from './paths';

/** Large enough for a whole e-paper PDF edition; bigger files are almost always scans or archives. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function formatFor(fileName: string, bytes: Uint8Array): ImportFormat | 'doc' | 'unknown' {
  const ext = extname(fileName).toLowerCase();
  switch (ext) {
    case '.txt':
    case '.text':
    case '':
      return 'txt';
    case '.md':
    case '.markdown':
      return 'md';
    case '.html':
    case '.htm':
    case '.xhtml':
      return 'html';
    case '.docx':
      return 'docx';
    case '.pdf':
      return 'pdf';
    case '.doc':
    case '.wps':
      return 'doc';
  }
  // Unknown extension: trust the content's signature.
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  return 'unknown';
}

function assemble(ex: Extracted, format: ImportFormat, fileName: string | undefined, opts: ParseOptions): ParsedPage {
  const cleaned = dropNoise(ex.blocks);
  const meta = resolveMetadata({
    publication: opts.publication ?? null,
    date: opts.date ?? null,
    fileName,
    metaHints: ex.metaHints,
    furnitureDates: cleaned.furnitureDates,
    furniture: cleaned.furniture,
    siteNames: cleaned.siteNames,
  });
  // A line that is just the paper's (or issuer's) name is the masthead, not a headline.
  const dropped = cleaned.dropped.slice();
  const droppedLines = cleaned.droppedLines.slice();
  const kept = cleaned.blocks.filter((b) => {
    const masthead = meta.publication !== null && b.text.trim() === meta.publication;
    if (masthead) {
      dropped.push(b.text.trim());
      droppedLines.push({ text: b.text.trim(), kind: 'masthead', rule: 'masthead' });
    }
    return !masthead;
  });
  const blocks = joinLayoutBreaks(kept);
  const { stories, notes } = segment(blocks, meta.date);
  const page: ParsedPage = {
    publication: meta.publication,
    date: meta.date,
    assumed: [...meta.assumed, ...notes],
    stories,
    format,
    dropped,
    droppedLines,
    edition: editionOf(cleaned.editions),
  };
  if (ex.encoding) page.encoding = ex.encoding;
  return page;
}

/** The first edition line that names the page; a later one adds the section it lacked. */
function editionOf(editions: EditionLine[]): ParsedPage['edition'] {
  const first = editions[0];
  if (!first) return null;
  return { page: first.page, section: first.section ?? editions.find((e) => e.page === first.page && e.section)?.section ?? null };
}

function noStories(name: string, path: string | undefined, what: string): ImportError {
  return new ImportError('empty', `${name} ${what}: there is no text to import. If it is a scanned page, run OCR on it first.`, path);
}

/** Parse a file already in memory. `fileName` picks the format and may carry the paper and date. */
export async function parseBuffer(
  buf: Uint8Array,
  fileName: string,
  opts: ParseOptions & { path?: string } = {},
): Promise<ParsedPage> {
  const path = opts.path;
  const name = `“${basename(fileName)}”`;
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length > max) throw tooLarge(name, buf.length, max, path);
  const format = formatFor(fileName, buf);
  let ex: Extracted;
  switch (format) {
    case 'txt': {
      const d = decodeText(buf, name, path);
      ex = { blocks: txtBlocks(d.text), encoding: encodingLabel(d.encoding), metaHints: [] };
      break;
    }
    case 'md': {
      const d = decodeText(buf, name, path);
      const { markdownBlocks } = await import('./formats/markdown');
      ex = { ...markdownBlocks(d.text), encoding: encodingLabel(d.encoding) };
      break;
    }
    case 'html': {
      const d = decodeText(buf, name, path);
      const { htmlBlocks } = await import('./formats/html');
      ex = { ...htmlBlocks(d.text), encoding: encodingLabel(d.encoding) };
      break;
    }
    case 'docx': {
      const { docxBlocks } = await import('./formats/docx');
      ex = await docxBlocks(buf, name, path);
      break;
    }
    case 'pdf': {
      const { pdfBlocks } = await import('./formats/pdf');
      ex = await pdfBlocks(buf, name, path);
      break;
    }
    case 'doc':
      throw new ImportError(
        'unsupported',
        `${name} is an old-style Word (.doc) or WPS file, which Figure Desk can't read. Open it in Word or WPS and save it as .docx, then import that.`,
        path,
      );
    default:
      throw new ImportError(
        'unsupported',
        `${name} is not a kind of file Figure Desk imports (${extname(fileName) || 'no extension'}). Use .txt, .md, .html, .docx or .pdf.`,
        path,
      );
  }
  if (!ex.blocks.some((b) => b.text.trim())) {
    throw noStories(name, path, format === 'pdf' ? 'has no text layer' : 'contains no text');
  }
  const page = assemble(ex, format, fileName, opts);
  if (!page.stories.length) throw noStories(name, path, 'contains only page furniture');
  return page;
}

function tooLarge(name: string, size: number, max: number, path?: string): ImportError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new ImportError(
    'too_large',
    `${name} is ${mb(size)}, over the ${mb(max)} import limit. Split it into single pages, or export the text only, then import again.`,
    path,
  );
}

export async function parseFile(path: string, opts: ParseOptions = {}): Promise<ParsedPage> {
  const name = `“${basename(path)}”`;
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let buf: Buffer;
  try {
    const s = await stat(path);
    if (s.isDirectory()) {
      throw new ImportError('unreadable', `${name} is a folder, not a file. Import the folder as a batch instead.`, path);
    }
    // Check before reading: a 2 GB scan shouldn't be pulled into memory just to be refused.
    if (s.size > max) throw tooLarge(name, s.size, max, path);
    buf = await readFile(path);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist (it may have been moved or renamed)'
        : code === 'EACCES' || code === 'EPERM'
          ? "can't be opened: permission denied. Check the file's permissions or copy it somewhere you own"
          : `can't be read (${code ?? (e as Error).message})`;
    throw new ImportError('unreadable', `${name} ${why}.`, path);
  }
  return parseBuffer(buf, path, { ...opts, path });
}

/** Text pasted by the editor: no file, so the paper and date come from the caller or stay unknown. */
export function parseText(
  text: string,
  opts: { publication?: string | null; date?: string | null; fileName?: string } = {},
): ParsedPage {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!clean.trim()) throw new ImportError('empty', 'The pasted text is empty. Paste the page text and try again.');
  const blocks: Block[] = txtBlocks(clean);
  return assemble({ blocks, metaHints: [] }, 'paste', opts.fileName, opts);
}
