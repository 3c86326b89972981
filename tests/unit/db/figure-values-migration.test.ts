import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../../electron/core/db/migrations';
import { createRepositories, type Repositories } from '../../../electron/core/db/repositories';
import { publicationRepository } from '../../../electron/core/db/repositories/publications';
import { storyRepository } from '../../../electron/core/db/repositories/stories';
import { searchIndexRepository } from '../../../electron/core/db/repositories/search-index';
import { figureRepository } from '../../../electron/core/db/repositories/figures';
import { parseFile } from '../../../electron/core/archive/parse';
import { storePage } from '../../../electron/core/archive/store';
import { cityOf } from '../../../electron/core/settings';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';

const SAMPLE_PAGE = new URL('../../fixtures/cq-daily-2023-02-24.txt', import.meta.url).pathname;

describe('migration 0010: figures by value', () => {
  it('indexes the figures an archive at version 9 already holds, so search can list them by value', async () => {
    const db = new Database(':memory:');
    db.transaction(() => {
      for (const m of migrations.slice(0, 9)) m.up(db);
      db.pragma('user_version = 9');
    })();
    const page = await parseFile(SAMPLE_PAGE);
    // Only the repositories storing a page needs: the full set prepares statements for columns later versions add.
    const atVersion9 = { transaction: (fn: () => unknown) => db.transaction(fn).immediate(), publications: publicationRepository(db), stories: storyRepository(db), searchIndex: searchIndexRepository(db), figures: figureRepository(db) };
    storePage(atVersion9 as unknown as Repositories, { source: 'page.txt', publication: page.publication, date: page.date, stories: page.stories }, null, cityOf(DEFAULT_SETTINGS));
    const figuresBefore = db.prepare('SELECT count(*) FROM figures').pluck().get() as number;
    const plan = () => (db.prepare('EXPLAIN QUERY PLAN SELECT id FROM figures WHERE value = 48000').all() as Array<{ detail: string }>).map((r) => r.detail).join(' ');
    expect(plan()).not.toContain('figures_by_value');

    expect(migrate(db)).toEqual({ from: 9, to: migrations.length });

    expect(db.prepare('SELECT count(*) FROM figures').pluck().get()).toBe(figuresBefore);
    expect(plan()).toContain('figures_by_value');
    const found = createRepositories(db).figures.inBounds({ lo: 48000, hi: 48000, loOpen: false, hiOpen: false }, null, null, 10);
    expect(found.map((f) => f.quote)).toEqual(['超过4.8万家']);
  });
});
