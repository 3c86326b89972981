import type { Db } from '../connection';

export type ImportBatchRepository = ReturnType<typeof importBatchRepository>;

export function importBatchRepository(db: Db) {
  const startStmt = db.prepare(`INSERT INTO import_batches (started_at, status, files) VALUES (?, 'running', ?) RETURNING id`).pluck();
  const finishStmt = db.prepare(`
    UPDATE import_batches SET finished_at = @finishedAt, status = @status, stories = @stories, skipped = @skipped,
      failed = @failed, report_json = @reportJson WHERE id = @id`);
  return {
    start(now: string, files: number): number {
      return startStmt.get(now, files) as number;
    },
    finish(
      id: number,
      outcome: { finishedAt: string; status: 'done' | 'failed' | 'cancelled'; stories: number; skipped: number; failed: number; reportJson: string },
    ): void {
      finishStmt.run({ id, ...outcome });
    },
  };
}
