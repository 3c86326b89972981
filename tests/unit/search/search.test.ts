import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchArchive } from '../../../electron/core/archive/search';
import { compileQuery } from '../../../electron/core/text/search-query';
import { gramText } from '../../../electron/core/text/search-tokens';
import type { Repositories } from '../../../electron/core/db/repositories';
import { tempArchive } from '../helpers';

function addStory(repos: Repositories, s: { headline: string; body: string; date?: string; publication?: string; byline?: string }): number {
  const publicationId = s.publication ? repos.publications.idFor(s.publication) : null;
  const { id } = repos.stories.insert(
    {
      publicationId,
      date: s.date ?? '2023-02-24',
      headline: s.headline,
      subhead: null,
      kicker: null,
      byline: s.byline ?? null,
      dateline: null,
      body: s.body,
      truncated: false,
      genre: 'news',
      language: /[\u4e00-\u9fff]/.test(s.body) ? 'zh' : 'en',
      sourcePath: null,
      importBatchId: null,
      contentHash: `${s.headline}|${s.body}`,
    },
    '2026-01-01T00:00:00Z',
  );
  repos.searchIndex.index(id, s.headline, s.body);
  return id;
}

const search = (repos: Repositories, query: string, extra: Record<string, string> = {}) =>
  searchArchive(repos, { query, limit: 50, offset: 0, ...extra }).hits.map((h) => h.headline);

describe('archive search', () => {
  let archive: ReturnType<typeof tempArchive>;
  beforeEach(() => {
    archive = tempArchive();
    const { repos } = archive;
    addStory(repos, { headline: '重庆实施“双倍增”行动', body: '今年力争科技型企业超过4.8万家。重庆日报记者从会上了解到。', publication: '重庆日报', byline: '张亦筑' });
    addStory(repos, { headline: '医保门诊特病病种统一', body: '我市将推进职工医保和居民医保门诊特病病种统一。', date: '2023-03-01', publication: '重庆日报', byline: '李华' });
    addStory(repos, { headline: '成都绿道建设提速', body: '成都今年新建绿道500公里，市民骑行更方便。', date: '2024-03-05', publication: '成都日报' });
    addStory(repos, { headline: 'Housing targets missed', body: 'The government said net additional dwellings rose to 234,400 last year.', date: '2024-01-10', publication: 'The Daily' });
  });
  afterEach(() => archive.cleanup());

  it('an excluded term in the body excludes a story whose headline matches', () => {
    expect(search(archive.repos, '重庆 -日报')).toEqual([]);
    expect(search(archive.repos, '重庆 -医保')).toEqual(['重庆实施“双倍增”行动']);
  });

  it('finds two-character Chinese queries through the index', () => {
    expect(search(archive.repos, '重庆')).toEqual(['重庆实施“双倍增”行动']);
    expect(search(archive.repos, '医保')).toEqual(['医保门诊特病病种统一']);
  });

  it('finds one-character queries', () => {
    expect(search(archive.repos, '绿')).toEqual(['成都绿道建设提速']);
  });

  it('finds longer phrases only where the characters are adjacent', () => {
    expect(search(archive.repos, '科技型企业')).toEqual(['重庆实施“双倍增”行动']);
    // Both characters occur, but never side by side.
    expect(search(archive.repos, '业科')).toEqual([]);
  });

  it('finds English words, case-insensitively and stemmed', () => {
    expect(search(archive.repos, 'dwellings')).toEqual(['Housing targets missed']);
    expect(search(archive.repos, 'HOUSING')).toEqual(['Housing targets missed']);
    expect(search(archive.repos, 'dwelling')).toEqual(['Housing targets missed']);
  });

  it('supports AND, OR, NOT and quoted phrases', () => {
    expect(search(archive.repos, '医保 门诊')).toEqual(['医保门诊特病病种统一']);
    expect(search(archive.repos, '医保 OR 绿道').sort()).toEqual(['医保门诊特病病种统一', '成都绿道建设提速'].sort());
    expect(search(archive.repos, '我市 -医保')).toEqual([]);
    expect(search(archive.repos, '"net additional dwellings"')).toEqual(['Housing targets missed']);
    expect(search(archive.repos, '"additional net dwellings"')).toEqual([]);
  });

  it('filters by date range, publication and byline', () => {
    expect(search(archive.repos, '今年', { from: '2024-01-01' })).toEqual(['成都绿道建设提速']);
    expect(search(archive.repos, '今年', { publication: '重庆日报' })).toEqual(['重庆实施“双倍增”行动']);
    expect(search(archive.repos, '医保', { byline: '张亦筑' })).toEqual([]);
    expect(search(archive.repos, '医保', { byline: '李华' })).toEqual(['医保门诊特病病种统一']);
  });

  it('ranks a headline hit above a body-only hit', () => {
    addStory(archive.repos, { headline: '会议召开', body: '会上提到绿道和公园。' });
    expect(search(archive.repos, '绿道')[0]).toBe('成都绿道建设提速');
  });

  it('returns snippets with the hits marked', () => {
    const [hit] = searchArchive(archive.repos, { query: '绿道', limit: 5, offset: 0 }).hits;
    expect(hit!.snippet.filter((r) => r.hit).map((r) => r.text)).toContain('绿道');
    expect(hit!.snippet.map((r) => r.text).join('')).toContain('新建绿道500公里');
  });

  it('marks the hits in the headline as well as in the snippet', () => {
    const [hit] = searchArchive(archive.repos, { query: '绿道 OR 成都', limit: 5, offset: 0 }).hits;
    expect(hit!.headlineRuns).toEqual([
      { text: '成都', hit: true },
      { text: '绿道', hit: true },
      { text: '建设提速', hit: false },
    ]);
    const [english] = searchArchive(archive.repos, { query: 'housing', limit: 5, offset: 0 }).hits;
    expect(english!.headlineRuns.filter((r) => r.hit).map((r) => r.text)).toEqual(['Housing']);
  });

  it('never lets query text act as FTS5 syntax', () => {
    for (const q of ['"', 'NEAR(', '*', 'body_grams:x', '(((', 'OR', '^重庆', 'a AND', '-']) {
      expect(() => searchArchive(archive.repos, { query: q, limit: 5, offset: 0 })).not.toThrow();
    }
  });

  it('forgets deleted stories', () => {
    const id = addStory(archive.repos, { headline: '临时稿件', body: '一条要删除的消息。' });
    expect(search(archive.repos, '删除')).toEqual(['临时稿件']);
    archive.repos.stories.delete(id);
    archive.repos.searchIndex.remove(id);
    expect(search(archive.repos, '删除')).toEqual([]);
  });
});

