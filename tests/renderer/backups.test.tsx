import { mockApi } from './mock-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { callCore, withRealCore } from './harness/real-core';
import { renderWithProviders } from './render';

// Backups copy the archive's file: this archive is on disk, in a folder of its own.
let folder = '';
const core = withRealCore(
  async (c) => {
    await c.importFixture('cq-daily-2023-02-24.txt');
  },
  () => {
    folder = mkdtempSync(join(tmpdir(), 'figure-desk-backups-'));
    return { dbPath: join(folder, 'archive.db') };
  },
);
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('Settings → Backups', () => {
  it('backs up now, lists the backup, and restores it after asking', async () => {
    const { total } = await callCore(core(), 'archive:list', {});
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    const backups = join(folder, 'backups');
    const said = await screen.findByText(new RegExp(`^Backed up ${total} stories to ${backups}/archive-[0-9T-]+Z\\.db$`));
    const name = said.textContent!.split('/').pop()!;
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    // The list is read again once the backup is made.
    await user.click(await screen.findByRole('button', { name: 'Restore' }, { timeout: 5000 }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('The archive as it is now is kept aside'));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('backup:restore', { from: { kind: 'backup', name } }));
    expect(await screen.findByText(new RegExp(`kept at ${folder}/archive\\.before-restore-`))).toBeTruthy();
  });

  it('stores how often and where rolling backups go', async () => {
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    const field = await screen.findByRole('textbox', { name: 'Backup folder' });
    await user.type(field, '/mnt/usb/desk');
    await user.tab();
    await waitFor(async () => expect((await callCore(core(), 'settings:get', {})).backupFolder).toBe('/mnt/usb/desk'));
  });
});
