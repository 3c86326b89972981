/**
 * The one mock of the renderer's api for renderer tests: import this first in a test file
 * (harness/real-core imports it too). `mockApi.call` answers nothing until the test points it
 * at the real core in memory, which `withRealCore()` does, with `subscribe` hearing the core's events.
 */
import { beforeEach, vi } from 'vitest';
import type * as ApiModule from '../../renderer/src/api';

const { mockApi } = vi.hoisted(() => ({
  mockApi: {
    call: vi.fn(),
    subscribe: vi.fn((_event: string, _listener: (payload: unknown) => void): (() => void) => () => {}),
    transportKind: vi.fn(() => 'ipc' as 'ipc' | 'http'),
  },
}));

vi.mock('../../renderer/src/api', async (importOriginal) => ({
  ...(await importOriginal<typeof ApiModule>()),
  api: mockApi,
}));

beforeEach(() => {
  mockApi.call.mockReset();
  mockApi.subscribe.mockReset();
  mockApi.subscribe.mockImplementation(() => () => {});
  mockApi.transportKind.mockReset();
  mockApi.transportKind.mockImplementation(() => 'ipc');
});

export { mockApi };
