/**
 * The storage interfaces: what a domain written against them may ask of any storage engine.
 * Every method returns a promise, so a server database (PostgreSQL, for the team archive)
 * can implement them without changing a caller; the SQLite implementation resolves at once
 * (db/sqlite-stores.ts). Domains move onto them one at a time: drafts, annotations,
 * import batches, settings and stories so far.
 */
import type { Annotation, AnnotationReply } from '../../../../shared/domain/annotation';
import type { DraftDoc, DraftLanguage, VersionReason } from '../../../../shared/domain/draft';
import type { ImportBatch } from '../../../../shared/domain/imports';
import type { Story, StorySummary } from '../../../../shared/domain/story';
import type { StoredAnnotation, StoryIdentity } from '../rows/annotations';
import type { DraftRow, DraftVersionRow } from '../rows/drafts';
import type { BatchRequest } from '../rows/import-batches';
import type { ListFilters, NewStory, StoryUpdate } from './stories';

export type { BatchRequest, DraftRow, DraftVersionRow, ListFilters, NewStory, StoredAnnotation, StoryIdentity, StoryUpdate };

/** Drafts and their version history. */
export interface DraftStore {
  /** Returns the new draft's id; its revision starts at 1, saved by the editor now writing. */
  insert(draft: { title: string; language: DraftLanguage; doc: DraftDoc }, now: string): Promise<number>;
  get(id: number): Promise<DraftRow | null>;
  /** Most recently updated first. */
  list(offset: number, limit: number): Promise<DraftRow[]>;
  count(): Promise<number>;
  /** Every draft's id, oldest first. */
  allIds(): Promise<number[]>;
  /** Writes title and doc, signed by the editor now writing, and returns the new revision. */
  update(id: number, fields: { title: string; doc: DraftDoc }, now: string): Promise<number>;
  delete(id: number): Promise<boolean>;
  /** Keeps a version signed by the editor now writing (Settings' name, else the system's); returns its id. */
  addVersion(version: { draftId: number; title: string; doc: DraftDoc; reason: VersionReason }, now: string): Promise<number>;
  /** Newest first. */
  versions(draftId: number, limit: number): Promise<DraftVersionRow[]>;
  version(id: number): Promise<DraftVersionRow | null>;
  latestVersion(draftId: number): Promise<DraftVersionRow | null>;
}

/** Where an annotation now sits in its story's body; moving it is not an edit of the annotation. */
export interface AnnotationAnchor {
  id: number;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  orphaned: boolean;
}

/**
 * Annotations, their reply threads, and the little they read of the stories, figures and
 * targets they point at (so the domain needs no other store). Lists come with replies.
 */
export interface AnnotationStore {
  /** Made by the editor now, unless it brings its author (an imported annotation keeps its creator); returns its id. */
  insert(annotation: StoredAnnotation): Promise<number>;
  get(id: number): Promise<Annotation | null>;
  byUuid(uuid: string): Promise<Annotation | null>;
  /** A story's annotations: anchored ones in reading order, orphaned ones last. */
  byStory(storyId: number): Promise<Annotation[]>;
  /** Several stories' annotations at once, story by story in the order given. */
  byStories(storyIds: number[]): Promise<Annotation[]>;
  /** Every annotation, story by story in reading order. */
  all(): Promise<Annotation[]>;
  /** Writes the editor's change: counts a revision and signs it by the editor now writing. */
  update(annotation: Annotation): Promise<void>;
  /** Moves annotations to where their text now is (one call for a story's worth). */
  setAnchors(anchors: AnnotationAnchor[]): Promise<void>;
  delete(id: number): Promise<boolean>;
  /** Written by the editor now, unless it brings its author (an imported reply keeps its creator); returns its id. */
  insertReply(reply: { uuid: string; annotationId: number; text: string; createdAt: string; author?: string }): Promise<number>;
  reply(id: number): Promise<AnnotationReply | null>;
  replyByUuid(uuid: string): Promise<AnnotationReply | null>;
  deleteReply(id: number): Promise<boolean>;
  /** The body a story's annotations anchor in, or null when there is no such story. */
  storyBody(storyId: number): Promise<string | null>;
  /** What identifies each story in another archive; stories that are gone are left out. */
  storyIdentities(storyIds: number[]): Promise<StoryIdentity[]>;
  storyExists(storyId: number): Promise<boolean>;
  storyByHash(contentHash: string): Promise<number | null>;
  storiesBySourcePath(sourcePath: string, headline: string): Promise<number[]>;
  storiesByHeadlineDate(headline: string, date: string | null): Promise<number[]>;
  /** The story the figure belongs to, or null when there is no such figure. */
  figureStory(figureId: number): Promise<number | null>;
  /** The figures' quotes and offsets; figures that are gone are left out. */
  figureQuotes(figureIds: number[]): Promise<Array<{ id: number; storyId: number; quote: string; start: number }>>;
  /** A story's figures printed as `quote`, with where each starts. */
  figuresByQuote(storyId: number, quote: string): Promise<Array<{ id: number; start: number }>>;
  targetExists(targetId: number): Promise<boolean>;
}

