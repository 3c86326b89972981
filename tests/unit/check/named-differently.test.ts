/**
 * An outcome that names what a promise counts in other words, or prints its number bare, or
 * in another unit, is still held against the promise: imported and checked as an editor
 * would, through the CLI.
 */
import { describe, expect, it } from 'vitest';
import { checkerPerTest } from './pair-verdict';

const { verdictOf } = checkerPerTest();

describe('outcomes named another way', () => {
  it.each([
    [
      'a bare number whose sentence names the promise\'s thing in another word',
      { date: '2020-06-28', text: 'Tourism plan\n\nThe kingdom is targeting 100 million visitors annually by 2030.' },
      '100 million visitors',
      { date: '2024-02-28', text: 'Tourism record\n\nThe ministry said the total number of tourists, both domestic and international, reached 106.2 million last year.' },
      '106.2 million',
      'meets',
    ],
    [
      'a sentence that says "the figure" of what the sentence before named',
      { date: '2018-08-31', text: 'Tourism goal\n\nThe government will boost efforts to achieve its target of 40 million visitors to Japan by 2020.' },
      '40 million visitors',
      { date: '2021-01-20', text: 'Visitors slump\n\nThe estimated number of foreign visitors to Japan hit a 22-year low in 2020, government data showed. The figure dived 87.1 pct from the previous year to 4,115,900.' },
      '4,115,900',
      'misses',
    ],
    [
      'two bare numbers that share the words of what they count',
      { date: '2023-01-10', text: 'Social housing\n\nThe target for new builds for the year 2023 is set at 9,100.' },
      '9,100',
      { date: '2024-03-28', text: 'Social housing 2023\n\nOf the 11,939 new social homes delivered last year, 8,110 were newbuild homes, 1,830 were acquisitions.' },
      '8,110',
      'misses',
    ],
    [
      'grain promised in 斤 and reported in 吨',
      { date: '2023-01-14', text: '湖北今年目标\n\n2023年预期目标\n●粮食产量保持在500亿斤以上\n●居民消费价格涨幅3%左右' },
      '500亿斤以上',
      { date: '2024-01-13', text: '湖北粮食喜获丰收\n\n2023年，湖北粮食总产量2777.04万吨，比2022年增加35.90万吨。' },
      '2777.04万吨',
      'meets',
    ],
  ])('%s', async (_, target, promised, outcome, printed, expected) => {
    expect(await verdictOf(target, promised, outcome, printed)).toBe(expected);
  });

  it.each([
    [
      'a bare number whose sentence does not name the promise\'s thing',
      { date: '2020-06-28', text: 'Tourism plan\n\nThe kingdom is targeting 100 million visitors annually by 2030.' },
      '100 million visitors',
      { date: '2024-02-28', text: 'Budget\n\nThe ministry said revenue from fees reached 106.2 million last year.' },
      '106.2 million',
    ],
    [
      'homes of every kind, far from a promise of affordable homes',
      { date: '2018-02-20', text: 'Housing plan\n\nThe province will build 114,000 affordable homes over the next ten years.' },
      '114,000 affordable homes',
      { date: '2020-01-15', text: 'Construction\n\nBuilders completed 16,064 homes across the province in 2019.' },
      '16,064 homes',
    ],
  ])('does not hold %s against it', async (_, target, promised, outcome, printed) => {
    expect(await verdictOf(target, promised, outcome, printed)).toBe('unmatched');
  });
});
