import { mockApi } from './mock-api';
import { callCore, withRealCore } from './harness/real-core';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { exportedBytes } from '../../renderer/src/features/export/download';
import type { OutputOf } from '../../shared/contract';
import { renderWithProviders } from './render';

afterEach(() => {
  vi.restoreAllMocks();
});

const core = withRealCore();

const GOAL = { headline: '重庆实施“双倍增”行动', body: '今年力争高新技术企业突破7000家，全年居民消费价格涨幅3%左右。到2030年，科技型企业超过10万家。' };
const MIDYEAR = { headline: '年中盘点', body: '上半年全市高新技术企业6400家。' };
const CHECKED = { headline: '高新技术企业达7565家', body: '2023年全市高新技术企业达到7565家，全年居民消费价格上涨3.8%。' };

const figuresOf = async (storyId: number) => Object.fromEntries((await callCore(core(), 'figures:list', { storyId })).map((f) => [f.quote, f.id])) as Record<string, number>;

/**
 * A register of three 重庆日报 goals: 高新技术企业 (met by a later story, as the editor
 * confirmed), consumer prices (about 3%, missed at 3.8%) and 科技型企业 by 2030 (not due).
 */
async function seedRegister({ confirm = true } = {}) {
  await callCore(core(), 'settings:set', { editorName: '李华' });
  const page = (story: { headline: string; body: string }) => `${story.headline}\n\n${story.body}`;
  const goalStory = (await core().importText('goal.txt', page(GOAL), { publication: '重庆日报', date: '2023-02-24' })).imported[0]!.id;
  const goal = await figuresOf(goalStory);
  const track = (quote: string) => callCore(core(), 'targets:fromFigure', { figureId: goal[quote]! });
  const targets = { hightech: await track('突破7000家'), prices: await track('3%左右'), tech: await track('超过10万家') };
  const midyearStory = (await core().importText('midyear.txt', page(MIDYEAR), { publication: '重庆日报', date: '2023-07-01' })).imported[0]!.id;
  const checkedStory = (await core().importText('checked.txt', page(CHECKED), { publication: '重庆日报', date: '2024-01-20' })).imported[0]!.id;
  const checked = await figuresOf(checkedStory);
  if (confirm) {
    await callCore(core(), 'check:confirm', { figureId: checked['达到7565家']!, targetId: targets.hightech.id, accept: true });
    await callCore(core(), 'check:confirm', { figureId: checked['上涨3.8%']!, targetId: targets.prices.id, accept: true });
  }
  return { goalStory, goal, midyearStory, midyear: await figuresOf(midyearStory), checkedStory, checked, targets };
}

/** The board's row of a target, found by its metric. */
const rowOf = (table: HTMLElement, metric: string) => within(table).getAllByRole('row').find((row) => within(row).queryByText(metric))!;