/** How an import batch ended. */
export interface BatchOutcome {
  finishedAt: string;
  status: 'done' | 'failed' | 'cancelled';
  stories: number;
  skipped: number;
  failed: number;
  /** The skipped and failed files and the assumptions made, as JSON. */
  reportJson: string;
}

/** The import batches the archive remembers: one per import job or review-step save. */
export interface ImportBatchStore {
  /** Opens a batch as running and returns its id; `request` is kept so an interrupted batch can run again, `runner` names the process. */
  start(startedAt: string, files: number, request?: BatchRequest | null, runner?: string | null): Promise<number>;
  finish(id: number, outcome: BatchOutcome): Promise<void>;
  /** Batches still marked running, with the process that runs them. */
  running(): Promise<Array<{ id: number; runner: string | null }>>;
  /** Marks batches whose process is gone as interrupted, each counting the stories it had committed; returns those that were still running. */
  interrupt(ids: number[], now: string): Promise<number[]>;
  get(id: number): Promise<(ImportBatch & { request: BatchRequest }) | null>;
  /** Newest first. */
  recent(limit: number): Promise<ImportBatch[]>;
  /** Records that batch `by` runs the interrupted batch `id` again. */
  setResumedBy(id: number, by: number): Promise<void>;
}

/** The editor's settings, key by key, each value stored as JSON. */
export interface SettingsStore {
  /** Every stored setting by key; a value this version cannot read is left out rather than blocking the app. */
  all(): Promise<Record<string, unknown>>;
  /** Stores one setting; the editor's name also signs what is written from then on. */
  set(key: string, value: unknown): Promise<void>;
}

/**
 * The archive's stories. Their search entries, figures and publications are not on the
 * interfaces yet: code that writes a story with those runs in one `Stores.transaction` (or,
 * for an import's page, still in the synchronous repositories; see archive/store.ts).
 */
export interface StoryStore {
  /** Stores the story unless one with the same content hash is stored: then returns that one's id, as a duplicate. */
  insert(story: NewStory, now: string): Promise<{ id: number; duplicate: boolean }>;
  /** The story whose headline and body hash to `contentHash`, or null. */
  findIdByHash(contentHash: string): Promise<number | null>;
  get(id: number): Promise<Story | null>;
  /** What a list row shows of the story (no body), or null when there is no such story. */
  summary(id: number): Promise<StorySummary | null>;
  /** Newest first (undated last), narrowed by `filters` when given. */
  list(offset: number, limit: number, filters?: ListFilters): Promise<StorySummary[]>;
  count(filters?: ListFilters): Promise<number>;
  /** Writes an editor's fix; the caller has checked that the new content hash is not another story's. */
  update(id: number, fields: StoryUpdate, now: string): Promise<void>;
  /** Whether there was such a story; its figures and annotations go with it, its search entry is the caller's to remove. */
  delete(id: number): Promise<boolean>;
  /** Every story's id, oldest first. */
  allIds(): Promise<number[]>;
}

/**
 * The stores a converted domain receives. `transaction(fn)` runs `fn` with the stores bound
 * to one write transaction: all its writes land, or (when it throws) none. Use the `tx` it
 * hands over inside `fn`: an engine with a pool of connections binds the transaction to it.
 */
export interface Stores {
  drafts: DraftStore;
  annotations: AnnotationStore;
  importBatches: ImportBatchStore;
  settings: SettingsStore;
  stories: StoryStore;
  transaction<T>(fn: (tx: Stores) => Promise<T>): Promise<T>;
  /**
   * Runs `fn`'s reads against one consistent view of the archive, without taking the write
   * lock (a read transaction): what others write meanwhile does not show. Only reads belong in it.
   */
  snapshot<T>(fn: (tx: Stores) => Promise<T>): Promise<T>;
}

/**
 * Some of the stores with `transaction` over just those: what a domain asks for, so an
 * engine that implements only these (PostgreSQL, as domains move) can serve it.
 */
export type StoresOf<K extends Exclude<keyof Stores, 'transaction'>> = Pick<Stores, K> & {
  transaction<T>(fn: (tx: StoresOf<K>) => Promise<T>): Promise<T>;
};
