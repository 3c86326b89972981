import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../../electron/core/db/migrations';
import { createRepositories, type Repositories } from '../../../electron/core/db/repositories';
import { storyRepository } from '../../../electron/core/db/repositories/stories';
import { figureRepository } from '../../../electron/core/db/repositories/figures';
import { tempArchive } from '../helpers';
import { addStory } from '../targets/factory';
import { parseText } from '../../../electron/core/archive/parse';
import { storePage } from '../../../electron/core/archive/store';
import { cityOf } from '../../../electron/core/settings';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';

/**
 * The figure queue (#/figures/queue) lists unreviewed figures newest story first, each
 * story's in text order. It walks stories by date rather than sorting every unreviewed
 * figure (`npm run bench -- --only pages` times it at 200,000 stories), so the order is
 * pinned here with dates that do not follow ids.
 */
describe('the figure queue', () => {
  const archives: Array<ReturnType<typeof tempArchive>> = [];
  afterEach(() => archives.splice(0).forEach((a) => a.cleanup()));

  it('lists unreviewed figures newest story first, same-day stories by latest id, undated last, each story in text order', () => {
    const a = tempArchive();
    archives.push(a);
    const { repos } = a;
    const at = (quote: string, start: number) => ({ quote, value: 1, metric: quote, start, end: start + quote.length });
    const old = addStory(repos, { date: '2023-02-24', headline: '旧闻' }, [at('旧一', 10), at('旧二', 50)]);
    addStory(repos, { date: null, headline: '无日期' }, [at('无日期', 10)]);
    addStory(repos, { date: '2024-01-20', headline: '新闻一' }, [at('新一后', 80), at('新一前', 20)]);
    addStory(repos, { date: '2024-01-20', headline: '新闻二' }, [at('新二', 30)]);
    // Filed late: a higher id than the stories it is older than.
    addStory(repos, { date: '2022-05-01', headline: '补录' }, [at('补录', 10)]);
    const reviewed = old.figures.find((f) => f.quote === '旧二')!;
    repos.figures.update({ ...reviewed, review: 'confirmed' }, new Date().toISOString());

    const order = ['新二', '新一前', '新一后', '旧一', '补录', '无日期'];
    expect(repos.figures.queue(50).map((f) => f.quote)).toEqual(order);
    expect(repos.figures.queue(3).map((f) => `${f.headline}:${f.quote}`)).toEqual(['新闻二:新二', '新闻一:新一前', '新闻一:新一后']);
  });
});

describe('the figure queue’s context', () => {
  it('gives each figure up to 24 characters of its own paragraph either side, cut where the story is, never the story itself', () => {
    const a = tempArchive();
    try {
      const body = '前一段讲的是别的事情。\n今年全市科技型企业达到4.8万家，同比增长12%，科技创新能力持续增强，成效明显。\n后一段讲的也是别的事情。';
      const page = parseText(`科创中心\n\n${body}`);
      storePage(a.repos, { source: 'paste', publication: '重庆日报', date: '2023-02-24', stories: page.stories }, null, cityOf(DEFAULT_SETTINGS));
      const item = a.repos.figures.queue(50).find((f) => f.quote.includes('4.8万'))!;
      const paragraph = body.split('\n')[1]!;
      const at = paragraph.indexOf(item.quote);
      // The paragraph's start is closer than 24 characters: the context stops there, not in the paragraph before.
      expect(item.before).toBe(paragraph.slice(0, at));
      expect(item.after).toBe(paragraph.slice(at + item.quote.length, at + item.quote.length + 24));
      expect(item).not.toHaveProperty('body');
    } finally {
      a.cleanup();
    }
  });
});

describe('migration 0012: the queue and chart indexes, and who rejected a match', () => {
  it('indexes the unreviewed figures and the readings an archive at version 11 holds, and keeps its rejections with no author', () => {
    const db = new Database(':memory:');
    db.transaction(() => {
      for (const m of migrations.slice(0, 11)) m.up(db);
      db.pragma('user_version = 11');
    })();
    // Only the repositories adding a story needs: the full set prepares statements for columns this version adds.
    const atVersion11 = { stories: storyRepository(db), figures: figureRepository(db) };
    const { figures } = addStory(atVersion11 as unknown as Repositories, { date: '2024-01-20', headline: '新闻' }, [
      { quote: '700家', value: 700, metric: '高新技术企业' },
      { quote: '800家', value: 800, metric: '科技型企业' },
    ]);
    atVersion11.figures.update({ ...figures[1]!, review: 'rejected' }, new Date().toISOString());
    db.prepare(`INSERT INTO match_rejections (figure_id, other_figure_id, figure_key, other_key, created_at) VALUES (?, ?, 'a', 'b', '2024-01-20T08:00:00.000Z')`).run(figures[0]!.id, figures[1]!.id);

    expect(migrate(db)).toEqual({ from: 11, to: migrations.length });

    const indexed = db.prepare(`SELECT count(*) FROM figures INDEXED BY figures_unreviewed_by_story WHERE review = 'unreviewed' AND story_id > 0`).pluck();
    expect(indexed.get()).toBe(1);
    // A metric's chart reads its readings (actual, projection) alone; the 700家 reading is one, not rejected.
    const readings = db.prepare(`SELECT count(*) FROM figures INDEXED BY figures_readings_by_metric WHERE metric_key = ? AND kind IN ('actual', 'projection') AND review <> 'rejected'`).pluck();
    expect(readings.get(figures[0]!.metricKey)).toBe(1);
    expect(readings.get(figures[1]!.metricKey)).toBe(0);
    expect(db.prepare(`SELECT author FROM match_rejections`).pluck().all()).toEqual(['']);
    expect(createRepositories(db).figures.queue(10).map((f) => f.quote)).toEqual(['700家']);
  });
});
