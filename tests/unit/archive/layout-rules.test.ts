/**
 * The general layout rules added for pages the segmenter had not seen, one by one, with the
 * cases that must NOT fire next to the ones that must. The held-out pages test them together.
 */
import { describe, expect, it } from 'vitest';
import { isRoleLine, parseBylineLine, parseCredit, parseOpener } from '../../../electron/core/archive/bylines';
import { dateFromText, furnitureDate, publicationFromMasthead } from '../../../electron/core/archive/metadata';
import { dropNoise } from '../../../electron/core/archive/normalise';
import { parseText } from '../../../electron/core/archive/parse';
import type { Block } from '../../../electron/core/archive/types';

const blocks = (...lines: string[]): Block[] => lines.map((text) => ({ text, blankBefore: 1 }));

describe('bylines in other papers’ forms', () => {
  it.each([
    ['【記者林惠琴／台北報導】', { names: '林惠琴', signature: false, dateline: '台北' }],
    ['〔記者葛祐豪、陳文嬋／高雄報導〕', { names: '葛祐豪、陳文嬋', signature: false, dateline: '高雄' }],
    ['記者陳雨鑫／即時報導', { names: '陳雨鑫', signature: false }],
    ['記者王小明／綜合報導', { names: '王小明', signature: false }],
    ['南方日报记者 黄叙浩 通讯员 粤工信', { names: '黄叙浩、粤工信', signature: false, credit: '南方日报记者 黄叙浩 通讯员 粤工信' }],
    ['羊城晚报记者 李焕坤', { names: '李焕坤', signature: false, credit: '羊城晚报记者 李焕坤' }],
    ['2024-03-05 10:21 来源：人民网 作者：李文', { names: '李文', signature: false }],
    ['By Owen Marsh, Housing Correspondent', { names: 'Owen Marsh', signature: false, credit: 'Owen Marsh, Housing Correspondent' }],
    ['By Anna Reid and Mark Owens', { names: 'Anna Reid, Mark Owens', signature: false }],
  ])('%s', (line, want) => {
    expect(parseBylineLine(line)).toEqual(want);
  });

  it.each(['Chief Reporter', 'Transport correspondent, BBC News', '【字体：大 中 小】', '台北報導', '2024-03-05 10:21 来源：人民网'])(
    '%s is not a byline',
    (line) => {
      expect(parseBylineLine(line)).toBeNull();
    },
  );

  it('knows a role printed under the name', () => {
    expect(isRoleLine('Chief Reporter')).toBe(true);
    expect(isRoleLine('Transport correspondent, BBC News')).toBe(true);
    expect(isRoleLine('Mortgage pressure')).toBe(false);
  });
});

describe('openers and credits', () => {
  it.each([
    ['（中央社記者王承中台北5日電）行政院會今天通過', { names: '王承中', dateline: '5日', kind: 'wire' }],
    ['（中央社記者張三華盛頓4日專電）美國國務院', { names: '張三', dateline: '4日', kind: 'wire' }],
    ['（中央社華盛頓1日綜合外電報導）美國供應管理協會', { names: null, dateline: '1日', kind: 'wire' }],
    ['〔記者葛祐豪／高雄報導〕高雄輕軌大順路段', { names: '葛祐豪', dateline: '高雄', kind: 'local' }],
    ['羊城晚报讯 记者李焕坤报道：3月10日，记者从', { names: '李焕坤', dateline: '3月10日', kind: 'local', credit: '记者 李焕坤' }],
    ['人民网深圳3月5日电 3月4日，全国首个', { names: null, dateline: '3月5日', kind: 'wire' }],
  ])('%s', (para, want) => {
    expect(parseOpener(para)).toEqual(want);
  });

  it('a bracketed photo credit at the start is not a reporter opening the text', () => {
    expect(parseOpener('（记者 张三 摄）')).toBeNull();
  });

  it.each([
    ['竹子湖海芋季5日起登場，遊客在花田中拍照留念。（記者張嘉明攝）', '張嘉明'],
    ['民眾在陽明山賞櫻，花況正值滿開。圖／記者林俊良攝影', '林俊良'],
    ['图为产业园内展示的载人电动飞行器。人民网记者 李文摄', '李文'],
    ['3月5日，市民在越秀公园木棉树下拍照。羊城晚报记者 宋金峪 摄', '宋金峪'],
    ['Raw sewage flows into the River Wey. Photograph: Jill Mead/Courier', 'Jill Mead'],
  ])('credit at the end of 「%s」', (caption, names) => {
    expect(parseCredit(caption)).toEqual({ names });
  });
});

