import { mockApi } from './mock-api';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import type { JobProgress } from '../../shared/domain/jobs';
import { createFakeBackend, createFakeEvents } from './fakeBackend';
import { renderWithProviders } from './render';

let events: ReturnType<typeof createFakeEvents>;
beforeEach(() => {
  events = createFakeEvents();
  mockApi.subscribe.mockImplementation(events.subscribe as never);
});

const progress = (patch: Partial<JobProgress>): JobProgress => ({
  jobId: 'watch-9',
  kind: 'import',
  phase: 'reading',
  done: 0,
  total: 2,
  message: '',
  ...patch,
});

describe('Desktop menu commands', () => {
  it('do what the matching shortcuts do', async () => {
    const backend = createFakeBackend({ count: 1 });
    mockApi.call.mockImplementation(backend.call);
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: 'Story number 1' });

    act(() => events.emit('menu:command', { command: 'go-settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(window.location.hash).toBe('#/settings');

    act(() => events.emit('menu:command', { command: 'go-check' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check' })).toBeTruthy();

    act(() => events.emit('menu:command', { command: 'search' }));
    const box = await screen.findByRole('searchbox', { name: 'Search the archive' });
    await waitFor(() => expect(document.activeElement).toBe(box));

    act(() => events.emit('menu:command', { command: 'import' }));
    expect(await screen.findByRole('dialog', { name: 'Import into the archive' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));

    act(() => events.emit('menu:command', { command: 'shortcuts' }));
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Figure queue: confirm the figure')).toBeTruthy();
  });
});

describe('Watched folder', () => {
  it('announces files from the watched folder and follows their job in the import panel', async () => {
    const backend = createFakeBackend({ count: 1, job: { progress: progress({}), report: null, error: null } });
    mockApi.call.mockImplementation(backend.call);
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: 'Story number 1' });

    act(() => events.emit('archive:watched', { files: ['/in/a.txt', '/in/b.txt'], jobId: 'watch-9' }));
    expect(await screen.findByText('Importing 2 files from the watched folder')).toBeTruthy();
    expect(await screen.findByRole('progressbar', { name: 'Import progress' })).toBeTruthy();

    act(() => events.emit('jobs:progress', progress({ phase: 'segmenting', done: 1 })));
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('50'));

    const report = { batchId: 3, imported: [], skipped: [], failed: [], assumed: [], cancelled: false };
    act(() => events.emit('jobs:progress', { ...progress({ phase: 'done', done: 2 }), report, error: null }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('jobs:get', { jobId: 'watch-9' }));
    expect(await screen.findByRole('region', { name: 'Import report' })).toBeTruthy();
  });

  it('saves the folder and shows the core’s reason on the field when it is not a folder', async () => {
    const backend = createFakeBackend({ count: 1 });
    mockApi.call.mockImplementation(async (channel: string, input: { watchFolder?: string | null }) => {
      if (channel === 'settings:set' && input.watchFolder === '/not/here') {
        const { ApiError } = await import('../../renderer/src/api');
        throw new ApiError({ code: 'invalid_input', message: '/not/here is not a folder', path: 'watchFolder' }, channel);
      }
      return backend.call(channel as never, input);
    });
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const field = await screen.findByRole('textbox', { name: 'Folder to watch' });
    expect(screen.getByText('No folder is watched.')).toBeTruthy();
    await user.type(field, '/not/here');
    await user.click(screen.getByRole('button', { name: 'Watch this folder' }));
    expect(await screen.findByText('/not/here is not a folder')).toBeTruthy();
    expect(field).toHaveProperty('value', '/not/here');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    await user.clear(field);
    await user.type(field, '/Users/me/pages{Enter}');
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('settings:set', { watchFolder: '/Users/me/pages' }));
    expect(await screen.findByText('Watching /Users/me/pages')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Stop watching' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('settings:set', { watchFolder: null }));
    expect(await screen.findByText('No folder is watched.')).toBeTruthy();
  });
});

describe('Search filters', () => {
  it('passes date range, publication and byline to archive:search as you type, and clears them', async () => {
    const backend = createFakeBackend({ count: 1, hits: [] });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const box = await screen.findByRole('searchbox', { name: 'Search the archive' });
    await user.type(box, '绿道');
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-03-31' } });
    await user.type(screen.getByRole('textbox', { name: 'Publication' }), '成都日报');
    await user.type(screen.getByRole('textbox', { name: 'Byline' }), '李');

    const lastSearch = () => backend.call.mock.calls.filter(([c]) => c === 'archive:search').at(-1)?.[1];
    await waitFor(() =>
      expect(lastSearch()).toEqual({ query: '绿道', limit: 50, from: '2024-01-01', to: '2024-03-31', publication: '成都日报', byline: '李' }),
    );
    expect(screen.getByRole('button', { name: 'Filters (4)' })).toBeTruthy();

    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(lastSearch()).toEqual({ query: '绿道', limit: 50 }));
  });

  it('filters the plain list when there is no query', async () => {
    const backend = createFakeBackend({ count: 3 });
    mockApi.call.mockImplementation(backend.call);
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByRole('list', { name: 'Stories in the archive' });
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.type(screen.getByRole('textbox', { name: 'Publication' }), '成都日报');
    await waitFor(() => expect(backend.listCalls.at(-1)).toEqual({ offset: 0, limit: 200, publication: '成都日报' }));
  });
});

describe('Page shortcuts', () => {
  it('number the pages in the order of the sidebar, and the shortcut list says the same', async () => {
    const backend = createFakeBackend({ count: 1 });
    mockApi.call.mockImplementation(backend.call);
    renderWithProviders(<AppLayout />);
    await screen.findByRole('link', { name: 'Story number 1' });

    const sidebar = screen.getByRole('navigation', { name: 'Main navigation' });
    const pages = within(sidebar).getAllByRole('link').map((link) => ({ name: link.textContent ?? '', keys: link.querySelector('kbd')?.textContent }));
    expect(pages.map((p) => p.keys)).toEqual(['Ctrl+1', 'Ctrl+2', 'Ctrl+3', 'Ctrl+4', 'Ctrl+5', 'Ctrl+6']);
    expect(pages[1]?.name).toContain('Figure queue');

    fireEvent.keyDown(document.documentElement, { key: '2', code: 'Digit2', ctrlKey: true });
    await waitFor(() => expect(window.location.hash).toBe('#/figures/queue'));

    act(() => events.emit('menu:command', { command: 'go-queue' }));
    act(() => events.emit('menu:command', { command: 'shortcuts' }));
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const row = within(help).getByText('Go to Figure queue').closest('tr');
    expect(row?.textContent?.replace(/\s/g, '')).toBe('GotoFigurequeueCtrl+2');
  });
});
