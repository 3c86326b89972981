/**
 * The real core in memory, for renderer tests: every contract channel's handler over an
 * archive on `:memory:` SQLite, called through the same `invoke` both transports use, and
 * its answer checked against the contract as the renderer's api does. Jobs run in process.
 * Seed it the way an editor would: import a page of real reporting from tests/fixtures.
 * It mocks the renderer's api (../mock-api): a test file imports it first.
 */
import { mockApi } from '../mock-api';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { contract, type Channel, type EventName, type EventOf, type InputOf, type OutputOf } from '../../../shared/contract';
import type { ImportOptions, ImportReport } from '../../../shared/domain/archive';
import { openDatabase } from '../../../electron/core/db/connection';
import { createRepositories, type Repositories } from '../../../electron/core/db/repositories';
import { createHandlers } from '../../../electron/core/handlers';
import { invoke, type Handlers } from '../../../electron/core/invoke';
import { openIndicatorKeys } from '../../../electron/core/targets/rekey';
import type { PdfRenderer } from '../../../electron/core/export/pdf';
import { ApiError } from '../../../renderer/src/api';
import { InProcessJobRunner } from './in-process-jobs';

// From the project root: under jsdom, import.meta does not name a file.
export const FIXTURES = join(process.cwd(), 'tests/fixtures');
/** A fixture file's path on disk, as the desktop app's preload would resolve a chosen file. */
export const fixturePath = (path: string) => join(FIXTURES, path);

export interface RealCore {
  repos: Repositories;
  handlers: Handlers;
  /** What `api.call` answers: the handler's output, or an ApiError with the core's code. Spy-able. */
  call: ReturnType<typeof vi.fn<(channel: Channel, input: unknown) => Promise<unknown>>>;
  /** A `subscribe` that hears the core's events (jobs:progress, archive:changed). */
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void;
  /** Sends an event as the core would, for a moment a test cannot reach through a job (a job midway). */
  emit: <E extends EventName>(event: E, payload: EventOf<E>) => void;
  /** What the folder watcher does when files land: starts their import job and says so; the job id. */
  watched(paths: string[]): string;
  /** Jobs started from now on wait, queued, until the returned release is called. */
  holdJobs(): () => void;
  /** Imports text as the editor's paste would, and waits for the job; the report. */
  importText(name: string, text: string, options?: ImportOptions): Promise<ImportReport>;
  /** Imports fixture files (paths under tests/fixtures) as one batch. */
  importFixture(paths: string | string[], options?: ImportOptions): Promise<ImportReport>;
  close(): void;
}

export interface RealCoreOptions {
  systemLocale?: string;
  /** An archive file instead of memory, for what works on files (backups and restore). */
  dbPath?: string;
  /** How PDFs are made; none by default, as in browser mode. */
  pdfRenderer?: PdfRenderer;
}

export async function openRealCore(options: RealCoreOptions = {}): Promise<RealCore> {
  const dbPath = options.dbPath ?? ':memory:';
  const db = openDatabase(dbPath);
  const repos = createRepositories(db);
  await openIndicatorKeys(repos);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const emit = <E extends EventName>(event: E, payload: EventOf<E>) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const jobs = new InProcessJobRunner(
    repos,
    (progress) => emit('jobs:progress', progress),
    (state) => {
      if (state.report && state.report.imported.length > 0) emit('archive:changed', { reason: 'import' });
    },
  );
  const handlers = createHandlers({ repos, jobs, transport: 'ipc', dbPath, version: '0.0.0-test', systemLocale: options.systemLocale ?? 'en-US', emit, ...(options.pdfRenderer ? { pdfRenderer: options.pdfRenderer } : {}) });

  const call = vi.fn(async (channel: Channel, input: unknown) => {
    const result = await invoke(handlers, channel, input);
    if (!result.ok) throw new ApiError(result.error, channel);
    return contract[channel].output.parse(result.data);
  });
  const subscribe = (event: string, listener: (payload: unknown) => void) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(listener);
    return () => void listeners.get(event)?.delete(listener);
  };
  const importText = async (name: string, text: string, importOptions: ImportOptions = {}) => {
    const { jobId } = (await call('archive:import', { sources: [{ kind: 'text', name, text }], options: importOptions })) as OutputOf<'archive:import'>;
    const state = await jobs.wait(jobId);
    if (!state.report) throw new Error(`importing ${name} failed: ${state.error?.message ?? 'no report'}`);
    return state.report;
  };
  return {
    repos,
    handlers,
    call,
    subscribe,
    emit,
    holdJobs: () => jobs.hold(),
    watched(paths) {
      const files = paths.map((path) => join(FIXTURES, path));
      const jobId = jobs.start({ kind: 'import', sources: files.map((path) => ({ kind: 'path', path })), options: {} });
      emit('archive:watched', { files, jobId });
      return jobId;
    },
    importText,
    async importFixture(paths, importOptions = {}) {
      const sources = [paths].flat().map((path) => ({ kind: 'path' as const, path: join(FIXTURES, path) }));
      const { jobId } = (await call('archive:import', { sources, options: importOptions })) as OutputOf<'archive:import'>;
      const state = await jobs.wait(jobId);
      if (!state.report) throw new Error(`importing ${String(paths)} failed: ${state.error?.message ?? 'no report'}`);
      return state.report;
    },
    close: () => db.close(),
  };
}

/** A typed call for a test's own setup (a target to track, a figure to confirm). */
export async function callCore<C extends Channel>(core: RealCore, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  return (await core.call(channel, input)) as OutputOf<C>;
}

/**
 * The preamble of a renderer test on the real core: a fresh archive for each test, seeded by
 * `seed`, answering the renderer's api (calls and events) and closed after the test.
 * Returns a getter for the test's core.
 */
export function withRealCore(seed?: (core: RealCore) => Promise<unknown>, options: RealCoreOptions | (() => RealCoreOptions) = {}): () => RealCore {
  let core: RealCore | undefined;
  beforeEach(async () => {
    core = await openRealCore(typeof options === 'function' ? options() : options);
    mockApi.call.mockImplementation(core.call);
    mockApi.subscribe.mockImplementation(core.subscribe);
    await seed?.(core);
  });
  afterEach(() => core?.close());
  return () => {
    if (!core) throw new Error('withRealCore: the core opens before each test');
    return core;
  };
}
