import { mockApi } from './mock-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import type { TargetEvent } from '../../shared/domain/target';
import { createFakeBackend, createFakeEvents, makeFigure, makeStory, makeTarget } from './fakeBackend';
import { renderWithProviders } from './render';

beforeEach(() => {
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const met = makeTarget(1, {
  status: 'met',
  computedStatus: 'met',
  explanation: { code: 'met', actual: 7565, target: 7000, zh: '7565家超过目标7000家，已完成。', en: '7,565 is more than the target of 7,000: met.' },
});
const notDue = makeTarget(2, { metric: '科技型企业', metricKey: '科技型企业', value: 48000, comparator: 'gt', status: 'not_due', computedStatus: 'not_due', sourceHeadline: '另一篇稿件' });
const missed = makeTarget(3, {
  metric: 'CPI',
  metricKey: 'cpi',
  value: 3,
  unit: '%',
  comparator: 'approx',
  tolerance: 0.05,
  status: 'missed',
  computedStatus: 'missed',
});
const events: TargetEvent[] = [
  { id: 1, targetId: 1, at: '2023-02-24T08:00:00.000Z', fromStatus: null, toStatus: 'not_due', cause: 'created', figureId: 32, note: '', snapshot: null, author: 'Li Hua' },
  { id: 2, targetId: 1, at: '2024-01-20T08:00:00.000Z', fromStatus: 'not_due', toStatus: 'met', cause: 'evidence', figureId: 41, note: 'From 全市高新技术企业达到7565家', snapshot: null, author: 'Li Hua' },
];

describe('Targets board', () => {
  it('lists targets with status badges and bounds, and filters by status', async () => {
    const backend = createFakeBackend({ targets: [met, notDue, missed] });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/targets';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const table = await screen.findByRole('table', { name: 'Tracked targets' });
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(3);
    expect(within(rows()[0]!).getByText('Met').closest('[data-status]')?.getAttribute('data-status')).toBe('met');
    expect(within(rows()[1]!).getByText('Not due')).toBeTruthy();
    expect(within(rows()[2]!).getByText('Missed')).toBeTruthy();
    expect(within(rows()[0]!).getByText('> 7,000')).toBeTruthy();
    expect(within(rows()[2]!).getByText('≈ 3% (±5%)')).toBeTruthy();

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Met' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0]!).getByText('高新技术企业')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rows()).toHaveLength(3));

    // Due soon is its own view, from its own channel.
    await user.click(screen.getByRole('tab', { name: 'Due in 30 days' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('targets:dueSoon', { days: 30 }));
  });

  it('opens a target: arithmetic, history, and an override that needs a reason', async () => {
    const backend = createFakeBackend({ targets: [met, notDue], targetEvents: events });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/targets/1';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('7,565 is more than the target of 7,000: met.')).toBeTruthy();
    const history = within(dialog).getByRole('list', { name: 'History' });
    const items = within(history).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // Newest first: not due → met, from evidence.
    expect(within(items[0]!).getByText('New evidence')).toBeTruthy();
    expect(within(items[0]!).getByText('From 全市高新技术企业达到7565家')).toBeTruthy();
    expect(within(items[1]!).getByText('Created')).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: '重庆实施“双倍增”行动' }).getAttribute('href')).toBe('#/archive/story/7?figure=32');

    const form = within(dialog).getByRole('form', { name: 'Override the status' });
    await user.click(within(form).getByRole('button', { name: 'Override status' }));
    expect(await within(form).findByText('Say why the status is overridden.')).toBeTruthy();
    expect(backend.call).not.toHaveBeenCalledWith('targets:override', expect.anything());

    await user.click(within(form).getByRole('combobox', { name: 'Status' }));
    await user.click(await within(form).findByRole('option', { name: 'Unclear' }));
    await user.type(within(form).getByRole('textbox', { name: /Reason/ }), '统计口径变了');
    await user.click(within(form).getByRole('button', { name: 'Override status' }));
    await waitFor(() =>
      expect(backend.call).toHaveBeenCalledWith('targets:override', { id: 1, override: { status: 'unclear', reason: '统计口径变了' } }),
    );
    expect(await within(dialog).findByText('Overridden to Unclear: 统计口径变了')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Clear override' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('targets:override', { id: 1, override: null }));
  });

  it('exports the register as a download of the returned file', async () => {
    const backend = createFakeBackend({ targets: [met] });
    mockApi.call.mockImplementation(backend.call);
    const created: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: vi.fn((blob: Blob) => (created.push(blob), 'blob:fake')) });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    window.location.hash = '#/targets';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByRole('table', { name: 'Tracked targets' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(backend.call).toHaveBeenCalledWith('targets:export', { format: 'csv', language: 'en' });
    expect(clicked[0]!.download).toBe('figure-desk-targets.csv');
    expect(clicked[0]!.href).toBe('blob:fake');
    expect(created[0]!.type).toBe('text/csv');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    });
    expect(text).toBe('id,metric\n');

    // the desk's summary, from the export menu, in the UI's language
    await user.click(screen.getByRole('button', { name: 'Export summary' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Summary for the desk (Excel .xlsx)' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('targets:export', { format: 'summary-xlsx', language: 'en' }));
  });

  it('imports a chosen file and shows the result, or the error with its field', async () => {
    const backend = createFakeBackend({ targets: [met] });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/targets';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByRole('table', { name: 'Tracked targets' });
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = await screen.findByRole('dialog');
    const input = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File(['id,metric\n1,GDP\n'], 'register.csv', { type: 'text/csv' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('targets:import', { text: 'id,metric\n1,GDP\n', format: 'csv', mode: 'merge' }));
    expect(await within(dialog).findByText('Imported 1 target')).toBeTruthy();
    expect(within(dialog).getByText('Line 3: story 99 is not in this archive; the link was dropped.')).toBeTruthy();

    await user.upload(input, new File(['{}'], 'broken.json', { type: 'application/json' }));
    await user.click(within(dialog).getByRole('radio', { name: /Replace/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('targets:import', { text: '{}', format: 'json', mode: 'replace' }));
    expect(await within(dialog).findByText('Line 2: value is not a number (value)')).toBeTruthy();
  });
});

describe('Target detail extras', () => {
  it('charts the metric and lists the sentence behind each point, linked to its story', async () => {
    const backend = createFakeBackend({
      targets: [met],
      series: {
        metricKey: '高新技术企业',
        unit: '家',
        targets: [{ targetId: 1, status: 'met', low: 7000, high: 7000, value: 7000, period: null, deadline: '2023-12-31', entity: '重庆' }],
        points: [
          { figureId: 41, storyId: 8, headline: '高新技术企业达7565家', date: '2024-01-20', kind: 'actual', value: 7565, period: null, entity: '重庆', quote: '全市高新技术企业达到7565家' },
          { figureId: 40, storyId: 6, headline: '年中盘点', date: '2023-07-01', kind: 'actual', value: 6400, period: null, entity: '重庆', quote: '高新技术企业6400家' },
        ],
      },
    });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/targets/1';
    renderWithProviders(<AppLayout />);

    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('img', { name: /Chart of 高新技术企业/ })).toBeTruthy();
    expect(backend.call).toHaveBeenCalledWith('targets:series', { metricKey: '高新技术企业', entity: '重庆' });
    const points = within(dialog).getByRole('list', { name: 'Values reported' });
    const links = within(points).getAllByRole('link');
    expect(links.map((b) => b.textContent)).toEqual(['Jul 1, 2023 · 6,400 — “高新技术企业6400家”', 'Jan 20, 2024 · 7,565 — “全市高新技术企业达到7565家”']);
    expect(links[1]!.getAttribute('href')).toBe('#/archive/story/8?figure=41');
    expect(links[1]!.getAttribute('title')).toBe('高新技术企业达7565家');
  });

  it('creates a target by hand', async () => {
    const backend = createFakeBackend({ targets: [] });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/targets';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByText(/No targets yet/);
    await user.click(screen.getByRole('button', { name: 'New target' }));
    const form = await screen.findByRole('form', { name: 'New target' });
    await user.click(within(form).getByRole('button', { name: 'Create target' }));
    expect(within(form).getAllByText('Required').length).toBeGreaterThan(0);
    expect(backend.call).not.toHaveBeenCalledWith('targets:create', expect.anything());

    await user.type(within(form).getByRole('textbox', { name: /Metric/ }), '新增市场主体');
    await user.type(within(form).getByRole('textbox', { name: /^Value/ }), '50000');
    await user.type(within(form).getByRole('textbox', { name: /Unit/ }), '户');
    await user.click(within(form).getByRole('button', { name: 'Create target' }));
    await waitFor(() =>
      expect(backend.call).toHaveBeenCalledWith('targets:create', expect.objectContaining({ metric: '新增市场主体', value: 50000, unit: '户', comparator: 'gte', binding: 'unknown' })),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/targets/100'));
  });
});

describe('Track as target from the reader', () => {
  const BODY = '今年力争高新技术企业突破7000家。';
  const story = makeStory(7, { headline: '重庆实施“双倍增”行动', body: BODY, language: 'zh' });
  const figures = [
    makeFigure(32, 7, BODY, '突破7000家', { value: 7000, unit: '家', qualifier: 'gt', kind: 'target', metric: '高新技术企业' }),
  ];

  it('calls targets:fromFigure and links to the new target on the board', async () => {
    const backend = createFakeBackend({ stories: [story], figures });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/archive/story/7';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await user.click(await screen.findByRole('button', { name: '突破7000家 · target' }));
    await user.click(await screen.findByRole('button', { name: 'Track as target' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('targets:fromFigure', { figureId: 32 }));
    const link = await screen.findByRole('link', { name: 'Open it on the targets board' });
    expect(link.getAttribute('href')).toBe('#/targets/100');
  });

  it('tracks the selected figure with the t key', async () => {
    const backend = createFakeBackend({ stories: [story], figures });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/archive/story/7?figure=32';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByRole('button', { name: 'Track as target' });
    await user.keyboard('t');
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('targets:fromFigure', { figureId: 32 }));
  });

  it('marks a tracked figure in the text, says so in the panel, and t then opens its target', async () => {
    const backend = createFakeBackend({ stories: [story], figures });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/archive/story/7?figure=32';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByRole('button', { name: 'Track as target' });
    await user.keyboard('t');
    expect(await screen.findByText('Tracked as target #100')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Track as target' })).toBeNull();
    const mark = await screen.findByRole('button', { name: '突破7000家 · target · tracked as a target' });
    expect(mark.getAttribute('data-tracked')).toBe('true');

    await user.keyboard('t');
    await waitFor(() => expect(window.location.hash).toBe('#/targets/100'));
    expect(backend.call.mock.calls.filter(([channel]) => channel === 'targets:fromFigure')).toHaveLength(1);
  });
});

describe('Target detail: the audit trail and who linked the evidence', () => {
  const floor = makeTarget(5, { comparator: 'gt', direction: 'floor', tolerance: 0.05, status: 'unclear', computedStatus: 'unclear', deadline: '2023-12-31' });
  const about = makeTarget(6, { comparator: 'approx', direction: 'band', tolerance: 0.05 });
  const overdue = { code: 'overdue_no_evidence', zh: '已过期限（2023-12-31），尚无实际数据', en: 'Past the deadline (2023-12-31) with no reported outcome' };
  const trail: TargetEvent[] = [
    { id: 1, targetId: 5, at: '2024-02-01T08:00:00.000Z', fromStatus: null, toStatus: 'not_due', cause: 'created', figureId: 32, note: '{"code":"stated_as","params":{"quote":"突破7000家"}}', snapshot: null, author: '李华' },
    { id: 2, targetId: 5, at: '2024-02-01T08:00:01.000Z', fromStatus: 'not_due', toStatus: 'unclear', cause: 'evidence', figureId: null, note: '', snapshot: { computedStatus: 'unclear', explanation: overdue }, author: '李华' },
    { id: 3, targetId: 5, at: '2024-02-02T08:00:00.000Z', fromStatus: 'unclear', toStatus: 'unclear', cause: 'evidence', figureId: 41, note: '{"code":"evidence_added","params":{"figureId":41,"by":"editor"}}', snapshot: null, author: '李华' },
    { id: 4, targetId: 5, at: '2024-02-03T08:00:00.000Z', fromStatus: 'unclear', toStatus: 'unclear', cause: 'editor', figureId: null, note: 'evidence figure #22 removed', snapshot: null, author: '' },
  ];
  const evidence = {
    evidence: [{ figureId: 41, storyId: 8, storyDate: '2024-01-20', headline: '高新技术企业达7565家', quote: '全市高新技术企业达到7565家', value: 7565, valueMax: null, unit: '家', currency: null, qualifier: 'eq' as const, kind: 'actual' as const, change: 'level' as const, period: null }],
    links: [{ targetId: 5, figureId: 41, verdict: 'meets', score: 1, confirmedBy: 'editor' as const, createdAt: '2024-02-02T08:00:00.000Z', author: '李华' }],
  };

  it.each([
    ['zh-CN', '重新评估', '原因：已过期限（2023-12-31），尚无实际数据', '数字 #41 作为证据关联（编辑确认）', '李华确认，', '容差'],
    ['en', 'Re-assessed', 'Why: Past the deadline (2023-12-31) with no reported outcome', 'figure #41 linked as evidence by the editor', 'Confirmed by 李华,', 'Tolerance'],
  ] as const)('says what changed and why in the UI language, with tolerance only on an approximate target (%s)', async (locale, reassessed, why, added, confirmedBy, tolerance) => {
    const backend = createFakeBackend({ targets: [floor, about], targetEvents: trail, targetEvidence: { 5: evidence }, settings: { locale } });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/targets/5';
    const { unmount } = renderWithProviders(<AppLayout />);

    const dialog = await screen.findByRole('dialog');
    const history = await within(dialog).findByRole('list', { name: locale === 'en' ? 'History' : '变更记录' });
    const items = within(history).getAllByRole('listitem');
    // Newest first: the free-text note of an old entry as written, the coded ones in the UI language.
    expect(within(items[0]!).getByText('evidence figure #22 removed')).toBeTruthy();
    expect(within(items[1]!).getByTestId('history-note').textContent).toBe(added);
    expect(within(items[2]!).getByText(reassessed)).toBeTruthy();
    expect(within(items[2]!).getByTestId('history-why').textContent).toBe(why);
    expect(within(dialog).getByTestId('evidence-confirmed').textContent).toContain(confirmedBy);
    // A floor target has no tolerance.
    expect(within(dialog).queryByText(tolerance)).toBeNull();
    unmount();

    window.location.hash = '#/targets/6';
    renderWithProviders(<AppLayout />);
    const approxDialog = await screen.findByRole('dialog');
    expect(await within(approxDialog).findByText(tolerance)).toBeTruthy();
  });
});
