import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channels } from '../../shared/contract';
import { fail } from '../../shared/result';
import { invoke, type Handlers } from '../core/invoke';

export const IPC_PREFIX = 'figure-desk:';

/**
 * Registers every contract channel. A call is answered only when it comes from our
 * own window's main frame; its input is validated against the contract in invoke().
 */
export function registerIpc(handlers: Handlers, isOurWindow: (event: IpcMainInvokeEvent) => boolean): void {
  for (const channel of channels) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, async (event, input: unknown) => {
      if (!isOurWindow(event)) return fail('forbidden', 'This request did not come from the Figure Desk window.');
      return invoke(handlers, channel, input);
    });
  }
}

export function senderIsWindow(window: () => BrowserWindow | null) {
  return (event: IpcMainInvokeEvent): boolean => {
    const win = window();
    return !!win && event.sender.id === win.webContents.id && event.senderFrame === win.webContents.mainFrame;
  };
}
