/**
 * Reads a file to import without trusting what it claims to be. A FIFO blocks forever on
 * read, /dev/zero never ends and reports size 0, a socket can't be read at all: so only a
 * regular file is opened, the check is repeated on the opened descriptor (the name may have
 * been swapped meanwhile), and reading stops at the limit whatever the reported size said.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { FileKind } from '../../../shared/file-errors';
import { fileImportError, ImportError } from './types';

const CHUNK_BYTES = 4 * 1024 * 1024;

/** What a non-regular file is, for the refusal; null for a regular file. */
export function specialKind(s: Stats): FileKind | null {
  if (s.isFile()) return null;
  if (s.isDirectory()) return 'directory';
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice()) return 'char_device';
  if (s.isBlockDevice()) return 'block_device';
  if (s.isSocket()) return 'socket';
  return 'other';
}

export function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A file-system error as the editor should read it: which file, what is wrong, what to do. */
export function fileSystemImportError(error: unknown, name: string, path: string): ImportError {
  if (error instanceof ImportError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return fileImportError('unreadable', 'missing', { name }, path);
    case 'EACCES':
    case 'EPERM':
      return fileImportError('unreadable', 'permission', { name }, path);
    case 'ELOOP':
      return fileImportError('symlink_loop', 'symlink_loop', { name }, path);
    case 'EISDIR':
      return fileImportError('unreadable', 'is_folder', { name }, path);
    default:
      return new ImportError('unreadable', `${name} can't be read (${code ?? (error as Error).message}). Check the file and try again.`, path);
  }
}

function refuseSpecial(s: Stats, name: string, path: string): void {
  const kind = specialKind(s);
  if (kind === 'directory') throw fileImportError('unreadable', 'is_folder', { name }, path);
  if (kind) throw fileImportError('not_a_file', 'not_a_file', { name, kind }, path);
}

/**
 * The bytes of a regular file, at most `maxBytes`. Devices, FIFOs, sockets and folders are
 * refused before they are opened; O_NONBLOCK keeps a FIFO swapped in after the check from
 * blocking the open, and fstat on the descriptor catches it.
 */
export async function readRegularFile(path: string, name: string, maxBytes: number): Promise<Buffer> {
  try {
    const before = await stat(path);
    refuseSpecial(before, name, path);
    if (before.size > maxBytes) {
      throw fileImportError('too_large', 'too_large', { name, size: megabytes(before.size), limit: megabytes(maxBytes) }, path);
    }
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      refuseSpecial(await handle.stat(), name, path);
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        // One byte past the limit is enough to know the file is over it.
        const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > maxBytes) throw fileImportError('too_large', 'read_too_large', { name, limit: megabytes(maxBytes) }, path);
      }
      return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileSystemImportError(error, name, path);
  }
}
