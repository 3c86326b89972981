import { mockApi } from './mock-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { callCore, withRealCore } from './harness/real-core';
import { renderWithProviders } from './render';

const core = withRealCore();

beforeEach(() => {
  window.location.hash = '#/settings';
});

describe('Settings → indicators', () => {
  it('lists and searches the lexicon, and teaches and forgets a name from the keyboard', async () => {
    const { total } = await callCore(core(), 'lexicon:list', {});
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const table = await screen.findByRole('table', { name: 'Indicators' });
    expect(within(table).getByRole('button', { name: 'gross domestic product' })).toBeTruthy();
    expect(screen.getByText(`${total} indicators`)).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Search indicators' }), 'consumer price index');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('lexicon:list', { query: 'consumer price index', limit: 20, offset: 0 }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Indicators' })).queryByRole('button', { name: 'gross domestic product' })).toBeNull());
    // The index and its rate of change (consumer price index inflation).
    expect(screen.getByText('2 indicators')).toBeTruthy();

    // Open the row from the keyboard.
    const row = within(screen.getByRole('table', { name: 'Indicators' })).getByRole('button', { name: 'consumer price index' });
    row.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'consumer price index' });
    expect(within(dialog).getByText('居民消费价格指数')).toBeTruthy();
    expect(within(dialog).getByText('Point in time')).toBeTruthy();
    expect(within(dialog).getByText('No names taught yet.')).toBeTruthy();

    // A name another indicator has is refused on the field.
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'GDP{Enter}');
    expect(await within(dialog).findByText(/This name already belongs to an indicator/)).toBeTruthy();
    expect(mockApi.call).toHaveBeenCalledWith('lexicon:addName', { indicatorId: 'cpi', language: 'en', name: 'GDP' });

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Language' }), 'zh');
    const field = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(field);
    await user.type(field, '菜篮子价格{Enter}');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('lexicon:addName', { indicatorId: 'cpi', language: 'zh', name: '菜篮子价格' }));
    const remove = await within(dialog).findByRole('button', { name: 'Remove the name 菜篮子价格' });
    expect(within(dialog).getByRole('list', { name: 'Names taught by editors' })).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveProperty('value', '');
    // The list follows: the row now says it has a taught name.
    expect(await within(screen.getByRole('table', { name: 'Indicators' })).findByText('1 taught name')).toBeTruthy();

    remove.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('lexicon:removeName', { indicatorId: 'cpi', language: 'zh', name: '菜篮子价格' }));
    expect(await within(dialog).findByText('No names taught yet.')).toBeTruthy();
    const { items } = await callCore(core(), 'lexicon:list', { query: 'cpi' });
    expect(items.find((e) => e.id === 'cpi')?.editorNames).toEqual([]);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('speaks Chinese and filters by domain', async () => {
    await callCore(core(), 'settings:set', { locale: 'zh-CN' });
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    expect(await screen.findByRole('heading', { name: '指标库' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: '指标' });
    // The lexicon opens at the economy: the first of its pages, named in Chinese.
    expect(within(table).getByRole('button', { name: '国内生产总值' })).toBeTruthy();
    expect(within(table).getAllByText('经济').length).toBeGreaterThan(0);

    await user.selectOptions(screen.getByRole('combobox', { name: '领域' }), 'prices');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('lexicon:list', { domain: 'prices', limit: 20, offset: 0 }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: '指标' })).queryByRole('button', { name: '国内生产总值' })).toBeNull());
    expect(within(screen.getByRole('table', { name: '指标' })).getByRole('button', { name: '居民消费价格指数' })).toBeTruthy();
    const { total } = await callCore(core(), 'lexicon:list', { domain: 'prices' });
    expect(screen.getByText(`共 ${total} 个指标`)).toBeTruthy();
  });
});
