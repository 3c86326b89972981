import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** Menu commands the renderer acts on (it owns the UI state); sent as `menu:<command>`. */
export type { MenuCommand } from '../../shared/contract';
import type { MenuCommand } from '../../shared/contract';
import { SIDEBAR_PAGES, shortcutDigit, type SidebarPage } from '../../shared/navigation';

/** The Go menu lists the sidebar's pages in its order, each with the sidebar's Mod+digit. */
const GO_MENU_LABELS: Record<SidebarPage, string> = {
  archive: 'Archive',
  queue: 'Figure Queue',
  targets: 'Targets',
  check: 'Check',
  drafts: 'Drafts',
  settings: 'Settings',
};

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
        ...SIDEBAR_PAGES.map(
          (page): MenuItemConstructorOptions => ({
            label: GO_MENU_LABELS[page],
            accelerator: `CmdOrCtrl+${shortcutDigit(page)}`,
            click: () => send(`go-${page}`),
          }),
        ),
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
