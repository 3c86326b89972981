import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchArchive } from '../../../electron/core/archive/search';
import { tempArchive } from '../helpers';
import { storeFigureFixtures } from './figure-fixtures';

const SCIENCE = '重庆实施高新技术企业和科技型企业“双倍增”行动';
const SCIENCE_TRADITIONAL = '全區科技型企業超過4.8萬家';
const SENSORS = '北碚加快发展智能传感器产业';
const AWARDS = '第二届重庆市制造业十大影响力年度人物评选启动';
const LICENCE = '首批检测机构取得甲级资质';
const DEED = '全市首张“交地即交证”证书发出';
const TWENTY_THOUSAND = ['一季度新增城镇就业两万人', '今年将新建5G基站2万个', 'Council plans 20,000 new homes', 'Petition reaches its target'];

describe('search finds figures as printed and by value', () => {
  let archive: ReturnType<typeof tempArchive>;
  beforeAll(async () => {
    archive = tempArchive();
    await storeFigureFixtures(archive.repos);
  });
  afterAll(() => archive.cleanup());

  const found = (query: string) => searchArchive(archive.repos, { query, limit: 50, offset: 0 }).hits.map((h) => h.headline).sort();

  it.each([
    // A number as printed, without the word after it.
    ['4.8万', [SCIENCE, SCIENCE_TRADITIONAL]],
    ['4.8萬', [SCIENCE, SCIENCE_TRADITIONAL]],
    ['2022年', [AWARDS, SENSORS]],
    // Codes: found as printed, never as the value 1.
    ['甲0001', [LICENCE]],
    ['第0001号', [DEED]],
    // One value, every printing; 200,000, 2,000 and 20万 are other values.
    ['20000', TWENTY_THOUSAND],
    ['20,000', TWENTY_THOUSAND],
    ['2万', TWENTY_THOUSAND],
    ['两万', TWENTY_THOUSAND],
    ['兩萬', TWENTY_THOUSAND],
    ['48000', [SCIENCE, SCIENCE_TRADITIONAL]],
    ['科技型企业 4.8万', [SCIENCE, SCIENCE_TRADITIONAL]],
  ])('%s finds its stories', (query, stories) => {
    expect(found(query)).toEqual([...stories].sort());
  });

  // Guards: what search found before the edge characters and value tokens, it still finds.
  it.each([
    ['4.8万家', [SCIENCE, SCIENCE_TRADITIONAL]],
    ['750亿元', [SCIENCE]],
    ['0001', [DEED, LICENCE]],
    ['"20,000 new homes"', ['Council plans 20,000 new homes']],
    ['技术合同成交额', [SCIENCE]],
  ])('%s still finds its stories', (query, stories) => {
    expect(found(query)).toEqual([...stories].sort());
  });

  it('marks another printing of the value in the snippet', () => {
    const [hit] = searchArchive(archive.repos, { query: '20000', limit: 50, offset: 0 }).hits.filter((h) => h.headline === TWENTY_THOUSAND[0]);
    expect(hit!.snippet.filter((r) => r.hit).map((r) => r.text)).toEqual(['两万']);
  });

  const figureQuotes = (query: string) => searchArchive(archive.repos, { query, limit: 50, offset: 0 }).figures?.map((f) => f.quote).sort();

  it.each([
    ['4.8万家', ['超过4.8万家', '超過4.8萬家']],
    ['4.8萬', ['超过4.8万家', '超過4.8萬家']],
    ['>40000 科技型企业', ['超过4.8万家', '超過4.8萬家']],
    ['科技型企业 超过4万', ['超过4.8万家', '超過4.8萬家']],
    ['>50000 科技型企业', []],
    ['2万人', ['两万人']],
    ['20000', ['20,000 new homes', 'Around 20000 residents', '2万个', '两万人']],
    ['more than 10,000 homes', ['20,000 new homes']],
    ['2022年', []],
  ])('%s lists the stored figures of that value', (query, quotes) => {
    expect(figureQuotes(query)).toEqual([...quotes].sort());
  });

  it.each(['科技型企业', '"4.8万家"', '20000 OR 两万', '4.8万 7000家'])('%s is not a figure: no figures listed', (query) => {
    expect(figureQuotes(query)).toBeUndefined();
  });
});
