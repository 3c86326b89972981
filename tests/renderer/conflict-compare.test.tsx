import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConflictCompare } from '../../renderer/src/features/common/ConflictCompare';
import { I18nProvider } from '../../renderer/src/i18n';
import type { Locale } from '../../shared/domain/settings';

// Noon UTC is the 7th in every time zone the test may run in.
const AT = '2026-12-07T12:00:00.000Z';

function show(locale: Locale, by: string) {
  const keepMine = vi.fn();
  const takeTheirs = vi.fn();
  render(
    <MantineProvider env="test">
      <I18nProvider locale={locale}>
        <ConflictCompare change={{ by, at: AT, revision: 2, params: {} }} mine="Ask the reporter" theirs="统计局年报是6348家" onKeepMine={keepMine} onTakeTheirs={takeTheirs} />
      </I18nProvider>
    </MantineProvider>,
  );
  return { alert: screen.getByRole('alert'), keepMine, takeTheirs };
}

describe('the other version to compare, in the editor’s language', () => {
  it.each([
    ['zh-CN', '王编辑', /^你编辑时，王编辑 已于 2026年12月7日 \d{2}:\d{2} 修改$/, '你的版本', '王编辑 的版本', '保留我的', '采用对方的'],
    ['en', '王编辑', /^Changed by 王编辑 at Dec 7, 2026, \d{1,2}:\d{2}\s[AP]M, while you were editing$/, 'Your version', 'Version by 王编辑', 'Keep mine', 'Take theirs'],
    ['zh-CN', '', /^你编辑时，其他编辑 已于 2026年12月7日/, '你的版本', '其他编辑 的版本', '保留我的', '采用对方的'],
    ['en', '', /^Changed by another editor at Dec 7, 2026/, 'Your version', 'Version by another editor', 'Keep mine', 'Take theirs'],
  ] as const)('%s, by "%s": who and when as the language writes a time, both versions, both choices', async (locale, by, title, mine, theirs, keep, take) => {
    const { alert, keepMine, takeTheirs } = show(locale, by);
    expect(within(alert).getByText(title)).toBeTruthy();
    expect(within(within(alert).getByRole('region', { name: mine })).getByText('Ask the reporter')).toBeTruthy();
    expect(within(within(alert).getByRole('region', { name: theirs })).getByText('统计局年报是6348家')).toBeTruthy();
    await userEvent.click(within(alert).getByRole('button', { name: keep }));
    expect(keepMine).toHaveBeenCalledTimes(1);
    await userEvent.click(within(alert).getByRole('button', { name: take }));
    expect(takeTheirs).toHaveBeenCalledTimes(1);
  });
});
