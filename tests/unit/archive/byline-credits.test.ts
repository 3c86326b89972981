import { describe, expect, it } from 'vitest';
import { parseText } from '../../../electron/core/archive/parse';
import { storePage } from '../../../electron/core/archive/store';
import { cityOf } from '../../../electron/core/settings';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { searchArchive } from '../../../electron/core/archive/search';
import { tempArchive } from '../helpers';

const BODY = '2月23日，全市科技创新工作会议召开，今年力争科技型企业超过4.8万家。';
const EN_BODY = 'The council built 400 homes last year, short of its target of 600.';

describe('byline roles', () => {
  it.each([
    ['首席记者 张亦筑 实习生 冉罗楠', BODY, '张亦筑、冉罗楠', '首席记者 张亦筑 实习生 冉罗楠'],
    ['本报记者 李雪', BODY, '李雪', '本报记者 李雪'],
    ['特约记者 王林 通讯员 陈曦', BODY, '王林、陈曦', '特约记者 王林 通讯员 陈曦'],
    ['首席記者 張亦筑', BODY, '張亦筑', '首席記者 張亦筑'],
    ['By Laura Bennett\n\nChief Reporter', EN_BODY, 'Laura Bennett', 'Laura Bennett, Chief Reporter'],
    ['Jane Smith, Staff Writer', EN_BODY, 'Jane Smith', 'Jane Smith, Staff Writer'],
    ['Tom Price, Intern', EN_BODY, 'Tom Price', 'Tom Price, Intern'],
    ['□张燕', BODY, '张燕', undefined],
  ])('「%s」 keeps its roles beside the names', (line, body, names, credit) => {
    const story = parseText(`重庆加快建设科创中心\n\n${line}\n\n${body}`).stories[0]!;
    expect(story.byline).toBe(names);
    expect(story.credit).toBe(credit);
  });

  it.each([
    ['本报讯（记者 张亦筑）2月23日，', '张亦筑', '记者 张亦筑'],
    ['本报讯（记者 张三 通讯员 李四）2月23日，', '张三、李四', '记者 张三 通讯员 李四'],
    ['本报讯（记者张三）2月23日，', '张三', '记者 张三'],
    ['（首席记者 张亦筑 实习生 冉罗楠）2月23日，', '张亦筑、冉罗楠', '首席记者 张亦筑 实习生 冉罗楠'],
    ['（通讯员 王五 记者 赵六）2月23日，', '王五、赵六', '通讯员 王五 记者 赵六'],
    ['新华社北京3月5日电（记者 张三、李四）', '张三、李四', '记者 张三、李四'],
    ['本报北京3月5日电（记者 王浩）', '王浩', '记者 王浩'],
    ['羊城晚报讯 记者李焕坤报道：3月10日，', '李焕坤', '记者 李焕坤'],
    ['（本報記者 陳怡靜）2月23日，', '陳怡靜', '本報記者 陳怡靜'],
  ])('the opening credit 「%s」 keeps its roles beside the names', (opening, names, credit) => {
    const story = parseText(`重庆加快建设科创中心\n\n${opening}${BODY}`).stories[0]!;
    expect(story.byline).toBe(names);
    expect(story.credit).toBe(credit);
  });

  it('a credit closing a short item keeps its roles', () => {
    const story = parseText(`重庆加快建设科创中心\n\n${BODY}（本报记者 王浩 通讯员 李四）`).stories[0]!;
    expect(story.byline).toBe('王浩、李四');
    expect(story.credit).toBe('本报记者 王浩 通讯员 李四');
  });

  it('an opening with no reporter has no credit', () => {
    const story = parseText(`重庆加快建设科创中心\n\n本报讯 ${BODY}`).stories[0]!;
    expect(story.byline).toBeNull();
    expect(story.credit).toBeUndefined();
  });

  it('stores the opening credit with its roles', () => {
    const archive = tempArchive();
    try {
      const page = parseText(`重庆加快建设科创中心\n\n本报讯（首席记者 张亦筑 实习生 冉罗楠）${BODY}`);
      storePage(archive.repos, { source: 'paste', publication: '重庆日报', date: '2023-02-24', stories: page.stories }, null, cityOf(DEFAULT_SETTINGS));
      const hit = searchArchive(archive.repos, { query: '科技型企业', byline: '冉罗楠', limit: 10, offset: 0 });
      expect(hit.hits.map((h) => h.byline)).toEqual(['首席记者 张亦筑 实习生 冉罗楠']);
    } finally {
      archive.cleanup();
    }
  });

  it('stores the byline with its roles, and a search by byline still finds the name', () => {
    const archive = tempArchive();
    try {
      const page = parseText(`重庆加快建设科创中心\n\n首席记者 张亦筑 实习生 冉罗楠\n\n${BODY}`);
      storePage(archive.repos, { source: 'paste', publication: '重庆日报', date: '2023-02-24', stories: page.stories }, null, cityOf(DEFAULT_SETTINGS));
      const hit = searchArchive(archive.repos, { query: '科技型企业', byline: '冉罗楠', limit: 10, offset: 0 });
      expect(hit.hits.map((h) => h.byline)).toEqual(['首席记者 张亦筑 实习生 冉罗楠']);
    } finally {
      archive.cleanup();
    }
  });
});
