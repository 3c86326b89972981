import { z } from 'zod';
import { IsoDate, ParsedStory, StorySummary } from './story';
import { Qualifier } from './figure';
import { IMPORT_NOTES, type ImportNoteCode } from '../import-notes';

/** Where an import reads from: a file or folder on disk (desktop, CLI), bytes (browser upload), pasted text. */
export const ImportSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1) }),
  z.object({
    kind: z.literal('data'),
    name: z.string().min(1).max(255),
    dataBase64: z.string().max(70_000_000, 'file is over the 50 MB import limit'),
  }),
  z.object({ kind: z.literal('text'), name: z.string().max(255).optional(), text: z.string().min(1).max(5_000_000) }),
]);
export type ImportSource = z.infer<typeof ImportSource>;

export const ImportOptions = z.object({
  publication: z.string().min(1).max(200).optional(),
  date: IsoDate.optional(),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

export const SkippedFile = z.object({ path: z.string(), reason: z.string() });
export const FailedFile = z.object({
  path: z.string(),
  error: z.string(),
  code: z.string(),
  /** Why, as a reason of shared/file-errors.ts with its parameters, for the editor's language. */
  reason: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** One inference of an import as a code of shared/import-notes.ts with its parameters. */
export const ImportNoteSchema = z.object({
  code: z.enum(Object.keys(IMPORT_NOTES) as [ImportNoteCode, ...ImportNoteCode[]]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  file: z.string().optional(),
});

export const ImportReport = z.object({
  batchId: z.number().int(),
  imported: z.array(StorySummary),
  skipped: z.array(SkippedFile),
  failed: z.array(FailedFile),
  /** What was inferred rather than told (date from the file name, publication unknown...). */
  assumed: z.array(z.string()),
  cancelled: z.boolean(),
  /** The same as codes with parameters (shared/import-notes.ts), for the editor's language. */
  notes: z.array(ImportNoteSchema).optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** A page parsed for the review step, before anything is stored. */
export const PagePreview = z.object({
  source: z.string(),
  publication: z.string().nullable(),
  date: IsoDate.nullable(),
  assumed: z.array(z.string()),
  /** `assumed` as codes with parameters, for the editor's language. */
  notes: z.array(ImportNoteSchema).optional(),
  stories: z.array(ParsedStory),
  /** Lines left out as page furniture (navigation, edition line, headline list, footer) and why, for the editor to check. */
  dropped: z
    .array(z.object({ text: z.string(), kind: z.enum(['navigation', 'edition', 'headlines', 'masthead', 'footer', 'noise']), rule: z.string() }))
    .optional(),
  /** The page as its edition line names it: 第001版:要闻 → page 001, section 要闻. */
  edition: z.object({ page: z.string(), section: z.string().nullable() }).nullable().optional(),
});
export type PagePreview = z.infer<typeof PagePreview>;

export const SearchQuery = z.object({
  query: z.string().max(500),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  publication: z.string().max(200).optional(),
  byline: z.string().max(200).optional(),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** A snippet as text runs so that no side ever has to trust HTML. */
export const SnippetRun = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetRun = z.infer<typeof SnippetRun>;

export const SearchHit = z.object({
  storyId: z.number().int(),
  headline: z.string(),
  date: IsoDate.nullable(),
  publication: z.string().nullable(),
  byline: z.string().nullable(),
  snippet: z.array(SnippetRun),
  score: z.number(),
  /** The headline with the query's hits marked, as the snippet marks them. */
  headlineRuns: z.array(SnippetRun),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** A stored figure of the value a query asks for (4.8万家, >40000 科技型企业), with its story. */
export const SearchFigure = z.object({
  figureId: z.number().int(),
  storyId: z.number().int(),
  headline: z.string(),
  date: IsoDate.nullable(),
  quote: z.string(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  qualifier: Qualifier,
  metric: z.string(),
});
export type SearchFigure = z.infer<typeof SearchFigure>;

export const SearchResult = z.object({
  hits: z.array(SearchHit),
  tookMs: z.number(),
  /** When the query reads as a figure: stored figures of that value (absent otherwise). */
  figures: z.array(SearchFigure).optional(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const ListQuery = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
  /** The same filters as search, for browsing without a query. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  publication: z.string().max(200).optional(),
  byline: z.string().max(200).optional(),
});
export const ListResult = z.object({ total: z.number().int(), items: z.array(StorySummary) });
export type ListResult = z.infer<typeof ListResult>;

export const StoryPatch = z
  .object({
    headline: z.string().min(1).max(500),
    subhead: z.string().max(1000).nullable(),
    kicker: z.string().max(200).nullable(),
    byline: z.string().max(200).nullable(),
    dateline: z.string().max(100).nullable(),
    body: z.string().min(1).max(2_000_000),
    date: IsoDate.nullable(),
    publication: z.string().max(200).nullable(),
  })
  .partial();
export type StoryPatch = z.infer<typeof StoryPatch>;
