/**
 * The sandboxed preload: exposes the contract's calls and events only. The renderer
 * never sees ipcRenderer, and a channel outside the contract is refused here too.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { channels, events } from '../../shared/contract';
import { PICK_FILES_CHANNEL, type PickedFile } from '../../shared/picked-files';

const IPC_PREFIX = 'figure-desk:';
const known = new Set<string>(channels);
const knownEvents = new Set<string>(Object.keys(events));

/** The file's path on disk; '' for a File built in the page (or anything that is not a File). */
function pathOf(file: unknown): string {
  try {
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}

contextBridge.exposeInMainWorld('figureDesk', {
  transport: 'ipc',
  call(channel: string, input: unknown): Promise<unknown> {
    if (!known.has(channel)) return Promise.resolve({ ok: false, error: { code: 'not_found', message: `Unknown channel "${channel}".` } });
    return ipcRenderer.invoke(`${IPC_PREFIX}${channel}`, input);
  },
  subscribe(event: string, listener: (payload: unknown) => void): () => void {
    if (!knownEvents.has(event)) return () => undefined;
    const handler = (_e: unknown, message: { event: string; payload: unknown }) => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on(`${IPC_PREFIX}event`, handler);
    return () => ipcRenderer.removeListener(`${IPC_PREFIX}event`, handler);
  },
  /**
   * Files the editor chose or dropped, by path: main checks each one and lets the import
   * read it from disk. Only a real File has a path, so the page cannot name other files.
   */
  async pickFiles(files: unknown): Promise<PickedFile[]> {
    const paths = (Array.isArray(files) ? files : []).map(pathOf);
    const onDisk = paths.filter((path) => path !== '');
    const checked: PickedFile[] = onDisk.length > 0 ? await ipcRenderer.invoke(PICK_FILES_CHANNEL, onDisk) : [];
    let next = 0;
    return paths.map((path): PickedFile => (path === '' ? { kind: 'upload' } : (checked[next++] ?? { kind: 'upload' })));
  },
});
