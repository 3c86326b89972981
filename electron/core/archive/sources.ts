/**
 * What an import reads, turned into documents: a file or folder on disk (desktop, CLI,
 * watched folder), uploaded bytes (browser mode) or pasted text. The import job and the
 * review step's preview both read their sources here, so a file is read the same way
 * whether it is stored at once or shown for review first.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportOptions, ImportReport, ImportSource } from '../../../shared/domain/archive';
import { expandPaths, ImportError, parseBuffer, parseFile, parseText, type ParsedPage } from './parse';
import { fileSystemImportError } from './read-file';

/** One document to read: a file on disk, uploaded bytes, or pasted text. */
export type SourceDocument =
  | { kind: 'path'; path: string; bytes: number }
  | { kind: 'data'; name: string; bytes: number; data: Uint8Array }
  | { kind: 'text'; name: string; bytes: number; text: string };

export type FailedSource = ImportReport['failed'][number];

/** The English name of unnamed pasted text; the renderer names it in the editor's language. */
const PASTED_NAME = 'pasted text';

/**
 * Every document the sources hold, folders walked. A path that cannot be listed is
 * reported in `failed` (with its reason) and the rest go on.
 */
export async function expandSources(sources: ImportSource[], failed: FailedSource[]): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = [];
  for (const source of sources) {
    if (source.kind === 'path') {
      let paths: string[] = [];
      try {
        paths = await expandPaths([source.path]);
      } catch (error) {
        failed.push(failedSource(source.path, fileSystemImportError(error, `“${basename(source.path)}”`, source.path)));
      }
      for (const path of paths) {
        // Only for the progress bar: the read itself is bounded by the bytes it gets, not this.
        const size = await stat(path).then((info) => (info.isFile() ? info.size : 0), () => 0);
        documents.push({ kind: 'path', path, bytes: size });
      }
    } else if (source.kind === 'data') {
      const data = Buffer.from(source.dataBase64, 'base64');
      documents.push({ kind: 'data', name: source.name, bytes: data.byteLength, data: new Uint8Array(data) });
    } else {
      const name = source.name ?? PASTED_NAME;
      documents.push({ kind: 'text', name, bytes: Buffer.byteLength(source.text), text: source.text });
    }
  }
  return documents;
}

/** The name a document is reported by: its path on disk, or the name it came with. */
export function documentName(document: SourceDocument): string {
  return document.kind === 'path' ? document.path : document.name;
}

/** Reads one document into a page of stories; throws an ImportError that says what is wrong. */
export async function parseDocument(document: SourceDocument, options: ImportOptions): Promise<ParsedPage> {
  const opts = { ...(options.publication ? { publication: options.publication } : {}), ...(options.date ? { date: options.date } : {}) };
  if (document.kind === 'path') return parseFile(document.path, opts);
  if (document.kind === 'data') return parseBuffer(document.data, document.name, opts);
  return parseText(document.text, { publication: options.publication ?? null, date: options.date ?? null, fileName: document.name });
}

/** A document that could not be read, for the report: its name, a code, and the reason with its parameters. */
export function failedSource(name: string, error: unknown): FailedSource {
  const base = { path: name, code: error instanceof ImportError ? error.code : 'failed', error: describe(error, name) };
  return error instanceof ImportError && error.detail ? { ...base, reason: error.detail.reason, params: error.detail.params } : base;
}

function describe(error: unknown, path: string): string {
  if (error instanceof ImportError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${path}: no such file or folder. Check the path and try again.`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied. Check that you can read it.`;
  if (code === 'EISDIR') return `${path}: is a folder.`;
  return `${path}: ${error instanceof Error ? error.message : String(error)}`;
}
