import type { ExportedFile } from '../../../../shared/contract';

/** The bytes of an exported file, from its base64. */
export function exportedBytes(file: ExportedFile): Uint8Array<ArrayBuffer> {
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Saves a file the core rendered: a Blob behind a temporary <a download>, which the
 * desktop app turns into its save dialog and a browser into a download.
 */
export function saveExportedFile(file: ExportedFile): void {
  const blob = new Blob([exportedBytes(file)], { type: file.mime || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Give the browser a moment to start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
