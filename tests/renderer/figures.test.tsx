import { mockApi } from './mock-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppLayout } from '../../renderer/src/features/shell/AppLayout';
import { paragraphsWithFigures } from '../../renderer/src/features/figures/highlight';
import { createFakeBackend, createFakeEvents, makeFigure, makeStory } from './fakeBackend';
import { renderWithProviders } from './render';

beforeEach(() => {
  mockApi.subscribe.mockImplementation(createFakeEvents().subscribe as never);
});

const BODY = '  今年力争科技型企业超过4.8万家、高新技术企业突破7000家。\n去年全市GDP增长6.1%。\n\n预计明年增长6%左右。';
const story = makeStory(7, { headline: '重庆实施“双倍增”行动', body: BODY, language: 'zh' });
const figures = [
  makeFigure(31, 7, BODY, '超过4.8万家', { value: 48000, unit: '家', qualifier: 'gt', kind: 'target', metric: '科技型企业', rule: 'zh.target.lizheng', cues: ['力争'], confidence: 0.92, period: { from: '2023-01-01', to: '2023-12-31', label: '今年' } }),
  makeFigure(32, 7, BODY, '突破7000家', { value: 7000, unit: '家', qualifier: 'gt', kind: 'target', metric: '高新技术企业' }),
  makeFigure(33, 7, BODY, '增长6.1%', { value: 6.1, unit: '%', change: 'increase', kind: 'actual', metric: 'GDP' }),
  makeFigure(34, 7, BODY, '增长6%左右', { value: 6, unit: '%', qualifier: 'approx', kind: 'projection', review: 'rejected' }),
];

describe('Figures in the reader', () => {
  it('marks every figure that is not rejected at its offsets, named by quote and kind', async () => {
    const backend = createFakeBackend({ stories: [story], figures });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/archive/story/7';
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
    const backend = createFakeBackend({ stories: [story], figures });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/archive/story/7';
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
    const internals = within(reading).getByText('zh.target.lizheng').closest('details');
    expect(internals?.open).toBe(false);
    expect(within(reading).getByText('92%').closest('details')).toBe(internals);
    expect(internals?.querySelector('summary')?.textContent).toBe('How it was read (rule and keys)');
    expect(within(reading).getByText(/今年/)).toBeTruthy();

    await user.click(within(reading).getByRole('button', { name: 'Edit' }));
    const form = within(reading).getByRole('form', { name: 'Edit the figure' });
    const value = within(form).getByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, '50,000');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'actual');
    await user.type(within(form).getByRole('textbox', { name: 'Entity' }), '重庆');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('figures:update', { id: 31, patch: { value: 50000, kind: 'actual', entity: '重庆' } }));
    // The text follows: the mark is now an actual figure.
    expect(await screen.findByRole('button', { name: '超过4.8万家 · actual' })).toBeTruthy();

    // A correction counts as confirmed; the editor can still reject it, and then it is not marked.
    const after = screen.getByRole('region', { name: 'How it was read' });
    expect(within(after).getByText('Corrected by an editor')).toBeTruthy();
    expect(within(after).getByRole('button', { name: 'Confirm' })).toHaveProperty('disabled', true);
    await user.click(within(after).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('figures:update', { id: 31, patch: { review: 'rejected' } }));
    await waitFor(() => expect(within(screen.getByRole('article')).queryByRole('button', { name: /超过4.8万家/ })).toBeNull());

    // Picking from the list selects in the text too, and Confirm confirms.
    await user.click(within(list).getAllByRole('button')[1]!);
    expect(screen.getByRole('button', { name: '突破7000家 · target' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(within(screen.getByRole('region', { name: 'How it was read' })).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('figures:update', { id: 32, patch: { review: 'confirmed' } }));

    await user.click(screen.getByRole('button', { name: 'Re-extract' }));
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('figures:reextract', { storyId: 7 }));
  });

  it('opens with the figure from the link selected', async () => {
    const backend = createFakeBackend({ stories: [story], figures });
    mockApi.call.mockImplementation(backend.call);
    window.location.hash = '#/archive/story/7?figure=33';
    renderWithProviders(<AppLayout />);
    const mark = await screen.findByRole('button', { name: '增长6.1% · actual' });
    expect(mark.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('region', { name: 'How it was read' })).toBeTruthy();
  });

  it('maps offsets per paragraph and survives drifted offsets', () => {
    const drifted = { ...figures[1]!, start: figures[1]!.start + 3, end: figures[1]!.end + 3 };
    const paragraphs = paragraphsWithFigures(BODY, [figures[0]!, drifted]);
    const marked = paragraphs.flatMap((p) => p.segments.filter((s) => s.figure).map((s) => s.text));
    expect(marked).toEqual(['超过4.8万家', '突破7000家']);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(BODY.split('\n').map((l) => l.trim()).filter(Boolean));
  });
});

