import type { Db } from '../connection';
import type { DraftDoc, DraftLanguage, VersionReason } from '../../../../shared/domain/draft';
import { toDraft, toVersion, type DraftRow, type DraftVersionRow, type RawDraft, type RawVersion } from '../rows/drafts';

export type DraftRepository = ReturnType<typeof draftRepository>;

/** The only place that reads and writes drafts and their version history. */
export function draftRepository(db: Db) {
  const insertStmt = db.prepare(`
    INSERT INTO drafts (title, language, doc_json, revision, created_at, updated_at, updated_by)
    VALUES (@title, @language, @docJson, 1, @now, @now, fd_author()) RETURNING id`);
  const getStmt = db.prepare(`SELECT * FROM drafts WHERE id = ?`);
  const listStmt = db.prepare(`SELECT * FROM drafts ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?`);
  const countStmt = db.prepare(`SELECT count(*) FROM drafts`).pluck();
  const allIdsStmt = db.prepare(`SELECT id FROM drafts ORDER BY id`).pluck();
  const updateStmt = db.prepare(`
    UPDATE drafts SET title = @title, doc_json = @docJson, revision = revision + 1, updated_at = @now, updated_by = fd_author()
    WHERE id = @id RETURNING revision`);
  const deleteStmt = db.prepare(`DELETE FROM drafts WHERE id = ?`);
  const addVersionStmt = db.prepare(`
    INSERT INTO draft_versions (draft_id, title, doc_json, reason, created_at, author)
    VALUES (@draftId, @title, @docJson, @reason, @now, fd_author()) RETURNING id`);
  const versionsStmt = db.prepare(`SELECT * FROM draft_versions WHERE draft_id = ? ORDER BY id DESC LIMIT ?`);
  const versionStmt = db.prepare(`SELECT * FROM draft_versions WHERE id = ?`);
  const latestVersionStmt = db.prepare(`SELECT * FROM draft_versions WHERE draft_id = ? ORDER BY id DESC LIMIT 1`);

  return {
    insert(d: { title: string; language: DraftLanguage; doc: DraftDoc }, now: string): number {
      return (insertStmt.get({ title: d.title, language: d.language, docJson: JSON.stringify(d.doc), now }) as { id: number }).id;
    },
    get(id: number): DraftRow | null {
      const row = getStmt.get(id) as RawDraft | undefined;
      return row ? toDraft(row) : null;
    },
    list(offset: number, limit: number): DraftRow[] {
      return (listStmt.all(limit, offset) as RawDraft[]).map(toDraft);
    },
    count(): number {
      return countStmt.get() as number;
    },
    /** Every draft's id, oldest first (what "export everything" writes out). */
    allIds(): number[] {
      return allIdsStmt.all() as number[];
    },
    /** Returns the new revision; the save is signed by the editor now writing. */
    update(id: number, fields: { title: string; doc: DraftDoc }, now: string): number {
      const row = updateStmt.get({ id, title: fields.title, docJson: JSON.stringify(fields.doc), now }) as { revision: number };
      return row.revision;
    },
    delete(id: number): boolean {
      return deleteStmt.run(id).changes > 0;
    },
    addVersion(v: { draftId: number; title: string; doc: DraftDoc; reason: VersionReason }, now: string): number {
      return (addVersionStmt.get({ draftId: v.draftId, title: v.title, docJson: JSON.stringify(v.doc), reason: v.reason, now }) as {
        id: number;
      }).id;
    },
    versions(draftId: number, limit: number): DraftVersionRow[] {
      return (versionsStmt.all(draftId, limit) as RawVersion[]).map(toVersion);
    },
    version(id: number): DraftVersionRow | null {
      const row = versionStmt.get(id) as RawVersion | undefined;
      return row ? toVersion(row) : null;
    },
    latestVersion(draftId: number): DraftVersionRow | null {
      const row = latestVersionStmt.get(draftId) as RawVersion | undefined;
      return row ? toVersion(row) : null;
    },
  };
}
