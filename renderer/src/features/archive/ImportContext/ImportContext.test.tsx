/**
 * The desktop import: chosen files go to the core by path (the preload resolves them, main
 * checks them), so the page never reads their bytes; a file main refused is named, with
 * what is wrong and what to do, in the editor's language.
 */
import { mockApi } from '../../../../../tests/renderer/mock-api';
import { callCore, fixturePath, withRealCore } from '../../../../../tests/renderer/harness/real-core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PickedFile } from '../../../../../shared/picked-files';
import { AppLayout } from '../../shell/AppLayout';
import { renderWithProviders } from '../../../../../tests/renderer/render';

const EXISTING = 'Council sets aside £2m for roads';
const core = withRealCore(async (c) => {
  await c.importText('gazette.txt', `${EXISTING}\n\nThe council set aside £2m for roads on Tuesday.`, { publication: 'Evening Gazette', date: '2024-03-05' });
});
/** Files on the editor's disk, as the preload resolves them. */
const ON_DISK = fixturePath('cq-daily-2023-02-24.txt');
const OTHER_ON_DISK = fixturePath('pages/cd-daily-2023-03-15.txt');

const pickFiles = vi.fn<(files: File[]) => Promise<PickedFile[]>>();
beforeEach(() => {
  pickFiles.mockReset();
  window.figureDesk = { transport: 'ipc', call: vi.fn(), subscribe: () => () => {}, pickFiles };
});
afterEach(() => {
  delete window.figureDesk;
  vi.restoreAllMocks();
});

async function importFiles(files: File[], locale?: 'zh-CN') {
  if (locale) await callCore(core(), 'settings:set', { locale });
  const user = userEvent.setup();
  renderWithProviders(<AppLayout />);
  await screen.findByRole('link', { name: EXISTING });
  await user.upload(screen.getByTestId('import-file-input'), files);
  const dialog = await screen.findByRole('dialog');
  const review = within(dialog).queryByRole('checkbox', { checked: true });
  if (review) await user.click(review);
  await user.click(within(dialog).getByRole('button', { name: locale ? '开始' : 'Start' }));
}

describe('the desktop import', () => {
  it('sends the chosen files by path and never reads their bytes in the page', async () => {
    const readAsDataURL = vi.spyOn(FileReader.prototype, 'readAsDataURL');
    pickFiles.mockResolvedValue([{ kind: 'path', path: ON_DISK }, { kind: 'upload' }]);
    const onDisk = new File(['重庆日报'], '重庆日报 2023-02-24.txt', { type: 'text/plain' });
    const built = new File(['本报讯'], 'built.txt', { type: 'text/plain' });
    await importFiles([onDisk, built]);

    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('archive:import', expect.anything()));
    expect(pickFiles).toHaveBeenCalledWith([onDisk, built]);
    const input = mockApi.call.mock.calls.find(([c]) => c === 'archive:import')![1] as { sources: Array<Record<string, string>> };
    expect(input.sources[0]).toEqual({ kind: 'path', path: ON_DISK });
    // Only the file that is not on disk is uploaded.
    expect(input.sources[1]).toMatchObject({ kind: 'data', name: 'built.txt' });
    expect(readAsDataURL).toHaveBeenCalledTimes(1);
    expect(readAsDataURL.mock.calls[0]![0]).toBe(built);
  });

  it('names a file main refused, says what is wrong and what to do, and imports the rest', async () => {
    pickFiles.mockResolvedValue([
      { kind: 'path', path: OTHER_ON_DISK },
      {
        kind: 'refused',
        error: { code: 'invalid_input', message: '“b.pdf” is 80.0 MB…', reason: 'too_large', params: { name: '“b.pdf”', size: '80.0 MB', limit: '50.0 MB' }, path: '/home/ed/b.pdf' },
      },
    ]);
    await importFiles([new File(['a'], 'a.txt'), new File(['b'], 'b.pdf')], 'zh-CN');
    expect(await screen.findByText('“b.pdf”大小为 80.0 MB，超过 50.0 MB 的导入上限。请拆分成单版，或只导出文字后再导入。')).toBeTruthy();
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('archive:import', { sources: [{ kind: 'path', path: OTHER_ON_DISK }], options: {} }));
    // The rest was imported: the page's stories are in the archive.
    expect(await screen.findByRole('region', { name: '导入报告' }, { timeout: 10_000 })).toBeTruthy();
  });
});
