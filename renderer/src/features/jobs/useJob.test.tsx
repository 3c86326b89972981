import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobUpdate } from '../../../../shared/contract';
import type * as ApiModule from '../../api';
import { useJob } from './useJob';

const { mockApi, reconnect } = vi.hoisted(() => {
  const listeners = new Set<(payload: unknown) => void>();
  const reconnectListeners = new Set<() => void>();
  return {
    mockApi: {
      call: vi.fn(),
      subscribe: vi.fn((_event: string, listener: (payload: unknown) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      }),
      transportKind: () => 'http' as const,
      emit: (payload: unknown) => listeners.forEach((l) => l(payload)),
    },
    reconnect: {
      on: vi.fn((listener: () => void) => {
        reconnectListeners.add(listener);
        return () => reconnectListeners.delete(listener);
      }),
      fire: () => reconnectListeners.forEach((l) => l()),
    },
  };
});
vi.mock('../../api', async (importOriginal) => ({ ...(await importOriginal<typeof ApiModule>()), api: mockApi, onReconnect: reconnect.on }));

const update = (patch: Partial<JobUpdate>): JobUpdate => ({ jobId: 'job-1', kind: 'import', phase: 'segmenting', done: 0, total: 4, message: '', ...patch });
const report = { batchId: 7, imported: [], skipped: [], failed: [], assumed: [], cancelled: false };

beforeEach(() => mockApi.call.mockReset());

describe('useJob', () => {
  it('follows a job by its events and takes the report from the last one, asking the core for nothing', () => {
    const onFinished = vi.fn();
    const { result } = renderHook(() => useJob({ onFinished }));
    // The first event can beat the answer that names the job.
    act(() => mockApi.emit(update({ phase: 'queued' })));
    act(() => result.current.follow('job-1'));
    act(() => mockApi.emit(update({ done: 1 })));
    act(() => mockApi.emit(update({ jobId: 'other', done: 3 })));
    expect(result.current.percent).toBe(25);

    act(() => mockApi.emit(update({ phase: 'done', done: 4, report, error: null })));
    expect(onFinished).toHaveBeenCalledTimes(1);
    expect(onFinished.mock.calls[0]![0]).toMatchObject({ progress: { phase: 'done', done: 4 }, report, error: null });
    expect(result.current.job).toBeNull();
    expect(mockApi.call).not.toHaveBeenCalled();
  });

  it('asks once for the state when the event stream is back, and ends a job whose last event it missed', async () => {
    const onFinished = vi.fn();
    const { result } = renderHook(() => useJob({ onFinished }));
    act(() => result.current.follow('job-1'));
    mockApi.call.mockResolvedValueOnce({ progress: update({ phase: 'done', done: 4 }), report, error: null });
    await act(async () => reconnect.fire());
    expect(mockApi.call).toHaveBeenCalledWith('jobs:get', { jobId: 'job-1' });
    expect(onFinished).toHaveBeenCalledWith(expect.objectContaining({ report }));

    // A core that restarted no longer knows the job: it ends as lost instead of waiting forever.
    act(() => result.current.follow('job-2'));
    const { ApiError } = await vi.importActual<typeof ApiModule>('../../api');
    mockApi.call.mockRejectedValueOnce(new ApiError({ code: 'not_found', message: 'Job job-2 was not found.' }, 'jobs:get'));
    await act(async () => reconnect.fire());
    expect(onFinished).toHaveBeenLastCalledWith(expect.objectContaining({ error: { code: 'not_found', message: 'Job job-2 was not found.' } }));
  });

  it('shows the progress of a call whose job has no id (a backup) by its kind', async () => {
    const { result } = renderHook(() => useJob());
    let finish!: (value: string) => void;
    let answer: Promise<string> | undefined;
    act(() => {
      answer = result.current.track('backup', () => new Promise<string>((resolve) => (finish = resolve)));
    });
    act(() => mockApi.emit(update({ jobId: 'backup-1', kind: 'backup', phase: 'storing', done: 1, total: 2 })));
    act(() => mockApi.emit(update({ jobId: 'restore-1', kind: 'restore', phase: 'storing', done: 0, total: 2 })));
    expect(result.current.percent).toBe(50);
    await act(async () => finish('made'));
    await expect(answer).resolves.toBe('made');
    expect(result.current.job).toBeNull();
  });
});
