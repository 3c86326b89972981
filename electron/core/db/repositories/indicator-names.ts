import type { Db } from '../connection';

export type IndicatorNameLanguage = 'zh' | 'en';

/** A name an editor taught the lexicon for one indicator. */
export interface IndicatorName {
  id: number;
  indicatorId: string;
  language: IndicatorNameLanguage;
  name: string;
  createdAt: string;
}

export type IndicatorNameRepository = ReturnType<typeof indicatorNameRepository>;

interface Row {
  id: number;
  indicator_id: string;
  language: IndicatorNameLanguage;
  name: string;
  created_at: string;
}

const toName = (r: Row): IndicatorName => ({ id: r.id, indicatorId: r.indicator_id, language: r.language, name: r.name, createdAt: r.created_at });

/** Editor-taught indicator names; the lexicon lookup loads them all at start and after each change. */
export function indicatorNameRepository(db: Db) {
  const insertStmt = db.prepare(`
    INSERT INTO indicator_names (indicator_id, language, name, created_at) VALUES (@indicatorId, @language, @name, @createdAt)
    RETURNING id, indicator_id, language, name, created_at`);
  const deleteStmt = db.prepare(`DELETE FROM indicator_names WHERE indicator_id = ? AND language = ? AND name = ?`);
  const allStmt = db.prepare(`SELECT id, indicator_id, language, name, created_at FROM indicator_names ORDER BY id`);
  const byIndicatorStmt = db.prepare(`SELECT id, indicator_id, language, name, created_at FROM indicator_names WHERE indicator_id = ? ORDER BY id`);
  const findStmt = db.prepare(`SELECT id, indicator_id, language, name, created_at FROM indicator_names WHERE language = ? AND name = ?`);

  return {
    add(name: { indicatorId: string; language: IndicatorNameLanguage; name: string }, createdAt: string): IndicatorName {
      return toName(insertStmt.get({ ...name, createdAt }) as Row);
    },
    remove(indicatorId: string, language: IndicatorNameLanguage, name: string): boolean {
      return deleteStmt.run(indicatorId, language, name).changes > 0;
    },
    /** The indicator a name (exactly as stored) already belongs to, if any. */
    find(language: IndicatorNameLanguage, name: string): IndicatorName | null {
      const row = findStmt.get(language, name) as Row | undefined;
      return row ? toName(row) : null;
    },
    all(): IndicatorName[] {
      return (allStmt.all() as Row[]).map(toName);
    },
    byIndicator(indicatorId: string): IndicatorName[] {
      return (byIndicatorStmt.all(indicatorId) as Row[]).map(toName);
    },
  };
}
