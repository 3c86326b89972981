import { mockApi } from './mock-api';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { createFakeBackend } from './fakeBackend';
import { renderWithProviders } from './render';


describe('Settings → Backups', () => {
  it('backs up now, lists the backup, and restores it after asking', async () => {
    const backend = createFakeBackend({ count: 2 });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText('Backed up 2 stories to /data/backups/archive-2026-12-06T10-00-00Z.db')).toBeTruthy();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('The archive as it is now is kept aside'));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('backup:restore', { from: { kind: 'backup', name: 'archive-2026-12-06T10-00-00Z.db' } }));
    expect(await screen.findByText(/kept at \/data\/archive\.before-restore-/)).toBeTruthy();
  });

  it('stores how often and where rolling backups go', async () => {
    const backend = createFakeBackend({ count: 1 });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    const folder = await screen.findByRole('textbox', { name: 'Backup folder' });
    await user.type(folder, '/mnt/usb/desk');
    await user.tab();
    await waitFor(() => expect(backend.settings.backupFolder).toBe('/mnt/usb/desk'));
  });
});
