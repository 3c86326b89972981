import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeOf, placeRelation } from '../../../electron/core/metrics/places';
import { PLACE_ROWS } from '../../../electron/core/metrics/place-data/rows';
import { metricIdentity } from '../../../electron/core/metrics/key';
import { readSource, renderCnDivisions, TARGET } from '../../../scripts/make-places';

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
    ['新乡市', '郑州市', 'different'],
    ['某某县', '郑州市', 'part'],
    ['Prime Minister Rishi Sunak', 'UK', 'unknown'],
    [null, '中国', 'unknown'],
  ] as const)('%s against a target of %s: %s', (figure, target, relation) => {
    expect(placeRelation(figure, target)).toBe(relation);
  });

  // Every division of the mainland down to the county, Taiwan, Hong Kong and Macau, from public data.
  it.each([
    ['新乡市', '河南省', 'part'],
    ['新乡市', '中国', 'part'],
    ['新乡市', '广东省', 'different'],
    ['新乡', '河南', 'part'],
    ['新鄉市', '新乡', 'same'],
    ['荥阳市', '郑州市', 'part'],
    ['滨江区', '杭州市', 'part'],
    ['滨江区', '浙江省', 'part'],
    ['杭州市', '滨江区', 'whole'],
    ['滨江区', '宁波市', 'different'],
    ['滨江区', '上海市', 'different'],
    ['义乌市', '金华市', 'part'],
    ['济源市', '河南省', 'part'],
    ['恩施土家族苗族自治州', '湖北省', 'part'],
    ['恩施州', '湖北', 'part'],
    ['延边', '吉林省', 'part'],
    ['阿克苏地区', '新疆', 'part'],
    ['锡林郭勒盟', '内蒙古自治区', 'part'],
    ['海南州', '青海省', 'part'],
    ['海南', '青海省', 'different'],
    ['吉林市', '吉林省', 'part'],
    ['吉林', '中国', 'part'],
    ['桃園市', '台灣', 'part'],
    ['桃园', '台湾', 'part'],
    ['臺中市', '台中', 'same'],
    ['臺中', '台中市', 'same'],
    ['新北', '臺灣', 'part'],
    ['Kaohsiung', 'Taiwan', 'part'],
    ['新北市', '臺北市', 'different'],
    ['板橋區', '新北市', 'part'],
    ['嘉義縣', '台湾', 'part'],
    ['高雄市', '广东省', 'different'],
    ['沙田區', '香港', 'part'],
    ['油尖旺区', '中国', 'part'],
    ['Sha Tin', 'Hong Kong', 'part'],
    ['花地瑪堂區', '澳門', 'part'],
  ] as const)('China: %s against a target of %s: %s', (figure, target, relation) => {
    expect(placeRelation(figure, target)).toBe(relation);
  });

  // 江北区 is a district of both Chongqing and Ningbo: alone it is placed in neither, with its city it is.
  it.each([
    ['宁波市江北区', '宁波市', 'part'],
    ['宁波市江北区', '重庆市', 'different'],
    ['重庆市江北区', '重庆', 'part'],
    ['浙江省宁波市江北区', '浙江省', 'part'],
    ['江北区', '四川省', 'different'],
    ['江北区', '中国', 'part'],
    ['江北区', '宁波市', 'part'],
    ['北京市朝阳区', '吉林省', 'different'],
    ['鼓楼区', '福州市', 'part'],
    ['江北区', '江北区', 'same'],
  ] as const)('a shared district name: %s against a target of %s: %s', (figure, target, relation) => {
    expect(placeRelation(figure, target)).toBe(relation);
  });

  it.each([['江北区'], ['鼓楼区'], ['朝阳区'], ['吉林'], ['新竹'], ['连江县']])('%s alone is not placed in any one city', (name) => {
    const place = placeOf(name);
    expect(place).not.toBeNull();
    expect(place!.id).toBeNull();
  });

  it.each([
    ['California', 'US', 'part'],
    ['Ohio', 'United States', 'part'],
    ['俄亥俄州', '美国', 'part'],
    ['加州', 'California', 'same'],
    ['Texas', 'California', 'different'],
    ['Washington state', 'the US', 'part'],
    ['Quebec', 'Canada', 'part'],
    ['British Columbia', 'Canada', 'part'],
    ['魁北克省', '加拿大', 'part'],
    ['Queensland', 'Australia', 'part'],
    ['Western Australia', 'Australia', 'part'],
    ['Tasmania', 'NSW', 'different'],
    ['Uttar Pradesh', 'India', 'part'],
    ['Kerala', 'India', 'part'],
    ['Yorkshire and the Humber', 'UK', 'part'],
    ['North West', 'England', 'part'],
    ['Manchester', 'North West', 'part'],
    ['Camden', 'London', 'part'],
    ['Tower Hamlets', 'England', 'part'],
    ['London', 'Camden', 'whole'],
    ['Northern Ireland', 'England and Wales', 'different'],
    ['Czech Republic', 'EU', 'part'],
  ] as const)('elsewhere: %s against a target of %s: %s', (figure, target, relation) => {
    expect(placeRelation(figure, target)).toBe(relation);
  });
});

