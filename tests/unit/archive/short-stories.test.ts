/**
 * Short texts pasted or imported on their own: one- and two-line briefs, a bare statistic,
 * a lead-in over a list. Figures are read from a story's body only, so a sentence that
 * ends up as the headline is a sentence whose figures are lost. A headline is a short line
 * without sentence-final punctuation set over a body; anything else is body, and a story
 * printed without a headline keeps an empty one for the editor to fill in at review.
 */
import { describe, expect, it } from 'vitest';
import { parseBuffer, parseText } from '../../../electron/core/archive/parse';
import { extractFigures } from '../../../electron/core/figures/extract';

interface ShortCase {
  what: string;
  text: string;
  /** '' when the text has no headline line. */
  headline: string;
  /** The body starts with this (the whole text when there is no headline). */
  bodyStarts: string;
  /** Figures extractFigures must read from the body, by a piece of their quote. */
  figures: string[];
  byline?: string;
  /** Paragraphs in the body, when list items must keep a line each. */
  paragraphs?: number;
}

const DATE = '2024-03-05';

const CASES: ShortCase[] = [
  {
    what: 'a one-line Chinese brief',
    text: '国家统计局1月17日发布，2023年国内生产总值1260582亿元，比上年增长5.2%。',
    headline: '',
    bodyStarts: '国家统计局1月17日发布，2023年国内生产总值1260582亿元',
    figures: ['1260582亿元', '5.2%'],
  },
  {
    what: 'a bare statistic with no full stop, the only line there is',
    text: '深圳市2024年地区生产总值增长5.8%',
    headline: '',
    bodyStarts: '深圳市2024年地区生产总值增长5.8%',
    figures: ['5.8%'],
  },
  {
    what: 'a one-line Taiwan brief in traditional characters',
    text: '主計總處今天公布，去年經濟成長率為1.31%，今年預測上修至3.43%。',
    headline: '',
    bodyStarts: '主計總處今天公布',
    figures: ['1.31%', '3.43%'],
  },
  {
    what: 'a traditional brief opening on its source (據《…》報導), which is not a cut-off start',
    text: '據《經濟日報》報導，香港去年本地生產總值實質增長3.2%，失業率回落至2.9%。',
    headline: '',
    bodyStarts: '據《經濟日報》報導',
    figures: ['3.2%', '2.9%'],
  },
  {
    what: 'a two-line Chinese brief, both lines sentences',
    text: '记者从市统计局获悉，一季度全市实现地区生产总值5210亿元。\n同比增长6.1%，增速比上年同期加快0.8个百分点。',
    headline: '',
    bodyStarts: '记者从市统计局获悉',
    figures: ['5210亿元', '6.1%'],
  },
  {
    what: 'a Hong Kong brief whose first line lost its full stop after a reporting lead',
    text: '香港特區政府統計處公布，今年第二季本地生產總值按年實質上升1.5%\n經季節性調整後與上季比較，實質下跌1.3%。',
    headline: '',
    bodyStarts: '香港特區政府統計處公布',
    figures: ['1.5%', '1.3%'],
  },
  {
    what: 'a first line longer than any headline, over a second line',
    text: '今年以来全市规模以上工业增加值同比增长8.3%，其中高技术制造业增加值增长12.6%，占规上工业比重提高到18.5%\n全市固定资产投资增长4.2%。',
    headline: '',
    bodyStarts: '今年以来全市规模以上工业增加值',
    figures: ['8.3%', '12.6%', '18.5%', '4.2%'],
  },
  {
    what: 'a lead-in ending in ： over list items ending in ；',
    text: '政府工作报告提出，今年发展主要预期目标是：\n国内生产总值增长5%左右；\n城镇新增就业1200万人以上；\n城镇调查失业率5.5%左右；\n居民消费价格涨幅3%左右。',
    headline: '',
    bodyStarts: '政府工作报告提出，今年发展主要预期目标是：',
    figures: ['5%左右', '1200万人以上', '5.5%左右', '3%左右'],
  },
  {
    what: 'the same lead-in in traditional characters with ASCII punctuation',
    text: '政府工作報告提出,今年發展主要預期目標是:\n國內生產總值增長5%左右;\n城鎮新增就業1200萬人以上;\n城鎮調查失業率5.5%左右。',
    headline: '',
    bodyStarts: '政府工作報告提出,今年發展主要預期目標是:',
    figures: ['5%左右', '1200萬人以上', '5.5%左右'],
  },
  {
    what: 'a traditional lead-in over key points with no punctuation at all',
    text: '據《人民日報》報導，國務院總理周四宣讀政府工作報告，要點如下：\n國內生產毛額增長 5%\n城鎮新增就業 1,267 萬人\n糧食產量達到 1.43 兆斤',
    headline: '',
    bodyStarts: '據《人民日報》報導',
    figures: ['5%', '1,267', '1.43'],
    // the lead-in runs into its first item; every other item keeps its line
    paragraphs: 3,
  },
  {
    what: 'a headline over a paragraph and a run of short key-figure lines',
    text: '过去一年工作回顾\n2023年，面对复杂严峻的国际环境，全市经济回升向好。\n地区生产总值增长6.1%\n城镇新增就业25.6万人\n城镇调查失业率5.2%\n居民消费价格上涨0.3%\n一般公共预算收入增长8.4%',
    headline: '过去一年工作回顾',
    bodyStarts: '2023年，面对复杂严峻的国际环境',
    figures: ['6.1%', '25.6万人', '5.2%', '0.3%', '8.4%'],
    paragraphs: 6,
  },
  {
    what: 'an English lead-in over bullet points with no punctuation',
    text: 'Key figures from the Budget include:\nDefence spending of £2.5 billion next year\nBorrowing of £87 billion in 2024-25\nFuel duty frozen for another year',
    headline: '',
    bodyStarts: 'Key figures from the Budget include:',
    figures: ['£2.5 billion', '£87 billion'],
  },
  {
    what: 'a one-paragraph English wire brief',
    text: "Britain's economy grew by 0.1% in 2023, the Office for National Statistics said on Thursday, after shrinking 0.3% in the final quarter.",
    headline: '',
    bodyStarts: "Britain's economy grew by 0.1% in 2023",
    figures: ['0.1%', '0.3%'],
  },
  {
    what: 'an English wire brief whose first line lost its full stop',
    text: "BEIJING, Jan 17 (Reuters) - China's economy grew 5.2% in 2023, official data showed on Wednesday\nThat was slightly above the government's target of around 5%.",
    headline: '',
    bodyStarts: 'BEIJING, Jan 17 (Reuters)',
    figures: ['5.2%', 'around 5%'],
  },
  {
    what: "an English first line that reports speech ('the minister said')",
    text: 'The government has set a target of 1.2 million new homes over five years, the housing minister said\nStates will share $3 billion in incentive payments.',
    headline: '',
    bodyStarts: 'The government has set a target of 1.2 million new homes',
    figures: ['1.2 million', '$3 billion'],
  },
  {
    what: 'an English bare statistic, the only line there is',
    text: 'Unemployment rate 3.9% in the three months to January',
    headline: '',
    bodyStarts: 'Unemployment rate 3.9%',
    figures: ['3.9%'],
  },
  {
    what: 'an English lead-in over list items ending in ;',
    text: 'The targets for 2024 are:\nGDP growth of around 5%;\nsome 12 million new urban jobs;\nconsumer price rises of around 3%.',
    headline: '',
    bodyStarts: 'The targets for 2024 are:',
    figures: ['around 5%', '12 million', 'around 3%'],
  },
  {
    what: 'a normal Chinese story with a real headline and a byline',
    text: '成都今年GDP目标增长6%\n本报讯（记者 张三）成都市政府工作报告提出，今年全市地区生产总值增长6%左右，城镇新增就业25万人。',
    headline: '成都今年GDP目标增长6%',
    bodyStarts: '本报讯（记者 张三）成都市政府工作报告提出',
    figures: ['6%左右', '25万人'],
    byline: '张三',
  },
  {
    what: 'a normal Taiwan story with a real headline',
    text: '台積電3月營收年增34% 創同期新高\n台積電今天公布3月營收1952億元，較去年同期增加34.3%。',
    headline: '台積電3月營收年增34% 創同期新高',
    bodyStarts: '台積電今天公布3月營收',
    figures: ['1952億元', '34.3%'],
  },
  {
    what: 'a normal English story with a real headline',
    text: 'UK inflation falls to 4.6%\nConsumer price inflation fell to 4.6% in the 12 months to October, down from 6.7% in September, the Office for National Statistics said.',
    headline: 'UK inflation falls to 4.6%',
    bodyStarts: 'Consumer price inflation fell to 4.6%',
    figures: ['4.6%', '6.7%'],
  },
  {
    what: 'a long English web headline (18 words) over its text',
    text: 'Mayor hails record housing delivery as she meets her promise to start 20,000 affordable homes for the city\nThe city council started 20,431 affordable homes between 2021 and 2024, official figures show.',
    headline: 'Mayor hails record housing delivery as she meets her promise to start 20,000 affordable homes for the city',
    bodyStarts: 'The city council started 20,431 affordable homes',
    figures: ['20,431'],
  },
  {
    what: 'a headline that credits its source with a colon (not a lead-in)',
    text: '国家统计局：2023年GDP增长5.2%\n国家统计局17日发布数据，2023年国内生产总值1260582亿元，比上年增长5.2%。',
    headline: '国家统计局：2023年GDP增长5.2%',
    bodyStarts: '国家统计局17日发布数据',
    figures: ['1260582亿元', '5.2%'],
  },
  {
    what: 'a traditional headline with a place and a colon',
    text: '廣東：今年GDP預期增長5%以上\n廣東省政府工作報告提出，今年全省地區生產總值預期增長5%以上。',
    headline: '廣東：今年GDP預期增長5%以上',
    bodyStarts: '廣東省政府工作報告提出',
    figures: ['5%以上'],
  },
  {
    what: "an English headline with a label and a colon, and one ending in 'says'",
    text: 'Tory leadership contest: Boris Johnson promises 20,000 extra police officers\nBoris Johnson has promised to recruit 20,000 more police officers in England if he becomes prime minister.',
    headline: 'Tory leadership contest: Boris Johnson promises 20,000 extra police officers',
    bodyStarts: 'Boris Johnson has promised',
    figures: ['20,000'],
  },
  {
    what: "an English headline that attributes with 'says'",
    text: 'China adds 12.44 million urban jobs in 2023, says more effort needed this year\nChina added 12.44 million urban jobs in 2023, the ministry said on Wednesday.',
    headline: 'China adds 12.44 million urban jobs in 2023, says more effort needed this year',
    bodyStarts: 'China added 12.44 million urban jobs',
    figures: ['12.44 million'],
  },
  {
    what: 'a short headline over a one-line body with no full stop',
    text: '今年GDP增长5.2%\n全年国内生产总值1260582亿元',
    headline: '今年GDP增长5.2%',
    bodyStarts: '全年国内生产总值1260582亿元',
    figures: ['1260582亿元'],
  },
];

