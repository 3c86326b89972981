import { mockApi } from './mock-api';
/**
 * Browser mode takes no server-side path from the page, so Settings there offers no watched
 * folder to type in, and says where to find it.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { withRealCore } from './harness/real-core';
import { renderWithProviders } from './render';

withRealCore();

describe('Settings by transport', () => {
  it.each([
    ['http', false],
    ['ipc', true],
  ] as const)('over %s offers a folder path to watch: %s', async (transport, offered) => {
    mockApi.transportKind.mockReturnValue(transport);
    window.location.hash = '#/settings';
    renderWithProviders(<AppLayout />);
    await screen.findByRole('combobox', { name: 'Interface language' });
    expect(screen.queryByRole('textbox', { name: 'Folder to watch' }) !== null).toBe(offered);
    expect(screen.queryByText(/watching a folder is in the desktop app/) !== null).toBe(!offered);
  });
});
