import { mockApi } from '../../../../../tests/renderer/mock-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../shell/AppLayout';
import { callCore, withRealCore } from '../../../../../tests/renderer/harness/real-core';
import { renderWithProviders } from '../../../../../tests/renderer/render';

/**
 * Three stories of 重庆日报 in a real archive: a goal (突破7000家), an earlier growth rate named
 * a little differently (文旅消费总额 6.1% in 2023), and the story checked, whose 7565家 meets
 * the goal, whose 文旅消费额 6.5% for the same year is offered as a possible conflict, and
 * whose 3191万人 has nothing to compare with.
 */
const GOAL = { headline: '重庆实施“双倍增”行动', body: '今年力争高新技术企业突破7000家。' };
const NATIONAL_GOAL = '全国高新技术企业力争突破40万家。';
const EARLIER = { headline: '去年经济回顾', body: '2023年全市文旅消费总额增长6.1%。' };
const CHECKED = { headline: '高新技术企业达7565家', body: '2023年全市高新技术企业达到7565家。\n2023年全市文旅消费额增长6.5%，人口3191万人。' };

interface Archive {
  goalStory: number;
  checkedStory: number;
  targets: number[];
  /** figure id by quote, over every story. */
  figure: Record<string, number>;
}

const core = withRealCore();

async function seed({ nationalGoal = false } = {}): Promise<Archive> {
  const page = (story: { headline: string; body: string }) => `${story.headline}\n\n${story.body}`;
  const goal = await core().importText('goal.txt', nationalGoal ? `${page(GOAL)}\n${NATIONAL_GOAL}` : page(GOAL), { publication: '重庆日报', date: '2023-02-24' });
  await core().importText('earlier.txt', page(EARLIER), { publication: '重庆日报', date: '2024-01-10' });
  const checked = await core().importText('checked.txt', page(CHECKED), { publication: '重庆日报', date: '2024-01-20' });
  const figure: Record<string, number> = {};
  for (const storyId of [1, 2, 3]) for (const f of await callCore(core(), 'figures:list', { storyId })) figure[f.quote] = f.id;
  const goals = (await callCore(core(), 'figures:list', { storyId: goal.imported[0]!.id })).filter((f) => f.kind === 'target');
  const targets: number[] = [];
  for (const f of goals) targets.push((await callCore(core(), 'targets:fromFigure', { figureId: f.id })).id);
  return { goalStory: goal.imported[0]!.id, checkedStory: checked.imported[0]!.id, targets, figure };
}

