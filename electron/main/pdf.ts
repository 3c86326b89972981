import { BrowserWindow } from 'electron';
import type { PdfRenderer } from '../core/export/pdf';

/**
 * PDF export in the desktop app: Chromium's own printToPDF in a hidden, script-less
 * window, so installed users need no separate browser.
 */
export const electronPdfRenderer: PdfRenderer = async (html, { signal } = {}) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  const abort = () => window.destroy();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', margins: { marginType: 'default' } });
    return new Uint8Array(pdf);
  } finally {
    signal?.removeEventListener('abort', abort);
    if (!window.isDestroyed()) window.destroy();
  }
};
