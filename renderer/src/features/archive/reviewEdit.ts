/**
 * The review step's edits, as pure functions over the pages archive:preview returned:
 * merge with the next story, split at an offset, delete, move. Each story carries a
 * local key so React keeps the right text field with the right story through moves.
 */
import type { PagePreview } from '../../../../shared/domain/archive';
import type { ParsedStory } from '../../../../shared/domain/story';
import type { ImportNote } from '../../../../shared/import-notes';

export interface ReviewStory extends ParsedStory {
  key: number;
}

export interface ReviewPage {
  key: number;
  source: string;
  publication: string;
  /** As typed; must be YYYY-MM-DD to save. */
  date: string;
  assumed: string[];
  /** `assumed` as codes, for the editor's language. */
  notes?: ImportNote[];
  stories: ReviewStory[];
  /** Lines the import left out as page furniture; the editor may put any back. */
  dropped: NonNullable<PagePreview['dropped']>;
  edition: { page: string; section: string | null } | null;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let nextKey = 1;
export const newKey = (): number => nextKey++;

export function toReviewPages(pages: PagePreview[]): ReviewPage[] {
  return pages.map((page) => ({
    key: newKey(),
    source: page.source,
    publication: page.publication ?? '',
    date: page.date ?? '',
    assumed: page.assumed,
    ...(page.notes ? { notes: page.notes } : {}),
    // The editor reviews the byline as it will be stored: with its roles.
    stories: page.stories.map(({ credit, ...story }) => ({ ...story, byline: credit ?? story.byline, key: newKey() })),
    dropped: page.dropped ?? [],
    edition: page.edition ?? null,
  }));
}

/** Puts a dropped line back as the last paragraph of a story: the editor says it is text, not furniture. */
export function keepDropped(page: ReviewPage, droppedIndex: number, storyKey: number): ReviewPage {
  const line = page.dropped[droppedIndex];
  if (!line || !page.stories.some((s) => s.key === storyKey)) return page;
  return {
    ...page,
    dropped: page.dropped.filter((_, i) => i !== droppedIndex),
    stories: page.stories.map((s) => (s.key === storyKey ? { ...s, body: s.body ? `${s.body}\n${line.text}` : line.text } : s)),
  };
}

/** Joins the story at `index` with the next one: bodies joined with \n, the first's furniture kept. */
export function mergeWithNext(stories: ReviewStory[], index: number): ReviewStory[] {
  const a = stories[index];
  const b = stories[index + 1];
  if (!a || !b) return stories;
  const body = [a.body, b.body].filter((part) => part.length > 0).join('\n');
  return [...stories.slice(0, index), { ...a, body }, ...stories.slice(index + 2)];
}

/**
 * Splits the story at `index` at a UTF-16 offset in its body. The second half becomes a new
 * story whose headline is its first line (and whose body is the rest, or that line when
 * nothing follows it). Returns the stories unchanged when either half would be empty.
 */
export function splitAt(stories: ReviewStory[], index: number, offset: number): ReviewStory[] {
  const story = stories[index];
  if (!story) return stories;
  const head = story.body.slice(0, offset).replace(/\s+$/, '');
  const tail = story.body.slice(offset).replace(/^\s+/, '');
  if (!head || !tail) return stories;
  const newline = tail.indexOf('\n');
  const firstLine = (newline >= 0 ? tail.slice(0, newline) : tail).trim();
  const rest = newline >= 0 ? tail.slice(newline + 1).replace(/^\s+/, '') : '';
  const second: ReviewStory = {
    key: newKey(),
    headline: firstLine,
    subhead: null,
    kicker: null,
    byline: null,
    dateline: null,
    datelineDate: null,
    body: rest || firstLine,
    truncated: false,
    genre: story.genre,
    language: story.language,
  };
  return [...stories.slice(0, index), { ...story, body: head }, second, ...stories.slice(index + 1)];
}

/** Paragraphs of a body with the offset each one starts at (for "split before paragraph N"). */
export function paragraphStarts(body: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of body.split('\n')) {
    if (line.trim()) out.push({ start, text: line.trim() });
    start += line.length + 1;
  }
  return out;
}

export function removeAt<T>(items: T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

export function move<T>(items: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return items;
  const out = items.slice();
  [out[index], out[target]] = [out[target]!, out[index]!];
  return out;
}

/** Optional furniture: empty text is null. */
const orNull = (value: string | null): string | null => (value && value.trim() ? value.trim() : null);

/** The pages for archive:save: pages without stories are left out; keys dropped. */
export function toSavePages(pages: ReviewPage[]) {
  return pages
    .filter((page) => page.stories.length > 0)
    .map((page) => ({
      source: page.source,
      publication: page.publication.trim() || null,
      date: ISO_DATE.test(page.date.trim()) ? page.date.trim() : null,
      stories: page.stories.map(({ key: _key, ...story }) => ({
        ...story,
        headline: story.headline.trim(),
        subhead: orNull(story.subhead),
        kicker: orNull(story.kicker),
        byline: orNull(story.byline),
        dateline: orNull(story.dateline),
      })),
    }));
}
