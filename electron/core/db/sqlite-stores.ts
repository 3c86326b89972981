/**
 * The storage interfaces (repositories/types.ts) over one SQLite connection. SQLite answers
 * at once, so each method resolves at once; what needs care is the transaction. Its body
 * awaits between statements, and on a single connection anything that ran in those gaps
 * would land inside it (and vanish with it on a rollback). So the gate below lets one
 * transaction run at a time (the next waits its turn), makes calls from outside it wait
 * until it has ended, and refuses, as archive_busy, a synchronous transaction of code not
 * yet moved onto the interfaces that would otherwise slip into it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './connection';
import type { AnnotationRepository } from './repositories/annotations';
import type { DraftRepository } from './repositories/drafts';
import type { ImportBatchRepository } from './repositories/import-batches';
import type { SettingsRepository } from './repositories/settings';
import type { StoryRepository } from './repositories/stories';
import type { AnnotationStore, DraftStore, ImportBatchStore, SettingsStore, Stores, StoryStore } from './repositories/types';

/** How a transaction begins: taking the write lock at once, or reading one consistent view. */
type Begin = 'BEGIN IMMEDIATE' | 'BEGIN DEFERRED';

export class ConnectionGate {
  /** Which transaction the running code belongs to, carried across its awaits. */
  private readonly context = new AsyncLocalStorage<symbol>();
  private open: symbol | null = null;
  /** Settles when every transaction begun so far has ended. */
  private queue: Promise<void> = Promise.resolve();
  private savepoints = 0;

  constructor(private readonly db: Db) {}

  /** Whether a transaction is open that the running code is not part of. */
  get busyElsewhere(): boolean {
    return this.open !== null && this.context.getStore() !== this.open;
  }

  /** Runs one call: at once, unless another caller's transaction is open, then after it. */
  async call<T>(fn: () => T): Promise<T> {
    while (this.busyElsewhere) await this.queue;
    return fn();
  }

  async transaction<T>(body: () => Promise<T>, begin: Begin = 'BEGIN IMMEDIATE'): Promise<T> {
    if (this.open !== null && !this.busyElsewhere) return this.savepoint(body);
    let ended!: () => void;
    const mine = new Promise<void>((resolve) => (ended = resolve));
    const previous = this.queue;
    this.queue = previous.then(() => mine);
    await previous;
    const token = Symbol('transaction');
    this.open = token;
    try {
      return await this.context.run(token, async () => {
        this.db.exec(begin);
        try {
          const result = await body();
          this.db.exec('COMMIT');
          return result;
        } catch (error) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw error;
        }
      });
    } finally {
      this.open = null;
      ended();
    }
  }

  /** A transaction inside the open one: a savepoint, undone alone when its body throws. */
  private async savepoint<T>(body: () => Promise<T>): Promise<T> {
    const name = `fd_async_${++this.savepoints}`;
    this.db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await body();
      this.db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      this.db.exec(`ROLLBACK TO ${name}`);
      this.db.exec(`RELEASE ${name}`);
      throw error;
    }
  }
}

function draftStore(drafts: DraftRepository, gate: ConnectionGate): DraftStore {
  return {
    insert: (draft, now) => gate.call(() => drafts.insert(draft, now)),
    get: (id) => gate.call(() => drafts.get(id)),
    list: (offset, limit) => gate.call(() => drafts.list(offset, limit)),
    count: () => gate.call(() => drafts.count()),
    allIds: () => gate.call(() => drafts.allIds()),
    update: (id, fields, now) => gate.call(() => drafts.update(id, fields, now)),
    delete: (id) => gate.call(() => drafts.delete(id)),
    addVersion: (version, now) => gate.call(() => drafts.addVersion(version, now)),
    versions: (draftId, limit) => gate.call(() => drafts.versions(draftId, limit)),
    version: (id) => gate.call(() => drafts.version(id)),
    latestVersion: (draftId) => gate.call(() => drafts.latestVersion(draftId)),
  };
}

