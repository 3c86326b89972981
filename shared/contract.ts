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
import { ImportBatch } from './domain/imports';
import { Locale, Settings } from './domain/settings';
import { ParsedStory, Story, type StorySummary } from './domain/story';
import { Figure, ReadFigure } from './domain/figure';
import {
  Evidence,
  EvidenceLink,
  ImportMode,
  ImportResult as RegisterImportResult,
  MetricSeries,
  NewTarget,
  Target,
  TargetEvent,
  TargetPatch,
  TargetQuery,
  TargetStatus,
} from './domain/target';
import {
  CheckOptions,
  ConfirmMatchInput,
  ConfirmMatchResult,
  StoryCheck,
} from './domain/check';
import {
  Annotation,
  AnnotationImportOptions,
  AnnotationImportReport,
  AnnotationPatch,
  NewAnnotation,
  NewAnnotationReply,
  ReanchorReport,
  W3CAnnotationCollection,
} from './domain/annotation';
import {
  Draft,
  DraftLanguage,
  DraftSummary,
  DraftVersion,
  DraftVersionSummary,
  NewDraft,
  SaveDraftInput,
  ScaffoldOptions,
  type ScaffoldResult,
  StaleCitation,
} from './domain/draft';
import { IndicatorEntry, IndicatorNameInput, LexiconPage, LexiconQuery } from './domain/lexicon';

const Id = z.number().int().positive();
const Empty = z.object({}).strict();

