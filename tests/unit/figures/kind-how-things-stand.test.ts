/**
 * How things stand now is a reading, however near a goal is named: 'now', 'so far', 'the latest figures
 * show', 'with … reaching'. Every sentence is written for the test, in several forms.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';

const kindOf = (text: string, quote: string): string => {
  const f = extractFigures(text, { date: '2024-11-05', city: null, language: 'en' }).find((x) => x.quote.includes(quote));
  expect(f, `${quote} in ${text}`).toBeDefined();
  return f!.kind;
};

describe('how things stand, next to a goal', () => {
  it.each([
    ['now, after the figure', 'The city is a quarter of the way to its goal of 60,000 chargers by 2030, with more than 15,300 chargers now installed.', '15,300', 'actual'],
    ['so far', 'The council is on course for its goal of 5,000 homes, having built 3,200 homes so far.', '3,200', 'actual'],
    ['the latest figures show', 'Interim targets to cut child poverty were missed as the latest figures show a fall in child poverty to 22%.', '22%', 'actual'],
    ['with … reaching', 'The government fell short of its year-end inflation target of 15%, with the December inflation rate reaching 23.8%.', '23.8%', 'actual'],
    ['an aside of its own after another figure', 'The law sets a goal of less than 10% of children in poverty by 2030 (currently 22%).', '10%', 'target'],
  ])('%s', (_name, text, quote, kind) => {
    expect(kindOf(text, quote)).toBe(kind);
  });

  it.each([
    ['between now and a deadline', 'The minister promised to hand over 500,000 homes between now and June 2026.', '500,000', 'target'],
    ['a goal that is now set', 'The latest target now being 2.5 million homes by 2030, officials said.', '2.5 million', 'target'],
    ['now looking to', 'The country is now looking to welcome 150 million tourists by 2030.', '150 million', 'target'],
    ['with a goal of reaching', 'The plan set a pace of 25,000 homes a year with a goal of reaching 300,000 homes by 2026.', '300,000', 'target'],
  ])('but not %s', (_name, text, quote, kind) => {
    expect(kindOf(text, quote)).toBe(kind);
  });
});

describe('what was agreed, planned or will be done is a goal', () => {
  const kindIn = (text: string, quote: string, language: 'zh' | 'en', date = '2022-07-26'): string | undefined =>
    extractFigures(text, { date, city: null, language }).find((x) => x.quote.includes(quote))?.kind;
  it.each([
    ['reached an agreement on', 'The energy ministers reached an agreement on the reduction of gas demand by 15% this winter.', '15%', 'en', 'target'],
    ['approved a plan to', 'The council approved a plan to build 5,000 homes.', '5,000', 'en', 'target'],
    ['calls for', 'The plan expects 91,000 new residents by 2030, and calls for the creation of 53,000 new units of housing.', '53,000', 'en', 'target'],
    ['the clause’s 将 after 获悉', '会上获悉，至“十四五”末，江西将实现高速公路通车里程突破7000公里。', '7000公里', 'zh', 'target'],
    ['but a past year after 获悉 is a reading', '记者获悉，去年全市新增就业5万人。', '5万人', 'zh', 'actual'],
    ['the clause’s 将 after 目前 in an earlier clause', '目前，我国仍有1660万农村贫困人口，今年将继续减贫1000万人以上。', '1000万人以上', 'zh', 'target'],
    ['but 目前 in the clause itself is a reading', '全市目前已有高新技术企业5000家，将近翻了一番。', '5000家', 'zh', 'actual'],
    ['预定 before 达到', '交通局计划，预定达到625站及6200辆自行车的营运规模。', '6200辆', 'zh', 'target'],
    ['已 before a verb of announcing dates the announcement', '总统日前已宣示，明年度国防预算将达GDP 3%。', '3%', 'zh', 'target'],
    ['but 已 before a verb of doing is a reading', '全市已建成5G基站1万个。', '1万个', 'zh', 'actual'],
    ['and a rise reached is a reading', 'Prices rose 5% last year and the index reached 120 points.', '5%', 'en', 'actual'],
  ])('%s', (_name, text, quote, language, kind) => {
    expect(kindIn(text, quote, language as 'zh' | 'en', language === 'zh' ? '2025-06-04' : '2022-07-26')).toBe(kind);
  });
});
