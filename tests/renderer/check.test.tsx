import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import type { CheckVerdict, StoryCheck } from '../../shared/domain/check';
import { createFakeBackend, createFakeEvents, makeFigure, makeStory, makeTarget } from './fakeBackend';
import { renderWithProviders } from './render';
import type * as ApiModule from '../../renderer/src/api';

const { mockApi } = vi.hoisted(() => ({
  mockApi: { call: vi.fn(), subscribe: vi.fn(() => () => {}), transportKind: () => 'ipc' as const },
}));
vi.mock('../../renderer/src/api', async (importOriginal) => ({
  ...(await importOriginal<typeof ApiModule>()),
  api: mockApi,
}));

beforeEach(() => {
  mockApi.call.mockReset();
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
});

const EARLIER = '今年力争高新技术企业突破7000家。';
const BODY = '2023年全市高新技术企业达到7565家。\n全市GDP增长6.5%，人口3191万人。';
const earlier = makeStory(7, { headline: '重庆实施“双倍增”行动', body: EARLIER, language: 'zh', date: '2023-02-24' });
const later = makeStory(8, { headline: '高新技术企业达7565家', body: BODY, language: 'zh', date: '2024-01-20' });
const f41 = makeFigure(41, 8, BODY, '7565家', { value: 7565, unit: '家', kind: 'actual', metric: '高新技术企业' });
const f42 = makeFigure(42, 8, BODY, '增长6.5%', { value: 6.5, unit: '%', kind: 'actual', change: 'increase', metric: 'GDP' });
const f43 = makeFigure(43, 8, BODY, '3191万人', { value: 31910000, unit: '人', kind: 'actual', metric: '人口' });

const verdict = (patch: Partial<CheckVerdict>): CheckVerdict => ({
  against: 'target',
  id: 1,
  verdict: 'meets',
  explanation: { code: 'x', zh: '中文说明', en: 'English sentence' },
  score: 0.9,
  suggestion: false,
  source: null,
  relatedFigureIds: [],
  attached: false,
  ...patch,
});

const checks: StoryCheck = [
  {
    figure: f41,
    verdicts: [
      verdict({
        explanation: { code: 'meets', actual: 7565, target: 7000, zh: '7565家超过目标7000家，已完成。', en: '7,565 is more than the target of 7,000: met.' },
        source: { storyId: 7, headline: '重庆实施“双倍增”行动', date: '2023-02-24', quote: '突破7000家' },
      }),
    ],
  },
  {
    figure: f42,
    verdicts: [
      verdict({
        against: 'figure',
        id: 33,
        verdict: 'conflict',
        score: 0.6,
        suggestion: true,
        explanation: { code: 'conflict', zh: '此前报道为6.1%，相差0.4个百分点。', en: 'Earlier reported as 6.1%, 0.4 points apart.' },
        source: { storyId: 5, headline: '去年经济回顾', date: '2023-01-10', quote: '增长6.1%' },
      }),
    ],
  },
  { figure: f43, verdicts: [verdict({ against: 'none', id: null, verdict: 'unmatched', score: 0, explanation: { code: 'unmatched', zh: '没有可比对的内容。', en: 'Nothing stored speaks to this figure.' } })] },
];

function setup() {
  const backend = createFakeBackend({
    stories: [earlier, later],
    targets: [makeTarget(1, { status: 'not_due', computedStatus: 'not_due' })],
    checks: { 8: checks },
  });
  mockApi.call.mockImplementation(backend.call);
  return backend;
}

