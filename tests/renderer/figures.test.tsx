import { mockApi } from './mock-api';
import { callCore, withRealCore, type RealCore } from './harness/real-core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { paragraphsWithFigures } from '../../renderer/src/features/figures/highlight';
import type { Figure } from '../../shared/domain/figure';
import { renderWithProviders } from './render';

const HEADLINE = '重庆实施“双倍增”行动';
const BODY = '今年力争科技型企业超过4.8万家、高新技术企业突破7000家。\n去年全市GDP增长6.1%。\n预计明年增长6%左右。';

const core = withRealCore();

/**
 * A 重庆日报 story whose four figures the core reads: two goals, an outcome and a forecast,
 * which an editor has rejected. Its id, and its figures by quote.
 */
async function seedStory(c: RealCore = core()) {
  const { imported } = await c.importText('cq.txt', `${HEADLINE}\n\n  ${BODY.replace('\n预计', '\n\n预计')}`, { publication: '重庆日报', date: '2023-02-24' });
  const id = imported[0]!.id;
  const figures = await callCore(c, 'figures:list', { storyId: id });
  const byQuote = Object.fromEntries(figures.map((f) => [f.quote, f])) as Record<string, Figure>;
  await callCore(c, 'figures:update', { id: byQuote['增长6%左右']!.id, patch: { review: 'rejected' } });
  return { id, figures, figure: (quote: string) => byQuote[quote]!.id };
}

