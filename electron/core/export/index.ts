import { z } from 'zod';
import type { DraftDoc, DraftLanguage } from '../../../shared/domain/draft';
import { AppFailure } from '../../../shared/result';
import { modelToDocx } from './docx';
import { modelToHtml } from './html';
import { modelToMarkdown } from './markdown';
import { draftModel, storyModel, type ExportModel, type StoryExportInput } from './model';
import type { PdfRenderer } from './pdf';
import { throwIfCancelled, writeExport, type RunOptions, type WriteOptions } from './write';

export const ExportFormat = z.enum(['docx', 'markdown', 'html', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export interface ExportArtifact {
  bytes: Uint8Array;
  mime: string;
  extension: string;
}

export interface RenderOptions extends RunOptions {
  /** Needed for PDF: chromiumPdfRenderer() in Node, printToPDF in Electron. */
  pdfRenderer?: PdfRenderer;
  /** The name shown as comment author in DOCX. */
  author?: string;
}

const META: Record<ExportFormat, { mime: string; extension: string }> = {
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  markdown: { mime: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { mime: 'text/html; charset=utf-8', extension: 'html' },
  pdf: { mime: 'application/pdf', extension: 'pdf' },
};

const utf8 = (s: string) => new TextEncoder().encode(s);

export async function renderModel(model: ExportModel, format: ExportFormat, options: RenderOptions = {}): Promise<ExportArtifact> {
  const total = format === 'pdf' ? 2 : 1;
  throwIfCancelled(options.signal);
  options.onProgress?.({ phase: 'render', done: 0, total, message: model.title });
  let bytes: Uint8Array;
  switch (format) {
    case 'docx':
      bytes = await modelToDocx(model);
      break;
    case 'markdown':
      bytes = utf8(modelToMarkdown(model));
      break;
    case 'html':
      bytes = utf8(modelToHtml(model));
      break;
    case 'pdf': {
      if (!options.pdfRenderer) throw new AppFailure('unavailable', 'PDF export is not available here: no PDF renderer was configured.');
      const html = modelToHtml(model);
      options.onProgress?.({ phase: 'pdf', done: 1, total, message: model.title });
      bytes = await options.pdfRenderer(html, options.signal ? { signal: options.signal } : {});
      break;
    }
  }
  throwIfCancelled(options.signal);
  options.onProgress?.({ phase: 'render', done: total, total, message: model.title });
  return { bytes, ...META[format] };
}

export function renderDraft(
  draft: { title: string; language: DraftLanguage; doc: DraftDoc },
  format: ExportFormat,
  options: RenderOptions = {},
): Promise<ExportArtifact> {
  return renderModel(draftModel(draft, options.author ? { author: options.author } : {}), format, options);
}

export function renderStory(input: StoryExportInput, format: ExportFormat, options: RenderOptions = {}): Promise<ExportArtifact> {
  return renderModel(storyModel({ ...input, ...(options.author ? { author: options.author } : {}) }), format, options);
}

/** Renders and writes in one go; progress runs render → (pdf) → write → done. */
export async function exportToFile(
  path: string,
  produce: (run: RunOptions) => Promise<ExportArtifact>,
  options: WriteOptions,
): Promise<{ path: string; bytes: number }> {
  const artifact = await produce({ ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  const written = writeExport(path, artifact.bytes, options);
  options.onProgress?.({ phase: 'done', done: 1, total: 1, message: written.path });
  return written;
}

/**
 * Several exports into one folder (a batch of stories, say): progress counts items, a
 * cancel stops before the next item, and items already written stay.
 */
export async function exportBatch<T>(
  items: readonly T[],
  each: (item: T, run: RunOptions) => Promise<{ name: string; artifact: ExportArtifact }>,
  options: WriteOptions,
): Promise<{ written: Array<{ path: string; bytes: number }>; cancelled: boolean }> {
  const written: Array<{ path: string; bytes: number }> = [];
  for (let i = 0; i < items.length; i++) {
    if (options.signal?.aborted) return { written, cancelled: true };
    options.onProgress?.({ phase: 'render', done: i, total: items.length, message: '' });
    const { name, artifact } = await each(items[i]!, options.signal ? { signal: options.signal } : {});
    if (options.signal?.aborted) return { written, cancelled: true };
    written.push(writeExport(name, artifact.bytes, { ...options, onProgress: undefined }));
  }
  options.onProgress?.({ phase: 'done', done: items.length, total: items.length, message: '' });
  return { written, cancelled: false };
}

export { modelToDocx } from './docx';
export { modelToHtml, escapeHtml } from './html';
export { modelToMarkdown, escapeMarkdown } from './markdown';
export { draftModel, storyModel, type ExportModel, type StoryExportInput } from './model';
export { chromiumPdfRenderer, type PdfRenderer } from './pdf';
export { writeExport, resolveExportPath, type ExportProgress, type RunOptions, type WriteOptions } from './write';
