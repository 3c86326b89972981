/**
 * The sandboxed preload: exposes the contract's calls and events only. The renderer
 * never sees ipcRenderer, and a channel outside the contract is refused here too.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channels, events } from '../../shared/contract';

const IPC_PREFIX = 'figure-desk:';
const known = new Set<string>(channels);
const knownEvents = new Set<string>(Object.keys(events));

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
});
