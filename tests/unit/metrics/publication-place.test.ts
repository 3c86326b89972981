/** A local paper's name says whose 我市 its stories mean, when the editor has not set it. */
import { describe, expect, it } from 'vitest';
import { cityInPublicationName, districtInPublicationName } from '../../../electron/core/metrics/publication-place';

describe('the city a paper is named for', () => {
  it.each([
    ['杭州日报', '杭州'],
    ['廣州日報', '广州'],
    ['成都商报', '成都'],
    ['南京晨报', '南京'],
    ['重庆日报', '重庆'],
    ['上海发布', '上海'],
    ['昆山日报', '昆山'],
  ])('%s is %s’s paper', (publication, city) => {
    expect(cityInPublicationName(publication)).toBe(city);
  });
  it.each([['人民日报'], ['中国日报'], ['河南日报'], ['吉林日报'], ['华龙网'], ['Financial Times'], ['']])('%s names no city (吉林日报 is the province’s paper, though a city bears the name)', (publication) => {
    expect(cityInPublicationName(publication)).toBeNull();
  });
});

describe('the district a paper or a government is named for', () => {
  it.each([
    ['海淀报', '海淀区'],
    ['潼南报（tnb.cqtn.com）', '潼南区'],
    ['杭州市滨江区人民政府（区发改局书面报告）', '滨江区'],
    ['余杭晨报', '余杭区'],
    ['浦东时报', '浦东新区'],
    ['鄞州日报', '鄞州区'],
  ])('%s is %s’s', (publication, district) => {
    expect(districtInPublicationName(publication)).toBe(district);
  });
  // A word a district also bears (光明, 解放), a province's paper (河北日报: 天津 has a 河北区), a name two
  // districts share (朝阳区, 江北区), a city's paper and a national one say no district.
  it.each([['光明日报'], ['解放日报'], ['河北日报'], ['海南日报'], ['朝阳区政府'], ['江北区人民政府'], ['杭州日报'], ['人民日报'], ['Financial Times'], ['']])(
    '%s names no district',
    (publication) => {
      expect(districtInPublicationName(publication)).toBeNull();
    },
  );
});
