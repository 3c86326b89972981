import { mockApi } from './mock-api';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import type { ImportBatch } from '../../shared/domain/imports';
import { createFakeBackend, createFakeEvents } from './fakeBackend';
import { renderWithProviders } from './render';

beforeEach(() => {
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
});

const interrupted: ImportBatch = {
  id: 7,
  startedAt: '2026-12-01T09:30:00.000Z',
  finishedAt: '2026-12-01T10:00:00.000Z',
  status: 'interrupted',
  files: 12,
  stories: 40,
  skipped: 0,
  failed: 0,
  paths: ['/news/2026-12-01'],
  resumable: true,
  resumedBy: null,
};

describe('an import a crash interrupted', () => {
  it('is shown with what it kept, and Resume starts it again as a job', async () => {
    const backend = createFakeBackend({
      batches: [interrupted, { ...interrupted, id: 6, status: 'done', resumable: false }],
      job: { progress: { jobId: 'job-resume', kind: 'import', phase: 'storing', done: 3, total: 12, message: 'p3.txt' }, report: null, error: null },
    });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    const alert = await screen.findByText(/40 stories from its 12 files were kept/);
    expect(alert.textContent).toContain('2026-12-01 09:30');
    expect(screen.getAllByRole('button', { name: 'Resume' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('imports:resume', { batchId: 7 }));
    // The resumed job is followed like any import: its progress replaces the notice.
    expect(await screen.findByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
  });
});
