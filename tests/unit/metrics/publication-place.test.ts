/** A local paper's name says whose 我市 its stories mean, when the editor has not set it. */
import { describe, expect, it } from 'vitest';
import { cityInPublicationName } from '../../../electron/core/metrics/publication-place';

describe('the city a paper is named for', () => {
  it.each([
    ['杭州日报', '杭州'],
    ['廣州日報', '广州'],
    ['成都商报', '成都'],
    ['南京晨报', '南京'],
    ['重庆日报', '重庆'],
    ['上海发布', '上海'],
  ])('%s is %s’s paper', (publication, city) => {
    expect(cityInPublicationName(publication)).toBe(city);
  });
  it.each([['人民日报'], ['中国日报'], ['河南日报'], ['华龙网'], ['Financial Times'], ['']])('%s names no city', (publication) => {
    expect(cityInPublicationName(publication)).toBeNull();
  });
});
