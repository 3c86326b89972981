/**
 * Cutting a page's blocks into stories. Newspapers mark a story's start with furniture,
 * not with blank lines: a headline stack (kicker, headline, subhead) followed by a byline,
 * a wire dateline, a photo caption ending in a credit, or text that begins mid-sentence
 * because the page cut it. A lone heading-like line with none of that after it is a
 * crosshead inside the running story.
 */
import type { ParsedStory } from '../../../shared/domain/story';
import type { Block } from './types';
import type { ImportNote } from '../../../shared/import-notes';
import { collectDrafts } from './segment-drafts';
import { keepHeadlessTextAsBody } from './segment-headless';
import { buildStory } from './segment-story';

export { resolveDateline } from './segment-dateline';

export interface Segmented {
  stories: ParsedStory[];
  /** Sentences for ParsedPage.assumed: what segmentation inferred or moved. */
  notes: ImportNote[];
}

export function segment(blocks: Block[], pageDate: string | null): Segmented {
  const notes: ImportNote[] = [];
  const drafts = collectDrafts(blocks, notes);
  keepHeadlessTextAsBody(drafts, notes);
  const stories = drafts
    .filter((d) => d.stack.length || d.body.some((b) => b.text.trim()))
    .map((d) => buildStory(d, pageDate, notes))
    .filter((s) => s.headline || s.body);
  return { stories, notes };
}
