/**
 * AnnotationStore (repositories/types.ts) on PostgreSQL: the same rows, ids and shapes as
 * SQLite's annotation repository (the mappers are shared, db/rows/annotations.ts), through
 * named statements each connection prepares once. Where SQLite asks once per id, this asks
 * once per call (`= ANY($1)`), since every query here is a round trip.
 */
import type { QueryResultRow } from 'pg';
import type { AnnotationStore, StoredAnnotation, StoryIdentity } from '../repositories/types';
import { annotationsWithReplies, toAnnotation, toReply, type AnnotationRow, type ReplyRow } from '../rows/annotations';
import type { Queryable } from './pool';

const ANNOTATION_FIELDS = `type, comment, tags_json, figure_id, target_id, exact, prefix, suffix, start_offset, end_offset, orphaned`;

const SQL = {
  insert: `
    INSERT INTO annotations (uuid, story_id, ${ANNOTATION_FIELDS}, created_at, updated_at, author)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, COALESCE($16, fd_author($17)))
    RETURNING id`,
  get: `SELECT * FROM annotations WHERE id = $1`,
  // In a transaction, the annotation read is the one about to be changed: locking it makes
  // another editor's change wait, then read what this one wrote (SQLite's single writer).
  getForUpdate: `SELECT * FROM annotations WHERE id = $1 FOR UPDATE`,
  byUuid: `SELECT * FROM annotations WHERE uuid = $1`,
  repliesOf: `SELECT * FROM annotation_replies WHERE annotation_id = $1 ORDER BY created_at, id`,
  byStories: `SELECT * FROM annotations WHERE story_id = ANY($1::bigint[]) ORDER BY story_id, orphaned, start_offset, id`,
  repliesOfStories: `
    SELECT r.* FROM annotation_replies r JOIN annotations a ON a.id = r.annotation_id
    WHERE a.story_id = ANY($1::bigint[]) ORDER BY r.created_at, r.id`,
  all: `SELECT * FROM annotations ORDER BY story_id, start_offset, id`,
  allReplies: `SELECT * FROM annotation_replies ORDER BY created_at, id`,
  update: `
    UPDATE annotations SET type = $2, comment = $3, tags_json = $4, figure_id = $5, target_id = $6, exact = $7,
      prefix = $8, suffix = $9, start_offset = $10, end_offset = $11, orphaned = $12, updated_at = $13,
      revision = revision + 1, updated_by = fd_author($14)
    WHERE id = $1`,
  // Re-anchoring moves the span without counting as an edit to the annotation.
  setAnchors: `
    UPDATE annotations a SET start_offset = v.start_offset, end_offset = v.end_offset, prefix = v.prefix,
      suffix = v.suffix, orphaned = v.orphaned
    FROM unnest($1::bigint[], $2::integer[], $3::integer[], $4::text[], $5::text[], $6::integer[])
      AS v (id, start_offset, end_offset, prefix, suffix, orphaned)
    WHERE a.id = v.id`,
  delete: `DELETE FROM annotations WHERE id = $1`,
  insertReply: `
    INSERT INTO annotation_replies (uuid, annotation_id, body, author, created_at)
    VALUES ($1, $2, $3, COALESCE($4, fd_author($5)), $6) RETURNING id`,
  reply: `SELECT * FROM annotation_replies WHERE id = $1`,
  replyByUuid: `SELECT * FROM annotation_replies WHERE uuid = $1`,
  deleteReply: `DELETE FROM annotation_replies WHERE id = $1`,
  storyBody: `SELECT body FROM stories WHERE id = $1`,
  storyIdentities: `SELECT id, content_hash, headline, date, source_path FROM stories WHERE id = ANY($1::bigint[])`,
  storyExists: `SELECT 1 FROM stories WHERE id = $1`,
  storyByHash: `SELECT id FROM stories WHERE content_hash = $1`,
  storiesBySourcePath: `SELECT id FROM stories WHERE source_path = $1 AND headline = $2 ORDER BY id`,
  storiesByHeadlineDate: `SELECT id FROM stories WHERE headline = $1 AND date IS NOT DISTINCT FROM $2 ORDER BY id`,
  figureStory: `SELECT story_id FROM figures WHERE id = $1`,
  figureQuotes: `SELECT id, story_id, quote, start_offset FROM figures WHERE id = ANY($1::bigint[])`,
  figuresByQuote: `SELECT id, start_offset FROM figures WHERE story_id = $1 AND quote = $2 ORDER BY id`,
  targetExists: `SELECT 1 FROM targets WHERE id = $1`,
} as const;

export interface PgAnnotationOptions {
  /** The editor's name from Settings ('' when unset: then the PostgreSQL role signs). */
  editorName(): string;
  /** Whether `db` is a transaction's client, whose reads of an annotation lock it. */
  inTransaction: boolean;
}

