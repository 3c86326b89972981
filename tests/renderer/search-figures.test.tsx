import { callCore, withRealCore } from './harness/real-core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { renderWithProviders } from './render';

/** The same figure printed in two scripts: a 重庆日报 goal and a Hong Kong report in traditional characters. */
const core = withRealCore(async (c) => {
  await c.importText('cq.txt', '重庆实施“双倍增”行动\n\n今年力争科技型企业超过4.8万家、高新技术企业突破7000家。', { publication: '重庆日报', date: '2023-02-24' });
  await c.importText('hk.txt', '全區科技型企業超過4.8萬家\n\n截至去年底，全區科技型企業超過4.8萬家，高新技術企業突破7000家。', { publication: '明报', date: '2023-03-01' });
});

/** A figure query no story prints as typed: only the figures of that value match. */
const QUERY = '>40000 科技型企业';

async function figureIn(headline: string) {
  const story = (await callCore(core(), 'archive:list', {})).items.find((s) => s.headline === headline)!;
  const figure = (await callCore(core(), 'figures:list', { storyId: story.id })).find((f) => f.value === 48000)!;
  return { story: story.id, figure: figure.id };
}

describe('search for a figure', () => {
  it('lists the stored figures of that value, each linking to the figure in its story', async () => {
    const cq = await figureIn('重庆实施“双倍增”行动');
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await user.type(await screen.findByRole('searchbox', { name: 'Search the archive' }), QUERY);

    const section = await screen.findByRole('region', { name: 'Figures of this value (2)' });
    const link = within(section).getByRole('link', { name: '超过4.8万家: more than 48,000, in “重庆实施“双倍增”行动”' });
    expect(link.getAttribute('href')).toBe(`#/archive/story/${cq.story}?figure=${cq.figure}`);
    expect(link.textContent).toContain('科技型企业');
    expect(within(section).getAllByRole('link')).toHaveLength(2);
    // No story printed the query as typed: said so, without claiming the archive has nothing.
    expect(screen.getByText(`No story prints “${QUERY}” word for word; the figures above have that value.`)).toBeTruthy();
    expect(screen.queryByText(/Nothing in the archive matches/)).toBeNull();
  });

  it('says, when nothing matches, that numbers are found however printed and how to list figures', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await user.type(await screen.findByRole('searchbox', { name: 'Search the archive' }), '48001');
    expect(await screen.findByText('Nothing in the archive matches “48001”.')).toBeTruthy();
    expect(screen.getByText(/20000, 20,000, 2万 and 两万 find one another.*4\.8万家, >40000 科技型企业/)).toBeTruthy();
    expect(screen.queryByText(/as it is printed/)).toBeNull();
  });

  it('speaks Chinese in Chinese', async () => {
    await callCore(core(), 'settings:set', { locale: 'zh-CN' });
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    await user.type(await screen.findByRole('searchbox', { name: '搜索档案' }), QUERY);

    const section = await screen.findByRole('region', { name: '该数值的数字（2）' });
    expect(within(section).getByRole('link', { name: '超過4.8萬家：超过 48,000 家，见《全區科技型企業超過4.8萬家》' })).toBeTruthy();
    expect(screen.getByText(`没有稿件逐字包含“${QUERY}”；以上是该数值的数字。`)).toBeTruthy();
  });
});
