import { describe, expect, it } from 'vitest';
import { extractFigures, metricKey } from '../../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../../shared/domain/figure';

const zh = (text: string, date = '2023-02-24', city: string | null = '重庆'): ExtractedFigure[] => extractFigures(text, { date, city, language: 'zh' });
const en = (text: string, date = '2024-07-30'): ExtractedFigure[] => extractFigures(text, { date, city: null, language: 'en' });
const one = (figs: ExtractedFigure[]): ExtractedFigure => {
  expect(figs).toHaveLength(1);
  return figs[0]!;
};

describe('offsets and quotes', () => {
  it('quotes are exact slices with qualifier and change words included', () => {
    const text = '力争科技型企业超过4.8万家，智能传感器产业产值同比增长16.7%。';
    for (const f of zh(text)) expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(zh(text).map((f) => f.quote)).toEqual(['超过4.8万家', '同比增长16.7%']);
  });
});

describe('units and scales', () => {
  it.each([
    ['技术合同成交额超750亿元', 75000000000, '元', 'CNY'],
    ['粮食产量1.3万亿斤', 1.3e12, '斤', null],
    ['投资3.5萬億元', 3.5e12, '元', 'CNY'],
    ['出口额120亿美元', 12000000000, 'USD', 'USD'],
    ['装机1532.6万千瓦', 15326000, '千瓦', null],
    ['城镇化率提高0.34个百分点', 0.34, '个百分点', null],
    ['出生率6.83‰', 6.83, '‰', null],
    ['占比百分之十五', 15, '%', null],
    ['增长约一成', 10, '%', null],
    ['产量增长1.2倍', 1.2, '倍', null],
    ['全市人口４.８万人', 48000, '人', null],
  ])('%s', (text, value, unit, currency) => {
    const f = one(zh(text));
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
    expect(f.currency).toBe(currency);
  });

  it('reads 元 as Hong Kong dollars in Hong Kong', () => {
    expect(one(zh('政府收入減少約66億元。', '2024-02-28', '香港')).unit).toBe('HKD');
  });

  it.each([
    ['Profit rose to £2.3bn last year.', 2.3e9, 'GBP'],
    ['Revenue was $4.5 billion.', 4.5e9, 'USD'],
    ['Sales reached €300m.', 3e8, 'EUR'],
    ['Revenues rose to 291.8 mln dlrs in the quarter.', 2.918e8, 'dlrs'],
    ['The company wrote off 1.2 bln yen of loans.', 1.2e9, 'JPY'],
    ['Output rose 3.2 per cent last year.', 3.2, '%'],
    ['The margin rose 1.2 percentage points last year.', 1.2, '个百分点'],
    ['The council built 25,000 homes last year.', 25000, 'homes'],
  ])('%s', (text, value, unit) => {
    const f = en(text).find((x) => x.unit === unit)!;
    expect(f.value).toBe(value);
  });

  it('reads English fractions as ratios', () => {
    const f = one(en('About a third of households rent.'));
    expect(f.value).toBeCloseTo(1 / 3, 10);
    expect(f.unit).toBe('ratio');
    expect(f.qualifier).toBe('approx');
  });
});

