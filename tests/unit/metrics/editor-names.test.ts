import { afterEach, describe, expect, it } from 'vitest';
import { editorNameClash, findIndicator, lexiconProblems, setEditorNames } from '../../../electron/core/metrics/lexicon/lookup';

afterEach(() => setEditorNames([]));

describe('editor names in the lexicon lookup', () => {
  it('finds an editor name like a built-in synonym, exact and inside a longer metric', () => {
    expect(findIndicator('经济盘子')).toBeNull();
    setEditorNames([
      { indicatorId: 'gdp', language: 'zh', name: '经济盘子' },
      { indicatorId: 'cpi', language: 'en', name: 'shop till index' },
    ]);
    expect(findIndicator('经济盘子')).toMatchObject({ indicator: { id: 'gdp' }, how: 'exact' });
    expect(findIndicator('經濟盤子')?.indicator.id).toBe('gdp');
    // A change word after it selects the growth entry, as it does for built-in names.
    expect(findIndicator('全市经济盘子增长')).toMatchObject({ indicator: { id: 'gdp-growth' }, how: 'contains' });
    expect(findIndicator('The Shop Till Index')).toMatchObject({ indicator: { id: 'cpi' }, how: 'exact' });
    // Built-in names still work, and the lexicon's own checks are not disturbed.
    expect(findIndicator('国内生产总值')?.indicator.id).toBe('gdp');
    expect(lexiconProblems()).toEqual([]);
  });

  it('rebuilds only the language whose names changed', () => {
    const zh = { indicatorId: 'gdp', language: 'zh' as const, name: '经济盘子' };
    const en = { indicatorId: 'cpi', language: 'en' as const, name: 'shop till index' };
    expect(setEditorNames([zh]).rebuilt).toEqual(['zh']);
    expect(setEditorNames([zh]).rebuilt).toEqual([]);
    expect(setEditorNames([zh, en]).rebuilt).toEqual(['en']);
    expect(setEditorNames([en]).rebuilt).toEqual(['zh']);
    expect(findIndicator('经济盘子')).toBeNull();
    expect(findIndicator('shop till index')?.indicator.id).toBe('cpi');
  });

  it('forgets a name once it is no longer in the set', () => {
    setEditorNames([{ indicatorId: 'gdp', language: 'zh', name: '经济盘子' }]);
    expect(findIndicator('经济盘子')?.indicator.id).toBe('gdp');
    setEditorNames([]);
    expect(findIndicator('经济盘子')).toBeNull();
    expect(findIndicator('全市经济盘子增长')).toBeNull();
  });

  it('refuses names a built-in synonym or an earlier editor name already holds', () => {
    expect(editorNameClash({ indicatorId: 'gdp', language: 'en', name: 'CPI' })).toEqual({ reason: 'builtin', indicatorId: 'cpi', folded: 'cpi' });
    expect(editorNameClash({ indicatorId: 'gdp', language: 'zh', name: '国内生产总值' })).toMatchObject({ reason: 'builtin', indicatorId: 'gdp' });
    expect(editorNameClash({ indicatorId: 'no-such-indicator', language: 'zh', name: '盘子' })).toEqual({ reason: 'unknown_indicator' });
    expect(editorNameClash({ indicatorId: 'gdp', language: 'zh', name: '。、 ' })).toEqual({ reason: 'empty' });
    const taught = [{ indicatorId: 'gdp', language: 'zh' as const, name: '经济盘子' }];
    expect(editorNameClash({ indicatorId: 'cpi', language: 'zh', name: '經濟盤子' }, taught)).toMatchObject({ reason: 'editor', indicatorId: 'gdp' });
    expect(editorNameClash({ indicatorId: 'cpi', language: 'en', name: '经济盘子' }, taught)).toBeNull();
    expect(editorNameClash(taught[0]!, taught)).toBeNull();

    // A stored name that clashes is left out of the lookup and reported, never applied.
    const { refused } = setEditorNames([
      { indicatorId: 'gdp', language: 'en', name: 'cpi' },
      { indicatorId: 'gdp', language: 'zh', name: '经济盘子' },
      { indicatorId: 'cpi', language: 'zh', name: '经济 盘子' },
    ]);
    expect(refused.map((r) => [r.indicatorId, r.name, r.clash.reason])).toEqual([
      ['cpi', '经济 盘子', 'editor'],
      ['gdp', 'cpi', 'builtin'],
    ]);
    expect(findIndicator('cpi')?.indicator.id).toBe('cpi');
    expect(findIndicator('经济盘子')?.indicator.id).toBe('gdp');
  });
});
