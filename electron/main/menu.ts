import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** Menu commands the renderer acts on (it owns the UI state); sent as `menu:<command>`. */
export type { MenuCommand } from '../../shared/contract';
import type { MenuCommand } from '../../shared/contract';

export function buildMenu(window: () => BrowserWindow | null, send: (command: MenuCommand) => void): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        { label: 'Search the Archive', accelerator: 'CmdOrCtrl+K', click: () => send('search') },
        { type: 'separator' },
        { label: 'Archive', accelerator: 'CmdOrCtrl+1', click: () => send('go-archive') },
        { label: 'Targets', accelerator: 'CmdOrCtrl+2', click: () => send('go-targets') },
        { label: 'Check', accelerator: 'CmdOrCtrl+3', click: () => send('go-check') },
        { label: 'Drafts', accelerator: 'CmdOrCtrl+4', click: () => send('go-drafts') },
        { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: () => send('go-settings') },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => send('shortcuts') },
        { label: 'Toggle Developer Tools', accelerator: 'CmdOrCtrl+Alt+I', click: () => window()?.webContents.toggleDevTools() },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
