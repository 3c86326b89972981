/** A draft or a story rendered as a file to save (docx, markdown, html, pdf). */
import type { ExportedFile, ParsedInputOf } from '../../../shared/contract';
import type { Repositories } from '../db/repositories';
import { listAnnotations } from '../annotations';
import { getDraft } from '../drafts';
import { needStory } from '../need';
import { readSettings } from '../settings';
import { exportedFile, safeFileName } from './exported-file';
import { renderDraft, renderStory } from './index';
import type { PdfRenderer } from './pdf';

const rendering = (pdfRenderer: PdfRenderer | undefined) => (pdfRenderer ? { pdfRenderer } : {});

export async function draftFile(repos: Repositories, { id, format }: ParsedInputOf<'export:draft'>, pdfRenderer?: PdfRenderer): Promise<ExportedFile> {
  const draft = await getDraft(repos, id);
  const artifact = await renderDraft(draft, format, rendering(pdfRenderer));
  return exportedFile(safeFileName(draft.title, artifact.extension), artifact.mime, artifact.bytes);
}

/**
 * A story with (when `annotated`) its annotations as comments, labelled in `language`: the
 * UI's language when given, else the saved one, else the system's.
 */
export async function storyFile(
  repos: Repositories,
  { storyId, format, annotated, language }: ParsedInputOf<'export:story'>,
  systemLocale: string,
  pdfRenderer?: PdfRenderer,
): Promise<ExportedFile> {
  const story = await needStory(repos.stores.stories, storyId);
  const settings = await readSettings(repos);
  const artifact = await renderStory(
    {
      story,
      annotations: annotated ? await listAnnotations(repos, storyId) : [],
      types: settings.annotationTypes,
      language: language ?? settings.locale ?? (/^zh/.test(systemLocale) ? 'zh-CN' : 'en'),
      author: repos.author.get(),
    },
    format,
    rendering(pdfRenderer),
  );
  return exportedFile(safeFileName(story.headline, artifact.extension), artifact.mime, artifact.bytes);
}