describe('qualifiers', () => {
  it.each([
    ['科技型企业超过4.8万家', 'gt'], ['高新技术企业突破7000家', 'gt'], ['企业逾300家', 'gt'], ['企业4000多家', 'gt'],
    ['上市企业总数达到3家', 'gte'], ['营业收入增速保持15%以上', 'gte'], ['就业不低于20万人', 'gte'],
    ['失业率不到5%', 'lt'], ['失业率5.5%以内', 'lte'], ['赤字不超过3%', 'lte'],
    ['投入强度2.35%左右', 'approx'], ['居民约15万名', 'approx'], ['近300家', 'approx'],
    ['增长3%—5%', 'range'], ['增长5-7%', 'range'], ['新建5至7个', 'range'], ['总经费达4790万元', 'eq'],
  ])('%s → %s', (text, qualifier) => {
    expect(one(zh(text)).qualifier).toBe(qualifier);
  });

  it('keeps a comparison word that is not next to the number out of the qualifier', () => {
    expect(one(zh('增速高于全市平均水平1.1个百分点。')).qualifier).toBe('eq');
  });

  it.each([
    ['Councils built more than 27,000 homes last year.', 'gt'], ['At least 40% of homes will be social.', 'gte'],
    ['Up to 300 jobs will go.', 'lte'], ['Around 1,000 officers will be hired.', 'approx'], ['Nearly 50% voted.', 'approx'],
    ['Revenue of between $160 billion and $167 billion is expected.', 'range'],
  ])('%s → %s', (text, qualifier) => {
    expect(en(text)[0]!.qualifier).toBe(qualifier);
  });

  it('range values carry valueMax', () => {
    const f = one(zh('今年预测经济增长2.5%至3.5%。', '2024-02-28', '香港'));
    expect([f.value, f.valueMax]).toEqual([2.5, 3.5]);
    expect(f.kind).toBe('projection');
  });
});

describe('change and kind', () => {
  it('reads increases, decreases and levels', () => {
    const figs = zh('过去一年，工业增加值增长6.1%，能耗下降2.5%，城镇化率提高0.34个百分点，失业率回落至2.9%。');
    expect(figs.map((f) => f.change)).toEqual(['increase', 'decrease', 'increase', 'level']);
    expect(figs.every((f) => f.kind === 'actual')).toBe(true);
  });

  it('reads targets, projections and budgets from cue words', () => {
    expect(one(zh('今年力争技术合同成交额超过750亿元。')).kind).toBe('target');
    expect(one(zh('预计全年经济增长5%。')).kind).toBe('projection');
    expect(one(zh('项目总经费达4790万元。')).kind).toBe('budget');
    expect(en('The government will build 1.5 million homes by 2029.')[0]!.kind).toBe('target');
    expect(en('The Chancellor has allocated £2.3bn to the programme.')[0]!.kind).toBe('budget');
    expect(en('The company expects revenue of $160 billion.', '2023-10-27')[0]!.kind).toBe('projection');
  });

  it('counts in words are figures of kind other', () => {
    const figs = zh('双方将共建三大公共服务平台，完善四项重大政策，共抓一项重点改革，即推进互认。');
    expect(figs.map((f) => [f.quote, f.value, f.kind, f.metric])).toEqual([
      ['三大', 3, 'other', '公共服务平台'],
      ['四项', 4, 'other', '重大政策'],
      ['一项', 1, 'other', '重点改革'],
    ]);
  });
});

describe('periods', () => {
  const periodOf = (text: string, date = '2023-02-24'): string | null => {
    const f = zh(text, date)[0]!;
    return f.period ? `${f.period.from}..${f.period.to}` : null;
  };
  it.each([
    ['今年力争企业超过4.8万家。', '2023-01-01..2023-12-31'],
    ['明年新建学校10所。', '2024-01-01..2024-12-31'],
    ['去年新建学校10所。', '2022-01-01..2022-12-31'],
    ['前年新建学校10所。', '2021-01-01..2021-12-31'],
    ['过去一年，产值增长16.7%。', '2022-01-01..2022-12-31'],
    ['2022年固定资产投资21.5亿元。', '2022-01-01..2022-12-31'],
    ['“十四五”期间，新增就业100万人。', '2021-01-01..2025-12-31'],
    ['到2025年，比重达到12%。', '2023-01-01..2025-12-31'],
    ['三年行动计划（2023—2025年），每年改造小区300个。', '2023-01-01..2025-12-31'],
    ['今年上半年，产值增长6.8%。', '2023-01-01..2023-06-30'],
  ])('%s → %s', (text, expected) => {
    expect(periodOf(text)).toBe(expected);
  });

  it('a period inside a document title does not date the figure', () => {
    const text = '今年，我市将推进改革。\n同时，实施《三年行动计划（2023—2025年）》，力争营业收入增速保持15%以上。';
    expect(periodOf(text)).toBe('2023-01-01..2023-12-31');
  });

  it('comparison bases are not periods', () => {
    expect(periodOf('2023年全年访港旅客3400万人次，较2022年增加逾三十倍。', '2024-02-28')).toBe('2023-01-01..2023-12-31');
  });

  it.each([
    ['Sales rose 3% last year.', '2023-01-01..2023-12-31'],
    ['Sales will rise 3% this year.', '2024-01-01..2024-12-31'],
    ['The fund gets £2.3bn for 2025-26.', '2025-04-01..2026-03-31'],
    ['Ministers will build 1.5 million homes by 2029.', '2024-01-01..2029-12-31'],
    ['Ownership fell to 55% in 2003.', '2003-01-01..2003-12-31'],
  ])('%s → %s', (text, expected) => {
    const f = en(text)[0]!;
    expect(`${f.period!.from}..${f.period!.to}`).toBe(expected);
  });
});