describe('short stories keep their text as body', () => {
  it.each(CASES.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    const page = parseText(c.text, { date: DATE });
    expect(page.stories).toHaveLength(1);
    const story = page.stories[0]!;
    expect(story.headline).toBe(c.headline);
    expect(story.body.startsWith(c.bodyStarts), `body starts 「${story.body.slice(0, 40)}」`).toBe(true);
    expect(story.truncated).toBe(false);
    if (c.byline) expect(story.byline).toBe(c.byline);
    if (c.paragraphs) expect(story.body.split('\n')).toHaveLength(c.paragraphs);
    if (!c.headline) {
      // nothing of the text is left out of the body (line breaks aside), and the page says why
      const flat = (s: string) => s.replace(/\s+/g, '');
      expect(flat(story.body)).toBe(flat(c.text));
      expect(page.assumed.some((a) => /headline/.test(a) && !/another page/.test(a)), page.assumed.join(' | ')).toBe(true);
    }
    const figures = extractFigures(story.body, { date: DATE, city: null, language: story.language, lead: story.headline });
    for (const quote of c.figures) {
      expect(
        figures.some((f) => f.quote.includes(quote)),
        `「${quote}」 among ${JSON.stringify(figures.map((f) => f.quote))}`,
      ).toBe(true);
    }
  });
});

describe('short files read like pasted text', () => {
  it.each([
    ['brief.txt', '2023年全国居民消费价格比上年上涨0.2%。\n', '2023年全国居民消费价格比上年上涨0.2%。'],
    ['brief.md', '# 2023年全国居民消费价格比上年上涨0.2%\n', '2023年全国居民消费价格比上年上涨0.2%'],
    ['brief.html', '<html><body><p>Consumer prices rose 0.2% in 2023, the statistics office said.</p></body></html>', 'Consumer prices rose 0.2% in 2023, the statistics office said.'],
  ])('%s', async (fileName, content, body) => {
    const page = await parseBuffer(new TextEncoder().encode(content), fileName, { date: DATE });
    expect(page.stories.map((s) => [s.headline, s.body, s.truncated])).toEqual([['', body, false]]);
  });
});
