/**
 * A goal that brings a measure down or up to a level (浓度降至8微克, 覆盖率提高到25%, 'cut the rate to 4%')
 * is a ceiling or a floor by its verb, whatever the measure is called: a reading above 8微克 has not met
 * a goal of bringing it down to 8. Imported and checked as an editor would, through the CLI.
 */
import { describe, expect, it } from 'vitest';
import { checkerPerTest } from './pair-verdict';

const { verdictOf } = checkerPerTest();

describe('a level to bring a measure to is a ceiling or a floor by its verb', () => {
  it.each([
    [
      'brought down to: a reading above the level, years early, is not met',
      { date: '2025-05-16', text: '空气品质白皮书\n\n环境部今天发布白皮书，拟定2035年细悬浮微粒浓度降至8微克。' },
      '8微克',
      { date: '2026-01-20', text: '空气品质\n\n环境部公布，去年全国细悬浮微粒年平均浓度为12.6微克。' },
      '12.6微克',
      'too_early',
    ],
    [
      'brought down to: a final reading at or under the level meets it',
      { date: '2021-03-01', text: '空气质量\n\n全市力争到2023年细颗粒物年均浓度降至30微克。' },
      '30微克',
      { date: '2024-01-10', text: '空气质量公报\n\n2023年，全市细颗粒物年均浓度为29微克。' },
      '29微克',
      'meets',
    ],
    [
      'raised to: a final reading under the level misses it',
      { date: '2021-03-01', text: '绿化规划\n\n全市力争到2023年城市绿道密度提高到1.2公里。' },
      '1.2公里',
      { date: '2024-01-10', text: '绿化公报\n\n2023年，全市城市绿道密度为1.1公里。' },
      '1.1公里',
      'misses',
    ],
  ])('%s', async (_why, target, promised, outcome, printed, expected) => {
    expect(await verdictOf(target, promised, outcome, printed)).toBe(expected);
  });
});
