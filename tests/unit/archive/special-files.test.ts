/**
 * Drills with files that are not files: devices, FIFOs, sockets, folders and link loops.
 * Each is refused by name and kind before it is read, so an import never hangs on a FIFO
 * nor reads /dev/zero until memory runs out, and the good files of the batch are stored.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFile, ImportError } from '../../../electron/core/archive/parse';
import { readRegularFile } from '../../../electron/core/archive/read-file';
import { JobRunner } from '../../../electron/core/jobs/runner';
import { openDatabase } from '../../../electron/core/db/connection';
import { createRepositories } from '../../../electron/core/db/repositories';
import { fileErrorText } from '../../../shared/file-errors';
import { tempDir } from '../helpers';

const SEED = join(import.meta.dirname, '../../fixtures/cq-daily-2023-02-24.txt');

async function refusal(path: string): Promise<ImportError> {
  const error = await parseFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('special files given to import', () => {
  let tmp: ReturnType<typeof tempDir>;
  let socketServer: Server | null = null;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => (socketServer ? socketServer.close(() => resolve()) : resolve()));
    socketServer = null;
    tmp.cleanup();
  });

  const makers: Record<string, (dir: string) => Promise<string> | string> = {
    fifo: (dir) => {
      const path = join(dir, 'page.txt');
      execFileSync('mkfifo', [path]);
      return path;
    },
    // Reading devices is harmless; nothing here ever writes to them.
    zero: () => '/dev/zero',
    null: () => '/dev/null',
    socket: async (dir) => {
      const path = join(dir, 'page.sock');
      socketServer = createServer();
      await new Promise<void>((resolve) => socketServer!.listen(path, resolve));
      return path;
    },
    folder: (dir) => {
      const path = join(dir, 'folder.txt');
      mkdirSync(path);
      return path;
    },
  };

  it.each([
    ['fifo', 'fifo', /“page\.txt” is a named pipe \(FIFO\), not a regular file/],
    ['zero', 'char_device', /“zero” is a character device/],
    ['null', 'char_device', /“null” is a character device/],
    ['socket', 'socket', /“page\.sock” is a socket/],
  ])('refuses a %s before opening it, naming its kind', async (maker, kind, message) => {
    const path = await makers[maker]!(tmp.dir);
    const error = await refusal(path);
    expect(error.code).toBe('not_a_file');
    expect(error.message).toMatch(message);
    expect(error.detail).toEqual({ reason: 'not_a_file', params: { name: expect.any(String), kind } });
    // The same reason reads in Chinese too, naming the file.
    expect(fileErrorText('not_a_file', error.detail!.params, 'zh')).toMatch(/不是普通文件/);
  });

  it('sends a folder named as a file to the batch import', async () => {
    const error = await refusal(await makers.folder!(tmp.dir));
    expect(error).toMatchObject({ code: 'unreadable', detail: { reason: 'is_folder' }, message: expect.stringMatching(/“folder\.txt” is a folder.*as a batch/) });
  });

  it('says a symbolic link loops instead of a raw ELOOP', async () => {
    symlinkSync(join(tmp.dir, 'b.txt'), join(tmp.dir, 'a.txt'));
    symlinkSync(join(tmp.dir, 'a.txt'), join(tmp.dir, 'b.txt'));
    const error = await refusal(join(tmp.dir, 'a.txt'));
    expect(error.code).toBe('symlink_loop');
    expect(error.message).toMatch(/“a\.txt” is a symbolic link that leads back to itself/);
    expect(error.message).not.toMatch(/ELOOP/);
  });

  it('stops reading at the limit by the bytes it gets, not the size the file reports', async () => {
    const path = join(tmp.dir, 'page.txt');
    writeFileSync(path, 'x'.repeat(5000));
    await expect(readRegularFile(path, '“page.txt”', 4096)).rejects.toMatchObject({ code: 'too_large' });
    expect((await readRegularFile(path, '“page.txt”', 5000)).length).toBe(5000);
  });

  it('imports the good file of a batch and refuses the FIFO after it, without hanging or holding the archive', async () => {
    const dbPath = join(tmp.dir, 'archive.db');
    openDatabase(dbPath).close();
    const runner = new JobRunner({ dbPath, emit: () => {} });
    try {
      const good = join(tmp.dir, 'cq-daily-2023-02-24.txt');
      copyFileSync(SEED, good);
      const fifo = await makers.fifo!(tmp.dir);
      const jobId = runner.start({ kind: 'import', sources: [{ kind: 'path', path: good }, { kind: 'path', path: fifo }], options: {} });
      const { report } = await runner.wait(jobId);
      expect(report!.imported).toHaveLength(8);
      expect(report!.failed).toEqual([expect.objectContaining({ path: fifo, code: 'not_a_file', reason: 'not_a_file', params: { name: '“page.txt”', kind: 'fifo' } })]);
      const db = openDatabase(dbPath);
      expect(createRepositories(db).stories.count()).toBe(8);
      db.close();
    } finally {
      await runner.close();
    }
  });
});
