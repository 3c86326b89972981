import { mockApi } from './mock-api';
import { callCore, withRealCore } from './harness/real-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { renderWithProviders } from './render';

const EXISTING = 'Council sets aside £2m for roads';
const core = withRealCore(async (c) => {
  await c.importText('gazette.txt', `${EXISTING}\n\nThe council set aside £2m for roads on Tuesday.`, { publication: 'Evening Gazette', date: '2024-03-05' });
});

describe('Desktop menu commands', () => {
  it('do what the matching shortcuts do', async () => {
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: EXISTING });

    act(() => core().emit('menu:command', { command: 'go-settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(window.location.hash).toBe('#/settings');

    act(() => core().emit('menu:command', { command: 'go-check' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check' })).toBeTruthy();

    act(() => core().emit('menu:command', { command: 'search' }));
    const box = await screen.findByRole('searchbox', { name: 'Search the archive' });
    await waitFor(() => expect(document.activeElement).toBe(box));

    act(() => core().emit('menu:command', { command: 'import' }));
    expect(await screen.findByRole('dialog', { name: 'Import into the archive' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));

    act(() => core().emit('menu:command', { command: 'shortcuts' }));
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Figure queue: confirm the figure')).toBeTruthy();
  });
});

describe('Watched folder', () => {
  it('announces files from the watched folder and follows their job in the import panel', async () => {
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: EXISTING });

    // Two pages land in the watched folder; their job waits its turn.
    const release = core().holdJobs();
    let jobId = '';
    act(() => void (jobId = core().watched(['pages/cd-daily-2023-03-15.txt', 'pages/stats-gov-2023-03-15.txt'])));
    expect(await screen.findByText('Importing 2 files from the watched folder')).toBeTruthy();
    expect(await screen.findByRole('progressbar', { name: 'Import progress' })).toBeTruthy();

    // Midway, as the worker reports it.
    act(() => core().emit('jobs:progress', { jobId, kind: 'import', phase: 'segmenting', done: 1, total: 2, message: '' }));
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('50'));

    release();
    expect(await screen.findByRole('region', { name: 'Import report' }, { timeout: 10_000 })).toBeTruthy();
    // The job's first event (queued) came before the notice: the page followed it on events alone.
    expect(mockApi.call).not.toHaveBeenCalledWith('jobs:get', { jobId });
  });

  it('saves the folder and shows the core’s reason on the field when it is not a folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'figure-desk-watch-'));
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const field = await screen.findByRole('textbox', { name: 'Folder to watch' });
    expect(screen.getByText('No folder is watched.')).toBeTruthy();
    await user.type(field, '/not/here');
    await user.click(screen.getByRole('button', { name: 'Watch this folder' }));
    expect(await screen.findByText(/The watched folder "\/not\/here" does not exist or is not a folder\. Choose an existing folder\./)).toBeTruthy();
    expect(field).toHaveProperty('value', '/not/here');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    await user.clear(field);
    await user.type(field, `${folder}{Enter}`);
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('settings:set', { watchFolder: folder }));
    expect(await screen.findByText(`Watching ${folder}`)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Stop watching' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('settings:set', { watchFolder: null }));
    expect(await screen.findByText('No folder is watched.')).toBeTruthy();
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('Search filters', () => {
  it('passes date range, publication and byline to archive:search as you type, and clears them', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const box = await screen.findByRole('searchbox', { name: 'Search the archive' });
    await user.type(box, '绿道');
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-03-31' } });
    await user.type(screen.getByRole('textbox', { name: 'Publication' }), '成都日报');
    await user.type(screen.getByRole('textbox', { name: 'Byline' }), '李');

    const lastSearch = () => mockApi.call.mock.calls.filter(([c]) => c === 'archive:search').at(-1)?.[1];
    await waitFor(() =>
      expect(lastSearch()).toEqual({ query: '绿道', limit: 50, from: '2024-01-01', to: '2024-03-31', publication: '成都日报', byline: '李' }),
    );
    expect(screen.getByRole('button', { name: 'Filters (4)' })).toBeTruthy();

    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(lastSearch()).toEqual({ query: '绿道', limit: 50 }));
  });

  it('filters the plain list when there is no query', async () => {
    await callCore(core(), 'archive:list', {});
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByRole('list', { name: 'Stories in the archive' });
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.type(screen.getByRole('textbox', { name: 'Publication' }), '成都日报');
    const lastList = () => mockApi.call.mock.calls.filter(([c]) => c === 'archive:list').at(-1)?.[1];
    await waitFor(() => expect(lastList()).toEqual({ offset: 0, limit: 200, publication: '成都日报' }));
    // No story of that paper: the list says so.
    await waitFor(() => expect(screen.queryByRole('link', { name: EXISTING })).toBeNull());
  });
});

describe('Page shortcuts', () => {
  it('number the pages in the order of the sidebar, and the shortcut list says the same', async () => {
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: EXISTING });

    const sidebar = screen.getByRole('navigation', { name: 'Main navigation' });
    const pages = within(sidebar).getAllByRole('link').map((link) => ({ name: link.textContent ?? '', keys: link.querySelector('kbd')?.textContent }));
    expect(pages.map((p) => p.keys)).toEqual(['Ctrl+1', 'Ctrl+2', 'Ctrl+3', 'Ctrl+4', 'Ctrl+5', 'Ctrl+6']);
    expect(pages[1]?.name).toContain('Figure queue');

    fireEvent.keyDown(document.documentElement, { key: '2', code: 'Digit2', ctrlKey: true });
    await waitFor(() => expect(window.location.hash).toBe('#/figures/queue'));

    act(() => core().emit('menu:command', { command: 'go-queue' }));
    act(() => core().emit('menu:command', { command: 'shortcuts' }));
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const row = within(help).getByText('Go to Figure queue').closest('tr');
    expect(row?.textContent?.replace(/\s/g, '')).toBe('GotoFigurequeueCtrl+2');
  });
});
