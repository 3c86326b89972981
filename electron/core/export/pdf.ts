import { existsSync } from 'node:fs';
import type { chromium as Chromium } from 'playwright-core';
import { AppFailure } from '../../../shared/result';

/**
 * Turns a standalone HTML document into PDF bytes. The desktop app passes one built on
 * webContents.printToPDF; the CLI and tests use the system Chromium below.
 */
export type PdfRenderer = (html: string, options?: { signal?: AbortSignal }) => Promise<Uint8Array>;

export interface ChromiumPdfOptions {
  executablePath?: string;
  timeoutMs?: number;
}

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function cancelled(): AppFailure {
  return new AppFailure('cancelled', 'The export was cancelled; no file was written.');
}

/** A PdfRenderer over a system Chromium, with JavaScript off and every request refused. */
export function chromiumPdfRenderer(options: ChromiumPdfOptions = {}): PdfRenderer {
  const executablePath = options.executablePath ?? process.env.FIGURE_DESK_CHROMIUM ?? DEFAULT_CHROMIUM;
  const timeout = options.timeoutMs ?? 60_000;
  return async (html, { signal } = {}) => {
    if (!existsSync(executablePath)) {
      throw new AppFailure(
        'unavailable',
        `PDF export needs Chromium, which was not found at ${executablePath}. Install Chromium (Debian/Ubuntu: apt-get install chromium), ` +
          'set FIGURE_DESK_CHROMIUM to its path, or export to DOCX or HTML instead.',
      );
    }
    if (signal?.aborted) throw cancelled();
    let chromium: typeof Chromium;
    try {
      // Loaded on demand: the desktop build renders PDFs itself and does not ship playwright-core.
      ({ chromium } = await import('playwright-core'));
    } catch {
      throw new AppFailure('unavailable', 'PDF export through Chromium needs the playwright-core package, which is not installed.');
    }
    const browser = await chromium.launch({ executablePath, args: ARGS, timeout });
    const onAbort = () => void browser.close().catch(() => undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load', timeout });
      if (signal?.aborted) throw cancelled();
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      if (signal?.aborted) throw cancelled();
      if (error instanceof AppFailure) throw error;
      throw new AppFailure('internal', `Chromium could not render the PDF: ${(error as Error).message}`);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await browser.close().catch(() => undefined);
    }
  };
}
