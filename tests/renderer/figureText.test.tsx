import { describe, expect, it } from 'vitest';
import { figureSummary, figureValue } from '../../renderer/src/features/figures/figureText';
import { createI18n } from '../../renderer/src/i18n';
import type { Qualifier } from '../../shared/domain/figure';

const percent = (qualifier: Qualifier) => ({ value: 15, valueMax: null, unit: '%', qualifier });

/** The comparator as the text says it, in each language's own order: never 15%以上 as 达到 15%. */
describe('figureSummary', () => {
  it.each([
    ['gte', '15%以上', 'at least 15%'],
    ['gt', '超过15%', 'more than 15%'],
    ['approx', '15%左右', 'about 15%'],
    ['lte', '15%以内', 'at most 15%'],
    ['lt', '低于15%', 'less than 15%'],
    ['eq', '15%', '15%'],
  ] as [Qualifier, string, string][])('%s: %s / %s', (qualifier, zh, en) => {
    expect(figureSummary(createI18n('zh-CN'), percent(qualifier))).toBe(zh);
    expect(figureSummary(createI18n('en'), percent(qualifier))).toBe(en);
  });
});

/** The English UI never shows a Chinese measure word after a number; Chinese keeps the text's unit. */
describe('figureValue', () => {
  it.each([
    [48000, '家', '48,000 家', '48,000'],
    [75_000_000_000, '元', '75,000,000,000 元', '75,000,000,000 yuan'],
    [3, '项', '3 项', '3'],
    [16.7, '%', '16.7%', '16.7%'],
    [120, '公里', '120 公里', '120 km'],
  ])('%s %s: %s / %s', (value, unit, zh, en) => {
    expect(figureValue(createI18n('zh-CN'), { value, valueMax: null, unit })).toBe(zh);
    expect(figureValue(createI18n('en'), { value, valueMax: null, unit })).toBe(en);
  });
});
