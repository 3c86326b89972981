/**
 * Size limits for one page's text. The segmenter's working memory grows with the text it
 * holds at once (a 47 MB file took 2 GB and came out as one story of 17 million characters),
 * and no news story is longer than a book: so a long page is segmented in windows, and a story
 * that is still too long is split at paragraph breaks. Both are said in the import notes.
 */
import type { ParsedStory } from '../../../shared/domain/story';
import type { Block } from './types';
import { importNote, type ImportNote } from '../../../shared/import-notes';

/** About 1 MB of text in memory (UTF-16), some 300 printed pages: far beyond any story. */
export const MAX_STORY_CHARS = 500_000;
/** The segmenter sees at most this much text at once; under MAX_STORY_CHARS so a window's story needs no second cut. */
export const SEGMENT_WINDOW_CHARS = 400_000;

function blockChars(blocks: Block[]): number {
  let total = 0;
  for (const b of blocks) total += b.text.length;
  return total;
}

/**
 * Consecutive runs of blocks of about `windowChars` each, cut before a block that follows a
 * blank line where one is near the end of the window, else at any block (a line of text).
 */
export function blockWindows(blocks: Block[], windowChars = SEGMENT_WINDOW_CHARS): Block[][] {
  if (blockChars(blocks) <= windowChars) return [blocks];
  const windows: Block[][] = [];
  let start = 0;
  while (start < blocks.length) {
    let end = start;
    let chars = 0;
    let lastBreak = -1;
    while (end < blocks.length && (chars + blocks[end]!.text.length <= windowChars || end === start)) {
      if (end > start && blocks[end]!.blankBefore > 0 && chars >= windowChars * 0.8) lastBreak = end;
      chars += blocks[end]!.text.length;
      end++;
    }
    const cut = end < blocks.length && lastBreak > start ? lastBreak : end;
    windows.push(blocks.slice(start, cut));
    start = cut;
  }
  return windows;
}

/** Paragraph-aligned pieces of a body, each at most `maxChars` (a single longer paragraph is cut). */
function bodyParts(body: string, maxChars: number): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let length = 0;
  const flush = () => {
    if (current.length) parts.push(current.join('\n'));
    current = [];
    length = 0;
  };
  for (const paragraph of body.split('\n')) {
    for (let i = 0; i < paragraph.length || i === 0; i += maxChars) {
      const piece = paragraph.slice(i, i + maxChars);
      if (length + piece.length + 1 > maxChars) flush();
      current.push(piece);
      length += piece.length + 1;
      if (paragraph.length === 0) break;
    }
  }
  flush();
  return parts;
}

function partHeadline(story: ParsedStory, part: number, parts: number): string {
  const base = story.headline || story.body.slice(0, 16);
  return story.language === 'zh' ? `${base}（第${part}部分，共${parts}部分）` : `${base} (part ${part} of ${parts})`;
}

/** Stories over `maxChars` become paragraph-aligned parts, each headlined with its place. */
export function splitOversizedStories(stories: ParsedStory[], notes: ImportNote[], maxChars = MAX_STORY_CHARS): ParsedStory[] {
  return stories.flatMap((story) => {
    if (story.body.length <= maxChars) return [story];
    const parts = bodyParts(story.body, maxChars);
    notes.push(importNote('story_split', { headline: story.headline || story.body.slice(0, 16), chars: story.body.length.toLocaleString('en'), parts: parts.length }));
    return parts.map((body, i) => ({
      ...story,
      headline: partHeadline(story, i + 1, parts.length),
      body,
      // Only the first part starts where the story starts.
      truncated: i === 0 ? story.truncated : true,
    }));
  });
}

export function windowNote(windows: number, chars: number): ImportNote {
  return importNote('read_in_parts', { chars: chars.toLocaleString('en'), parts: windows });
}

export { blockChars };
