import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PICK_FILES_CHANNEL } from '../../../shared/picked-files';
import type { Handlers } from '../../../electron/core/invoke';
import { PickedFiles } from '../../../electron/main/picked-files';
import { tempDir } from '../helpers';

/** ipcMain as the registration sees it: each channel's handler, callable as a window would call it. */
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  return { handlers, ipcMain: { handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => handlers.set(channel, handler) } };
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain }));

const { registerIpc } = await import('../../../electron/main/ipc');

describe('IPC with picked files', () => {
  let tmp: ReturnType<typeof tempDir>;
  const started: unknown[] = [];
  const handlers = { 'archive:import': (input: unknown) => (started.push(input), { jobId: 'job-1' }) } as unknown as Handlers;
  const ours = { fromOurWindow: true };
  const call = (channel: string, input: unknown, event: unknown = ours) => electron.handlers.get(channel)!(event, input);

  beforeEach(() => {
    tmp = tempDir();
    electron.handlers.clear();
    started.length = 0;
    registerIpc(handlers, (event) => (event as unknown) === ours, new PickedFiles());
  });
  afterEach(() => tmp.cleanup());

  it('imports a file by path only after the window picked it, and never for another window', async () => {
    const page = join(tmp.dir, 'page.txt');
    writeFileSync(page, '本报讯');
    const input = { sources: [{ kind: 'path', path: page }] };
    expect(await call('figure-desk:archive:import', input)).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'not_picked' } });
    expect(started).toEqual([]);

    expect(await call(PICK_FILES_CHANNEL, [page], { fromOurWindow: false })).toEqual([]);
    expect(await call('figure-desk:archive:import', input)).toMatchObject({ ok: false, error: { reason: 'not_picked' } });

    expect(await call(PICK_FILES_CHANNEL, [page])).toEqual([{ kind: 'path', path: page }]);
    expect(await call('figure-desk:archive:import', input)).toEqual({ ok: true, data: { jobId: 'job-1' } });
    expect(started).toEqual([{ ...input, options: {} }]);
  });
});
