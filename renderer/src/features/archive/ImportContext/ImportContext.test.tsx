/**
 * The desktop import: chosen files go to the core by path (the preload resolves them, main
 * checks them), so the page never reads their bytes; a file main refused is named, with
 * what is wrong and what to do, in the editor's language.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PickedFile } from '../../../../../shared/picked-files';
import type * as ApiModule from '../../../api';
import { AppLayout } from '../../shell/AppLayout';
import { createFakeBackend, createFakeEvents } from '../../../../../tests/renderer/fakeBackend';
import { renderWithProviders } from '../../../../../tests/renderer/render';

const { mockApi } = vi.hoisted(() => ({
  mockApi: { call: vi.fn(), subscribe: vi.fn(() => () => {}), transportKind: () => 'ipc' as const },
}));
vi.mock('../../../api', async (importOriginal) => ({ ...(await importOriginal<typeof ApiModule>()), api: mockApi }));

const pickFiles = vi.fn<(files: File[]) => Promise<PickedFile[]>>();
beforeEach(() => {
  mockApi.call.mockReset();
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
  pickFiles.mockReset();
  window.figureDesk = { transport: 'ipc', call: vi.fn(), subscribe: () => () => {}, pickFiles };
});
afterEach(() => {
  delete window.figureDesk;
  vi.restoreAllMocks();
});

async function importFiles(files: File[], locale?: 'zh-CN') {
  const backend = createFakeBackend({ count: 1, ...(locale ? { settings: { locale } } : {}) });
  mockApi.call.mockImplementation(backend.call);
  const user = userEvent.setup();
  renderWithProviders(<AppLayout />);
  await screen.findByRole('link', { name: 'Story number 1' });
  await user.upload(screen.getByTestId('import-file-input'), files);
  const dialog = await screen.findByRole('dialog');
  const review = within(dialog).queryByRole('checkbox', { checked: true });
  if (review) await user.click(review);
  await user.click(within(dialog).getByRole('button', { name: locale ? '开始' : 'Start' }));
  return backend;
}

describe('the desktop import', () => {
  it('sends the chosen files by path and never reads their bytes in the page', async () => {
    const readAsDataURL = vi.spyOn(FileReader.prototype, 'readAsDataURL');
    pickFiles.mockResolvedValue([{ kind: 'path', path: '/home/ed/重庆日报 2023-02-24.txt' }, { kind: 'upload' }]);
    const onDisk = new File(['重庆日报'], '重庆日报 2023-02-24.txt', { type: 'text/plain' });
    const built = new File(['本报讯'], 'built.txt', { type: 'text/plain' });
    const backend = await importFiles([onDisk, built]);

    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('archive:import', expect.anything()));
    expect(pickFiles).toHaveBeenCalledWith([onDisk, built]);
    const input = backend.call.mock.calls.find(([c]) => c === 'archive:import')![1] as { sources: Array<Record<string, string>> };
    expect(input.sources[0]).toEqual({ kind: 'path', path: '/home/ed/重庆日报 2023-02-24.txt' });
    // Only the file that is not on disk is uploaded.
    expect(input.sources[1]).toMatchObject({ kind: 'data', name: 'built.txt' });
    expect(readAsDataURL).toHaveBeenCalledTimes(1);
    expect(readAsDataURL.mock.calls[0]![0]).toBe(built);
  });

  it('names a file main refused, says what is wrong and what to do, and imports the rest', async () => {
    pickFiles.mockResolvedValue([
      { kind: 'path', path: '/home/ed/a.txt' },
      {
        kind: 'refused',
        error: { code: 'invalid_input', message: '“b.pdf” is 80.0 MB…', reason: 'too_large', params: { name: '“b.pdf”', size: '80.0 MB', limit: '50.0 MB' }, path: '/home/ed/b.pdf' },
      },
    ]);
    const backend = await importFiles([new File(['a'], 'a.txt'), new File(['b'], 'b.pdf')], 'zh-CN');
    expect(await screen.findByText('“b.pdf”大小为 80.0 MB，超过 50.0 MB 的导入上限。请拆分成单版，或只导出文字后再导入。')).toBeTruthy();
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('archive:import', { sources: [{ kind: 'path', path: '/home/ed/a.txt' }], options: {} }));
  });
});
