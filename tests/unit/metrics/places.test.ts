import { describe, expect, it } from 'vitest';
import { placeRelation } from '../../../electron/core/metrics/places';
import { metricIdentity } from '../../../electron/core/metrics/key';

describe('places as a hierarchy', () => {
  it.each([
    ['重庆市', '重庆', 'same'],
    ['全国', '中国', 'same'],
    ['重慶市', '重庆市', 'same'],
    ['深圳市', '广东省', 'part'],
    ['广东省', '深圳市', 'whole'],
    ['渝中区', '中国', 'part'],
    ['Latvia', 'EU', 'part'],
    ['England and Wales', 'UK', 'part'],
    ['Wales', 'England and Wales', 'part'],
    ['Scotland', 'England', 'different'],
    ['成都市', '重庆市', 'different'],
    ['荥阳市', '郑州市', 'different'],
    ['某某县', '郑州市', 'part'],
    ['Prime Minister Rishi Sunak', 'UK', 'unknown'],
    [null, '中国', 'unknown'],
  ] as const)('%s against a target of %s: %s', (figure, target, relation) => {
    expect(placeRelation(figure, target)).toBe(relation);
  });
});

describe('indicator identity needs the quantity', () => {
  it.each([
    ['police numbers', 'increase', 'officers', '@police-officers-additional'],
    ['police officers', 'level', 'officers', '@police-officers'],
    ['GDP', 'increase', '%', '@gdp-growth'],
    ['国内生产总值', 'level', '元', '@gdp'],
    ['高新技术企业', 'level', '元', '高新技术企业'],
  ])('%s (%s, %s) → %s', (metric, change, unit, key) => {
    expect(metricIdentity(metric, { unit, currency: unit === '元' ? 'CNY' : null, change })).toBe(key);
  });
});
