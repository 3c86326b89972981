/**
 * An outcome that names what a promise counts in other words, or prints its number bare, or
 * in another unit, is still held against the promise: imported and checked as an editor
 * would, through the CLI.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { checkerPerTest } from './pair-verdict';

const checker = checkerPerTest();
const { verdictOf } = checker;

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
    [
      'the one goal its owner has in that unit for that time, named in other words',
      { date: '2021-07-13', text: 'Woodland plan\n\nScotland will create 18,000 hectares of new woodland a year by 2024-25, the environment secretary said.' },
      '18,000 hectares',
      { date: '2025-06-12', text: 'Planting figures\n\nForestry statistics published today show that 8,470 hectares were planted across Scotland in 2024-25.' },
      '8,470 hectares',
      'misses',
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

  it('offers neither of two goals its owner has in that unit, when the figure is named like neither', async () => {
    const { cli } = checker;
    const tmp = tempDir();
    const write = (name: string, text: string): string => {
      const path = join(tmp.dir, `${name}.txt`);
      writeFileSync(path, text);
      return path;
    };
    const plan = (await cli(['import', write('plan', 'Land plan\n\nScotland will create 18,000 hectares of new woodland a year by 2024-25 and restore 20,000 hectares of peatland a year by 2024-25.'), '--publication', 'Desk', '--date', '2021-07-13'])) as { imported: Array<{ id: number }> };
    const goals = ((await cli(['figures', String(plan.imported[0]!.id)])) as Array<{ id: number; kind: string; quote: string }>).filter((f) => f.kind === 'target' && f.quote.includes('hectares'));
    expect(goals).toHaveLength(2);
    for (const g of goals) await cli(['targets', 'add', '--figure', String(g.id)]);
    const outcome = (await cli(['import', write('outcome', 'Land figures\n\nStatistics published today show that 8,470 hectares were planted across Scotland in 2024-25.'), '--publication', 'Desk', '--date', '2025-06-12'])) as { imported: Array<{ id: number }> };
    const checks = (await cli(['check', String(outcome.imported[0]!.id)])) as Array<{ figure: { quote: string }; verdicts: Array<{ against: string }> }>;
    const reading = checks.find((c) => c.figure.quote.includes('8,470'));
    tmp.cleanup();
    expect(reading?.verdicts.filter((v) => v.against === 'target') ?? []).toEqual([]);
  });
});

