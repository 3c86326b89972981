import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../../electron/core/archive/hash';
import { tempArchive } from '../helpers';

/**
 * The archive list reads newest first straight off the date index (`npm run bench -- --only
 * pages` times it at 200,000 stories); undated stories still come last, as SQLite sorts NULL
 * below any date.
 */
describe('the archive list', () => {
  const archives: Array<ReturnType<typeof tempArchive>> = [];
  afterEach(() => archives.splice(0).forEach((a) => a.cleanup()));

  it('lists newest first, same-day stories by latest id, undated stories last, with or without filters', () => {
    const a = tempArchive();
    archives.push(a);
    const now = new Date().toISOString();
    const add = (headline: string, date: string | null) =>
      a.repos.stories.insert(
        {
          publicationId: a.repos.publications.idFor('重庆日报'),
          date,
          headline,
          subhead: null,
          kicker: null,
          byline: null,
          dateline: null,
          body: `${headline}的正文。`,
          truncated: false,
          genre: 'news',
          language: 'zh',
          sourcePath: null,
          importBatchId: null,
          contentHash: contentHash({ headline, body: `${headline}的正文。` }),
        },
        now,
      );
    add('无日期', null);
    add('旧闻', '2023-02-24');
    add('新闻一', '2024-01-20');
    add('新闻二', '2024-01-20');
    const order = ['新闻二', '新闻一', '旧闻', '无日期'];
    expect(a.repos.stories.list(0, 10).map((s) => s.headline)).toEqual(order);
    expect(a.repos.stories.list(1, 2).map((s) => s.headline)).toEqual(order.slice(1, 3));
    const filters = { from: null, to: null, publication: '重庆日报', byline: null };
    expect(a.repos.stories.list(0, 10, filters).map((s) => s.headline)).toEqual(order);
  });
});
