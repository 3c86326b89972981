/**
 * Files → stories. Each format reader turns bytes into blocks with layout hints; the
 * rest (noise, layout joins, segmentation, metadata) is shared so a page reads the same
 * whether it came as .txt, .docx or .pdf.
 */
import { basename, extname } from 'node:path';
import { decodeText, encodingLabel } from './decode';
import { txtBlocks } from './formats/txt';
import { resolveMetadata } from './metadata';
import type { EditionLine } from './furniture';
import { dropNoise, joinLayoutBreaks } from './normalise';
import { segment } from './segment';
import { renderImportNote, type ImportNote } from '../../../shared/import-notes';
import { blockChars, blockWindows, splitOversizedStories, windowNote } from './large-page';
import type { ParsedStory } from '../../../shared/domain/story';
import { readRegularFile, megabytes } from './read-file';
import { fileImportError, ImportError, type Block, type Extracted, type ImportFormat, type ParseOptions, type ParsedPage } from './types';

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
  const { stories, notes } = segmentBounded(blocks, meta.date);
  const pageNotes = [...(ex.notes ?? []), ...meta.assumed, ...notes];
  const page: ParsedPage = {
    publication: meta.publication,
    date: meta.date,
    assumed: pageNotes.map((note) => renderImportNote(note, 'en')),
    notes: pageNotes,
    stories,
    format,
    dropped,
    droppedLines,
    edition: editionOf(cleaned.editions),
  };
  if (ex.encoding) page.encoding = ex.encoding;
  return page;
}

/**
 * Segments a long page window by window, so memory follows the window, not the file. Text
 * without a headline at the start of a window is the story before it running on: it is joined
 * back (splitOversizedStories then cuts what is too long, at paragraph breaks).
 */
function segmentBounded(blocks: Block[], pageDate: string | null): { stories: ParsedStory[]; notes: ImportNote[] } {
  const windows = blockWindows(blocks);
  if (windows.length === 1) {
    const { stories, notes } = segment(blocks, pageDate);
    return { stories: splitOversizedStories(stories, notes), notes };
  }
  const notes = [windowNote(windows.length, blockChars(blocks))];
  const stories: Array<{ story: ParsedStory; runOn: string[] }> = [];
  for (const window of windows) {
    const part = segment(window, pageDate);
    const [first, ...rest] = part.stories;
    const previous = stories.at(-1);
    if (first && previous && first.headline === '') {
      previous.runOn.push(first.body);
      const opening = first.body.slice(0, 16);
      // segment() reported the run-on as the end of a story from another page: it is not.
      notes.push(...part.notes.filter((note) => !renderImportNote(note, 'en').includes(opening)));
      stories.push(...rest.map((story) => ({ story, runOn: [] })));
    } else {
      notes.push(...part.notes);
      stories.push(...part.stories.map((story) => ({ story, runOn: [] })));
    }
  }
  const joined = stories.map(({ story, runOn }) => (runOn.length ? { ...story, body: [story.body, ...runOn].join('\n') } : story));
  return { stories: splitOversizedStories(joined, notes), notes };
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
      ex = { blocks: txtBlocks(d.text), encoding: encodingLabel(d.encoding), metaHints: [], notes: d.warnings ?? [] };
      break;
    }
    case 'md': {
      const d = decodeText(buf, name, path);
      const { markdownBlocks } = await import('./formats/markdown');
      ex = { ...markdownBlocks(d.text), encoding: encodingLabel(d.encoding), notes: d.warnings ?? [] };
      break;
    }
    case 'html': {
      const d = decodeText(buf, name, path);
      const { htmlBlocks } = await import('./formats/html');
      ex = { ...htmlBlocks(d.text), encoding: encodingLabel(d.encoding), notes: d.warnings ?? [] };
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
  return fileImportError('too_large', 'too_large', { name, size: megabytes(size), limit: megabytes(max) }, path);
}

export async function parseFile(path: string, opts: ParseOptions = {}): Promise<ParsedPage> {
  const buf = await readRegularFile(path, `“${basename(path)}”`, opts.maxBytes ?? DEFAULT_MAX_BYTES);
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
