import { mockApi } from './mock-api';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import type { JobProgress } from '../../shared/domain/jobs';
import { createFakeBackend, createFakeEvents } from './fakeBackend';
import { renderWithProviders } from './render';

let events: ReturnType<typeof createFakeEvents>;
beforeEach(() => {
  events = createFakeEvents();
  mockApi.subscribe.mockImplementation(events.subscribe as never);
});

const progress = (patch: Partial<JobProgress>): JobProgress => ({
  jobId: 'job-1',
  kind: 'import',
  phase: 'reading',
  done: 0,
  total: 5,
  message: '',
  ...patch,
});

describe('Import', () => {
  it('reads chosen files as base64, shows progress from events, then the report', async () => {
    const backend = createFakeBackend({ count: 1, job: { progress: progress({}), report: null, error: null } });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: 'Story number 1' });

    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
    const file = new File(['重庆日报 2023年2月24日'], '重庆日报 2023-02-24.txt', { type: 'text/plain' });
    await user.upload(screen.getByTestId('import-file-input'), file);
    expect(await within(dialog).findByText('1 file chosen')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: /Publication/ }), '重庆日报');
    // One file: the review step is on by default; this test imports straight away.
    const reviewBox = within(dialog).getByRole('checkbox', { name: 'Review before saving' });
    expect(reviewBox).toHaveProperty('checked', true);
    await user.click(reviewBox);
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));

    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('archive:import', expect.anything()));
    const input = backend.call.mock.calls.find(([c]) => c === 'archive:import')![1] as {
      sources: { kind: string; name: string; dataBase64: string }[];
      options: object;
    };
    expect(input.options).toEqual({ publication: '重庆日报' });
    expect(input.sources).toHaveLength(1);
    expect(input.sources[0]!.kind).toBe('data');
    expect(input.sources[0]!.name).toBe('重庆日报 2023-02-24.txt');
    expect(Buffer.from(input.sources[0]!.dataBase64, 'base64').toString('utf8')).toBe('重庆日报 2023年2月24日');

    act(() => events.emit('jobs:progress', progress({ phase: 'segmenting', done: 2, total: 5, stories: 8 })));
    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(screen.getByText(/2\/5 files · 8 stories/)).toBeTruthy();

    const finished = {
      progress: progress({ phase: 'done', done: 5, total: 5, stories: 9 }),
      report: {
        batchId: 1,
        imported: [
          { id: 2, publication: '重庆日报', date: '2023-02-24', headline: 'New', byline: null, truncated: false, genre: 'news', language: 'zh' },
        ],
        skipped: [{ path: 'notes.xyz', reason: 'not a supported file type' }],
        failed: [{ path: 'broken.pdf', error: 'the PDF has no text layer', code: 'import_failed' }],
        assumed: ['date 2023-02-24 from the file name'],
        cancelled: false,
      },
      error: null,
    };
    // The last event carries the report: no round trip to fetch it.
    act(() => events.emit('jobs:progress', { ...finished.progress, report: finished.report, error: null }));

    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText('Imported 1 story')).toBeTruthy();
    expect(within(report).getByText('notes.xyz')).toBeTruthy();
    expect(within(report).getByText(/not a supported file type/)).toBeTruthy();
    expect(within(report).getByText('broken.pdf')).toBeTruthy();
    expect(within(report).getByText(/no text layer/)).toBeTruthy();
    expect(within(report).getByText('date 2023-02-24 from the file name')).toBeTruthy();
    // The running bar (with Cancel) gives way to a finished one inside the report.
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(within(report).getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('100');
    // The list reloads after the import.
    await waitFor(() => expect(backend.listCalls.length).toBeGreaterThanOrEqual(2));

    await user.click(within(report).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Import report' })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('imports pasted text and can cancel the job', async () => {
    const backend = createFakeBackend({ count: 1, job: { progress: progress({ phase: 'reading', total: 1 }), report: null, error: null } });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: 'Story number 1' });

    await user.click(screen.getByRole('button', { name: 'Paste text' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Text of the page' }), '本报讯 今年新增5万家');
    await user.type(within(dialog).getByRole('textbox', { name: /Date/ }), '2023-02-24');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Review before saving' }));
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));

    await waitFor(() =>
      expect(backend.call).toHaveBeenCalledWith('archive:import', {
        sources: [{ kind: 'text', text: '本报讯 今年新增5万家', name: 'Pasted text' }],
        options: { date: '2023-02-24' },
      }),
    );
    expect(await screen.findByRole('progressbar', { name: 'Import progress' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('jobs:cancel', { jobId: 'job-1' }));
  });

  it('refuses a malformed date before calling the core', async () => {
    const backend = createFakeBackend({ count: 1 });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: 'Story number 1' });
    await user.click(screen.getByRole('button', { name: 'Paste text' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import into the archive' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Text of the page' }), 'text');
    await user.type(within(dialog).getByRole('textbox', { name: /Date/ }), '24/2/2023');
    expect(within(dialog).getByText(/Write the date as YYYY-MM-DD/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Start' })).toHaveProperty('disabled', true);
  });
});