describe('Figures in the reader', () => {
  it('marks every figure that is not rejected at its offsets, named by quote and kind', async () => {
    const { id, figures } = await seedStory();
    window.location.hash = `#/archive/story/${id}`;
    renderWithProviders(<AppLayout />);

    await screen.findByRole('heading', { level: 1, name: '重庆实施“双倍增”行动' });
    const article = screen.getByRole('article');
    await waitFor(() => expect(article.querySelectorAll('mark')).toHaveLength(3));
    const marks = Array.from(article.querySelectorAll('mark'));
    for (const mark of marks) {
      const figure = figures.find((f) => f.id === Number(mark.dataset.figureId))!;
      expect(mark.textContent).toBe(figure.quote);
      expect(BODY.slice(figure.start, figure.end)).toBe(mark.textContent);
    }
    expect(within(article).getByRole('button', { name: '超过4.8万家 · target' })).toBe(marks[0]);
    expect(within(article).getByRole('button', { name: '增长6.1% · actual' })).toBe(marks[2]);
    // The paragraphs keep their text around the marks.
    expect(Array.from(article.querySelectorAll('p')).map((p) => p.textContent).slice(1, 4)).toEqual([
      '今年力争科技型企业超过4.8万家、高新技术企业突破7000家。',
      '去年全市GDP增长6.1%。',
      '预计明年增长6%左右。',
    ]);
    // The rejected figure is listed, not marked; the list formats values for the locale.
    const list = screen.getByRole('list', { name: 'Figures in this story' });
    expect(within(list).getAllByRole('button')).toHaveLength(4);
    expect(within(list).getByText('more than 48,000')).toBeTruthy();
    expect(within(list).getByText('6.1%')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Figure kinds' })).toBeTruthy();
  });

  it('selects a figure from the text, shows how it was read, and saves an edit and a confirmation', async () => {
    const { id, figure } = await seedStory();
    window.location.hash = `#/archive/story/${id}`;
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    const mark = await screen.findByRole('button', { name: '超过4.8万家 · target' });
    await user.click(mark);
    expect(mark.getAttribute('aria-pressed')).toBe('true');
    const list = screen.getByRole('list', { name: 'Figures in this story' });
    expect(within(list).getAllByRole('button').map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false', 'false']);

    const reading = screen.getByRole('region', { name: 'How it was read' });
    expect(within(reading).getByText('力争')).toBeTruthy();
    // The rule id and the confidence are the extractor's business: behind a closed disclosure.
    const internals = within(reading).getByText('zh.number+unit').closest('details');
    expect(internals?.open).toBe(false);
    expect(within(reading).getByText('90%').closest('details')).toBe(internals);
    expect(internals?.querySelector('summary')?.textContent).toBe('How it was read (rule and keys)');
    expect(within(reading).getAllByText(/今年/).length).toBeGreaterThan(0);

    await user.click(within(reading).getByRole('button', { name: 'Edit' }));
    const form = within(reading).getByRole('form', { name: 'Edit the figure' });
    const value = within(form).getByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, '50,000');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'actual');
    // The core read 重庆市 from the paper's city; the editor names it as the desk does.
    await user.clear(within(form).getByRole('textbox', { name: 'Entity' }));
    await user.type(within(form).getByRole('textbox', { name: 'Entity' }), '重庆');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('figures:update', { id: figure('超过4.8万家'), patch: { value: 50000, kind: 'actual', entity: '重庆' } }));
    // The text follows: the mark is now an actual figure.
    expect(await screen.findByRole('button', { name: '超过4.8万家 · actual' })).toBeTruthy();

    // A correction counts as confirmed; the editor can still reject it, and then it is not marked.
    const after = screen.getByRole('region', { name: 'How it was read' });
    expect(within(after).getByText('Corrected by an editor')).toBeTruthy();
    expect(within(after).getByRole('button', { name: 'Confirm' })).toHaveProperty('disabled', true);
    await user.click(within(after).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('figures:update', { id: figure('超过4.8万家'), patch: { review: 'rejected' } }));
    await waitFor(() => expect(within(screen.getByRole('article')).queryByRole('button', { name: /超过4.8万家/ })).toBeNull());

    // Picking from the list selects in the text too, and Confirm confirms.
    await user.click(within(list).getAllByRole('button')[1]!);
    expect(screen.getByRole('button', { name: '突破7000家 · target' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(within(screen.getByRole('region', { name: 'How it was read' })).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('figures:update', { id: figure('突破7000家'), patch: { review: 'confirmed' } }));

    await user.click(screen.getByRole('button', { name: 'Re-extract' }));
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('figures:reextract', { storyId: id }));
  });

  it('opens with the figure from the link selected', async () => {
    const { id, figure } = await seedStory();
    window.location.hash = `#/archive/story/${id}?figure=${figure('增长6.1%')}`;
    renderWithProviders(<AppLayout />);
    const mark = await screen.findByRole('button', { name: '增长6.1% · actual' });
    expect(mark.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('region', { name: 'How it was read' })).toBeTruthy();
  });

  it('maps offsets per paragraph and survives drifted offsets', async () => {
    const { figures } = await seedStory();
    const drifted = { ...figures[1]!, start: figures[1]!.start + 3, end: figures[1]!.end + 3 };
    const paragraphs = paragraphsWithFigures(BODY, [figures[0]!, drifted]);
    const marked = paragraphs.flatMap((p) => p.segments.filter((s) => s.figure).map((s) => s.text));
    expect(marked).toEqual(['超过4.8万家', '突破7000家']);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(BODY.split('\n').map((l) => l.trim()).filter(Boolean));
  });
});

describe('Figure queue', () => {
  /** The story above and an older Gazette story with a budget line (£2m): the queue starts at the newest story. */
  async function seedQueue() {
    const cq = await seedStory();
    const { imported } = await core().importText('gazette.txt', 'Budget day\n\nThe council set aside £2m for roads.', { publication: 'Evening Gazette', date: '2023-01-10' });
    const [budget] = await callCore(core(), 'figures:list', { storyId: imported[0]!.id });
    expect(budget!.quote).toBe('£2m');
    return { cq, budget: { story: imported[0]!.id, figure: budget!.id } };
  }

  it('moves with j/k, confirms with c, rejects with x, and opens the story with Enter', async () => {
    const { cq, budget } = await seedQueue();
    window.location.hash = '#/figures/queue';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Figure queue' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Figure queue' }).getAttribute('aria-current')).toBe('page');
    const list = await screen.findByRole('list', { name: 'Figures to review' });
    const rows = () => within(list).getAllByRole('listitem');
    expect(rows()).toHaveLength(4); // the rejected one is not in the queue
    expect(screen.getByText('4 figures to review')).toBeTruthy();
    // A little context around the quote, and the headline links to the story at the figure.
    await waitFor(() => expect(rows()[0]!.textContent).toContain('今年力争科技型企业超过4.8万家、高新技术企业'));
    expect(within(rows()[0]!).getByRole('link', { name: '重庆实施“双倍增”行动' }).getAttribute('href')).toBe(`#/archive/story/${cq.id}?figure=${cq.figure('超过4.8万家')}`);

    await user.keyboard('c');
    expect(rows()).toHaveLength(3); // at once, before the core answers
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('figures:update', { id: cq.figure('超过4.8万家'), patch: { review: 'confirmed' } }));

    await user.keyboard('j');
    expect(rows()[1]!.getAttribute('aria-current')).toBe('true');
    await user.keyboard('x');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('figures:update', { id: cq.figure('增长6.1%'), patch: { review: 'rejected' } }));
    expect(rows().map((r) => within(r).getByRole('link').getAttribute('href'))).toEqual([`#/archive/story/${cq.id}?figure=${cq.figure('突破7000家')}`, `#/archive/story/${budget.story}?figure=${budget.figure}`]);

    await user.keyboard('{ArrowDown}');
    await user.keyboard('e');
    const form = within(rows()[1]!).getByRole('form', { name: 'Edit the figure' });
    await user.clear(within(form).getByRole('textbox', { name: 'Metric' }));
    await user.type(within(form).getByRole('textbox', { name: 'Metric' }), 'road repairs');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(mockApi.call).toHaveBeenCalledWith('figures:update', { id: budget.figure, patch: { metric: 'road repairs' } }));
    await waitFor(() => expect(within(list).queryByRole('form')).toBeNull());
    // A correction counts as reviewed: it leaves the queue.
    expect(rows()).toHaveLength(1);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe(`#/archive/story/${cq.id}?figure=${cq.figure('突破7000家')}`));
    expect(await screen.findByRole('heading', { level: 1, name: '重庆实施“双倍增”行动' })).toBeTruthy();
  });

  it('lists every figure of a long queue, the first screen at once and the rest a frame later, each with its keys', async () => {
    const body = Array.from({ length: 45 }, (_, i) => `第${i + 1}项增长${i + 1}.5%。`).join('');
    await core().importText('long.txt', `四十五项指标\n\n${body}`, { publication: '重庆日报', date: '2023-02-24' });
    window.location.hash = '#/figures/queue';
    renderWithProviders(<AppLayout />);
    const list = await screen.findByRole('list', { name: 'Figures to review' });
    expect(screen.getByText('45 figures to review')).toBeTruthy();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(45), { timeout: 8000 });
    const last = within(list).getAllByRole('listitem')[44]!;
    await waitFor(() => expect(last.textContent).toContain('第45项增长45.5%'));
    expect(within(last).getByRole('button', { name: 'Confirm' }).getAttribute('aria-keyshortcuts')).toBe('c');
  });

  it('puts a figure back when the core refuses the review', async () => {
    await seedQueue();
    // A failure the archive cannot be made to give on cue: the write is refused once the queue is shown.
    mockApi.call.mockImplementation(async (channel, input) => {
      if (channel === 'figures:update') {
        const { ApiError } = await import('../../renderer/src/api');
        throw new ApiError({ code: 'internal', message: 'database is locked' }, channel);
      }
      return core().call(channel, input);
    });
    window.location.hash = '#/figures/queue';
    const user = userEvent.setup();
    renderWithProviders(<AppLayout />);
    const list = await screen.findByRole('list', { name: 'Figures to review' });
    await user.keyboard('c');
    expect(await screen.findByText('database is locked')).toBeTruthy();
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
  });
});
