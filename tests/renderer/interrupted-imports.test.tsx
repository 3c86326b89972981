import { mockApi } from './mock-api';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { markInterruptedImports } from '../../electron/core/jobs/recovery';
import { connectionOf } from '../../electron/core/db/repositories';
import { callCore, withRealCore, type RealCore } from './harness/real-core';
import { renderWithProviders } from './render';

const PAGES = ['pages/cd-daily-2023-03-15.txt', 'pages/stats-gov-2023-03-15.txt', 'pages/nanfang-daily-A04-2024-03-12.txt'];

/** As a crash leaves a batch: still marked running, by a process that is gone; then the core starts again. */
async function crash(core: RealCore, batchId: number) {
  connectionOf(core.repos).prepare(`UPDATE import_batches SET status = 'running', finished_at = NULL, runner = '999999999@0' WHERE id = ?`).run(batchId);
  await markInterruptedImports(core.repos);
}

const core = withRealCore(async (c) => {
  await c.importFixture('cq-daily-2023-02-24.txt');
  await crash(c, (await c.importFixture(PAGES)).batchId);
});

describe('an import a crash interrupted', () => {
  it('is shown with what it kept, and Resume starts it again as a job', async () => {
    const batch = (await callCore(core(), 'imports:list', { limit: 20 })).find((b) => b.status === 'interrupted')!;
    expect(batch.files).toBe(PAGES.length);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    const alert = await screen.findByText(new RegExp(`${batch.stories} stories from its ${PAGES.length} files were kept`));
    expect(alert.textContent).toContain(batch.startedAt.slice(0, 16).replace('T', ' '));
    // The batch that finished is not offered again.
    expect(screen.getAllByRole('button', { name: 'Resume' })).toHaveLength(1);
    const release = core().holdJobs();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('imports:resume', { batchId: batch.id }));
    // The resumed job is followed like any import: its progress replaces the notice.
    expect(await screen.findByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
    release();
    // It found every story already stored; the batch is no longer offered.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull(), { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
  });
});