describe('Check page', () => {
  it('picks a story from the archive and checks it', async () => {
    const backend = setup();
    window.location.hash = '#/check';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const link = await screen.findByRole('link', { name: '高新技术企业达7565家' });
    expect(link.getAttribute('href')).toBe('#/check/8');
    await user.click(link);
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('check:story', { storyId: 8 }));
    expect(await screen.findByRole('heading', { level: 1, name: '高新技术企业达7565家' })).toBeTruthy();
  });

  it('highlights figures by verdict and shows both sources side by side', async () => {
    setup();
    window.location.hash = '#/check/8';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const article = await screen.findByRole('article', { name: '高新技术企业达7565家' });
    const met = await within(article).findByRole('button', { name: '7565家 · Meets target' });
    const conflict = within(article).getByRole('button', { name: '增长6.5% · Conflict' });
    const unmatched = within(article).getByRole('button', { name: '3191万人 · No match' });
    expect(met.dataset.verdict).toBe('meets');
    expect(conflict.dataset.verdict).toBe('conflict');
    expect(unmatched.dataset.verdict).toBe('unmatched');
    expect(met.className).toMatch(/v-green/);
    expect(conflict.className).toMatch(/v-red/);
    expect(unmatched.className).toMatch(/v-gray/);

    // The first figure with something to settle is selected (once the verdicts have loaded).
    await waitFor(() => expect(met.getAttribute('aria-pressed')).toBe('true'));
    const panel = screen.getByRole('region', { name: 'Check results' });
    expect(within(panel).getByText('7,565 is more than the target of 7,000: met.')).toBeTruthy();
    const mine = within(panel).getByRole('region', { name: 'This story' });
    const theirs = within(panel).getByRole('region', { name: 'The target' });
    expect(within(mine).getByText('7565家')).toBeTruthy();
    expect(within(theirs).getByText('突破7000家')).toBeTruthy();
    expect(within(theirs).getByRole('link', { name: '重庆实施“双倍增”行动' }).getAttribute('href')).toBe('#/archive/story/7');

    await user.click(conflict);
    expect(within(panel).getByText('Earlier reported as 6.1%, 0.4 points apart.')).toBeTruthy();
    const earlierSource = within(panel).getByRole('region', { name: 'Earlier source' });
    expect(within(earlierSource).getByText('增长6.1%')).toBeTruthy();
    expect(within(panel).getByText('Suggestion')).toBeTruthy();
  });

  it('confirms a target match with check:confirm and shows the target’s new status', async () => {
    const backend = setup();
    window.location.hash = '#/check/8';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const panel = await screen.findByRole('region', { name: 'Check results' });
    await user.click(await within(panel).findByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('check:confirm', { figureId: 41, targetId: 1, accept: true }));
    const status = await within(panel).findByRole('status');
    expect(within(status).getByText('Confirmed')).toBeTruthy();
    expect(within(status).getByText('Met')).toBeTruthy();
    expect(within(status).getByRole('link', { name: 'Open on the targets board' }).getAttribute('href')).toBe('#/targets/1');
    expect(within(panel).queryByRole('button', { name: 'Confirm' })).toBeNull();
  });

  it('moves with j/k and rejects the top suggestion with x', async () => {
    const backend = setup();
    window.location.hash = '#/check/8';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const article = await screen.findByRole('article', { name: '高新技术企业达7565家' });
    const conflict = await within(article).findByRole('button', { name: '增长6.5% · Conflict' });
    await user.keyboard('j');
    expect(conflict.getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('x');
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('check:confirm', { figureId: 42, otherFigureId: 33, accept: false }));
    expect(await screen.findByText('Rejected')).toBeTruthy();
    await user.keyboard('k');
    expect(within(article).getByRole('button', { name: '7565家 · Meets target' }).getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('c');
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('check:confirm', { figureId: 41, targetId: 1, accept: true }));
  });

  it('exports the check as CSV in the UI language', async () => {
    const backend = setup();
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: vi.fn(() => 'blob:fake') });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    window.location.hash = '#/check/8';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('check:export', { storyId: 8, language: 'en' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    click.mockRestore();
  });
});

describe('Check page: matches settled before', () => {
  const settledChecks: StoryCheck = [
    {
      figure: f41,
      verdicts: [
        verdict({ attached: true, settled: { decision: 'confirmed', author: '李华', at: '2024-01-20T08:30:00.000Z' } }),
        verdict({ id: 2, verdict: 'not_comparable', settled: { decision: 'rejected', author: '', at: '2024-01-21T09:00:00.000Z' } }),
      ],
    },
  ];
  it.each([
    ['en', 'Confirmed by 李华,', 'Rejected '],
    ['zh-CN', '李华确认，', '已拒绝，'],
  ] as const)('shows who confirmed and when, and what was rejected, with no buttons (%s)', async (locale, confirmedBy, rejected) => {
    const backend = createFakeBackend({
      stories: [earlier, later],
      targets: [makeTarget(1), makeTarget(2)],
      checks: { 8: settledChecks },
      settings: { locale },
    });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/check/8';
    renderWithProviders(<AppLayout />);

    const article = await screen.findByRole('article', { name: '高新技术企业达7565家' });
    await userEvent.setup().click(await within(article).findByRole('button', { name: /^7565家/ }));
    const panel = screen.getByRole('region', { name: locale === 'en' ? 'Check results' : '核查结果' });
    const settled = await within(panel).findAllByTestId('verdict-settled');
    expect(settled.map((s) => s.dataset.decision)).toEqual(['confirmed', 'rejected']);
    expect(settled[0]!.textContent).toContain(confirmedBy);
    expect(settled[1]!.textContent).toContain(rejected);
    expect(within(panel).queryByRole('button', { name: locale === 'en' ? 'Confirm' : '确认' })).toBeNull();
  });
});