describe('entities and metrics', () => {
  it('resolves 我市/全市 to the full city name and carries a named district', () => {
    const figs = zh('今年我市将力争科技型企业超过4.8万家、高新技术企业突破7000家。\n过去一年，北碚区产值同比增长16.7%。2022年固定资产投资21.5亿元。');
    expect(figs.map((f) => [f.metric, f.entity])).toEqual([
      ['科技型企业', '重庆市'],
      ['高新技术企业', '重庆市'],
      ['产值增速', '北碚区'],
      ['固定资产投资', '北碚区'],
    ]);
  });

  it('resolves 全区 to the district the story names', () => {
    const figs = zh('武侯区上半年经济运行稳中有进。\n上半年，全区实现地区生产总值702.3亿元。', '2023-07-18', '成都');
    expect(figs[0]!.entity).toBe('武侯区');
    expect(figs[0]!.metric).toBe('地区生产总值');
  });

  it('pairs distributive values with their own subjects in order', () => {
    const figs = zh('城镇、农村常住居民人均可支配收入分别增长6.1%和7.2%。');
    expect(figs.map((f) => f.metric)).toEqual(['城镇常住居民人均可支配收入增速', '农村常住居民人均可支配收入增速']);
    expect(figs.map((f) => f.change)).toEqual(['increase', 'increase']);
    const b = zh('两江新区、高新区工业产值分别增长55.9%、34.4%。');
    expect(b.map((f) => f.value)).toEqual([55.9, 34.4]);
    expect(b).toHaveLength(2);
  });

  it('pairs English "respectively" values in order', () => {
    const figs = en('Exports and imports rose 5% and 3% respectively last year.');
    expect(figs.map((f) => f.metric)).toEqual(['exports', 'imports']);
  });

  it('metricKey folds traditional characters, brackets and rate suffixes', () => {
    expect(metricKey('經濟增速')).toBe(metricKey('经济'));
    expect(metricKey('固定资产投资（不含农户）降幅')).toBe('固定资产投资');
    expect(metricKey('全市研发经费投入强度')).toBe('研发经费投入强度');
    expect(metricKey('Net additional dwellings')).toBe('netadditionaldwelling');
  });
});

describe('not figures', () => {
  it.each([
    '2月23日，2023年全市科技创新工作会议召开。',
    '北碚区十九届人大三次会议开幕，第二届评选启动。',
    '入选2022年中国智能传感器十大园区，党的二十大精神。',
    '落实全市“2+6+X”产业发展规划，推进“一区一平台”建设和“一带一路”合作。',
    '实施“双倍增”行动，出台三年行动计划（2023—2025年）。',
    '一艘高速巡逻艇正在巡逻，一批企业参与，新一代电池和3D机器人。',
    '这两个项目由医院牵头，排名第3名，联系电话023-63907777，邮编400000。',
    '会议9时30分开始，地址为人民路88号，第12条规定。',
    '经过两年建设，“十四五”规划，12个月的开支，15分钟生活圈。',
  ])('%s', (text) => {
    expect(zh(text).map((f) => f.quote)).toEqual([]);
  });

  it.each(['Published 30 July 2024.', 'Call 0300 123 4567.', 'Home ownership among 25 to 34-year-olds.', 'The S&P 500 and the FTSE 100.', 'In the third quarter of 2023.'])(
    '%s',
    (text) => {
      expect(en(text).map((f) => f.quote)).toEqual([]);
    },
  );
});

