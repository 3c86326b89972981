import type { ImportOptions, ImportReport, ImportSource, PagePreview } from '../../../shared/domain/archive';
import { ImportError, expandPaths, parseBuffer, parseFile, parseText, type ParsedPage } from './parse';

function toPreview(source: string, page: ParsedPage): PagePreview {
  return {
    source,
    publication: page.publication,
    date: page.date,
    assumed: page.assumed,
    notes: page.notes,
    stories: page.stories,
    dropped: page.droppedLines ?? [],
    edition: page.edition ?? null,
  };
}

/** Parses sources for the editor's review step; nothing is stored. */
export async function previewSources(
  sources: ImportSource[],
  options: ImportOptions,
): Promise<{ pages: PagePreview[]; failed: ImportReport['failed'] }> {
  const pages: PagePreview[] = [];
  const failed: ImportReport['failed'] = [];
  const opts = { ...(options.publication ? { publication: options.publication } : {}), ...(options.date ? { date: options.date } : {}) };
  for (const source of sources) {
    const name = source.kind === 'path' ? source.path : (source.name ?? 'pasted text');
    try {
      if (source.kind === 'path') {
        for (const path of await expandPaths([source.path])) {
          const page = await parseFile(path, opts);
          pages.push(toPreview(path, page));
        }
      } else {
        const page =
          source.kind === 'data'
            ? await parseBuffer(new Uint8Array(Buffer.from(source.dataBase64, 'base64')), source.name, opts)
            : parseText(source.text, { publication: options.publication ?? null, date: options.date ?? null, fileName: name });
        pages.push(toPreview(name, page));
      }
    } catch (error) {
      const detail = error instanceof ImportError && error.detail ? { reason: error.detail.reason, params: error.detail.params } : {};
      failed.push({
        path: name,
        code: error instanceof ImportError ? error.code : 'failed',
        error: error instanceof Error ? error.message : String(error),
        ...detail,
      });
    }
  }
  return { pages, failed };
}
