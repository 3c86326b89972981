/**
 * Which figure a cue speaks of. A goal named in a sentence is not every figure's goal: 'a target of 95%' is spent on
 * 95%, and the 36.5% after it is what happened. A verb of doing right before a figure, 迄今 (so far) and 实际 (in
 * fact) tell a reading; 将 before 达到 and a deadline still ahead tell a goal; what a study or an estimate says will
 * be is a forecast. Every sentence is written for the test, in several forms.
 */
import { describe, expect, it } from 'vitest';
import { figureAt } from './figure-at';

const kindOf = (text: string, quote: string, language: 'zh' | 'en', date: string): string => figureAt(text, quote, language, date).kind;

describe('a goal noun is spent on its own value', () => {
  it.each([
    ['the figure after the goal’s value', 'Against an official target of 95%, a total of 36.5% of patients were seen within 62 days.', '36.5%', 'actual'],
    ['with no comma between', 'Against a target of 90% only 71.2% of calls were answered within a minute.', '71.2%', 'actual'],
    ['and the goal keeps its own value', 'Against an official target of 95% a total of 36.5% of patients started treatment.', '95%', 'target'],
  ])('%s', (_name, text, quote, kind) => {
    expect(kindOf(text, quote, 'en', '2023-02-10')).toBe(kind);
  });

  it.each([
    ['a list of goals', 'The plan sets targets of 4,000 homes and 2,500 jobs by 2027.', '2,500', 'target'],
    ['goals with deadlines, one after another', 'The board set an availability target of 60% by March 2024, 65% by March 2025 and 70% by March 2026.', '65%', 'target'],
    ['a goal with its margin', 'The target for inflation stays at 4 per cent with a margin of 2 per cent on either side.', '2 per cent', 'target'],
  ])('but not in %s', (_name, text, quote, kind) => {
    expect(kindOf(text, quote, 'en', '2023-02-10')).toBe(kind);
  });
});

describe('a verb of doing right before a figure is a reading', () => {
  it.each([
    ['has collected', 'The revenue board has collected Rs9.3 trillion in 2023-24 against the target of Rs9.2 trillion.', '9.3 trillion', 'actual'],
    ['recruited', 'The force recruited 4,120 officers last year, short of the goal it had set.', '4,120', 'actual'],
    ['stands at', 'As of today, the state’s attainment rate stands at 51.8%, on the way to the goal of 60%.', '51.8%', 'actual'],
    ['exceeding a target and achieving', 'The county did well, exceeding the latest recycling target and achieving 66.3% for the year.', '66.3%', 'actual'],
  ])('%s', (_name, text, quote, kind) => {
    expect(kindOf(text, quote, 'en', '2024-07-01')).toBe(kind);
  });

  it.each([
    ['what will have been collected', 'The board says it will have collected Rs9.5 trillion by June 2025.', '9.5 trillion', 'target'],
    ['what a projection stands at', 'The government said its projection for the 2025 fiscal year inflation rate stands at 18.5%.', '18.5%', 'target'],
    ['a goal still far off', 'Ministers are nowhere near meeting their target of halving the waiting list by 2026.', 'halving', 'target'],
  ])('but not %s', (_name, text, quote, kind) => {
    expect(kindOf(text, quote, 'en', '2024-07-01')).toBe(kind);
  });
});

describe('what a study or an estimate says will be is a forecast', () => {
  it.each([
    ['a body has estimated that … will', 'The bank has estimated that 9.1% of the population will live in poverty by 2030.', '9.1%', 'projection'],
    ['a report projects … will', 'The new report projects U.S. emissions will fall 31% below 2005 levels by 2030.', '31%', 'projection'],
    ['a study finds that … will', 'The study finds that by 2040, heat pumps will heat 35% of homes.', '35%', 'projection'],
    ['enough … to reach', 'The state has enough projects in the pipeline to reach about 48 percent in 2030.', '48 percent', 'projection'],
    ['anticipated to', 'At the current pace, the city is anticipated to reach 2 million trees by 2029.', '2 million', 'projection'],
    ['a budget forecast updated in a mid-year review', 'The surplus for 2024-25 is expected to hit $2.9 billion, according to the mid-year review released on Tuesday.', '$2.9 billion', 'projection'],
  ])('%s', (_name, text, quote, kind) => {
    expect(kindOf(text, quote, 'en', '2024-12-17')).toBe(kind);
  });

  it('but a study that found what happened tells a reading', () => {
    expect(kindOf('The study found that emissions fell 3% in 2023.', '3%', 'en', '2024-12-17')).toBe('actual');
  });
});

