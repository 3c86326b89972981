import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PickedFiles } from '../../../electron/main/picked-files';
import { fileErrorText } from '../../../shared/file-errors';
import { tempDir } from '../helpers';

describe('files picked in the desktop window', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('lets the import name a file the editor picked, and nothing else', async () => {
    const page = join(tmp.dir, 'page.txt');
    writeFileSync(page, '本报讯 今年新增5万家');
    const picked = new PickedFiles();
    expect(picked.refusal('archive:import', { sources: [{ kind: 'path', path: page }] })).toMatchObject({ code: 'forbidden', reason: 'not_picked' });

    expect(await picked.pick([page])).toEqual([{ kind: 'path', path: page }]);
    expect(picked.refusal('archive:import', { sources: [{ kind: 'path', path: page }] })).toBeNull();
    expect(picked.refusal('archive:preview', { sources: [{ kind: 'text', text: 'x' }, { kind: 'path', path: join(tmp.dir, '..', tmp.dir.split('/').at(-1)!, 'page.txt') }] })).toBeNull();

    const other = picked.refusal('archive:preview', { sources: [{ kind: 'path', path: page }, { kind: 'path', path: '/etc/passwd' }] });
    expect(other).toMatchObject({ code: 'forbidden', reason: 'not_picked', params: { name: '“passwd”' }, path: 'sources[].path' });
    expect(other!.message).toBe(fileErrorText('not_picked', { name: '“passwd”' }, 'en'));
    // Other channels and uploads are not its business.
    expect(picked.refusal('archive:list', { sources: [{ kind: 'path', path: '/etc/passwd' }] })).toBeNull();
    expect(picked.refusal('archive:import', { sources: [{ kind: 'data', name: 'a.txt', dataBase64: '' }] })).toBeNull();
  });

  const big = (dir: string) => {
    const path = join(dir, 'edition.pdf');
    writeFileSync(path, Buffer.alloc(2048));
    return path;
  };
  const fifo = (dir: string) => {
    const path = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    return path;
  };
  const loop = (dir: string) => {
    const path = join(dir, 'loop.txt');
    symlinkSync(path, path);
    return path;
  };

  it.each([
    ['a file that is not there', (dir: string) => join(dir, 'gone.txt'), 'missing', { name: '“gone.txt”' }],
    ['a folder', (dir: string) => (mkdirSync(join(dir, 'pages')), join(dir, 'pages')), 'is_folder', { name: '“pages”' }],
    ['a named pipe', fifo, 'not_a_file', { name: '“pipe.txt”', kind: 'fifo' }],
    ['a link loop', loop, 'symlink_loop', { name: '“loop.txt”' }],
    ['a file over the limit', big, 'too_large', { name: '“edition.pdf”', size: '0.0 MB', limit: '0.0 MB' }],
    ['a relative path', () => 'page.txt', 'missing', { name: '“page.txt”' }],
  ])('refuses %s with the file, what is wrong and what to do, and does not let it be imported', async (_what, make, reason, params) => {
    const path = make(tmp.dir);
    const picked = new PickedFiles(1024);
    const [answer] = await picked.pick([path]);
    expect(answer).toMatchObject({ kind: 'refused', error: { code: 'invalid_input', reason, params, path } });
    if (answer!.kind === 'refused') expect(answer!.error.message).toBe(fileErrorText(reason as never, params, 'en'));
    expect(picked.refusal('archive:import', { sources: [{ kind: 'path', path }] })).toMatchObject({ reason: 'not_picked' });
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file the editor cannot read', async () => {
    const path = join(tmp.dir, 'locked.txt');
    writeFileSync(path, 'x');
    chmodSync(path, 0o000);
    const [answer] = await new PickedFiles().pick([path]);
    expect(answer).toMatchObject({ kind: 'refused', error: { reason: 'permission', params: { name: '“locked.txt”' } } });
  });

  it('answers nothing for input that is not a list of paths', async () => {
    const picked = new PickedFiles();
    expect(await picked.pick('/etc/passwd')).toEqual([]);
    expect(await picked.pick([42])).toMatchObject([{ kind: 'refused', error: { reason: 'missing' } }]);
  });
});