/** `rows` keyed by `key`, handed back in the order of `ids` (repeats repeated, the missing left out), as SQLite's per-id reads give them. */
function inOrderOf<R>(ids: number[], rows: R[], key: (row: R) => number): R[] {
  const byId = new Map<number, R[]>();
  for (const row of rows) {
    const list = byId.get(key(row));
    if (list) list.push(row);
    else byId.set(key(row), [row]);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function annotationValues(a: StoredAnnotation): unknown[] {
  return [
    a.type,
    a.comment,
    JSON.stringify(a.tags),
    a.figureId,
    a.targetId,
    a.quote.exact,
    a.quote.prefix,
    a.quote.suffix,
    a.position.start,
    a.position.end,
    a.orphaned ? 1 : 0,
  ];
}

export function pgAnnotationStore(db: Queryable, options: PgAnnotationOptions): AnnotationStore {
  const run = <R extends QueryResultRow>(name: keyof typeof SQL, values: unknown[]) =>
    db.query<R>({ name: `annotations.${name}`, text: SQL[name], values });
  const one = async <R extends QueryResultRow>(name: keyof typeof SQL, values: unknown[]) => (await run<R>(name, values)).rows[0];
  const ids = async (name: keyof typeof SQL, values: unknown[]) => (await run<{ id: number }>(name, values)).rows.map((r) => r.id);
  const withThread = async (row: AnnotationRow | undefined) =>
    row ? toAnnotation(row, (await run<ReplyRow>('repliesOf', [row.id])).rows.map(toReply)) : null;
  const byStories = async (storyIds: number[]) => {
    if (storyIds.length === 0) return [];
    const rows = (await run<AnnotationRow>('byStories', [storyIds])).rows;
    if (rows.length === 0) return [];
    const replies = (await run<ReplyRow>('repliesOfStories', [storyIds])).rows;
    return inOrderOf(storyIds, annotationsWithReplies(rows, replies), (a) => a.storyId);
  };

  return {
    async insert(a) {
      const values = [a.uuid, a.storyId, ...annotationValues(a), a.createdAt, a.updatedAt, a.author || null, options.editorName()];
      return (await one<{ id: number }>('insert', values))!.id;
    },
    async get(id) {
      return withThread(await one<AnnotationRow>(options.inTransaction ? 'getForUpdate' : 'get', [id]));
    },
    async byUuid(uuid) {
      return withThread(await one<AnnotationRow>('byUuid', [uuid]));
    },
    byStory: (storyId) => byStories([storyId]),
    byStories,
    async all() {
      const rows = (await run<AnnotationRow>('all', [])).rows;
      return rows.length === 0 ? [] : annotationsWithReplies(rows, (await run<ReplyRow>('allReplies', [])).rows);
    },
    async update(a) {
      await run('update', [a.id, ...annotationValues(a), a.updatedAt, options.editorName()]);
    },
    async setAnchors(anchors) {
      if (anchors.length === 0) return;
      await run('setAnchors', [
        anchors.map((a) => a.id),
        anchors.map((a) => a.start),
        anchors.map((a) => a.end),
        anchors.map((a) => a.prefix),
        anchors.map((a) => a.suffix),
        anchors.map((a) => (a.orphaned ? 1 : 0)),
      ]);
    },
    async delete(id) {
      return ((await run('delete', [id])).rowCount ?? 0) > 0;
    },
    async insertReply(r) {
      const values = [r.uuid, r.annotationId, r.text, r.author || null, options.editorName(), r.createdAt];
      return (await one<{ id: number }>('insertReply', values))!.id;
    },
    async reply(id) {
      const row = await one<ReplyRow>('reply', [id]);
      return row ? toReply(row) : null;
    },
    async replyByUuid(uuid) {
      const row = await one<ReplyRow>('replyByUuid', [uuid]);
      return row ? toReply(row) : null;
    },
    async deleteReply(id) {
      return ((await run('deleteReply', [id])).rowCount ?? 0) > 0;
    },
    async storyBody(storyId) {
      return (await one<{ body: string }>('storyBody', [storyId]))?.body ?? null;
    },
    async storyIdentities(storyIds) {
      if (storyIds.length === 0) return [];
      type Identity = { id: number; content_hash: string; headline: string; date: string | null; source_path: string | null };
      const rows = (await run<Identity>('storyIdentities', [storyIds])).rows;
      return inOrderOf(storyIds, rows, (r) => r.id).map(
        (r): StoryIdentity => ({ id: r.id, contentHash: r.content_hash, headline: r.headline, date: r.date, sourcePath: r.source_path }),
      );
    },
    async storyExists(storyId) {
      return (await run('storyExists', [storyId])).rows.length > 0;
    },
    async storyByHash(contentHash) {
      return (await one<{ id: number }>('storyByHash', [contentHash]))?.id ?? null;
    },
    storiesBySourcePath: (sourcePath, headline) => ids('storiesBySourcePath', [sourcePath, headline]),
    storiesByHeadlineDate: (headline, date) => ids('storiesByHeadlineDate', [headline, date]),
    async figureStory(figureId) {
      return (await one<{ story_id: number }>('figureStory', [figureId]))?.story_id ?? null;
    },
    async figureQuotes(figureIds) {
      if (figureIds.length === 0) return [];
      const rows = (await run<{ id: number; story_id: number; quote: string; start_offset: number }>('figureQuotes', [figureIds])).rows;
      return inOrderOf(figureIds, rows, (r) => r.id).map((r) => ({ id: r.id, storyId: r.story_id, quote: r.quote, start: r.start_offset }));
    },
    async figuresByQuote(storyId, quote) {
      return (await run<{ id: number; start_offset: number }>('figuresByQuote', [storyId, quote])).rows.map((r) => ({ id: r.id, start: r.start_offset }));
    },
    async targetExists(targetId) {
      return (await run('targetExists', [targetId])).rows.length > 0;
    },
  };
}
