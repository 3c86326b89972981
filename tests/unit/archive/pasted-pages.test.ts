import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { furnitureRule, readEditionLine } from '../../../electron/core/archive/furniture';
import { parseText } from '../../../electron/core/archive/parse';
import { previewSources } from '../../../electron/core/archive/store-preview';
import { loadPastedLabels, PASTED, scoreFurniture } from './pasted-pages-score';

const pages = loadPastedLabels().map((labels) => ({ ...labels, text: readFileSync(join(PASTED, labels.file), 'utf8') }));

describe('pasted e-paper and news web pages (hand-labelled)', () => {
  it.each(pages)('$file: all its furniture is dropped and no story line with it', ({ text, ...labels }) => {
    const page = parseText(text);
    expect(scoreFurniture(text, page, labels)).toEqual({ truePositives: labels.furniture.length, falsePositives: 0, falseNegatives: 0 });
  });

  it.each(pages)('$file: the story is the only story, under its own headline', ({ text, stories }) => {
    expect(parseText(text).stories.map((s) => s.headline)).toEqual(stories);
  });

  it.each(pages)('$file: the page date and the edition line are read', ({ text, date, edition }) => {
    const page = parseText(text);
    expect(page.date).toBe(date);
    expect(page.edition ?? null).toEqual(edition ? { page: edition.page, section: edition.section } : null);
  });

  it('reads the date off a portal info line that names the source first', () => {
    expect(parseText('来源:中国产业经济信息网   时间:2020-11-25\n江苏发布新版港口口岸防控指南\n日前，江苏省口岸工作组修订发布了四份操作指南。').date).toBe('2020-11-25');
  });

  it('the date the editor gives wins over the edition line', () => {
    const archive = pages.find((p) => p.file === 'zh-archive-edition.txt')!;
    expect(parseText(archive.text, { date: '2001-01-01' }).date).toBe('2001-01-01');
  });

  it('the review gets each dropped line with the kind of furniture it is', async () => {
    const epaper = pages.find((p) => p.file === 'zh-fangzheng-epaper.txt')!;
    const { pages: [preview] } = await previewSources([{ kind: 'text', text: epaper.text }], {});
    const kinds = Object.fromEntries(preview!.dropped!.map((d) => [d.text, d.kind]));
    expect(kinds).toMatchObject({
      '放大 缩小 默认': 'navigation',
      '第001版:要闻': 'edition',
      '老旧小区改造惠及三万户': 'headlines',
      '地址：河南省周口市七一路 邮编：466000': 'footer',
    });
    expect(preview!.edition).toEqual({ page: '001', section: '要闻' });
  });
});

describe('furniture rules', () => {
  it.each([
    ['上一篇 下一篇', 'article-navigation'],
    ['3/25 下一页 上一页 首页 尾页', 'article-navigation'],
    ['返回 | 刷新 | WAP首页 | 网页版 | 登录', 'article-navigation'],
    ['今日新聞 社論 評論 專題報導 自由廣場 報社簡介 回首頁', 'article-navigation'],
    ['Previous Next', 'article-navigation'],
    ['上一篇：江苏前10月外贸进出口增长3.2%', 'neighbour-link'],
    ['Next article: Ministry reaffirms claim over islands', 'neighbour-link'],
    ['字體： 大 中 小', 'font-size-controls'],
    ['跳到主要內容', 'skip-link'],
    ['12/27 06:18', 'status-bar-clock'],
    ['第001版:要闻', 'edition-line'],
    ['第A03版：经济', 'edition-line'],
    ['Print Edition > Page 3', 'edition-line'],
    ['专栏:', 'empty-layout-label'],
    ['周口晚报数字报', 'site-name'],
    ['China Daily Website', 'site-name'],
    ['港聞 - 20240422 - 每日明報 - 明報新聞網', 'title-bar'],
    ['Copyright 1995 - 2017. All rights reserved. The content published in this site belongs to China Daily.', 'copyright'],
    ['Registration Number: 130349', 'registration'],
    ['地址：河南省周口市七一路 邮编：466000', 'address-and-postcode'],
  ])('%s → %s', (line, rule) => {
    expect(furnitureRule(line)?.name).toBe(rule);
  });

  it.each([
    '记者昨日从市港航局获悉，今年上半年，周口港完成货物吞吐量1560万吨。',
    '上一篇报道发出后，读者来电反映了三个问题。',
    '周口港上半年吞吐量增长12%',
    'Next year the council will spend £4m on roads.',
    '城市更新 让老街区焕发新活力',
    '活动地址在市民中心三楼，报名电话已经公布。',
  ])('story text stays: %s', (line) => {
    expect(furnitureRule(line)).toBeNull();
  });

  it.each([
    ['第001版:要闻', { page: '001', section: '要闻', date: null }],
    ['1957年7月20日人民日报 第3版', { page: '3', section: null, date: '1957-07-20' }],
    ['2023年02月24日 第A03版：经济', { page: 'A03', section: '经济', date: '2023-02-24' }],
    ['Print Edition > Page 3', { page: '3', section: null, date: null }],
    ['Fri, May 27, 2022 page 1', { page: '1', section: null, date: '2022-05-27' }],
  ])('edition line %s', (line, edition) => {
    expect(readEditionLine(line)).toEqual(edition);
  });
});
