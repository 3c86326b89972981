/** Drafts and stories as files: docx, markdown, html and pdf. */
import type { ChannelsOf, HandlerContext, HandlersOf } from '../handler-context';
import { draftFile, storyFile } from './story-file';

export function exportHandlers(ctx: HandlerContext): HandlersOf<ChannelsOf<'export'>> {
  return {
    'export:draft': (input) => draftFile(ctx.repos, input, ctx.pdfRenderer),
    'export:story': (input) => storyFile(ctx.repos, input, ctx.systemLocale, ctx.pdfRenderer),
  };
}
