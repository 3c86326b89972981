/**
 * Drafts as both engines store them: the columns of `drafts` and `draft_versions` and how
 * a row becomes the shape the stores return. SQLite's repository and PostgreSQL's store
 * read the same columns, so they share these rather than keep two copies in step.
 */
import type { DraftDoc, DraftLanguage, VersionReason } from '../../../../shared/domain/draft';

export interface DraftRow {
  id: number;
  title: string;
  language: DraftLanguage;
  doc: DraftDoc;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** The editor who saved it last ('' for saves before editors were kept on drafts). */
  updatedBy: string;
}

export interface DraftVersionRow {
  id: number;
  draftId: number;
  title: string;
  doc: DraftDoc;
  reason: VersionReason;
  createdAt: string;
  /** The editor who saved it ('' before authors were kept). */
  author: string;
}

/** A `drafts` row as the database hands it over. */
export interface RawDraft {
  id: number;
  title: string;
  language: DraftLanguage;
  doc_json: string;
  revision: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

/** A `draft_versions` row as the database hands it over. */
export interface RawVersion {
  id: number;
  draft_id: number;
  title: string;
  doc_json: string;
  reason: VersionReason;
  created_at: string;
  author: string;
}

export const toDraft = (r: RawDraft): DraftRow => ({
  id: r.id,
  title: r.title,
  language: r.language,
  doc: JSON.parse(r.doc_json) as DraftDoc,
  revision: r.revision,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export const toVersion = (r: RawVersion): DraftVersionRow => ({
  id: r.id,
  draftId: r.draft_id,
  title: r.title,
  doc: JSON.parse(r.doc_json) as DraftDoc,
  reason: r.reason,
  createdAt: r.created_at,
  author: r.author,
});
