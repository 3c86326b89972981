import type { Db } from '../connection';

export interface MetricAlias {
  aliasKey: string;
  canonicalKey: string;
  confirmedAt: string;
}

/** When a match was turned down, and by which editor. */
export interface MatchRejection {
  at: string;
  author: string;
}

export type MetricAliasRepository = ReturnType<typeof metricAliasRepository>;

/**
 * What editors taught the matcher: metric keys that name the same quantity, and
 * matches they turned down so they are not suggested again. Keys are match keys.
 */
export function metricAliasRepository(db: Db) {
  const upsertStmt = db.prepare(`
    INSERT INTO metric_aliases (alias_key, canonical_key, confirmed_at) VALUES (?, ?, ?)
    ON CONFLICT (alias_key) DO UPDATE SET canonical_key = excluded.canonical_key, confirmed_at = excluded.confirmed_at`);
  const relatedStmt = db.prepare(`
    SELECT canonical_key AS k FROM metric_aliases WHERE alias_key = @key
    UNION SELECT alias_key FROM metric_aliases WHERE canonical_key = @key`).pluck();
  const allStmt = db.prepare(`SELECT alias_key, canonical_key, confirmed_at FROM metric_aliases ORDER BY alias_key`);
  const deleteStmt = db.prepare(`DELETE FROM metric_aliases WHERE alias_key = ?`);
  const countStmt = db.prepare(`SELECT count(*) FROM metric_aliases`).pluck();

  const rejectStmt = db.prepare(`
    INSERT INTO match_rejections (figure_id, target_id, other_figure_id, figure_key, other_key, created_at, author)
    VALUES (@figureId, @targetId, @otherFigureId, @figureKey, @otherKey, @now, fd_author())
    ON CONFLICT DO NOTHING`);
  const rejectedTargetsStmt = db.prepare(`SELECT target_id FROM match_rejections WHERE figure_id = ? AND target_id IS NOT NULL`).pluck();
  const targetRejectionsStmt = db.prepare(`SELECT target_id, created_at, author FROM match_rejections WHERE figure_id = ? AND target_id IS NOT NULL`);
  const rejectedFiguresStmt = db.prepare(`SELECT other_figure_id FROM match_rejections WHERE figure_id = ? AND other_figure_id IS NOT NULL`).pluck();
  const rejectedKeyPairStmt = db.prepare(`
    SELECT 1 FROM match_rejections WHERE (figure_key = @a AND other_key = @b) OR (figure_key = @b AND other_key = @a) LIMIT 1`).pluck();
  const unrejectStmt = db.prepare(`
    DELETE FROM match_rejections WHERE figure_id = ? AND ifnull(target_id, 0) = ? AND ifnull(other_figure_id, 0) = ?`);

  return {
    teach(aliasKey: string, canonicalKey: string, now: string): void {
      upsertStmt.run(aliasKey, canonicalKey, now);
    },
    /** Keys one confirmed hop away, in either direction. */
    related(key: string): string[] {
      return relatedStmt.all({ key }) as string[];
    },
    all(): MetricAlias[] {
      return (allStmt.all() as Array<{ alias_key: string; canonical_key: string; confirmed_at: string }>).map((r) => ({
        aliasKey: r.alias_key,
        canonicalKey: r.canonical_key,
        confirmedAt: r.confirmed_at,
      }));
    },
    forget(aliasKey: string): boolean {
      return deleteStmt.run(aliasKey).changes > 0;
    },
    count(): number {
      return countStmt.get() as number;
    },

    reject(r: { figureId: number; targetId: number | null; otherFigureId: number | null; figureKey: string; otherKey: string }, now: string): void {
      rejectStmt.run({ ...r, now });
    },
    unreject(figureId: number, targetId: number | null, otherFigureId: number | null): void {
      unrejectStmt.run(figureId, targetId ?? 0, otherFigureId ?? 0);
    },
    rejectedTargets(figureId: number): Set<number> {
      return new Set(rejectedTargetsStmt.all(figureId) as number[]);
    },
    /** Targets turned down for this figure, with when and by whom ('' before authors were kept). */
    targetRejections(figureId: number): Map<number, MatchRejection> {
      return new Map(
        (targetRejectionsStmt.all(figureId) as Array<{ target_id: number; created_at: string; author: string }>).map((r) => [r.target_id, { at: r.created_at, author: r.author }]),
      );
    },
    rejectedFigures(figureId: number): Set<number> {
      return new Set(rejectedFiguresStmt.all(figureId) as number[]);
    },
    /** A near-match between these keys was turned down before, for any figure. */
    keyPairRejected(a: string, b: string): boolean {
      return rejectedKeyPairStmt.get({ a, b }) !== undefined;
    },
  };
}
