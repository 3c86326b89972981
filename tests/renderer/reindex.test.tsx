import { mockApi } from './mock-api';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReindexPanel } from '../../renderer/src/features/settings/ReindexPanel';
import type { JobProgress } from '../../shared/domain/jobs';
import { createFakeBackend, createFakeEvents } from './fakeBackend';
import { renderWithProviders } from './render';

const progress = (patch: Partial<JobProgress>): JobProgress => ({
  jobId: 'job-9',
  kind: 'reindex',
  phase: 'indexing',
  done: 0,
  total: 8,
  message: '',
  ...patch,
});

let events: ReturnType<typeof createFakeEvents>;
beforeEach(() => {
  events = createFakeEvents();
  mockApi.subscribe.mockImplementation(events.subscribe as never);
});

describe('Rebuild index', () => {
  it('starts the reindex job, shows its progress with Cancel, and says when it is done', async () => {
    const backend = createFakeBackend({ count: 1, job: { progress: progress({}), report: null, error: null } });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<ReindexPanel />);

    await user.click(screen.getByRole('button', { name: 'Rebuild index and re-read figures' }));
    expect(mockApi.call).toHaveBeenCalledWith('archive:reindex', { search: true, figures: true });
    act(() => events.emit('jobs:progress', progress({ done: 4, message: '4 / 8' })));
    expect(screen.getByRole('progressbar', { name: 'Rebuild progress' }).getAttribute('aria-valuenow')).toBe('50');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(mockApi.call).toHaveBeenCalledWith('jobs:cancel', { jobId: 'job-9' });

    act(() => events.emit('jobs:progress', progress({ phase: 'done', done: 8, message: '8 stories re-read' })));
    expect(await screen.findByText('Rebuilt: 8 stories re-read')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
