/**
 * ImportBatchStore (repositories/types.ts) on PostgreSQL: the same rows and shapes as
 * SQLite's import batch repository (db/rows/import-batches.ts), through named statements.
 * Marking the batches of dead processes interrupted is one statement for them all.
 */
import type { QueryResultRow } from 'pg';
import type { ImportBatchStore } from '../repositories/types';
import { BATCH_COLUMNS, requestOf, toBatch, type BatchRow } from '../rows/import-batches';
import type { Queryable } from './pool';

const SQL = {
  start: `INSERT INTO import_batches (started_at, status, files, sources_json, runner) VALUES ($1, 'running', $2, $3, $4) RETURNING id`,
  finish: `
    UPDATE import_batches SET finished_at = $2, status = $3, stories = $4, skipped = $5, failed = $6, report_json = $7
    WHERE id = $1`,
  running: `SELECT id, runner FROM import_batches WHERE status = 'running'`,
  // Only a batch still running is interrupted: one that finished meanwhile keeps its outcome.
  interrupt: `
    UPDATE import_batches b SET status = 'interrupted', finished_at = $2,
      stories = (SELECT count(*) FROM stories WHERE import_batch_id = b.id)
    WHERE b.id = ANY($1::bigint[]) AND b.status = 'running'
    RETURNING b.id`,
  get: `SELECT ${BATCH_COLUMNS} FROM import_batches WHERE id = $1`,
  recent: `SELECT ${BATCH_COLUMNS} FROM import_batches ORDER BY id DESC LIMIT $1`,
  setResumedBy: `UPDATE import_batches SET resumed_by = $2 WHERE id = $1`,
} as const;

export function pgImportBatchStore(db: Queryable): ImportBatchStore {
  const run = <R extends QueryResultRow>(name: keyof typeof SQL, values: unknown[]) =>
    db.query<R>({ name: `import_batches.${name}`, text: SQL[name], values });

  return {
    async start(startedAt, files, request = null, runner = null) {
      return (await run<{ id: number }>('start', [startedAt, files, request ? JSON.stringify(request) : null, runner])).rows[0]!.id;
    },
    async finish(id, o) {
      await run('finish', [id, o.finishedAt, o.status, o.stories, o.skipped, o.failed, o.reportJson]);
    },
    async running() {
      return (await run<{ id: number; runner: string | null }>('running', [])).rows;
    },
    async interrupt(ids, now) {
      if (ids.length === 0) return [];
      const marked = new Set((await run<{ id: number }>('interrupt', [ids, now])).rows.map((r) => r.id));
      return ids.filter((id) => marked.has(id));
    },
    async get(id) {
      const row = (await run<BatchRow>('get', [id])).rows[0];
      return row ? { ...toBatch(row), request: requestOf(row) } : null;
    },
    async recent(limit) {
      return (await run<BatchRow>('recent', [limit])).rows.map(toBatch);
    },
    async setResumedBy(id, by) {
      await run('setResumedBy', [id, by]);
    },
  };
}
