import { closeSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { AppFailure } from '../../../shared/result';
import { fileErrorText, type FileErrorParams, type FileReason } from '../../../shared/file-errors';
import { specialKind } from '../archive/read-file';

export interface ExportProgress {
  phase: 'render' | 'pdf' | 'write' | 'done';
  done: number;
  total: number;
  message: string;
}

export interface RunOptions {
  onProgress?: (p: ExportProgress) => void;
  signal?: AbortSignal;
}

export interface WriteOptions extends RunOptions {
  /** Replace an existing file; without it an existing file is a conflict. */
  overwrite?: boolean;
  /** The folder exports may go to; anything resolving outside it is refused. */
  allowedDir: string;
}

const CHUNK = 1 << 20;

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppFailure('cancelled', 'The export was cancelled; no file was written.');
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function refusal(code: 'invalid_input' | 'forbidden', reason: FileReason, params: FileErrorParams): AppFailure {
  return new AppFailure(code, fileErrorText(reason, params, 'en'), 'path', params, reason);
}

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** Where the file would really land, after .. and symlinks; refuses anything outside allowedDir. */
export function resolveExportPath(path: string, allowedDir: string): string {
  let allowed: string;
  try {
    allowed = realpathSync(allowedDir);
  } catch {
    throw new AppFailure('not_found', `The export folder ${allowedDir} does not exist.`, 'allowedDir');
  }
  const abs = resolve(allowed, path);
  const name = basename(abs);
  if (name === '' || name === '.' || name === '..') throw new AppFailure('invalid_input', `${path} is not a file name.`, 'path');
  let parent: string;
  try {
    parent = realpathSync(dirname(abs));
  } catch {
    throw new AppFailure('not_found', `The folder ${dirname(abs)} does not exist; create it or choose another.`, 'path');
  }
  if (!isInside(parent, allowed)) {
    throw new AppFailure('forbidden', `${path} is outside the export folder ${allowedDir}; choose a location inside it.`, 'path');
  }
  const target = join(parent, name);
  let isLink = false;
  try {
    isLink = lstatSync(target).isSymbolicLink();
  } catch {
    // Not there yet: fine.
  }
  if (isLink) {
    let real: string | null = null;
    try {
      real = realpathSync(target);
    } catch {
      real = null;
    }
    if (real === null || !isInside(dirname(real), allowed)) {
      throw new AppFailure('forbidden', `${path} is a link to a place outside the export folder; choose another name.`, 'path');
    }
  }
  return target;
}

/**
 * Writes an export atomically (a temporary file, then rename or link), never replacing an
 * existing file unless told to, never outside allowedDir. Reports progress per MB and
 * stops, leaving nothing behind, when the signal aborts.
 */
export function writeExport(path: string, bytes: Uint8Array, options: WriteOptions): { path: string; bytes: number } {
  throwIfCancelled(options.signal);
  const target = resolveExportPath(path, options.allowedDir);
  let exists = false;
  try {
    const st = statSync(target);
    exists = true;
    // Replacing a device node, a FIFO or a socket with a file is never what the editor meant
    // (as root, `--out /dev/null --force` would replace the system's device): refused even
    // when told to overwrite.
    const kind = specialKind(st);
    if (kind) throw refusal('invalid_input', 'export_not_a_file', { name: `“${basename(target)}”`, kind });
  } catch (e) {
    if (e instanceof AppFailure) throw e;
  }
  if (exists && !options.overwrite) {
    throw new AppFailure('conflict', `${basename(target)} exists; choose another name or confirm overwrite.`, 'path');
  }

  // Beside the target, so the final rename stays on one file system.
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.part`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o644);
  } catch (e) {
    const cause = errno(e) === 'ENOENT' ? 'the folder does not accept new files' : errno(e) === 'EACCES' || errno(e) === 'EPERM' ? 'permission denied' : errno(e) === 'EROFS' ? 'read-only file system' : (errno(e) ?? String(e));
    throw refusal('forbidden', 'export_folder_unwritable', { name: `“${basename(target)}”`, folder: dirname(target), cause });
  }
  let committed = false;
  try {
    const total = bytes.byteLength;
    for (let off = 0; off < total || off === 0; off += CHUNK) {
      throwIfCancelled(options.signal);
      const n = Math.min(CHUNK, total - off);
      if (n > 0) writeSync(fd, bytes, off, n);
      options.onProgress?.({ phase: 'write', done: off + n, total, message: basename(target) });
      if (total === 0) break;
    }
    fsyncSync(fd);
    closeSync(fd);
    throwIfCancelled(options.signal);
    if (options.overwrite) {
      renameSync(temp, target);
    } else {
      try {
        // link() fails if the name was taken meanwhile, unlike rename(): no silent overwrite.
        linkSync(temp, target);
        unlinkSync(temp);
      } catch (e) {
        if (errno(e) === 'EEXIST') throw new AppFailure('conflict', `${basename(target)} exists; choose another name or confirm overwrite.`, 'path');
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(errno(e) ?? '')) throw e;
        // File systems without hard links (FAT, some network shares).
        let taken = true;
        try {
          lstatSync(target);
        } catch {
          taken = false;
        }
        if (taken) throw new AppFailure('conflict', `${basename(target)} exists; choose another name or confirm overwrite.`, 'path');
        renameSync(temp, target);
      }
    }
    committed = true;
    return { path: target, bytes: bytes.byteLength };
  } finally {
    if (!committed) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      try {
        unlinkSync(temp);
      } catch {
        // already moved or never written
      }
    }
  }
}