describe('Figure queue', () => {
  const other = makeStory(8, { headline: 'Budget day', body: 'The council set aside £2m for roads.', language: 'en' });
  const queueFigures = [
    ...figures,
    makeFigure(41, 8, other.body, '£2m', { value: 2_000_000, unit: 'GBP', currency: 'GBP', kind: 'budget', metric: 'roads' }),
  ];

  it('moves with j/k, confirms with c, rejects with x, and opens the story with Enter', async () => {
    const backend = createFakeBackend({ stories: [story, other], figures: queueFigures });
    mockApi.call.mockImplementation(backend.call);
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
    expect(within(rows()[0]!).getByRole('link', { name: '重庆实施“双倍增”行动' }).getAttribute('href')).toBe('#/archive/story/7?figure=31');

    await user.keyboard('c');
    expect(rows()).toHaveLength(3); // at once, before the core answers
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('figures:update', { id: 31, patch: { review: 'confirmed' } }));

    await user.keyboard('j');
    expect(rows()[1]!.getAttribute('aria-current')).toBe('true');
    await user.keyboard('x');
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('figures:update', { id: 33, patch: { review: 'rejected' } }));
    expect(rows().map((r) => within(r).getByRole('link').getAttribute('href'))).toEqual(['#/archive/story/7?figure=32', '#/archive/story/8?figure=41']);

    await user.keyboard('{ArrowDown}');
    await user.keyboard('e');
    const form = within(rows()[1]!).getByRole('form', { name: 'Edit the figure' });
    await user.clear(within(form).getByRole('textbox', { name: 'Metric' }));
    await user.type(within(form).getByRole('textbox', { name: 'Metric' }), 'road repairs');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(backend.call).toHaveBeenCalledWith('figures:update', { id: 41, patch: { metric: 'road repairs' } }));
    await waitFor(() => expect(within(list).queryByRole('form')).toBeNull());
    // A correction counts as reviewed: it leaves the queue.
    expect(rows()).toHaveLength(1);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/archive/story/7?figure=32'));
    expect(await screen.findByRole('heading', { level: 1, name: '重庆实施“双倍增”行动' })).toBeTruthy();
  });

  it('lists every figure of a long queue, the first screen at once and the rest a frame later, each with its keys', async () => {
    const body = Array.from({ length: 45 }, (_, i) => `第${i + 1}项增长${i + 1}.5%。`).join('');
    const long = makeStory(9, { headline: '四十五项指标', body, language: 'zh' });
    const many = Array.from({ length: 45 }, (_, i) => makeFigure(100 + i, 9, body, `增长${i + 1}.5%`, { value: i + 1.5, unit: '%', kind: 'actual', metric: `指标${i + 1}` }));
    const backend = createFakeBackend({ stories: [long], figures: many });
    mockApi.call.mockImplementation(backend.call);
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
    const backend = createFakeBackend({ stories: [story, other], figures: queueFigures });
    mockApi.call.mockImplementation(async (channel: string, input: unknown) => {
      if (channel === 'figures:update') {
        const { ApiError } = await import('../../renderer/src/api');
        throw new ApiError({ code: 'internal', message: 'database is locked' }, channel);
      }
      return backend.call(channel as never, input);
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