describe('a list takes the kind of its lead-in', () => {
  it('reads each item after 「主要预期目标是：」 as a target, on one line or a line each', () => {
    const oneLine = '政府工作报告提出,今年发展主要预期目标是:国内生产总值增长5.5%左右;\n城镇新增就业1100万人以上,城镇调查失业率全年控制在5.5%以内;\n粮食产量保持在1.3万亿斤以上;';
    const kinds = extractFigures(oneLine, { date: '2022-03-05', city: null }).map((f) => [f.quote, f.kind]);
    expect(kinds).toEqual([
      ['增长5.5%左右', 'target'],
      ['1100万人以上', 'target'],
      ['5.5%以内', 'target'],
      ['1.3万亿斤以上', 'target'],
    ]);
  });

  it('takes the lead-in from the line printed above the text', () => {
    const figures = extractFigures('地区生产总值增长5%;\n\n固定资产投资增长4%;', { date: '2024-01-23', city: null, lead: '今年经济社会发展的主要预期目标是:' });
    expect(figures.map((f) => f.kind)).toEqual(['target', 'target']);
  });

  it('leaves a finished sentence before a list alone', () => {
    const figures = extractFigures('去年全市地区生产总值增长6.1%。\n\n规模以上工业增加值增长8.2%;', { date: '2024-01-23', city: '重庆' });
    expect(figures.every((f) => f.kind === 'actual')).toBe(true);
  });
});

describe('the period of a report that looks back', () => {
  it('takes the year the headline names for a section that does not repeat it', () => {
    const figures = extractFigures('●广东地区生产总值(GDP)突破13万亿元、增长4.8%。', { date: '2024-02-26', city: null, lead: '2023年工作回顾' });
    expect(figures.map((f) => f.period?.from)).toEqual(['2023-01-01', '2023-01-01']);
  });

  it.each([
    ['过去一年，全市上下奋力拼搏。地区生产总值增长6.1%。', '2024-01-20', 2023],
    ['一年来，我们坚持稳中求进。城镇新增就业60万人。', '2023-03-05', 2022],
    ['2024年工作回顾：一般公共预算收入增长3.1%。', '2025-02-10', 2024],
    ['今年以来，全市地区生产总值增长6.1%。', '2024-07-20', 2024],
  ])('%s (published %s) is about %i', (text, date, year) => {
    const figure = extractFigures(text, { date, city: '重庆' })[0]!;
    expect(figure.period?.from).toBe(`${year}-01-01`);
  });

  it('reads an English review published early in the year as last year', () => {
    const figure = extractFigures('Over the past year, the economy grew by 5.2%.', { date: '2024-01-17', city: null, language: 'en' })[0]!;
    expect(figure.period?.from).toBe('2023-01-01');
  });
});

describe('English pledge periods', () => {
  const en = (text: string, date: string) => extractFigures(text, { date, city: null, language: 'en' });

  it.each([
    ['We will build 300,000 homes a year by the mid-2020s.', '2019-11-28', '2025-12-31'],
    ['The council aims to plant 5,000 trees by the late 2020s.', '2021-05-01', '2029-12-31'],
    ['Ministers promised 40,000 new apprenticeships by the early 2030s.', '2024-02-01', '2033-12-31'],
  ])('%s ends in %s', (text, date, to) => {
    expect(en(text, date)[0]!.period?.to).toBe(to);
  });

  it('runs a pledge over the next Parliament to that Parliament\'s end', () => {
    const figure = en('This will see us build at least a million more homes, of all tenures, over the next Parliament.', '2019-11-28')[0]!;
    expect(figure.period).toMatchObject({ from: '2019-12-17', to: '2024-05-30', label: 'over the next Parliament' });
  });

  it('takes the Parliament sitting at the time for "by the end of this Parliament"', () => {
    const figure = en('The government will recruit 6,500 more teachers by the end of this Parliament.', '2024-10-01')[0]!;
    expect(figure.period).toMatchObject({ from: '2024-10-01', to: '2029-08-15' });
  });

  it('reads a year followed by levels as a baseline, not the period', () => {
    const figure = en('The EU met its objective to cut emissions 20% below 1990 levels in 2020.', '2021-10-26')[0]!;
    expect(figure.period?.from).toBe('2020-01-01');
  });

  it('lets a closing "for 2022" scope every figure of its sentence', () => {
    const figures = en('China aims to create over 11 million new urban jobs and targets a surveyed urban unemployment rate of no more than 5.5 percent for 2022.', '2022-03-05');
    expect(figures.map((f) => f.period?.from)).toEqual(['2022-01-01', '2022-01-01']);
  });
});

