import { mockApi } from './mock-api';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReindexPanel } from '../../renderer/src/features/settings/ReindexPanel';
import type { OutputOf } from '../../shared/contract';
import { callCore, withRealCore } from './harness/real-core';
import { renderWithProviders } from './render';

const core = withRealCore(async (c) => {
  await c.importFixture('cq-daily-2023-02-24.txt');
});

/** The job id the core gave the reindex the panel started. */
async function startedJob(): Promise<string> {
  await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('archive:reindex', { search: true, figures: true }));
  const started = mockApi.call.mock.calls.findIndex(([channel]) => channel === 'archive:reindex');
  return ((await mockApi.call.mock.results[started]!.value) as OutputOf<'archive:reindex'>).jobId;
}

describe('Rebuild index', () => {
  it('starts the reindex job, shows its progress with Cancel, and says where it stopped', async () => {
    const release = core().holdJobs();
    const user = userEvent.setup();
    renderWithProviders(<ReindexPanel />);

    await user.click(screen.getByRole('button', { name: 'Rebuild index and re-read figures' }));
    const jobId = await startedJob();
    // Midway, as the worker reports it.
    act(() => core().emit('jobs:progress', { jobId, kind: 'reindex', phase: 'indexing', done: 4, total: 8, message: '4 / 8' }));
    expect(screen.getByRole('progressbar', { name: 'Rebuild progress' }).getAttribute('aria-valuenow')).toBe('50');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(mockApi.call).toHaveBeenCalledWith('jobs:cancel', { jobId });
    release();
    expect(await screen.findByText('Stopped after 0 stories; the rest keep their previous index')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says when it is done, and how many stories it re-read', async () => {
    const { total } = await callCore(core(), 'archive:list', {});
    const user = userEvent.setup();
    renderWithProviders(<ReindexPanel />);
    await user.click(screen.getByRole('button', { name: 'Rebuild index and re-read figures' }));
    expect(await screen.findByText(`Rebuilt: ${total} stories re-read`)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