describe('Check page', () => {
  it('picks a story from the archive and checks it', async () => {
    const archive = await seed();
    window.location.hash = '#/check';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const link = await screen.findByRole('link', { name: CHECKED.headline });
    expect(link.getAttribute('href')).toBe(`#/check/${archive.checkedStory}`);
    await user.click(link);
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('check:story', { storyId: archive.checkedStory }));
    expect(await screen.findByRole('heading', { level: 1, name: CHECKED.headline })).toBeTruthy();
  });

  it('highlights figures by verdict and shows both sources side by side', async () => {
    const archive = await seed();
    window.location.hash = `#/check/${archive.checkedStory}`;
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const article = await screen.findByRole('article', { name: CHECKED.headline });
    const met = await within(article).findByRole('button', { name: '达到7565家 · Meets target' });
    const conflict = within(article).getByRole('button', { name: '增长6.5% · Conflict' });
    const unmatched = within(article).getByRole('button', { name: '3191万人 · No match' });
    expect(met.dataset.verdict).toBe('meets');
    expect(conflict.dataset.verdict).toBe('conflict');
    expect(unmatched.dataset.verdict).toBe('unmatched');
    expect(met.className).toMatch(/tone-green/);
    expect(conflict.className).toMatch(/tone-red/);
    expect(unmatched.className).toMatch(/tone-gray/);

    // The first figure with something to settle is selected (once the verdicts have loaded).
    await waitFor(() => expect(met.getAttribute('aria-pressed')).toBe('true'));
    const panel = screen.getByRole('region', { name: 'Check results' });
    expect(within(panel).getByText(/^7,565 > 7,000: met/)).toBeTruthy();
    const mine = within(panel).getByRole('region', { name: 'This story' });
    const theirs = within(panel).getByRole('region', { name: 'The target' });
    expect(within(mine).getByText('达到7565家')).toBeTruthy();
    expect(within(theirs).getByText('突破7000家')).toBeTruthy();
    expect(within(theirs).getByRole('link', { name: GOAL.headline }).getAttribute('href')).toBe(`#/archive/story/${archive.goalStory}`);

    await user.click(conflict);
    const explanations = within(panel).getAllByTestId('verdict-explanation').map((e) => e.textContent);
    expect(explanations.some((text) => /6\.5% conflicts with the earlier "增长6\.1%"/.test(text ?? ''))).toBe(true);
    const earlierSource = within(panel).getByRole('region', { name: 'Earlier source' });
    expect(within(earlierSource).getByText('增长6.1%')).toBeTruthy();
    expect(within(panel).getByText('Suggestion')).toBeTruthy();
  });

  it('confirms a target match with check:confirm and shows the target’s new status', async () => {
    const archive = await seed();
    window.location.hash = `#/check/${archive.checkedStory}`;
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const panel = await screen.findByRole('region', { name: 'Check results' });
    await user.click(await within(panel).findByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('check:confirm', { figureId: archive.figure['达到7565家'], targetId: archive.targets[0], accept: true }));
    const status = await within(panel).findByRole('status');
    expect(within(status).getByText('Confirmed')).toBeTruthy();
    expect(within(status).getByText('Met')).toBeTruthy();
    expect(within(status).getByRole('link', { name: 'Open on the targets board' }).getAttribute('href')).toBe(`#/targets/${archive.targets[0]}`);
    expect(within(panel).queryByRole('button', { name: 'Confirm' })).toBeNull();
  });

  it('moves with j/k and rejects the top suggestion with x', async () => {
    const archive = await seed();
    window.location.hash = `#/check/${archive.checkedStory}`;
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const article = await screen.findByRole('article', { name: CHECKED.headline });
    const conflict = await within(article).findByRole('button', { name: '增长6.5% · Conflict' });
    await waitFor(() => expect(within(article).getByRole('button', { name: '达到7565家 · Meets target' }).getAttribute('aria-pressed')).toBe('true'));
    await user.keyboard('j');
    expect(conflict.getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('x');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('check:confirm', { figureId: archive.figure['增长6.5%'], otherFigureId: archive.figure['增长6.1%'], accept: false }));
    // The core forgets a rejected match: read back, the figure has nothing to compare with.
    expect(await within(article).findByRole('button', { name: '增长6.5% · No match' })).toBeTruthy();
    await user.keyboard('k');
    expect(within(article).getByRole('button', { name: '达到7565家 · Meets target' }).getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('c');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('check:confirm', { figureId: archive.figure['达到7565家'], targetId: archive.targets[0], accept: true }));
  });

  it('exports the check as CSV in the UI language', async () => {
    const archive = await seed();
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: vi.fn(() => 'blob:fake') });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    window.location.hash = `#/check/${archive.checkedStory}`;
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('check:export', { storyId: archive.checkedStory, language: 'en' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    click.mockRestore();
  });
});

describe('Check page: matches settled before', () => {
  it.each([
    ['en', 'Confirmed by 李华,', 'Rejected by 王芳,'],
    ['zh-CN', '李华确认，', '王芳拒绝，'],
  ] as const)('shows who confirmed and when, and what was rejected, with no buttons (%s)', async (locale, confirmedBy, rejected) => {
    const archive = await seed({ nationalGoal: true });
    const figureId = archive.figure['达到7565家']!;
    // 李华 confirms the city's goal; 王芳 rejects the national one, which the city's count is only a part of.
    await callCore(core(), 'settings:set', { editorName: '李华' });
    await callCore(core(), 'check:confirm', { figureId, targetId: archive.targets[0]!, accept: true });
    await callCore(core(), 'settings:set', { editorName: '王芳' });
    await callCore(core(), 'check:confirm', { figureId, targetId: archive.targets[1]!, accept: false });
    await callCore(core(), 'settings:set', { locale });
    window.location.hash = `#/check/${archive.checkedStory}`;
    renderWithProviders(<AppLayout />);

    const article = await screen.findByRole('article', { name: CHECKED.headline });
    await userEvent.setup().click(await within(article).findByRole('button', { name: /^达到7565家/ }));
    const panel = screen.getByRole('region', { name: locale === 'en' ? 'Check results' : '核查结果' });
    const settled = await within(panel).findAllByTestId('verdict-settled');
    expect(settled.map((s) => s.dataset.decision)).toEqual(['confirmed', 'rejected']);
    expect(settled[0]!.textContent).toContain(confirmedBy);
    expect(settled[1]!.textContent).toContain(rejected);
    expect(within(panel).queryByRole('button', { name: locale === 'en' ? 'Confirm' : '确认' })).toBeNull();
  });
});
