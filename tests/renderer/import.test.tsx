import { mockApi } from './mock-api';
import { callCore, FIXTURES, withRealCore } from './harness/real-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import type { OutputOf } from '../../shared/contract';
import { renderWithProviders } from './render';

const EXISTING = 'Council sets aside £2m for roads';
const core = withRealCore(async (c) => {
  await c.importText('gazette.txt', `${EXISTING}\n\nThe council set aside £2m for roads on Tuesday.`, { publication: 'Evening Gazette', date: '2024-03-05' });
});

/** The id of the job the page started with its last archive:import. */
async function startedJob(): Promise<string> {
  const index = mockApi.call.mock.calls.findLastIndex(([channel]) => channel === 'archive:import');
  return ((await mockApi.call.mock.results[index]!.value) as OutputOf<'archive:import'>).jobId;
}

const PAGE = readFileSync(join(FIXTURES, 'cq-daily-2023-02-24.txt'), 'utf8');

describe('Import', () => {
  it('reads chosen files as base64, shows progress from events, then the report', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: EXISTING });

    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
    // A page of 重庆日报 dated by its file name, a file of no type the desk reads, and a PDF cut short.
    const files = [
      new File([PAGE], '重庆日报 2023-02-24.txt', { type: 'text/plain' }),
      new File(['?'], 'notes.xyz', { type: 'application/octet-stream' }),
      new File(['%PDF-1.4 cut short'], 'broken.pdf', { type: 'application/pdf' }),
    ];
    await user.upload(screen.getByTestId('import-file-input'), files);
    expect(await within(dialog).findByText('3 files chosen')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: /Publication/ }), '重庆日报');
    // A few files: the review step is on by default; this test imports straight away.
    const reviewBox = within(dialog).getByRole('checkbox', { name: 'Review before saving' });
    expect(reviewBox).toHaveProperty('checked', true);
    await user.click(reviewBox);
    const release = core().holdJobs();
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));

    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('archive:import', expect.anything()));
    const input = mockApi.call.mock.calls.find(([c]) => c === 'archive:import')![1] as {
      sources: { kind: string; name: string; dataBase64: string }[];
      options: object;
    };
    expect(input.options).toEqual({ publication: '重庆日报' });
    expect(input.sources.map((source) => [source.kind, source.name])).toEqual([
      ['data', '重庆日报 2023-02-24.txt'],
      ['data', 'notes.xyz'],
      ['data', 'broken.pdf'],
    ]);
    expect(Buffer.from(input.sources[0]!.dataBase64, 'base64').toString('utf8')).toBe(PAGE);

    // Midway, as the worker reports it.
    const jobId = await startedJob();
    act(() => core().emit('jobs:progress', { jobId, kind: 'import', phase: 'segmenting', done: 2, total: 5, message: '', stories: 8 }));
    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(screen.getByText(/2\/5 files · 8 stories/)).toBeTruthy();
    const listed = mockApi.call.mock.calls.filter(([c]) => c === 'archive:list').length;

    // The last event carries the report: no round trip to fetch it.
    release();
    const report = await screen.findByRole('region', { name: 'Import report' }, { timeout: 10_000 });
    expect(mockApi.call).not.toHaveBeenCalledWith('jobs:get', expect.anything());
    const { total } = await callCore(core(), 'archive:list', { publication: '重庆日报' });
    expect(within(report).getByText(`Imported ${total} stories`)).toBeTruthy();
    // Each file that failed, with what is wrong and what to do; and what the core assumed.
    expect(within(report).getByText('notes.xyz')).toBeTruthy();
    expect(within(report).getByText(/is not a kind of file Figure Desk imports \(\.xyz\)\. Use \.txt/)).toBeTruthy();
    expect(within(report).getByText('broken.pdf')).toBeTruthy();
    expect(within(report).getByText(/is damaged and can't be opened.*Download or export it again/)).toBeTruthy();
    expect(report.textContent).toContain('date 2023-02-24 from the file name');
    // The running bar (with Cancel) gives way to a finished one inside the report.
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(within(report).getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('100');
    // The list reloads after the import, and shows the new stories.
    await waitFor(() => expect(mockApi.call.mock.calls.filter(([c]) => c === 'archive:list').length).toBeGreaterThan(listed));

    await user.click(within(report).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Import report' })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('imports pasted text and can cancel the job', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: EXISTING });

    await user.click(screen.getByRole('button', { name: 'Paste text' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Text of the page' }), '本报讯 今年新增5万家');
    await user.type(within(dialog).getByRole('textbox', { name: /Date/ }), '2023-02-24');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Review before saving' }));
    const release = core().holdJobs();
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));

    await waitFor(() =>
      expect(mockApi.call).toHaveBeenCalledWith('archive:import', {
        sources: [{ kind: 'text', text: '本报讯 今年新增5万家', name: 'Pasted text' }],
        options: { date: '2023-02-24' },
      }),
    );
    expect(await screen.findByRole('progressbar', { name: 'Import progress' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(async () => expect(mockApi.call).toHaveBeenCalledWith('jobs:cancel', { jobId: await startedJob() }));
    release();
    // Cancelled before it read the paste: nothing was added.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull(), { timeout: 10_000 });
    expect((await callCore(core(), 'archive:list', {})).total).toBe(1);
  });

  it('refuses a malformed date before calling the core', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: EXISTING });
    await user.click(screen.getByRole('button', { name: 'Paste text' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Text of the page' }), 'text');
    await user.type(within(dialog).getByRole('textbox', { name: /Date/ }), '24/2/2023');
    expect(within(dialog).getByText(/Write the date as YYYY-MM-DD/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Start' })).toHaveProperty('disabled', true);
  });
});
