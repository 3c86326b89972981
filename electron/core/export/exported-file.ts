/** Files the core hands back to be saved (a download, or the desktop save dialog), as the contract carries them. */
import type { ExportedFile } from '../../../shared/contract';

export const CSV_MIME = 'text/csv; charset=utf-8';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Today's date as exported file names carry it. */
export const fileDate = (now = new Date()): string => now.toISOString().slice(0, 10);

/** File names keep the headline readable but safe on every OS. */
export function safeFileName(stem: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = stem.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'figure-desk';
  return `${cleaned}.${extension}`;
}

export function exportedFile(fileName: string, mime: string, bytes: Uint8Array): ExportedFile {
  return { fileName, mime, dataBase64: Buffer.from(bytes).toString('base64'), bytes: bytes.byteLength };
}
