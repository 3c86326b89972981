/**
 * A goal for every year ('plant 8,000ha of new forest each year', 每年新增就业11万人) holds for each whole year
 * read after it was set, not only for the year the story was told in. Imported and checked as an editor would.
 */
import { describe, expect, it } from 'vitest';
import { checkerPerTest } from './pair-verdict';

const { verdictOf } = checkerPerTest();

describe('a goal for every year is held against a later year’s reading', () => {
  it.each([
    [
      'a yearly planting goal against the next year, in hectares written short and long',
      { date: '2020-06-01', text: 'Forestry\n\nThe Government aims to plant 8,000ha of new forest each year.' },
      '8,000ha',
      { date: '2022-02-10', text: 'Forestry 2021\n\nIreland planted 2,016 hectares of new forest in 2021, the department said.' },
      '2,016 hectares',
      'misses',
    ],
    [
      'a yearly jobs goal against a later year',
      { date: '2021-03-01', text: '就业规划\n\n全市每年新增城镇就业11万人以上。' },
      '11万人以上',
      { date: '2023-01-20', text: '统计公报\n\n2022年，全市新增城镇就业11.8万人。' },
      '11.8万人',
      'meets',
    ],
  ])('%s', async (_why, target, promised, outcome, printed, expected) => {
    expect(await verdictOf(target, promised, outcome, printed)).toBe(expected);
  });

  it('a goal for one year is not held against the next', async () => {
    const verdict = await verdictOf(
      { date: '2021-03-01', text: '就业目标\n\n今年全市新增城镇就业11万人以上。' },
      '11万人以上',
      { date: '2023-01-20', text: '统计公报\n\n2022年，全市新增城镇就业11.8万人。' },
      '11.8万人',
    );
    expect(['not_comparable', 'unmatched']).toContain(verdict);
  });
});
