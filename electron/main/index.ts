/** App lifecycle only: open the core, the window, the menu and the IPC transport. */
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { join } from 'node:path';
import { createCore, type Core } from '../core/core';
import { EventHub } from '../core/events';
import { buildMenu } from './menu';
import { registerIpc, senderIsWindow, IPC_PREFIX } from './ipc';
import { PickedFiles } from './picked-files';
import { createMainWindow, hardenSession } from './window';
import { electronSqliteBinding } from './native';
import { electronPdfRenderer } from './pdf';
import { AppFailure } from '../../shared/result';
import { archiveProblemMessage, isArchiveProblem } from '../../shared/archive-problems';

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
const events = new EventHub();

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

events.subscribe((event, payload) => mainWindow?.webContents.send(`${IPC_PREFIX}event`, { event, payload }));

function resourcePath(...parts: string[]): string {
  return app.isPackaged ? join(process.resourcesPath, ...parts) : join(app.getAppPath(), 'resources', ...parts);
}

async function start(): Promise<void> {
  hardenSession();
  const dbPath = process.env.FIGURE_DESK_DB ?? join(app.getPath('userData'), 'archive.db');
  const nativeBinding = electronSqliteBinding();
  try {
    core = await createCore({
      dbPath,
      ...(nativeBinding ? { nativeBinding } : {}),
      workerFile: join(import.meta.dirname, 'worker.js'),
      transport: 'ipc',
      version: app.getVersion(),
      systemLocale: app.getLocale(),
      samplePath: resourcePath('cq-daily-2023-02-24.txt'),
      emit: events.emit,
      pdfRenderer: electronPdfRenderer,
    });
  } catch (error) {
    // Both languages: the window (and the editor's language setting) is not there yet.
    const code = error instanceof AppFailure ? error.code : null;
    const message =
      code && isArchiveProblem(code)
        ? (['en', 'zh-CN'] as const).map((locale) => archiveProblemMessage(code, (error as AppFailure).params ?? {}, locale)).join('\n\n')
        : `${dbPath}\n\n${(error as Error).message}`;
    dialog.showErrorBox('Figure Desk cannot open its archive · 无法打开档案', message);
    app.exit(1);
    return;
  }
  registerIpc(core.handlers, senderIsWindow(() => mainWindow), new PickedFiles());
  mainWindow = createMainWindow(process.env.ELECTRON_RENDERER_URL, join(import.meta.dirname, '../renderer/index.html'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  Menu.setApplicationMenu(buildMenu(() => mainWindow, (command) => events.emit('menu:command', { command })));
}

app.whenReady().then(start);

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0 && core) {
    mainWindow = createMainWindow(process.env.ELECTRON_RENDERER_URL, join(import.meta.dirname, '../renderer/index.html'));
  }
});

app.on('will-quit', () => {
  void core?.close();
});
