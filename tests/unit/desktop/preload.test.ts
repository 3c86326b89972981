import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PICK_FILES_CHANNEL, type PickedFile } from '../../../shared/picked-files';

/** The sandboxed preload, run against a stand-in for Electron's renderer-side modules. */
const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  return {
    exposed,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    // Only files read from disk have a path; a File built in the page has none.
    webUtils: {
      getPathForFile: (file: { diskPath?: string }) => {
        if (typeof file !== 'object' || file === null) throw new TypeError('not a File');
        return file.diskPath ?? '';
      },
    },
  };
});
vi.mock('electron', () => electron);

interface Preload {
  call(channel: string, input: unknown): Promise<unknown>;
  pickFiles(files: unknown): Promise<PickedFile[]>;
}
let bridge: Preload;
beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = electron.exposed.figureDesk as Preload;
});

describe('the preload', () => {
  it('sends main the paths of chosen files, keeping their order, and asks for uploads of files not on disk', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce([
      { kind: 'path', path: '/home/ed/a.txt' },
      { kind: 'refused', error: { code: 'invalid_input', message: '“b.pdf” is 80.0 MB…', reason: 'too_large' } },
    ]);
    const picked = await bridge.pickFiles([{ diskPath: '/home/ed/a.txt' }, { name: 'built.txt' }, { diskPath: '/home/ed/b.pdf' }, 'not a file']);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(PICK_FILES_CHANNEL, ['/home/ed/a.txt', '/home/ed/b.pdf']);
    expect(picked).toEqual([
      { kind: 'path', path: '/home/ed/a.txt' },
      { kind: 'upload' },
      { kind: 'refused', error: { code: 'invalid_input', message: '“b.pdf” is 80.0 MB…', reason: 'too_large' } },
      { kind: 'upload' },
    ]);
  });

  it('does not ask main at all when no file is on disk', async () => {
    electron.ipcRenderer.invoke.mockClear();
    expect(await bridge.pickFiles([{ name: 'pasted.txt' }])).toEqual([{ kind: 'upload' }]);
    expect(await bridge.pickFiles('nope')).toEqual([]);
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('refuses channels outside the contract', async () => {
    expect(await bridge.call('files:pick', ['/etc/passwd'])).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalledWith(PICK_FILES_CHANNEL, expect.anything());
  });
});
