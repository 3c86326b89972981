import type { ImportBatch } from '../../../../shared/domain/imports';
import type { Db } from '../connection';
import { BATCH_COLUMNS, requestOf, toBatch, type BatchRequest, type BatchRow } from '../rows/import-batches';

export type ImportBatchRepository = ReturnType<typeof importBatchRepository>;

export function importBatchRepository(db: Db) {
  const startStmt = db
    .prepare(`INSERT INTO import_batches (started_at, status, files, sources_json, runner) VALUES (?, 'running', ?, ?, ?) RETURNING id`)
    .pluck();
  const finishStmt = db.prepare(`
    UPDATE import_batches SET finished_at = @finishedAt, status = @status, stories = @stories, skipped = @skipped,
      failed = @failed, report_json = @reportJson WHERE id = @id`);
  const runningStmt = db.prepare(`SELECT ${BATCH_COLUMNS} FROM import_batches WHERE status = 'running'`);
  const interruptStmt = db.prepare(`
    UPDATE import_batches SET status = 'interrupted', finished_at = @now,
      stories = (SELECT count(*) FROM stories WHERE import_batch_id = @id)
    WHERE id = @id AND status = 'running'`);
  const getStmt = db.prepare(`SELECT ${BATCH_COLUMNS} FROM import_batches WHERE id = ?`);
  const recentStmt = db.prepare(`SELECT ${BATCH_COLUMNS} FROM import_batches ORDER BY id DESC LIMIT ?`);
  const resumedByStmt = db.prepare(`UPDATE import_batches SET resumed_by = ? WHERE id = ?`);
  return {
    start(now: string, files: number, request: BatchRequest | null = null, runner: string | null = null): number {
      return startStmt.get(now, files, request ? JSON.stringify(request) : null, runner) as number;
    },
    finish(
      id: number,
      outcome: { finishedAt: string; status: 'done' | 'failed' | 'cancelled'; stories: number; skipped: number; failed: number; reportJson: string },
    ): void {
      finishStmt.run({ id, ...outcome });
    },
    /** Batches still marked running, with the process that runs them. */
    running(): Array<{ id: number; runner: string | null }> {
      return (runningStmt.all() as BatchRow[]).map((r) => ({ id: r.id, runner: r.runner }));
    },
    /** Marks batches whose process is gone as interrupted, each counting the stories it had committed; returns those that were still running. */
    interrupt(ids: number[], now: string): number[] {
      return ids.filter((id) => interruptStmt.run({ id, now }).changes > 0);
    },
    get(id: number): (ImportBatch & { request: BatchRequest }) | null {
      const row = getStmt.get(id) as BatchRow | undefined;
      return row ? { ...toBatch(row), request: requestOf(row) } : null;
    },
    recent(limit: number): ImportBatch[] {
      return (recentStmt.all(limit) as BatchRow[]).map(toBatch);
    },
    setResumedBy(id: number, by: number): void {
      resumedByStmt.run(by, id);
    },
  };
}
