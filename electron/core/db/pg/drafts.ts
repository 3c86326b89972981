/**
 * DraftStore (repositories/types.ts) on PostgreSQL: the same rows and shapes as SQLite's
 * draft repository, through named statements, which each connection prepares once and
 * reuses. Values always travel as parameters, never in the SQL text.
 */
import type { QueryResultRow } from 'pg';
import type { DraftStore } from '../repositories/types';
import { toDraft, toVersion, type RawDraft, type RawVersion } from '../rows/drafts';
import type { Queryable } from './pool';

const SQL = {
  insert: `
    INSERT INTO drafts (title, language, doc_json, revision, created_at, updated_at, updated_by)
    VALUES ($1, $2, $3, 1, $4, $4, fd_author($5)) RETURNING id`,
  get: `SELECT * FROM drafts WHERE id = $1`,
  // In a transaction, the draft read is the one about to be written: locking it makes a
  // concurrent save wait and then see this one's revision, as SQLite's single writer does.
  getForUpdate: `SELECT * FROM drafts WHERE id = $1 FOR UPDATE`,
  list: `SELECT * FROM drafts ORDER BY updated_at DESC, id DESC LIMIT $1 OFFSET $2`,
  count: `SELECT count(*) AS n FROM drafts`,
  allIds: `SELECT id FROM drafts ORDER BY id`,
  update: `
    UPDATE drafts SET title = $2, doc_json = $3, revision = revision + 1, updated_at = $4, updated_by = fd_author($5)
    WHERE id = $1 RETURNING revision`,
  delete: `DELETE FROM drafts WHERE id = $1`,
  addVersion: `INSERT INTO draft_versions (draft_id, title, doc_json, reason, created_at, author) VALUES ($1, $2, $3, $4, $5, fd_author($6)) RETURNING id`,
  versions: `SELECT * FROM draft_versions WHERE draft_id = $1 ORDER BY id DESC LIMIT $2`,
  version: `SELECT * FROM draft_versions WHERE id = $1`,
  latestVersion: `SELECT * FROM draft_versions WHERE draft_id = $1 ORDER BY id DESC LIMIT 1`,
} as const;

export interface PgDraftOptions {
  /** The editor's name from Settings ('' when unset: then the PostgreSQL role signs). */
  editorName(): string;
  /** Whether `db` is a transaction's client, whose reads of a draft lock it. */
  inTransaction: boolean;
}

export function pgDraftStore(db: Queryable, options: PgDraftOptions): DraftStore {
  const run = <R extends QueryResultRow>(name: keyof typeof SQL, values: unknown[]) =>
    db.query<R>({ name: `drafts.${name}`, text: SQL[name], values });
  const one = async <R extends QueryResultRow>(name: keyof typeof SQL, values: unknown[]) => (await run<R>(name, values)).rows[0];

  return {
    async insert(d, now) {
      return (await one<{ id: number }>('insert', [d.title, d.language, JSON.stringify(d.doc), now, options.editorName()]))!.id;
    },
    async get(id) {
      const row = await one<RawDraft>(options.inTransaction ? 'getForUpdate' : 'get', [id]);
      return row ? toDraft(row) : null;
    },
    async list(offset, limit) {
      return (await run<RawDraft>('list', [limit, offset])).rows.map(toDraft);
    },
    async count() {
      return (await one<{ n: number }>('count', []))!.n;
    },
    async allIds() {
      return (await run<{ id: number }>('allIds', [])).rows.map((r) => r.id);
    },
    async update(id, fields, now) {
      return (await one<{ revision: number }>('update', [id, fields.title, JSON.stringify(fields.doc), now, options.editorName()]))!.revision;
    },
    async delete(id) {
      return ((await run('delete', [id])).rowCount ?? 0) > 0;
    },
    async addVersion(v, now) {
      const values = [v.draftId, v.title, JSON.stringify(v.doc), v.reason, now, options.editorName()];
      return (await one<{ id: number }>('addVersion', values))!.id;
    },
    async versions(draftId, limit) {
      return (await run<RawVersion>('versions', [draftId, limit])).rows.map(toVersion);
    },
    async version(id) {
      const row = await one<RawVersion>('version', [id]);
      return row ? toVersion(row) : null;
    },
    async latestVersion(draftId) {
      const row = await one<RawVersion>('latestVersion', [draftId]);
      return row ? toVersion(row) : null;
    },
  };
}
