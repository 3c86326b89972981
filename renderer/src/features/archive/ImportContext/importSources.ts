/**
 * The editor's files and pasted text as import sources. In the desktop app a chosen or
 * dropped file goes by its path (the preload resolves it, main checks it) and the worker
 * reads it from disk; in browser mode, or for a file not on disk, its bytes are uploaded.
 */
import type { ImportSource } from '../../../../../shared/domain/archive';
import { ApiError, pickFiles } from '../../../api';
import type { I18n } from '../../../i18n';
import { notifyError } from '../../common/notify';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/**
 * A paste larger than this goes straight to the import worker, with progress, as a file does:
 * parsing it for review held the page (a 3 MB paste froze it for minutes and drew thousands of
 * story editors).
 */
export const LARGE_PASTE_BYTES = 200 * 1024;

export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : url);
    };
    reader.readAsDataURL(file);
  });
}

async function upload(file: File, i18n: I18n): Promise<ImportSource | null> {
  try {
    return { kind: 'data', name: file.name, dataBase64: await readFileAsBase64(file) };
  } catch (error) {
    notifyError(i18n, new Error(i18n.t('import.readFailed', { name: file.name, message: error instanceof Error ? error.message : String(error) })));
    return null;
  }
}

/**
 * Sources for the chosen files, in order. A file over the limit, or one main refused (with
 * which file, what is wrong, what to do), is said in a notification and left out.
 */
export async function fileSources(files: File[], i18n: I18n): Promise<ImportSource[]> {
  for (const file of files.filter((f) => f.size > MAX_IMPORT_BYTES)) notifyError(i18n, new Error(i18n.t('import.tooLarge', { name: file.name })));
  const readable = files.filter((f) => f.size <= MAX_IMPORT_BYTES);
  if (readable.length === 0) return [];
  const picked = await pickFiles(readable);
  const sources: Array<ImportSource | null> = [];
  for (const [index, file] of readable.entries()) {
    const answer = picked?.[index] ?? { kind: 'upload' as const };
    if (answer.kind === 'path') sources.push({ kind: 'path', path: answer.path });
    else if (answer.kind === 'upload') sources.push(await upload(file, i18n));
    else notifyError(i18n, new ApiError(answer.error, 'files:pick'));
  }
  return sources.filter((source): source is ImportSource => source !== null);
}

/** Pasted text as a source; unnamed text is named in the UI's language (the core's own default is the CLI's English). */
export function pastedSource(text: string, name: string | undefined, i18n: I18n): ImportSource {
  return { kind: 'text', text, name: name?.trim() || i18n.t('import.pastedName') };
}
