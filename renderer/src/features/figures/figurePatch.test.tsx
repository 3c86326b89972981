import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../../shared/domain/figure';
import { figurePatch, parseNumber, type FigureFields } from './figurePatch';

const figure: Figure = {
  id: 7,
  storyId: 1,
  quote: '到2025年全市企业达到4.8万家',
  start: 0,
  end: 14,
  value: 48000,
  valueMax: null,
  unit: '家',
  currency: null,
  qualifier: 'gte',
  kind: 'target',
  change: 'level',
  metric: '企业',
  metricKey: '企业',
  entity: '重庆市',
  period: { from: '2025-01-01', to: '2025-12-31', label: '到2025年' },
  confidence: 0.9,
  rule: 'test',
  cues: [],
  review: 'unreviewed',
  source: 'auto',
};

/** The form as it opens on `figure`: nothing changed yet. */
const untouched: FigureFields = {
  value: 48000,
  valueMax: null,
  unit: '家',
  qualifier: 'gte',
  kind: 'target',
  change: 'level',
  metric: '企业',
  entity: '重庆市',
  from: '2025-01-01',
  to: '2025-12-31',
};

describe('a figure correction sends only what changed', () => {
  it.each<[string, Partial<FigureFields>, object]>([
    ['nothing', {}, {}],
    ['the value', { value: 50000 }, { value: 50000 }],
    ['a range end', { valueMax: 52000 }, { valueMax: 52000 }],
    ['the unit, trimmed', { unit: ' 个 ' }, { unit: '个' }],
    ['only spaces around the metric', { metric: ' 企业 ' }, {}],
    ['the entity cleared', { entity: '  ' }, { entity: null }],
    ['the kind', { kind: 'actual' }, { kind: 'actual' }],
    ['the period cleared', { from: '', to: '' }, { period: null }],
    ['the period, labelled by its dates', { from: '2026-01-01', to: '2026-12-31' }, { period: { from: '2026-01-01', to: '2026-12-31', label: '2026-01-01–2026-12-31' } }],
    ['the period to one day, labelled by that day', { from: '2026-06-30', to: '2026-06-30' }, { period: { from: '2026-06-30', to: '2026-06-30', label: '2026-06-30' } }],
  ])('%s', (_what, change, patch) => {
    expect(figurePatch(figure, { ...untouched, ...change })).toEqual(patch);
  });

  it('keeps the period’s printed wording when its dates are unchanged', () => {
    const undated: Figure = { ...figure, period: null };
    expect(figurePatch(undated, untouched)).toEqual({ period: { from: '2025-01-01', to: '2025-12-31', label: '2025-01-01–2025-12-31' } });
    expect(figurePatch(figure, { ...untouched, value: 1 }).period).toBeUndefined();
  });
});

describe('numbers as the editor types them', () => {
  it.each<[string, number | null]>([
    ['48000', 48000],
    ['48,000', 48000],
    ['48，000', 48000],
    [' 4.8 ', 4.8],
    ['', null],
    ['4.8万', null],
  ])('%j reads as %j', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});
