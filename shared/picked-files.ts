/**
 * Files the editor chose or dropped in the desktop app. The preload finds each File's path
 * on disk (Electron's webUtils.getPathForFile) and main checks it, so the import reads the
 * file itself instead of its bytes travelling through the page. A path main did not check
 * here is refused by the import: the page is untrusted and may not name files on its own.
 */
import type { AppError } from './result';

/** The IPC channel (outside the contract: only the preload calls it, with paths from File objects). */
export const PICK_FILES_CHANNEL = 'figure-desk:files:pick';

export type PickedFile =
  /** A regular file main checked: the import may name it as a `path` source. */
  | { kind: 'path'; path: string }
  /** Not a file on disk (built in the page): its bytes are sent instead. */
  | { kind: 'upload' }
  /** Which file, what is wrong, what to do, as a reason of shared/file-errors.ts. */
  | { kind: 'refused'; error: AppError };