describe('the public purse is forecast by the government that keeps it', () => {
  it.each([
    ['a deficit projected with no one named', 'New spending is planned for housing. It projects the deficit will be $38 billion in 2024-25.', '$38 billion', '2024-03-28', 'target'],
    ['a deficit in a list of main targets', 'Main targets for 2024:\n- The deficit-to-GDP ratio is projected at 3 percent for 2024.', '3 percent', '2024-03-05', 'target'],
    ['地价收入 estimated for the coming year', '以来年的卖地计划为依据，地价收入预计为330亿元，较上年度修订预算上升约20%。', '330亿元', '2024-02-28', 'target'],
    ['but a later forecast set against the budget’s is a revision', 'It predicted a deficit of 4.9% of GDP for 2025/26, wider than the 4.1% seen in February.', '4.9%', '2024-10-30', 'projection'],
    ['and an analyst’s forecast stays a projection', 'Analysts at the bank project the deficit will be $41 billion in 2024-25.', '$41 billion', '2024-03-28', 'projection'],
  ])('%s', (_name, text, quote, date, kind) => {
    expect(kindOf(text, quote, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', date)).toBe(kind);
  });
});

describe('Chinese: so far, in fact, and what a plan will reach', () => {
  it.each([
    ['迄今 after the goals', '今年招募目标合计1万2000人，迄今招获1万2300人，招获率102.5%。', '1万2300人', '2025-12-20', 'actual'],
    ['实际 with its measure before 为', '该省年初设定了6%左右的增速目标，但实际地区生产总值增速为3.1%。', '3.1%', '2024-01-25', 'actual'],
    ['将达到 with a deadline ending in 前', '2030年前，国防预算占比将达到GDP的4%。', '4%', '2025-03-01', 'target'],
    ['a deadline said above a dashed list', '行动计划提出，到2027年，产业体系不断夯实。\n——高端制造引领功能大幅提升。战略性新兴产业产值占工业总产值比重达48%。', '48%', '2024-03-01', 'target'],
    ['将达 in the last month of the year', '五年来建成高速公路1100公里，全省通车总里程将达5800公里。', '5800公里', '2020-12-23', 'actual'],
    ['将突破 late in the year, before its last month', '交通局表示，全市自行车租赁站点将突破1500站。', '1500站', '2025-11-10', 'projection'],
  ])('%s', (_name, text, quote, date, kind) => {
    expect(kindOf(text, quote, 'zh', date)).toBe(kind);
  });

  it.each([
    ['a revenue budget is the year’s mark', '考虑到近期股市交投情况，印花税收入预算约为580亿元，较本年度修订预算上升9.2%。', '580亿元', '2025-02-26', 'target'],
    ['a budget’s balance, estimated', '二零一六财政年度中央预算结余预计为$52,100,000,000.00。', '52,100,000,000', '2015-11-20', 'target'],
    ['and once the year is over, the final account', '2016年财政年度的预算结余为803.5亿元，较预算多出一成。', '803.5亿元', '2017-05-10', 'actual'],
    ['an official body’s estimate of the year', '物业估价署最新估算，今年私人住宅落成量约18500伙，明年料降至17900伙，部分地区落成量连环向上。', '18500伙', '2025-03-28', 'target'],
    ['a plan’s name and a colon, as a headline', '政府工作报告：新开工改造城镇老旧小区4.5万个\n\n记者 王明\n\n国务院总理今天在人民大会堂作政府工作报告。', '4.5万个', '2021-03-05', 'target'],
  ])('%s', (_name, text, quote, date, kind) => {
    expect(kindOf(text, quote, 'zh', date)).toBe(kind);
  });

  it.each([
    ['努力 of a review, before what was done', '努力帮助企业降本增效，工业企业用电成本下降5.2%。', '5.2%', '2026-01-20', 'actual'],
    ['but 努力 before 实现 is a goal', '今年要努力实现地区生产总值增长5%左右。', '5%', '2026-01-20', 'target'],
    ['a finished year in the figure’s own clause, after a goal word', '局长有信心明年研发开支占GDP达1.3%，甚至能超过这目标，他称2022年相关开支占GDP达1.07%。', '1.07%', '2023-05-10', 'actual'],
    ['a plan named in 《》 that lays down what follows', '《行动计划》明确，要坚持以人为本。经过5年的努力，常住人口城镇化率提升至接近72%。', '72%', '2024-07-31', 'target'],
  ])('%s', (_name, text, quote, date, kind) => {
    expect(kindOf(text, quote, 'zh', date)).toBe(kind);
  });

  it('but 一般公共预算收入 names a kind of revenue, read as it stands', () => {
    expect(kindOf('2024年全市一般公共预算收入增长5.2%。', '5.2%', 'zh', '2025-01-20')).toBe('actual');
  });

  it('but 迄今 that tells nothing of a number leaves the goal a goal', () => {
    expect(kindOf('政府要兴建的6千户迄今为止都没开工。', '6千户', 'zh', '2024-02-19')).toBe('target');
  });
});
