/**
 * The one contract between the renderer and the core. Every channel is `domain:verb`
 * with a zod schema for its input and its output; both transports (Electron IPC and
 * the browser-mode HTTP bridge) validate inputs against it, and the renderer's api
 * client is typed from it.
 */
import { z } from 'zod';
import {
  ImportOptions,
  ImportReport,
  ImportSource,
  ListQuery,
  ListResult,
  PagePreview,
  SearchQuery,
  SearchResult,
  StoryPatch,
} from './domain/archive';
import { JobProgress } from './domain/jobs';
import { Settings } from './domain/settings';
import { ParsedStory, Story, type StorySummary } from './domain/story';
import { Figure } from './domain/figure';

const Id = z.number().int().positive();
const Empty = z.object({}).strict();

export const JobState = z.object({
  progress: JobProgress,
  report: ImportReport.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type JobState = z.infer<typeof JobState>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(['ipc', 'http']),
  dbPath: z.string(),
  stories: z.number().int(),
  /** The system language as the host sees it, for the default UI language. */
  systemLocale: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const FigurePatch = Figure.pick({
  value: true,
  valueMax: true,
  unit: true,
  currency: true,
  qualifier: true,
  kind: true,
  change: true,
  metric: true,
  entity: true,
  period: true,
  review: true,
}).partial();
export type FigurePatch = z.infer<typeof FigurePatch>;

export const contract = {
  'app:info': { input: Empty, output: AppInfo },

  'archive:list': { input: ListQuery, output: ListResult },
  'archive:get': { input: z.object({ id: Id }), output: Story },
  'archive:search': { input: SearchQuery, output: SearchResult },
  'archive:update': { input: z.object({ id: Id, patch: StoryPatch }), output: Story },
  'archive:delete': { input: z.object({ ids: z.array(Id).min(1).max(10_000) }), output: z.object({ deleted: z.number().int() }) },
  /** Starts an import job; follow it with jobs:get or the jobs:progress event. */
  'archive:import': {
    input: z.object({ sources: z.array(ImportSource).min(1).max(10_000), options: ImportOptions.default({}) }),
    output: z.object({ jobId: z.string() }),
  },
  /** Parses without storing, for the review step. */
  'archive:preview': {
    input: z.object({ sources: z.array(ImportSource).min(1).max(50), options: ImportOptions.default({}) }),
    output: z.object({ pages: z.array(PagePreview), failed: ImportReport.shape.failed }),
  },
  /** Stores stories the editor reviewed (merged, split, fixed). */
  'archive:save': {
    input: z.object({
      pages: z.array(
        z.object({
          source: z.string(),
          publication: z.string().nullable(),
          date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
          stories: z.array(ParsedStory).min(1),
        }),
      ).min(1),
    }),
    output: ImportReport,
  },

  'jobs:get': { input: z.object({ jobId: z.string() }), output: JobState },
  'jobs:cancel': { input: z.object({ jobId: z.string() }), output: z.object({ cancelled: z.boolean() }) },

  'figures:list': { input: z.object({ storyId: Id }), output: z.array(Figure) },
  'figures:update': { input: z.object({ id: Id, patch: FigurePatch }), output: Figure },
  'figures:queue': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }),
    output: z.array(Figure.extend({ headline: z.string() })),
  },
  'figures:reextract': { input: z.object({ storyId: Id }), output: z.array(Figure) },

  'settings:get': { input: Empty, output: Settings },
  'settings:set': { input: Settings.partial(), output: Settings },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

export const MenuCommand = z.enum(['import', 'search', 'go-archive', 'go-targets', 'go-check', 'go-drafts', 'go-settings', 'shortcuts']);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Events pushed from the core (or the desktop menu) to the renderer. */
export const events = {
  'menu:command': z.object({ command: MenuCommand }),
  'jobs:progress': JobProgress,
  'archive:changed': z.object({ reason: z.string() }),
  /** Files that appeared in the watched folder went to an import job. */
  'archive:watched': z.object({ files: z.array(z.string()), jobId: z.string() }),
} as const;
export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.infer<(typeof events)[E]>;

export type { StorySummary };
