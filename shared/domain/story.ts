import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const Language = z.enum(['zh', 'en']);
export type Language = z.infer<typeof Language>;

/** What segmentation reads out of a page: one story with its furniture, not yet stored. */
export const ParsedStory = z.object({
  headline: z.string(),
  subhead: z.string().nullable(),
  /** Column name or kicker above the headline (重报时论). */
  kicker: z.string().nullable(),
  /** The reporter's name(s) only: 张亦筑, not 本报讯（记者 张亦筑）. */
  byline: z.string().nullable(),
  /**
   * The byline line with the roles printed beside the names (首席记者 张亦筑 实习生 冉罗楠;
   * Laura Bennett, Chief Reporter), stored and shown as the story's byline; absent when it names no role.
   */
  credit: z.string().nullable().optional(),
  /** As printed (2月23日). */
  dateline: z.string().nullable(),
  /** The dateline resolved against the page date, ISO. */
  datelineDate: IsoDate.nullable(),
  /** Body text, paragraphs separated by a single \n, layout breaks joined, noise dropped. */
  body: z.string(),
  /** The page cut the story's beginning off. */
  truncated: z.boolean(),
  /** news, photo (a captioned picture), commentary (a signed column). */
  genre: z.enum(['news', 'photo', 'commentary']),
  language: Language,
});
export type ParsedStory = z.infer<typeof ParsedStory>;

/** A story as stored in the archive. */
export const Story = z.object({
  id: z.number().int(),
  publication: z.string().nullable(),
  date: IsoDate.nullable(),
  headline: z.string(),
  subhead: z.string().nullable(),
  kicker: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  body: z.string(),
  truncated: z.boolean(),
  genre: z.enum(['news', 'photo', 'commentary']),
  language: Language,
  sourcePath: z.string().nullable(),
  importBatchId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Story = z.infer<typeof Story>;

/** One row of the archive list: enough to render it without the body. */
export const StorySummary = Story.pick({
  id: true,
  publication: true,
  date: true,
  headline: true,
  byline: true,
  truncated: true,
  genre: true,
  language: true,
});
export type StorySummary = z.infer<typeof StorySummary>;

export { IsoDate };