describe('the place table is complete where it claims to be', () => {
  const under = (parentNames: string[], level: string): number => {
    const parents = new Set(PLACE_ROWS.filter((r) => parentNames.some((n) => r.names.includes(n))).map((r) => r.id));
    // Divisions only: the new areas and zones (两江新区) are places too, but no division counts them.
    return PLACE_ROWS.filter((r) => r.level === level && r.parent !== null && parents.has(r.parent) && !r.id.startsWith('zone-')).length;
  };
  const provinces = PLACE_ROWS.filter((r) => r.parent === 'cn' && r.level === 'province' && !['hk', 'macau'].includes(r.id));

  it.each([
    ['provincial divisions of the mainland', 31, () => provinces.length],
    ['prefecture-level divisions of the mainland', 333, () => PLACE_ROWS.filter((r) => r.level === 'city' && provinces.some((p) => p.id === r.parent)).length],
    ['districts and counties of Chongqing', 38, () => under(['重庆市'], 'district')],
    ['districts and counties of Hangzhou', 13, () => under(['杭州市'], 'district')],
    ['counties and cities of Taiwan', 22, () => under(['台湾'], 'city')],
    ['districts of Hong Kong', 18, () => under(['香港'], 'district')],
    ['parishes of Macau', 7, () => under(['澳门'], 'district')],
    ['states of the US', 50, () => under(['united states'], 'province')],
    ['provinces and territories of Canada', 13, () => under(['canada'], 'province')],
    ['states and territories of Australia', 8, () => under(['australia'], 'province')],
    ['states and union territories of India', 36, () => under(['india'], 'province')],
    ['member states of the EU', 27, () => under(['european union'], 'country')],
    ['regions of England besides London', 8, () => under(['england'], 'province')],
    ['boroughs of London with the City', 33, () => under(['london'], 'district')],
  ] as const)('%s: %i', (_what, expected, count) => {
    expect(count()).toBe(expected);
  });

  it('the generated divisions are what scripts/make-places.ts makes of the saved source, untouched by hand', () => {
    const { pca, hkMoTw } = readSource();
    expect(readFileSync(TARGET, 'utf8')).toBe(renderCnDivisions(pca, hkMoTw));
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

describe('a government stands for the place it governs', () => {
  it.each([
    ['Western Australia', 'Australian Government', 'part'],
    ['Wales', 'Welsh Government', 'same'],
    ['Kerala', 'Government of India', 'part'],
    ['Scotland', 'the Scottish Government', 'same'],
    ['Wales', 'Scottish Government', 'different'],
    // A government that names no place cannot rule a place in or out.
    ['Western Australia', 'Federal Government', 'unknown'],
  ] as const)('%s against %s: %s', (figure, target, relation) => {
    expect(placeRelation(figure, target)).toBe(relation);
  });
});