export const JobState = z.object({
  progress: JobProgress,
  report: ImportReport.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type JobState = z.infer<typeof JobState>;

/** A job's progress as pushed to listeners; the last one (done, failed, cancelled) carries the outcome, so nobody has to ask for it. */
export const JobUpdate = JobProgress.extend({ report: JobState.shape.report.optional(), error: JobState.shape.error.optional() });
export type JobUpdate = z.infer<typeof JobUpdate>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(['ipc', 'http']),
  dbPath: z.string(),
  stories: z.number().int(),
  /** The system language as the host sees it, for the default UI language. */
  systemLocale: z.string(),
  /** The computer's user name: who is recorded when Settings names nobody. */
  systemUser: z.string().default(''),
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

/** A target with what the board's timeline shows: its audit trail and evidence. */
export const TargetDetail = z.object({
  target: Target,
  events: z.array(TargetEvent),
  evidence: z.array(Evidence),
  /** How each piece of evidence was linked: by whom (the editor, or the check) and when. */
  links: z.array(EvidenceLink).optional(),
});
export type TargetDetail = z.infer<typeof TargetDetail>;

export const ExportFormat = z.enum(['docx', 'markdown', 'html', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** An exported file as bytes: the renderer saves it (a download, or the desktop save dialog). */
export const BackupFile = z.object({ name: z.string(), path: z.string(), at: z.string(), bytes: z.number().int() });
export const BackupMade = z.object({ path: z.string(), bytes: z.number().int(), stories: z.number().int() });
export const ExportedFile = z.object({ fileName: z.string(), mime: z.string(), dataBase64: z.string(), bytes: z.number().int() });
export type ExportedFile = z.infer<typeof ExportedFile>;

export const contract = {
  'app:info': { input: Empty, output: AppInfo },

  'archive:list': { input: ListQuery, output: ListResult },
  'archive:get': { input: z.object({ id: Id }), output: Story },
  'archive:search': { input: SearchQuery, output: SearchResult },
  'archive:update': { input: z.object({ id: Id, patch: StoryPatch }), output: Story },
  'archive:delete': { input: z.object({ ids: z.array(Id).min(1).max(10_000) }), output: z.object({ deleted: z.number().int() }) },
  /** Starts an import job; follow it with the jobs:progress event (jobs:get to resync after a reconnect). */
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

  /** Rebuilds the search index and/or re-reads every story's figures, as a job. */
  'archive:reindex': {
    input: z.object({ search: z.boolean().default(true), figures: z.boolean().default(true) }),
    output: z.object({ jobId: z.string() }),
  },

  /** Recent imports, newest first; interrupted ones can be resumed. */
  'imports:list': { input: z.object({ limit: z.number().int().min(1).max(200).default(20) }), output: z.array(ImportBatch) },
  /** Runs an interrupted import's files again as a job; stories it had stored are recognised and skipped. */
  'imports:resume': { input: z.object({ batchId: Id }), output: z.object({ jobId: z.string() }) },
  /** A backup of the archive now, into the backup folder (SQLite's online backup: safe while the app runs). */
  'backup:now': { input: Empty, output: BackupMade },
  /** The rolling backups in the backup folder, newest first. */
  'backup:list': { input: Empty, output: z.object({ folder: z.string(), backups: z.array(BackupFile) }) },
  /** Replaces the archive with a backup (one from the list, or an uploaded file) after checking it; the current archive is kept aside. */
  'backup:restore': {
    input: z.object({
      from: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('backup'), name: z.string().regex(/^archive-[\dT-]+Z\.db$/, 'not a backup file name') }),
        z.object({ kind: z.literal('data'), name: z.string().min(1).max(255), dataBase64: z.string().max(2_800_000_000) }),
      ]),
    }),
    output: z.object({ aside: z.string(), stories: z.number().int() }),
  },
  /** Everything in the archive as one zip: stories, figures, register, annotations, drafts, manifest. */
  'archive:exportAll': { input: Empty, output: ExportedFile },
  /** Puts an "export everything" zip back into an empty archive. */
  'archive:importAll': {
    input: z.object({ name: z.string().min(1).max(255), dataBase64: z.string().max(2_800_000_000) }),
    output: z.object({ counts: z.record(z.string(), z.number()) }),
  },
  'jobs:get': { input: z.object({ jobId: z.string() }), output: JobState },
  'jobs:cancel': { input: z.object({ jobId: z.string() }), output: z.object({ cancelled: z.boolean() }) },

  'figures:list': { input: z.object({ storyId: Id }), output: z.array(Figure) },
  'figures:update': { input: z.object({ id: Id, patch: FigurePatch }), output: Figure },
  'figures:queue': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }),
    // before/after: the text around the figure in its paragraph (shared/figure-context.ts).
    output: z.array(Figure.extend({ headline: z.string(), before: z.string(), after: z.string() })),
  },
  'figures:reextract': { input: z.object({ storyId: Id }), output: z.array(Figure) },
  /** The figures of pages read without storing them (the command line's `figures page.txt`). */
  'figures:read': {
    input: z.object({ sources: z.array(ImportSource).min(1).max(50), options: ImportOptions.default({}) }),
    output: z.array(ReadFigure),
  },

  'targets:list': { input: TargetQuery, output: z.array(Target) },
  'targets:get': { input: z.object({ id: Id }), output: TargetDetail },
  'targets:fromFigure': { input: z.object({ figureId: Id }), output: Target },
  'targets:create': { input: NewTarget, output: Target },
  'targets:update': { input: z.object({ id: Id, patch: TargetPatch }), output: Target },
  'targets:override': {
    input: z.object({ id: Id, override: z.object({ status: TargetStatus, reason: z.string().trim().min(1, 'say why').max(2000) }).nullable() }),
    output: Target,
  },
  'targets:history': { input: z.object({ id: Id }), output: z.array(TargetEvent) },
  'targets:dueSoon': { input: z.object({ days: z.number().int().min(1).max(3650).default(30) }), output: z.array(Target) },
  'targets:overdue': { input: Empty, output: z.array(Target) },
  'targets:series': { input: z.object({ metricKey: z.string().min(1), entity: z.string().nullable().default(null) }), output: MetricSeries },
  'targets:export': {
    // csv/json: the whole register, for round trips; summary-*: one row per target for the desk, in `language`
    input: z.object({ format: z.enum(['csv', 'json', 'summary-csv', 'summary-xlsx']), language: z.enum(['zh', 'en']).optional() }),
    output: ExportedFile,
  },
  'targets:import': {
    input: z.object({ text: z.string().min(1).max(50_000_000), format: z.enum(['csv', 'json']), mode: ImportMode.default('merge') }),
    output: RegisterImportResult,
  },
  'targets:delete': { input: z.object({ id: Id }), output: z.object({ deleted: z.boolean() }) },

  'check:story': { input: z.object({ storyId: Id, options: CheckOptions.prefault({}) }), output: StoryCheck },
  'check:confirm': { input: ConfirmMatchInput, output: ConfirmMatchResult },
  'check:export': { input: z.object({ storyId: Id, language: DraftLanguage.default('zh-CN') }), output: ExportedFile },

  'annotations:list': { input: z.object({ storyId: Id }), output: z.array(Annotation) },
  'annotations:create': { input: NewAnnotation, output: Annotation },
  'annotations:update': { input: z.object({ id: Id, patch: AnnotationPatch }), output: Annotation },
  'annotations:delete': { input: z.object({ id: Id }), output: z.object({ deleted: z.boolean() }) },
  'annotations:reanchor': { input: z.object({ storyId: Id }), output: ReanchorReport },
  'annotations:export': { input: z.object({ storyIds: z.array(Id).optional() }), output: ExportedFile },
  'annotations:import': {
    input: z.object({ json: W3CAnnotationCollection.or(z.unknown()), options: AnnotationImportOptions.prefault({}) }),
    output: AnnotationImportReport,
  },
  /** Replies under an annotation; both answer with the annotation and its whole thread. */
  'annotations:reply': { input: NewAnnotationReply, output: Annotation },
  'annotations:deleteReply': { input: z.object({ id: Id }), output: Annotation.nullable() },

  'drafts:list': { input: ListQuery, output: z.object({ total: z.number().int(), items: z.array(DraftSummary) }) },
  'drafts:get': { input: z.object({ id: Id }), output: Draft },
  'drafts:create': { input: NewDraft, output: Draft },
  'drafts:save': { input: SaveDraftInput, output: Draft },
  'drafts:delete': { input: z.object({ id: Id }), output: z.object({ deleted: z.boolean() }) },
  'drafts:versions': { input: z.object({ id: Id }), output: z.array(DraftVersionSummary) },
  'drafts:version': { input: z.object({ versionId: Id }), output: DraftVersion },
  'drafts:restore': { input: z.object({ id: Id, versionId: Id }), output: Draft },
  /** A follow-up from tracked targets, created as a new draft. */
  'drafts:scaffold': {
    input: z.object({ targetIds: z.array(Id).min(1).max(200), language: DraftLanguage, options: ScaffoldOptions.default({}) }),
    output: Draft,
  },
  'drafts:staleCitations': { input: z.object({ id: Id }), output: z.array(StaleCitation) },

  'export:draft': { input: z.object({ id: Id, format: ExportFormat }), output: ExportedFile },
  'export:story': {
    /** `language`: of the labels (annotation type names in comments); the UI's language, else the saved or system one. */
    input: z.object({ storyId: Id, format: ExportFormat, annotated: z.boolean().default(true), language: Locale.optional() }),
    output: ExportedFile,
  },

  'settings:get': { input: Empty, output: Settings },
  'settings:set': { input: Settings.partial(), output: Settings },

  /** The indicator lexicon with the names editors taught it, for Settings. */
  'lexicon:list': { input: LexiconQuery, output: LexiconPage },
  /** Teaches an indicator a name; a name another indicator already has is refused (conflict). */
  'lexicon:addName': { input: IndicatorNameInput, output: IndicatorEntry },
  'lexicon:removeName': { input: IndicatorNameInput, output: IndicatorEntry },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

export const MenuCommand = z.enum(['import', 'search', 'go-archive', 'go-targets', 'go-check', 'go-drafts', 'go-settings', 'shortcuts', 'go-queue']);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Events pushed from the core (or the desktop menu) to the renderer. */
export const events = {
  'menu:command': z.object({ command: MenuCommand }),
  'jobs:progress': JobUpdate,
  'archive:changed': z.object({ reason: z.string() }),
  /** Files that appeared in the watched folder went to an import job. */
  'archive:watched': z.object({ files: z.array(z.string()), jobId: z.string() }),
} as const;
export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.infer<(typeof events)[E]>;

export type { StorySummary, ScaffoldResult };
