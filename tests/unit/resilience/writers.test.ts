import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../../electron/core/core';
import { invoke } from '../../../electron/core/invoke';
import { tempDir } from '../helpers';
import { writeEditions } from './pages';

const SEED = join(import.meta.dirname, '../../fixtures/cq-daily-2023-02-24.txt');

describe('writers wait for each other', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let dbPath: string;
  let onProgress: (phase: string) => void = () => undefined;
  beforeEach(async () => {
    tmp = tempDir();
    dbPath = join(tmp.dir, 'archive.db');
    const emit: CoreOptions['emit'] = (event, payload) => {
      if (event === 'jobs:progress') onProgress((payload as { phase: string }).phase);
    };
    core = await createCore({ dbPath, transport: 'ipc', version: 't', systemLocale: 'en', samplePath: SEED, emit });
  });
  afterEach(async () => {
    await core.close();
    tmp.cleanup();
  });

  it('lets 200 edits through while an import job writes in its worker', async () => {
    const files = writeEditions(tmp.dir, 150);
    const storyId = (core.repos.stories.list(0, 1)[0] as { id: number }).id;
    const storing = new Promise<void>((resolve) => (onProgress = (phase) => phase === 'storing' && resolve()));
    const started = await invoke(core.handlers, 'archive:import', { sources: files.map((path) => ({ kind: 'path', path })), options: {} });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.data as { jobId: string };
    await storing;
    const failures: string[] = [];
    let duringImport = 0;
    for (let i = 0; i < 200; i++) {
      const result =
        i % 2 === 0
          ? await invoke(core.handlers, 'archive:update', { id: storyId, patch: { subhead: `edit ${i}` } })
          : await invoke(core.handlers, 'settings:set', { approxTolerance: (i % 10) / 100 });
      if (!result.ok) failures.push(result.error.message);
      if (core.jobs.get(jobId)?.progress.phase === 'storing' || core.jobs.get(jobId)?.progress.phase === 'segmenting') duringImport++;
      // Spread the edits over the import, as an editor's clicks would be.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(failures).toEqual([]);
    expect(duringImport).toBeGreaterThan(5);
  });
});
