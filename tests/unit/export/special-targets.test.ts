/**
 * Export writes only to a regular file or a new name: a device node, a FIFO, a socket or a
 * folder is refused even with overwrite (--force), and no .part file is left behind.
 * Device nodes are made in a temporary folder (never the system's /dev/null).
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../electron/core/export/write';
import { AppFailure } from '../../../shared/result';
import { fileErrorText } from '../../../shared/file-errors';
import { tempDir } from '../helpers';

const isRoot = process.getuid?.() === 0;
const BYTES = new TextEncoder().encode('<p>稿件</p>');

function refusal(run: () => unknown): AppFailure {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    return error as AppFailure;
  }
  throw new Error('the export was not refused');
}

describe('export targets that are not regular files', () => {
  let tmp: ReturnType<typeof tempDir>;
  let server: Server | null = null;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = null;
    tmp.cleanup();
  });

  const makers: Record<string, (path: string) => Promise<void> | void> = {
    fifo: (path) => void execFileSync('mkfifo', [path]),
    char_device: (path) => void execFileSync('mknod', [path, 'c', '1', '3']),
    socket: async (path) => {
      server = createServer();
      await new Promise<void>((resolve) => server!.listen(path, resolve));
    },
    directory: (path) => mkdirSync(path),
  };

  it.each([
    ['fifo', 'a named pipe (FIFO)', () => true],
    ['char_device', 'a character device', () => isRoot],
    ['socket', 'a socket', () => true],
    ['directory', 'a folder', () => true],
  ])('refuses to replace %s even when told to overwrite', async (kind, named, canMake) => {
    if (!canMake()) return; // mknod needs root
    const target = join(tmp.dir, 'story.html');
    await makers[kind]!(target);
    const before = lstatSync(target);
    const error = refusal(() => writeExport(target, BYTES, { allowedDir: tmp.dir, overwrite: true }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain(`“story.html” is ${named}, not a regular file`);
    expect({ reason: error.reason, params: error.params }).toEqual({ reason: 'export_not_a_file', params: { name: '“story.html”', kind } });
    expect(fileErrorText('export_not_a_file', error.params!, 'zh')).toContain('不是普通文件');
    const after = lstatSync(target);
    expect([after.ino, after.mode]).toEqual([before.ino, before.mode]);
    expect(readdirSync(tmp.dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('says why when the folder takes no new files (/proc/self/mem), instead of a raw ENOENT on a .part file', () => {
    const error = refusal(() => writeExport('/proc/self/mem', BYTES, { allowedDir: '/proc/self', overwrite: true }));
    expect(error.message).toMatch(/^Can't write “mem”: a file can't be created in the folder \/proc\/\d+/);
    expect(error.message).not.toMatch(/ENOENT|\.part/);
    expect(error.reason).toBe('export_folder_unwritable');
  });
});
