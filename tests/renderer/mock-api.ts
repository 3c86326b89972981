/**
 * The one mock of the renderer's api for renderer tests: import this first in a test file.
 * `mockApi.call` answers nothing until the test points it at a backend, usually the real
 * core in memory (`mockApi.call.mockImplementation(core.call)`); `subscribe` records its
 * listeners so a test can emit events.
 */
import { beforeEach, vi } from 'vitest';
import type * as ApiModule from '../../renderer/src/api';

const { mockApi } = vi.hoisted(() => ({
  mockApi: { call: vi.fn(), subscribe: vi.fn(() => () => {}), transportKind: vi.fn(() => 'ipc' as 'ipc' | 'http') },
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