function annotationStore(annotations: AnnotationRepository, gate: ConnectionGate): AnnotationStore {
  return {
    insert: (annotation) => gate.call(() => annotations.insert(annotation)),
    get: (id) => gate.call(() => annotations.get(id)),
    byUuid: (uuid) => gate.call(() => annotations.byUuid(uuid)),
    byStory: (storyId) => gate.call(() => annotations.byStory(storyId)),
    byStories: (storyIds) => gate.call(() => annotations.byStories(storyIds)),
    all: () => gate.call(() => annotations.all()),
    update: (annotation) => gate.call(() => annotations.update(annotation)),
    setAnchors: (anchors) => gate.call(() => annotations.setAnchors(anchors)),
    delete: (id) => gate.call(() => annotations.delete(id)),
    insertReply: (reply) => gate.call(() => annotations.insertReply(reply)),
    reply: (id) => gate.call(() => annotations.reply(id)),
    replyByUuid: (uuid) => gate.call(() => annotations.replyByUuid(uuid)),
    deleteReply: (id) => gate.call(() => annotations.deleteReply(id)),
    storyBody: (storyId) => gate.call(() => annotations.storyBody(storyId)),
    storyIdentities: (storyIds) => gate.call(() => annotations.storyIdentities(storyIds)),
    storyExists: (storyId) => gate.call(() => annotations.storyExists(storyId)),
    storyByHash: (contentHash) => gate.call(() => annotations.storyByHash(contentHash)),
    storiesBySourcePath: (sourcePath, headline) => gate.call(() => annotations.storiesBySourcePath(sourcePath, headline)),
    storiesByHeadlineDate: (headline, date) => gate.call(() => annotations.storiesByHeadlineDate(headline, date)),
    figureStory: (figureId) => gate.call(() => annotations.figureStory(figureId)),
    figureQuotes: (figureIds) => gate.call(() => annotations.figureQuotes(figureIds)),
    figuresByQuote: (storyId, quote) => gate.call(() => annotations.figuresByQuote(storyId, quote)),
    targetExists: (targetId) => gate.call(() => annotations.targetExists(targetId)),
  };
}

function importBatchStore(batches: ImportBatchRepository, gate: ConnectionGate): ImportBatchStore {
  return {
    start: (startedAt, files, request, runner) => gate.call(() => batches.start(startedAt, files, request, runner)),
    finish: (id, outcome) => gate.call(() => batches.finish(id, outcome)),
    running: () => gate.call(() => batches.running()),
    interrupt: (ids, now) => gate.call(() => batches.interrupt(ids, now)),
    get: (id) => gate.call(() => batches.get(id)),
    recent: (limit) => gate.call(() => batches.recent(limit)),
    setResumedBy: (id, by) => gate.call(() => batches.setResumedBy(id, by)),
  };
}

function settingsStore(settings: SettingsRepository, gate: ConnectionGate): SettingsStore {
  return {
    all: () => gate.call(() => settings.all()),
    set: (key, value) => gate.call(() => settings.set(key, value)),
  };
}

function storyStore(stories: StoryRepository, gate: ConnectionGate): StoryStore {
  return {
    insert: (story, now) => gate.call(() => stories.insert(story, now)),
    findIdByHash: (contentHash) => gate.call(() => stories.findIdByHash(contentHash)),
    get: (id) => gate.call(() => stories.get(id)),
    summary: (id) => gate.call(() => stories.summary(id)),
    list: (offset, limit, filters) => gate.call(() => stories.list(offset, limit, filters)),
    count: (filters) => gate.call(() => stories.count(filters)),
    update: (id, fields, now) => gate.call(() => stories.update(id, fields, now)),
    delete: (id) => gate.call(() => stories.delete(id)),
    allIds: () => gate.call(() => stories.allIds()),
  };
}

/** The repositories the stores are made over. */
export interface StoreRepositories {
  drafts: DraftRepository;
  annotations: AnnotationRepository;
  importBatches: ImportBatchRepository;
  settings: SettingsRepository;
  stories: StoryRepository;
}

/**
 * The stores over the connection's repositories. One connection serves every caller, so
 * the stores a transaction hands over are these same stores: the gate knows, from the
 * caller's async context, whether a call belongs to the open transaction.
 */
export function sqliteStores(repositories: StoreRepositories, gate: ConnectionGate): Stores {
  const stores: Stores = {
    drafts: draftStore(repositories.drafts, gate),
    annotations: annotationStore(repositories.annotations, gate),
    importBatches: importBatchStore(repositories.importBatches, gate),
    settings: settingsStore(repositories.settings, gate),
    stories: storyStore(repositories.stories, gate),
    transaction: (fn) => gate.transaction(() => fn(stores)),
    snapshot: (fn) => gate.transaction(() => fn(stores), 'BEGIN DEFERRED'),
  };
  return stores;
}
