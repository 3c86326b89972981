/**
 * Rules added in the third blind round (company results and guidance, UK local
 * news, county projects, 同比/环比 national data, Hong Kong traditional text).
 * Every sentence here is written for the test, not taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../../shared/domain/figure';

const zh = (text: string, date = '2024-05-20', city: string | null = null): ExtractedFigure[] => extractFigures(text, { date, city, language: 'zh' });
const en = (text: string, date = '2024-05-02'): ExtractedFigure[] => extractFigures(text, { date, city: null, language: 'en' });
const byQuote = (figs: ExtractedFigure[], quote: string): ExtractedFigure => {
  const f = figs.find((x) => x.quote === quote);
  expect(f, `${quote} in ${figs.map((x) => x.quote).join(' | ')}`).toBeDefined();
  return f!;
};
const span = (f: ExtractedFigure): string | null => (f.period ? `${f.period.from}..${f.period.to}` : null);

describe('English periods', () => {
  it('"the quarter ended March 31" is the three months to that month', () => {
    const f = byQuote(en('Harbor Foods said sales rose 6% in the quarter ended March 31.'), 'rose 6%');
    expect(span(f)).toBe('2024-01-01..2024-03-31');
  });
  it('"last quarter" is the calendar quarter before the story date', () => {
    expect(span(byQuote(en('Harbor Foods cut 900 jobs last quarter.', '2024-08-10'), 'cut 900 jobs'))).toBe('2024-04-01..2024-06-30');
  });
  it('"over the summer" and "last summer" are June to August', () => {
    expect(span(byQuote(en('Kent Police will put 40 more officers on the beaches over the summer.', '2024-05-02'), '40 more officers'))).toBe('2024-06-01..2024-08-31');
    expect(span(byQuote(en('Visitor numbers fell 7% last summer.', '2024-05-02'), 'fell 7%'))).toBe('2023-06-01..2023-08-31');
  });
  it('full-year guidance is a projection range for the year, and does not carry to the next sentence', () => {
    const figs = en('Harbor Foods said revenue rose 4% to $3.2 billion in the quarter ended March 31. It now expects full-year sales of $13bn to $13.5bn. Net income fell to $210 million.');
    const g = byQuote(figs, '$13bn to $13.5bn');
    expect([g.value, g.valueMax, g.qualifier, g.kind, span(g)]).toEqual([13e9, 13.5e9, 'range', 'projection', '2024-01-01..2024-12-31']);
    expect(span(byQuote(figs, '$210 million'))).toBe('2024-01-01..2024-03-31');
  });
  it('"from April" after a future verb starts the April–March financial year; after a past change it is a comparison', () => {
    expect(span(byQuote(en('Bus fares in Leeds will rise by 5% from April.', '2024-02-10'), 'rise by 5%'))).toBe('2024-04-01..2025-03-31');
    expect(byQuote(en('Retail sales rose 3% from March, the figures showed.', '2024-05-02'), 'rose 3%').period?.label).not.toBe('from March');
  });
  it('"since 2021" is the span of its own sentence and is not carried on', () => {
    const figs = en('Leeds City Council has halved its waiting list since 2021. The council will spend £2m in 2024-25. Band D bills will rise to £2,100.', '2024-02-10');
    expect(span(byQuote(figs, 'halved'))).toBe('2021-01-01..2024-12-31');
    expect(span(byQuote(figs, '£2,100'))).toBe('2024-04-01..2025-03-31');
  });
  it('"in early trading" is the day of the story', () => {
    expect(span(byQuote(en('Shares of Harbor Foods rose 4.1% in early trading.', '2024-05-02'), 'rose 4.1%'))).toBe('2024-05-02..2024-05-02');
  });
  it('a time word before "reported" dates the report, not the figure', () => {
    const f = byQuote(en('Harbor Foods said sales rose 6% in the quarter ended March 31. Rival Pinecrest Brands last month reported a 2% fall in sales.'), '2%');
    expect(f.entity).toBe('Pinecrest Brands');
    expect(f.period?.label).not.toBe('last month');
  });
  it('a value after "from" with no time of its own is the previous month', () => {
    const figs = en('Core inflation eased to 2.9% in April from 3.1%.');
    expect(span(byQuote(figs, '2.9%'))).toBe('2024-04-01..2024-04-30');
    expect(span(byQuote(figs, '3.1%'))).toBe('2024-03-01..2024-03-31');
  });
  it('"a year earlier" after "from X" shifts only the compared value', () => {
    const figs = en('Harbor Foods said sales rose 6% in the quarter ended March 31. Operating margin widened to 12.5% from 11.8% a year earlier.');
    expect(span(byQuote(figs, '12.5%'))).toBe('2024-01-01..2024-03-31');
    expect(span(byQuote(figs, '11.8%'))).toBe('2023-01-01..2023-03-31');
  });
  it('a time after "against X" is the compared value\'s, not the figure\'s', () => {
    const figs = en('The government\'s finances improved in 2024, bringing the deficit-to-GDP ratio to 4.1% against 5% in 2023.');
    expect(span(byQuote(figs, '4.1%'))).toBe('2024-01-01..2024-12-31');
    expect(span(byQuote(figs, '5%'))).toBe('2023-01-01..2023-12-31');
  });
});

describe('English owners', () => {
  it('an organisation reporting its own results owns them, and its short name is the same owner', () => {
    const figs = en('Harbor Foods said on Tuesday revenue rose 4% to $3.2 billion. Harbor cut 900 jobs.');
    expect(byQuote(figs, 'rose 4%').entity).toBe('Harbor Foods');
    expect(byQuote(figs, 'cut 900 jobs').entity).toBe('Harbor Foods');
  });
  it('"the force" and "the council" point back to the police force and the council', () => {
    const figs = en('Leeds City Council said parking fees would rise by 8%. West Yorkshire Police said crime fell 3%. The force recorded 4,100 burglaries. The council will spend £2m on lighting.');
    expect(byQuote(figs, 'rise by 8%').entity).toBe('Leeds City Council');
    expect(byQuote(figs, '4,100 burglaries').entity).toBe('West Yorkshire Police');
    expect(byQuote(figs, '£2m').entity).toBe('Leeds City Council');
  });
  it('a measure "in" a named place belongs to the place, but people "in" a place do not make it the owner', () => {
    expect(byQuote(en('Leeds City Council said fees would rise. Footfall in Kirkgate fell to 2.4 million visits last year.'), '2.4 million visits').entity).toBe('Kirkgate');
    expect(byQuote(en('Councillors in Otley have approved a £3m plan, Leeds City Council said.'), '£3m').entity).toBe('Leeds City Council');
  });
  it('a figure with no owner in its paragraph takes the story\'s main organisation, not the last one named', () => {
    const figs = en('Leeds City Council said fees would rise by 8%. The council approved the plan.\nWest Yorkshire Police said crime fell 3%.\nResidents\' permits will cost £90.');
    expect(byQuote(figs, '£90').entity).toBe('Leeds City Council');
  });
  it('a headline figure the body repeats takes the body\'s owner and period', () => {
    const figs = en('Fares to rise 5% as council seeks savings\nBus fares in Leeds will rise by 5% from April, Leeds City Council said.', '2024-02-10');
    const head = figs[0]!;
    expect([head.entity, span(head)]).toEqual(['Leeds City Council', '2024-04-01..2025-03-31']);
  });
});

describe('English counts and money', () => {
  it('"50 more officers" is an increase in officers', () => {
    const f = byQuote(en('The force will deploy 50 more officers.'), '50 more officers');
    expect([f.value, f.unit, f.change]).toEqual([50, 'officers', 'increase']);
  });
  it('a bare number after "up from" counts what the figure before it counted', () => {
    const figs = en('The force recorded 3,100 burglaries in 2023, up from 2,700 in 2022.');
    const f = byQuote(figs, '2,700');
    expect([f.unit, span(f)]).toEqual(['burglaries', '2022-01-01..2022-12-31']);
  });
  it('money "of" a noun is named by the noun', () => {
    expect(byQuote(en('The company booked $85 million of impairment charges.'), '$85 million').metric).toBe('impairment charges');
  });
  it('money a body "would spend" is a budget', () => {
    expect(byQuote(en('Leeds City Council said it would spend £12m on school repairs.'), '£12m').kind).toBe('budget');
  });
});

describe('Chinese projects as owners', () => {
  it('a clause-opening project or bridge name owns the attributes that follow it', () => {
    const figs = zh('其中，临江智能制造产业园项目总投资42亿元，规划用地600亩。沙河大桥全长2.3公里，总投资约9亿元。');
    expect(byQuote(figs, '42亿元').entity).toBe('临江智能制造产业园项目');
    expect(byQuote(figs, '600亩').entity).toBe('临江智能制造产业园项目');
    expect(byQuote(figs, '2.3公里').entity).toBe('沙河大桥');
    expect(byQuote(figs, '约9亿元').entity).toBe('沙河大桥');
  });
  it('a project named after 的 owns the figure before it, and a bare 项目 later points back to it', () => {
    const figs = zh('总投资约50亿元的东湖储能装备制造项目日前开工。项目建成后年产值超过80亿元。');
    expect(byQuote(figs, '约50亿元').entity).toBe('东湖储能装备制造项目');
    expect(byQuote(figs, '超过80亿元').entity).toBe('东湖储能装备制造项目');
  });
  it('县城 is a town centre, not a county', () => {
    const figs = zh('新大桥建成后将缩短县城至机场车程25分钟。');
    expect(byQuote(figs, '25分钟').entity).not.toBe('缩短县');
  });
  it('a duration run into a noun names a zone (“10分钟健身圈”), not a figure', () => {
    expect(zh('打造10分钟健身圈。')).toEqual([]);
  });
});

describe('Hong Kong and national wording', () => {
  it('首季 and 一月至三月 are the first quarter', () => {
    expect(span(byQuote(zh('今年首季出口貨值按年上升11.2%。', '2024-05-20', '香港'), '上升11.2%'))).toBe('2024-01-01..2024-03-31');
    expect(span(byQuote(zh('今年一月至三月的失業率為3.1%。', '2024-05-20', '香港'), '3.1%'))).toBe('2024-01-01..2024-03-31');
  });
  it('按年 / 按季 say how a change is measured, not what changed', () => {
    const figs = zh('首季訪港旅客達900萬人次，按年上升1.2倍。', '2024-05-20', '香港');
    expect(byQuote(figs, '上升1.2倍').metric).toBe('访港旅客增速');
  });
  it('a body named after the city owns its figures, and its short form (機管局) is the same body', () => {
    const figs = zh('香港機場管理局表示，首季客運量達1,200萬人次。機管局計劃未來三年投資約300億港元。', '2024-05-20', '香港');
    expect(byQuote(figs, '1,200萬人次').entity).toBe('香港机场管理局');
    const capex = byQuote(figs, '約300億港元');
    expect([capex.entity, capex.kind]).toEqual(['香港机场管理局', 'budget']);
  });
  it('公噸 is tonnes', () => {
    expect(byQuote(zh('貨運量約95萬公噸。', '2024-05-20', '香港'), '約95萬公噸').unit).toBe('吨');
  });
  it('figures before anything is named belong to the publication\'s city', () => {
    expect(byQuote(zh('首季本地生產總值按年上升2.5%。', '2024-05-20', '香港'), '上升2.5%').entity).toBe('香港');
  });
  it('环比 growth takes the period of its figure; 全球 owns a world forecast', () => {
    const figs = zh('二季度出口同比增长6.1%，环比增长3.4%。世界贸易组织预计，今年全球货物贸易量将增长2.6%。', '2025-07-16');
    expect(span(byQuote(figs, '环比增长3.4%'))).toBe('2025-04-01..2025-06-30');
    expect(byQuote(figs, '增长2.6%').entity).toBe('全球');
  });
  it('谋划 marks a plan', () => {
    expect(byQuote(zh('今年全县谋划实施重点项目88个。'), '88个').kind).toBe('target');
  });
});