describe('more English pledge periods', () => {
  const en = (text: string, date: string) => extractFigures(text, { date, city: null, language: 'en' })[0]!.period;

  it.each([
    ['States agreed to build 1.2 million new well-located homes over 5 years from mid-2024.', '2023-08-16', '2024-07-01', '2029-06-30'],
    ['The plan adds 30,000 places over three years from April 2025.', '2025-01-10', '2025-04-01', '2028-03-31'],
    ['He pledged to boost police numbers by 20,000 in three years.', '2019-07-04', '2019-07-04', '2022-07-04'],
    ['The service will reach more than 140,000 officers by mid-2022.', '2019-07-04', '2019-07-04', '2022-06-30'],
    ['In the September quarter, only 44,884 homes were built.', '2025-01-15', '2024-07-01', '2024-09-30'],
    ['One million homes were delivered in the last parliament.', '2024-06-11', '2019-12-17', '2024-05-30'],
  ])('%s', (text, date, from, to) => {
    expect(en(text, date)).toMatchObject({ from, to });
  });

  it('does not carry a closing period back past a clause of its own', () => {
    const figures = extractFigures("Around a quarter of the council's £345m budget goes on care, and demand has risen by 8 per cent in the past year.", { date: '2024-02-23', city: null, language: 'en' });
    expect(figures[0]!.period?.label).not.toBe('in the past year');
  });
});

describe('periods as Hong Kong, Taiwan and statistics offices print them', () => {
  const read = (text: string, date: string, language: 'zh' | 'en') => extractFigures(text, { date, city: null, language })[0]!.period;

  it.each([
    ['Inflation, the rate in the year to May, was 8.7%.', '2023-06-21', 'en', '2023-05-01', '2023-05-31'],
    ['Some 14,017 homes were completed in the first 6 months of 2023.', '2023-08-01', 'en', '2023-01-01', '2023-06-30'],
    ['The government pledged 50,000 more nurses by 2024/25.', '2019-11-24', 'en', '2019-11-24', '2025-03-31'],
    ['過去 5 年，國內生產毛額年均增長 5.4%。', '2026-03-05', 'zh', '2021-01-01', '2025-12-31'],
    ['任內定下二○二五年綠電比率達到百分之廿的目標。', '2024-05-01', 'zh', '2025-01-01', '2025-12-31'],
    ['行政院核定113年度經濟成長率目標為3%。', '2024-01-10', 'zh', '2024-01-01', '2024-12-31'],
  ] as const)('%s', (text, date, language, from, to) => {
    expect(read(text, date, language)).toMatchObject({ from, to });
  });

  it('does not read a round number of years as a Minguo year outside Taiwan', () => {
    expect(read('建党100年来，全市人口增长到3000万人。', '2021-07-01', 'zh')?.label).not.toBe('100年');
  });
});

describe('a deadline still ahead makes a goal', () => {
  it.each([
    ['The party wants 50,000 more nurses in the NHS by 2024/25.', '2019-11-24'],
    ['Ministers expect to have 6,000 more GPs by 2024/25.', '2020-02-01'],
  ])('%s', (text, date) => {
    const figure = extractFigures(text, { date, city: null, language: 'en' })[0]!;
    expect(figure.period?.label).toBe('by 2024/25');
    expect(figure.period?.to).toBe('2025-03-31');
  });
});