describe('dates and paper names', () => {
  it('reads the Republic of China calendar', () => {
    expect(dateFromText('中華民國113年3月5日')).toBe('2024-03-05');
    expect(furnitureDate('自由時報 中華民國113年3月5日 星期二 A6 生活新聞')).toBe('2024-03-05');
  });
  it.each([
    ['2024-04-02/聯合報/A3版/焦點', '2024-04-02'],
    ['5 March 2024', '2024-03-05'],
    ['March 5, 2024 10:21 GMT', '2024-03-05'],
    ['2024-03-05 10:21 来源：人民网 作者：李文', '2024-03-05'],
    ['《 人民日报 》（ 2024年03月06日 第 02 版）', '2024-03-06'],
    ['Tuesday, April 2, 2024 | The Evening Gazette | Page 2', '2024-04-02'],
  ])('furniture date in %s', (line, date) => {
    expect(furnitureDate(line)).toBe(date);
  });
  it('does not take a date inside a sentence for furniture', () => {
    expect(furnitureDate('2024年3月5日，全国人大会议在北京开幕。')).toBeNull();
    expect(furnitureDate('On 5 March 2024 the council met.')).toBeNull();
  });
  it.each([
    ['自由時報 中華民國113年3月5日 星期二 A6 生活新聞', '自由時報'],
    ['2024-04-02/聯合報/A3版/焦點', '聯合報'],
    ['2024-03-05 10:21 来源：人民网 作者：李文', '人民网'],
    // carried from the print paper: the paper is the original publisher
    ['2024年03月05日05:51 | 来源：人民网－人民日报', '人民日报'],
    ['Tuesday, April 2, 2024 | The Evening Gazette | Page 2', 'The Evening Gazette'],
    // the date printed against the name: its 日 is not the paper's
    ['1957年7月20日人民日报 第3版', '人民日报'],
  ])('paper named in %s', (line, name) => {
    expect(publicationFromMasthead(line)).toBe(name);
  });
});

describe('noise and jumps', () => {
  it('marks where a story resumes from another page and where one jumped away', () => {
    const { blocks: out } = dropNoise(blocks('甲文。（下转A6版）', '下一篇标题', '（上接A01版）', '业链创新链深度融合。', 'Continued on page 6', 'Next headline here'));
    expect(out.map((b) => [b.text, b.jumpIn ?? false, b.afterJumpOut ?? false])).toEqual([
      ['甲文。', false, false],
      ['下一篇标题', false, true],
      ['业链创新链深度融合。', true, false],
      ['Next headline here', false, true],
    ]);
  });

  it('drops a pull quote only when the story repeats it', () => {
    const body = 'David Black said: "The time for warnings is over. Companies that keep polluting will pay."';
    expect(dropNoise(blocks('"The time for warnings is over"', body)).blocks).toHaveLength(1);
    // a quoted line that nothing else on the page repeats is kept (it may be a headline)
    expect(dropNoise(blocks('“Nothing like this has happened before”', body)).blocks).toHaveLength(2);
  });

  it('drops a related-links list up to the next real paragraph, and site footers', () => {
    const { blocks: out } = dropNoise(
      blocks('相关新闻', '· 低空经济“飞”入寻常百姓家', '深圳：无人机配送航线已达156条', 'Copyright © 1997-2024 by www.people.com.cn. all rights reserved', '京ICP证000006号'),
    );
    expect(out).toEqual([]);
  });
});

it('keeps a headline that mentions authorisation and a table row set with bars', () => {
  const kept = (line: string) => dropNoise(blocks(line)).blocks.length === 1;
  expect(kept('未经授权擅自施工被罚')).toBe(true);
  expect(kept('规模以上工业增加值 | 2.4 | 同比 | %')).toBe(true);
  expect(kept('首页 | 时政 | 经济 | 社会')).toBe(false);
  expect(kept('人民网版权所有，未经书面授权禁止使用')).toBe(false);
});

it('reads a reporter credited at the end of a short item', () => {
  const [story] = parseText('铁路假期客流创新高\n\n清明节假期，全国铁路发送旅客6012.6万人次。（记者 齐志明）').stories;
  expect(story).toMatchObject({ byline: '齐志明', body: '清明节假期，全国铁路发送旅客6012.6万人次。' });
  // a wire credit without a reporter is left alone
  expect(parseText('标题\n\n正文一句。（新华社）').stories[0]!.byline).toBeNull();
});