describe('Targets board', () => {
  it('lists targets with status badges and bounds, and filters by status', async () => {
    await seedRegister();
    window.location.hash = '#/targets';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const table = await screen.findByRole('table', { name: 'Tracked targets' });
    const rows = () => within(table).getAllByRole('row').slice(1);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(within(rowOf(table, '高新技术企业')).getByText('Met').closest('[data-status]')?.getAttribute('data-status')).toBe('met');
    expect(within(rowOf(table, '科技型企业')).getByText('Not due')).toBeTruthy();
    expect(within(rowOf(table, '居民消费价格涨幅')).getByText('Missed')).toBeTruthy();
    expect(within(rowOf(table, '高新技术企业')).getByText('> 7,000')).toBeTruthy();
    expect(within(rowOf(table, '居民消费价格涨幅')).getByText('≈ 3% (±10%)')).toBeTruthy();

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Met' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0]!).getByText('高新技术企业')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rows()).toHaveLength(3));

    // Due soon is its own view, from its own channel.
    await user.click(screen.getByRole('tab', { name: 'Due in 30 days' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('targets:dueSoon', { days: 30 }));
  });

  it('opens a target: arithmetic, history, and an override that needs a reason', async () => {
    const { targets, goalStory, goal } = await seedRegister();
    const id = targets.hightech.id;
    window.location.hash = `#/targets/${id}`;
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('7,565 > 7,000: met, 8.1% above')).toBeTruthy();
    const history = within(dialog).getByRole('list', { name: 'History' });
    const items = within(history).getAllByRole('listitem');
    // Newest first: met, from the evidence the editor confirmed; first, created.
    expect(within(items[0]!).getByText('New evidence')).toBeTruthy();
    expect(within(items[0]!).getByTestId('history-note').textContent).toMatch(/linked as evidence by the editor/);
    expect(within(items.at(-1)!).getByText('Created')).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: GOAL.headline }).getAttribute('href')).toBe(`#/archive/story/${goalStory}?figure=${goal['突破7000家']}`);

    const form = within(dialog).getByRole('form', { name: 'Override the status' });
    await user.click(within(form).getByRole('button', { name: 'Override status' }));
    expect(await within(form).findByText('Say why the status is overridden.')).toBeTruthy();
    expect(mockApi.call).not.toHaveBeenCalledWith('targets:override', expect.anything());

    await user.click(within(form).getByRole('combobox', { name: 'Status' }));
    await user.click(await within(form).findByRole('option', { name: 'Unclear' }));
    await user.type(within(form).getByRole('textbox', { name: /Reason/ }), '统计口径变了');
    await user.click(within(form).getByRole('button', { name: 'Override status' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('targets:override', { id, override: { status: 'unclear', reason: '统计口径变了' } }));
    expect(await within(dialog).findByText('Overridden to Unclear: 统计口径变了')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Clear override' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('targets:override', { id, override: null }));
    await waitFor(async () => expect((await callCore(core(), 'targets:get', { id })).target.status).toBe('met'));
  });

  it('exports the register as a download of the returned file', async () => {
    await seedRegister();
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
    expect(mockApi.call).toHaveBeenCalledWith('targets:export', { format: 'csv', language: 'en' });
    const index = mockApi.call.mock.calls.findIndex(([c]) => c === 'targets:export');
    const file = (await mockApi.call.mock.results[index]!.value) as OutputOf<'targets:export'>;
    expect(clicked[0]!.download).toBe(file.fileName);
    expect(file.fileName).toMatch(/\.csv$/);
    expect(clicked[0]!.href).toBe('blob:fake');
    expect(created[0]!.type).toBe(file.mime);
    expect(file.mime).toMatch(/^text\/csv/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    });
    // The register as the core wrote it: a header and one row per target.
    expect(text).toBe(new TextDecoder().decode(exportedBytes(file)));
    expect(text).toContain('高新技术企业');

    // the desk's summary, from the export menu, in the UI's language
    await user.click(screen.getByRole('button', { name: 'Export summary' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Summary for the desk (Excel .xlsx)' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('targets:export', { format: 'summary-xlsx', language: 'en' }));
  });

  it('imports a chosen file and shows the result, or the error with its field', async () => {
    await seedRegister({ confirm: false });
    // The register as exported, with its sources pointing at a story this archive does not have.
    const exported = new TextDecoder().decode(exportedBytes(await callCore(core(), 'targets:export', { format: 'json' })));
    const register = JSON.parse(exported) as { targets: Array<Record<string, unknown>> } & Record<string, unknown>;
    const one = { ...register, targets: [{ ...register.targets[0]!, sourceStoryId: 99 }] };
    window.location.hash = '#/targets';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByRole('table', { name: 'Tracked targets' });
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = await screen.findByRole('dialog');
    const input = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([JSON.stringify(one)], 'register.json', { type: 'application/json' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('targets:import', { text: JSON.stringify(one), format: 'json', mode: 'merge' }));
    expect(await within(dialog).findByText('Imported 1 target')).toBeTruthy();
    expect(within(dialog).getByText(/story 99 is not in this archive/)).toBeTruthy();

    await user.upload(input, new File(['{}'], 'broken.json', { type: 'application/json' }));
    await user.click(within(dialog).getByRole('radio', { name: /Replace/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('targets:import', { text: '{}', format: 'json', mode: 'replace' }));
    // Nothing imported, the file named, what it is not and what to do.
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('broken.json could not be imported');
    expect(alert.textContent).toContain('Nothing was imported');
    expect(alert.textContent).not.toMatch(/target 1/);
  });

  it.each([
    ['en', 'Import…', 'Import', 'Tracked targets', ['cq-register.json could not be imported', 'found an object without "format": "figure-desk-targets"', 'Export JSON on the Targets page']],
    ['zh-CN', '导入…', '导入', '跟踪中的目标', ['无法导入 cq-register.json', '未导入任何目标', '该文件中的对象没有 "format": "figure-desk-targets"', '请在“目标”页点击“导出 JSON”']],
  ] as const)('says which file is not a register, what it found and what to do, in the UI language (%s)', async (locale, open, run, table, says) => {
    await seedRegister({ confirm: false });
    await callCore(core(), 'settings:set', { locale });
    window.location.hash = '#/targets';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByRole('table', { name: table });
    await user.click(screen.getByRole('button', { name: open }));
    const dialog = await screen.findByRole('dialog');
    const input = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File(['{}'], 'cq-register.json', { type: 'application/json' }));
    await user.click(within(dialog).getByRole('button', { name: run }));
    const alert = await within(dialog).findByRole('alert');
    for (const words of says) expect(alert.textContent).toContain(words);
    expect(alert.textContent).not.toMatch(/target 1|format\)/);
  });
});

describe('Targets board charts', () => {
  /** A viewport the test scrolls by hand: what IntersectionObserver reports is what the test says. */
  function controllableViewport() {
    const observers: Array<{ callback: IntersectionObserverCallback; targets: Element[] }> = [];
    class FakeObserver {
      private readonly entry: { callback: IntersectionObserverCallback; targets: Element[] };
      constructor(callback: IntersectionObserverCallback) {
        this.entry = { callback, targets: [] };
        observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.targets.push(target);
      }
      disconnect() {
        this.entry.targets = [];
      }
      unobserve() {}
      takeRecords() {
        return [];
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    return {
      /** Every part waiting for the view comes into it. */
      scrollToAll() {
        for (const o of observers) {
          const entries = o.targets.map((target) => ({ target, isIntersecting: true }) as unknown as IntersectionObserverEntry);
          if (entries.length) act(() => o.callback(entries, o as unknown as IntersectionObserver));
        }
      },
    };
  }
  afterEach(() => vi.unstubAllGlobals());

  it('draws a metric chart only when it comes near the view, and asks for its series then', async () => {
    const viewport = controllableViewport();
    await seedRegister();
    window.location.hash = '#/targets';
    renderWithProviders(<AppLayout />);

    const table = await screen.findByRole('table', { name: 'Tracked targets' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const charts = screen.getByRole('region', { name: 'Charts by metric' });
    expect(within(charts).getByText('高新技术企业 · 重庆市')).toBeTruthy();
    expect(mockApi.call).not.toHaveBeenCalledWith('targets:series', expect.anything());
    expect(within(charts).queryByRole('img', { name: /Chart of/ })).toBeNull();

    viewport.scrollToAll();
    expect(await within(charts).findByRole('img', { name: /Chart of 高新技术企业/ })).toBeTruthy();
    expect(mockApi.call).toHaveBeenCalledWith('targets:series', { metricKey: '高新技术企业', entity: '重庆市' });
  });
});

describe('Target detail extras', () => {
  it('charts the metric and lists the sentence behind each point, linked to its story', async () => {
    const { targets, midyearStory, midyear, checkedStory, checked } = await seedRegister();
    window.location.hash = `#/targets/${targets.hightech.id}`;
    renderWithProviders(<AppLayout />);

    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('img', { name: /Chart of 高新技术企业/ })).toBeTruthy();
    expect(mockApi.call).toHaveBeenCalledWith('targets:series', { metricKey: '高新技术企业', entity: '重庆市' });
    const points = within(dialog).getByRole('list', { name: 'Values reported' });
    const links = within(points).getAllByRole('link');
    expect(links.map((b) => b.textContent)).toEqual(['Jul 1, 2023 · 6,400 — “6400家”', 'Jan 20, 2024 · 7,565 — “达到7565家”']);
    expect(links[0]!.getAttribute('href')).toBe(`#/archive/story/${midyearStory}?figure=${midyear['6400家']}`);
    expect(links[1]!.getAttribute('href')).toBe(`#/archive/story/${checkedStory}?figure=${checked['达到7565家']}`);
    expect(links[1]!.getAttribute('title')).toBe(CHECKED.headline);
  });

  it('creates a target by hand', async () => {
    window.location.hash = '#/targets';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByText(/No targets yet/);
    await user.click(screen.getByRole('button', { name: 'New target' }));
    const form = await screen.findByRole('form', { name: 'New target' });
    await user.click(within(form).getByRole('button', { name: 'Create target' }));
    expect(within(form).getAllByText('Required').length).toBeGreaterThan(0);
    expect(mockApi.call).not.toHaveBeenCalledWith('targets:create', expect.anything());

    await user.type(within(form).getByRole('textbox', { name: /Metric/ }), '新增市场主体');
    await user.type(within(form).getByRole('textbox', { name: /^Value/ }), '50000');
    await user.type(within(form).getByRole('textbox', { name: /Unit/ }), '户');
    await user.click(within(form).getByRole('button', { name: 'Create target' }));
    await waitFor(() =>
      expect(mockApi.call).toHaveBeenCalledWith('targets:create', expect.objectContaining({ metric: '新增市场主体', value: 50000, unit: '户', comparator: 'gte', binding: 'unknown' })),
    );
    const [made] = await callCore(core(), 'targets:list', {});
    expect(made).toMatchObject({ metric: '新增市场主体', value: 50000, unit: '户' });
    await waitFor(() => expect(window.location.hash).toBe(`#/targets/${made!.id}`));
  });

  it('corrects a tracked target: its terms go to the core, a tolerance in percent as a share, and the detail shows them', async () => {
    const { targets } = await seedRegister({ confirm: false });
    window.location.hash = `#/targets/${targets.hightech.id}`;
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Edit' }));
    const form = await within(dialog).findByRole('form', { name: 'Edit the target' });
    const tolerance = within(form).getByRole('textbox', { name: /Tolerance/ });
    await user.clear(tolerance);
    await user.type(tolerance, '5');
    await user.type(within(form).getByRole('textbox', { name: 'Notes' }), '按年报口径');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(mockApi.call).toHaveBeenCalledWith('targets:update', { id: targets.hightech.id, patch: expect.objectContaining({ tolerance: 0.05, notes: '按年报口径', unit: '家' }) }),
    );
    const patch = (mockApi.call.mock.calls.find(([channel]) => channel === 'targets:update')![1] as { patch: Record<string, unknown> }).patch;
    expect(patch).not.toHaveProperty('metric');
    expect(await callCore(core(), 'targets:get', { id: targets.hightech.id })).toMatchObject({ target: { tolerance: 0.05, notes: '按年报口径' } });
    await waitFor(() => expect(within(dialog).queryByRole('form', { name: 'Edit the target' })).toBeNull());
  });
});

describe('Track as target from the reader', () => {
  /** A story with one goal, not yet tracked; its id and the goal's figure. */
  async function seedGoal() {
    const storyId = (await core().importText('goal.txt', '重庆实施“双倍增”行动\n\n今年力争高新技术企业突破7000家。', { publication: '重庆日报', date: '2023-02-24' })).imported[0]!.id;
    return { storyId, figureId: (await figuresOf(storyId))['突破7000家']! };
  }
  const trackedId = async () => (await callCore(core(), 'targets:list', {}))[0]!.id;

  it('calls targets:fromFigure and links to the new target on the board', async () => {
    const { storyId, figureId } = await seedGoal();
    window.location.hash = `#/archive/story/${storyId}`;
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await user.click(await screen.findByRole('button', { name: '突破7000家 · target' }));
    await user.click(await screen.findByRole('button', { name: 'Track as target' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('targets:fromFigure', { figureId }));
    const link = await screen.findByRole('link', { name: 'Open it on the targets board' });
    expect(link.getAttribute('href')).toBe(`#/targets/${await trackedId()}`);
  });

  it('tracks the selected figure with the t key', async () => {
    const { storyId, figureId } = await seedGoal();
    window.location.hash = `#/archive/story/${storyId}?figure=${figureId}`;
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByRole('button', { name: 'Track as target' });
    await user.keyboard('t');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('targets:fromFigure', { figureId }));
  });

  it('marks a tracked figure in the text, says so in the panel, and t then opens its target', async () => {
    const { storyId, figureId } = await seedGoal();
    window.location.hash = `#/archive/story/${storyId}?figure=${figureId}`;
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    await screen.findByRole('button', { name: 'Track as target' });
    await user.keyboard('t');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('targets:fromFigure', { figureId }));
    const id = await trackedId();
    expect(await screen.findByText(`Tracked as target #${id}`)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Track as target' })).toBeNull();
    const mark = await screen.findByRole('button', { name: '突破7000家 · target · tracked as a target' });
    expect(mark.getAttribute('data-tracked')).toBe('true');

    await user.keyboard('t');
    await waitFor(() => expect(window.location.hash).toBe(`#/targets/${id}`));
    expect(mockApi.call.mock.calls.filter(([channel]) => channel === 'targets:fromFigure')).toHaveLength(1);
  });
});

describe('Target detail: the audit trail and who linked the evidence', () => {
  it.each([
    ['zh-CN', '创建', '原因：已过期限（2023-12-31），尚无实际数据', '作为证据关联（编辑确认）', '李华确认，', '容差'],
    ['en', 'Created', 'Why: Past the deadline (2023-12-31) with no reported outcome', 'linked as evidence by the editor', 'Confirmed by 李华,', 'Tolerance'],
  ] as const)('says what changed and why in the UI language, with tolerance only on an approximate target (%s)', async (locale, created, why, added, confirmedBy, tolerance) => {
    const { targets, checked } = await seedRegister();
    await callCore(core(), 'settings:set', { locale });
    window.location.hash = `#/targets/${targets.hightech.id}`;
    const { unmount } = renderWithProviders(<AppLayout />);

    const dialog = await screen.findByRole('dialog');
    const history = await within(dialog).findByRole('list', { name: locale === 'en' ? 'History' : '变更记录' });
    const items = within(history).getAllByRole('listitem');
    // Newest first, each in the UI language: the evidence the editor linked, the re-assessment when the deadline passed.
    expect(within(items[0]!).getByTestId('history-note').textContent).toContain(`#${checked['达到7565家']}`);
    expect(within(items[0]!).getByTestId('history-note').textContent).toContain(added);
    // Tracked after its deadline: the status it was given then, and why.
    const reassessment = items.find((item) => within(item).queryByTestId('history-why')?.textContent === why);
    expect(reassessment).toBeTruthy();
    expect(within(reassessment!).getByText(created)).toBeTruthy();
    expect(within(dialog).getByTestId('evidence-confirmed').textContent).toContain(confirmedBy);
    // A floor target has no tolerance.
    expect(within(dialog).queryByText(tolerance)).toBeNull();
    unmount();

    window.location.hash = `#/targets/${targets.prices.id}`;
    renderWithProviders(<AppLayout />);
    const approxDialog = await screen.findByRole('dialog');
    expect(await within(approxDialog).findByText(tolerance)).toBeTruthy();
  });
});