describe('query compilation', () => {
  it('turns CJK into bigram phrases and single characters into the chars columns', () => {
    expect(gramText('重庆市').trim()).toBe('重庆 庆市');
    expect(compileQuery('重庆市').match).toBe('{headline_grams body_grams} : "重庆 庆市"');
    expect(compileQuery('市').match).toBe('{headline_chars body_chars} : "市"');
  });

  it('explains a query that only excludes', () => {
    expect(() => compileQuery('-重庆')).toThrow(/at least one word/);
  });
});

describe('traditional characters', () => {
  it('finds traditional text with simplified queries and the other way round, highlighting the printed form', () => {
    const archive = tempArchive();
    try {
      addStory(archive.repos, { headline: '重慶高新技術企業達7565家', body: '去年全市高新技術企業數量達到7565家。' });
      addStory(archive.repos, { headline: '重庆科技型企业超过4.8万家', body: '今年力争科技型企业超过4.8万家。' });
      expect(search(archive.repos, '重庆').sort()).toEqual(['重庆科技型企业超过4.8万家', '重慶高新技術企業達7565家'].sort());
      expect(search(archive.repos, '高新技术企业')).toEqual(['重慶高新技術企業達7565家']);
      expect(search(archive.repos, '科技型企業')).toEqual(['重庆科技型企业超过4.8万家']);
      const [hit] = searchArchive(archive.repos, { query: '技术企业', limit: 5, offset: 0 }).hits;
      expect(hit!.snippet.filter((r) => r.hit).map((r) => r.text)).toContain('技術企業');
    } finally {
      archive.cleanup();
    }
  });
});