describe('headline stacks', () => {
  const heads = (text: string) => parseText(text).stories.map((s) => [s.kicker, s.headline, s.subhead]);

  it('reads 引题 / 主题 / 副题 and strapline / headline / standfirst', () => {
    expect(heads('各地抢抓农时推进春季农业生产，强化农资保障\n春耕备耕 忙而有序\n全国已春播粮食超过3000万亩，进度快于去年\n\n本报记者 郁静娴\n\n正文第一段。')).toEqual([
      ['各地抢抓农时推进春季农业生产，强化农资保障', '春耕备耕 忙而有序', '全国已春播粮食超过3000万亩，进度快于去年'],
    ]);
  });

  it('reads a plain slogan over a spaced headline as 引题 + 主题', () => {
    expect(heads('坚持以人民为中心的发展思想\n城市更新 让老街区焕发新活力\n\n本报记者 窦皓\n\n正文。')).toEqual([
      ['坚持以人民为中心的发展思想', '城市更新 让老街区焕发新活力', null],
    ]);
  });

  it('keeps headline + data subhead as they are, and a campaign logo as a logo', () => {
    expect(heads('成都将打造万亿级汽车产业集群\n前两月新能源汽车产量同比增长68.3%\n\n本报记者 张静\n\n正文。')).toEqual([
      [null, '成都将打造万亿级汽车产业集群', '前两月新能源汽车产量同比增长68.3%'],
    ]);
    expect(heads('重庆实施科技型企业“双倍增”行动\n今年力争科技型企业超过4.8万家、高新技术企业突破7000家\n新时代新征程新重庆\n\n本报讯（记者 张亦筑）2月23日，会议召开。')).toEqual([
      [null, '重庆实施科技型企业“双倍增”行动', '今年力争科技型企业超过4.8万家、高新技术企业突破7000家'],
    ]);
  });
});

describe('a lone headline after a finished story', () => {
  const headlines = (text: string) => parseText(text).stories.map((s) => s.headline);
  const signed = '标题甲\n\n本报记者 王五\n\n第一段写完了。\n\n';

  it('starts a story over a sourced lead, even under a short line', () => {
    expect(headlines(`${signed}边检数据亮眼\n\n记者近日从北京边检总站获悉，入境人数增长。`)).toEqual(['标题甲', '边检数据亮眼']);
  });
  it('stays a crosshead over a reporter’s aside or a dated paragraph under a short line', () => {
    expect(headlines(`${signed}产业链优势持续凸显\n\n记者在采访中了解到，产业链完整。`)).toEqual(['标题甲']);
    expect(headlines(`${signed}海外建厂步伐加快\n\n3月28日，一家车企的工厂投产。`)).toEqual(['标题甲']);
  });
  it('English: a crosshead of a few words stays; a whole-clause headline over a full paragraph starts a story', () => {
    const en = 'Rents rise again\nBy Owen Marsh\n\nRents rose by 9 per cent in the year to March, the fastest rise since records began, figures showed on Wednesday.\n\n';
    const para = 'Tenants whose contracts end this spring can expect their landlords to propose increases of between 5 and 12 per cent, agents said.';
    expect(headlines(`${en}What the changes mean for tenants\n\n${para}`)).toEqual(['Rents rise again']);
    expect(headlines(`${en}Council tax bills to rise by 5 per cent\n\n${para}`)).toEqual(['Rents rise again', 'Council tax bills to rise by 5 per cent']);
  });
});

describe('pinyin glosses from mirror sites', () => {
  it.each([
    ['城鎮(zhèn)新增就業(yè)143.02萬(wàn)人', '城鎮新增就業143.02萬人'],
    ['地區(qū)生產(chǎn)總值增长(zhǎng)5.8%', '地區生產總值增长5.8%'],
    ['国内生产总值(GDP)增长5%', '国内生产总值(GDP)增长5%'],
    ['科技型企业（简称科企）', '科技型企业（简称科企）'],
  ])('%s', (line, kept) => {
    const story = parseText(`标题\n\n${line}。`, {}).stories[0]!;
    expect(story.body).toContain(kept);
  });
});

describe('bulleted lists keep a line per item', () => {
  const bodyOf = (text: string) => parseText(text).stories[0]!.body;
  it.each([
    ['a heading over bullets', '湖北今年目标\n\n2023年预期目标\n●地区生产总值增长6.5%左右，在实际工作中争取更好结果\n●粮食产量保持在500亿斤以上', ['●地区生产总值增长6.5%左右', '●粮食产量保持在500亿斤以上']],
    ['a lead ending in a colon', '目标\n\n主要预期目标是：\n• 城镇新增就业1200万人以上\n• 居民消费价格涨幅3%左右', ['• 城镇新增就业1200万人以上', '• 居民消费价格涨幅3%左右']],
    ['English bullets after a comma', 'Plan\n\nThe plan promises, among other things,\n■ 20,000 more police officers\n■ 40 new hospitals', ['■ 20,000 more police officers', '■ 40 new hospitals']],
  ])('%s', (_, text, items) => {
    const lines = bodyOf(text).split('\n');
    for (const item of items) expect(lines.some((l) => l.startsWith(item))).toBe(true);
  });

  it('still joins a sentence the layout broke, when the next line is no bullet', () => {
    expect(bodyOf('标题\n\n聚焦前沿、新兴、交叉领域，\n加快在脑科学等领域布局。')).toContain('聚焦前沿、新兴、交叉领域，加快');
  });
});
