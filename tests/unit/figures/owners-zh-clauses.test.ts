/**
 * Whose a Chinese figure is, when a sentence names more than one place: the place where something was said is not
 * the owner, and a city named in one item of a province's list of results owns that item only. Every sentence is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { figureAt } from './figure-at';

const ownerOf = (text: string, quote: string, date = '2024-01-23'): string | null => figureAt(text, quote, 'zh', date).entity;

describe('the place a figure was told in is not its owner', () => {
  it.each([
    ['在北京透露', '国家能源局局长26日在北京透露，去年全国非化石能源消费比重已经达到18.6%。', '18.6%', '中国'],
    ['在上海表示', '商务部部长在上海表示，全国社会消费品零售总额去年增长7.2%。', '7.2%', '中国'],
  ])('%s', (_name, text, quote, owner) => {
    expect(ownerOf(text, quote)).toBe(owner);
  });
});

describe('a city in one item of its province’s list owns that item only', () => {
  const text = '2023年，湖北省地区生产总值达到5.58万亿元、增长6%，武汉经济总量突破2万亿元；社会消费品零售总额达2.4万亿元、增长8.5%。';
  it.each([
    ['the city’s own item', '2万亿元', '武汉市'],
    ['the province’s item after it', '2.4万亿元', '湖北省'],
    ['and the province’s item before it', '5.58万亿元', '湖北省'],
  ])('%s', (_name, quote, owner) => {
    expect(ownerOf(text, quote)).toBe(owner);
  });

  it('but a city that opens the sentence keeps it, though a wider place is named in passing', () => {
    expect(ownerOf('市交通局配合行政院政策推动公车电动化，台中市公车数量约1280辆，目前上路的电动公车共有305辆。', '305辆', '2024-03-01')).toBe('台中市');
  });
});
