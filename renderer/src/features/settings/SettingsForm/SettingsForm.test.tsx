import { mockApi } from '../../../../../tests/renderer/mock-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../shell/AppLayout';
import { ApiError } from '../../../api';
import { callCore, withRealCore } from '../../../../../tests/renderer/harness/real-core';
import { renderWithProviders } from '../../../../../tests/renderer/render';

const core = withRealCore(async (c) => {
  await c.importFixture('cq-daily-2023-02-24.txt');
});

describe('Settings', () => {
  it('switches the interface language at once and stores it with settings:set', async () => {
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    // The system is English (setup.ts), settings say "follow the system".
    const select = await screen.findByRole('combobox', { name: 'Interface language' });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Archive' })).toBeTruthy();

    await user.selectOptions(select, 'zh-CN');

    expect(await within(nav).findByRole('link', { name: '档案' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: '设置' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: '设置' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '界面语言' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    await waitFor(() => expect(core().call).toHaveBeenCalledWith('settings:set', { locale: 'zh-CN' }));
    expect(await screen.findByText('界面语言已更改')).toBeTruthy();

    // And back to following the system.
    await user.selectOptions(screen.getByRole('combobox', { name: '界面语言' }), 'system');
    expect(await within(nav).findByRole('link', { name: 'Archive' })).toBeTruthy();
    await waitFor(() => expect(core().call).toHaveBeenCalledWith('settings:set', { locale: null }));
  });

  it('starts in Chinese when the settings say so', async () => {
    await callCore(core(), 'settings:set', { locale: 'zh-CN' });
    renderWithProviders(<AppLayout />);
    expect(await screen.findByRole('searchbox', { name: '搜索档案' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '导入' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '档案' })).toBeTruthy();
  });

  it('saves the theme, the tolerance and the publication cities', async () => {
    await callCore(core(), 'settings:set', { publicationCities: { 重庆日报: '重庆' } });
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(core().call).toHaveBeenCalledWith('settings:set', { theme: 'dark' }));
    await waitFor(() => expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark'));

    const tolerance = screen.getByRole('textbox', { name: /Tolerance/ });
    await user.clear(tolerance);
    await user.type(tolerance, '7.5');
    await user.tab();
    await waitFor(() => expect(core().call).toHaveBeenCalledWith('settings:set', { approxTolerance: 0.075 }));

    expect(screen.getByRole('textbox', { name: 'Publication, row 1' })).toHaveProperty('value', '重庆日报');
    await user.click(screen.getByRole('button', { name: 'Add a publication' }));
    await user.type(screen.getByRole('textbox', { name: 'Publication, row 2' }), '成都日报');
    await user.type(screen.getByRole('textbox', { name: 'City, row 2' }), '成都');
    await user.tab();
    await waitFor(() =>
      expect(core().call).toHaveBeenCalledWith('settings:set', { publicationCities: { 重庆日报: '重庆', 成都日报: '成都' } }),
    );

    await user.click(screen.getByRole('button', { name: 'Remove 重庆日报' }));
    await waitFor(() => expect(core().call).toHaveBeenCalledWith('settings:set', { publicationCities: { 成都日报: '成都' } }));
  });

  it('shows the defaults and says why when settings cannot be loaded', async () => {
    mockApi.call.mockImplementation(async (channel, input) => {
      if (channel === 'settings:get') throw new ApiError({ code: 'unavailable', message: 'core stopped' }, channel);
      return core().call(channel, input);
    });
    window.location.hash = '#/settings';
    renderWithProviders(<AppLayout />);
    // An inline alert on the page and a notification both say what happened.
    await waitFor(() => {
      const alerts = screen.getAllByRole('alert');
      expect(alerts).toHaveLength(2);
      expect(alerts.every((a) => a.textContent?.includes('Could not load the settings'))).toBe(true);
      expect(alerts.every((a) => a.textContent?.includes('core stopped'))).toBe(true);
    });
    expect(screen.getByRole('combobox', { name: 'Interface language' })).toBeTruthy();
  });
  it('keeps the desk\'s own papers, which follow-ups call 本报', async () => {
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    const papers = await screen.findByPlaceholderText('Type a publication and press Enter');
    await user.type(papers, '重庆日报{enter}');
    await waitFor(() => expect(core().call).toHaveBeenCalledWith('settings:set', { ownPublications: ['重庆日报'] }));
    expect(await screen.findByText('Our paper: 重庆日报')).toBeTruthy();
  });
});
