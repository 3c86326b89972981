import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channels } from '../../shared/contract';
import { fail } from '../../shared/result';
import { PICK_FILES_CHANNEL } from '../../shared/picked-files';
import { invoke, type Handlers } from '../core/invoke';
import type { PickedFiles } from './picked-files';

export const IPC_PREFIX = 'figure-desk:';

/**
 * Registers every contract channel. A call is answered only when it comes from our
 * own window's main frame; its input is validated against the contract in invoke(), and
 * a file it names must be one the editor picked in the window (PickedFiles).
 */
export function registerIpc(handlers: Handlers, isOurWindow: (event: IpcMainInvokeEvent) => boolean, picked: PickedFiles): void {
  for (const channel of channels) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, async (event, input: unknown) => {
      if (!isOurWindow(event)) return fail('forbidden', 'This request did not come from the Figure Desk window.');
      const refused = picked.refusal(channel, input);
      if (refused) return { ok: false, error: refused };
      return invoke(handlers, channel, input);
    });
  }
  ipcMain.handle(PICK_FILES_CHANNEL, async (event, paths: unknown) => (isOurWindow(event) ? picked.pick(paths) : []));
}

export function senderIsWindow(window: () => BrowserWindow | null) {
  return (event: IpcMainInvokeEvent): boolean => {
    const win = window();
    return !!win && event.sender.id === win.webContents.id && event.senderFrame === win.webContents.mainFrame;
  };
}
