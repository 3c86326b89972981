import { basename } from 'node:path';
import type { ImportOptions, ImportReport, ImportSource, PagePreview } from '../../../shared/domain/archive';
import type { ParsedPage } from './parse';
import { documentName, expandSources, failedSource, parseDocument } from './sources';

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

export interface PreviewResult {
  pages: PagePreview[];
  failed: ImportReport['failed'];
}

/** Where a preview has got to: how many documents are read, and which one is next. */
export type PreviewProgress = (done: number, total: number, name: string) => void;

/** Parses sources for the editor's review step; nothing is stored. */
export async function previewSources(sources: ImportSource[], options: ImportOptions, progress: PreviewProgress = () => undefined): Promise<PreviewResult> {
  const pages: PagePreview[] = [];
  const failed: ImportReport['failed'] = [];
  const documents = await expandSources(sources, failed);
  for (const [index, document] of documents.entries()) {
    const name = documentName(document);
    progress(index, documents.length, basename(name));
    try {
      pages.push(toPreview(name, await parseDocument(document, options)));
    } catch (error) {
      failed.push(failedSource(name, error));
    }
  }
  return { pages, failed };
}
