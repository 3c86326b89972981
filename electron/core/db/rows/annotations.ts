/**
 * Annotations and their replies as both engines store them: the columns of `annotations`
 * and `annotation_replies`, and how a row becomes the shape the stores return. SQLite's
 * repository and PostgreSQL's store read the same columns and share these.
 */
import type { Annotation, AnnotationReply } from '../../../../shared/domain/annotation';

/** An `annotations` row as the database hands it over. */
export interface AnnotationRow {
  id: number;
  uuid: string;
  story_id: number;
  type: string;
  comment: string;
  tags_json: string;
  figure_id: number | null;
  target_id: number | null;
  exact: string;
  prefix: string;
  suffix: string;
  start_offset: number;
  end_offset: number;
  orphaned: number;
  created_at: string;
  updated_at: string;
  author: string;
  revision: number;
  updated_by: string;
}

/** An `annotation_replies` row as the database hands it over. */
export interface ReplyRow {
  id: number;
  uuid: string;
  annotation_id: number;
  body: string;
  author: string;
  created_at: string;
}

export function toReply(row: ReplyRow): AnnotationReply {
  return { id: row.id, uuid: row.uuid, annotationId: row.annotation_id, text: row.body, author: row.author, createdAt: row.created_at };
}

export function toAnnotation(row: AnnotationRow, replies: AnnotationReply[] = []): Annotation {
  return {
    id: row.id,
    uuid: row.uuid,
    storyId: row.story_id,
    type: row.type,
    comment: row.comment,
    tags: JSON.parse(row.tags_json) as string[],
    figureId: row.figure_id,
    targetId: row.target_id,
    quote: { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    position: { type: 'TextPositionSelector', start: row.start_offset, end: row.end_offset },
    orphaned: row.orphaned === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    author: row.author,
    revision: row.revision,
    updatedBy: row.updated_by,
    replies,
  };
}

/** An annotation as written: the store gives its id, and the editor now writing when it brings no author. */
export type StoredAnnotation = Omit<Annotation, 'id' | 'author' | 'replies' | 'revision' | 'updatedBy'> & { author?: string };

/** Story identity used to match an exported annotation to a story in another archive. */
export interface StoryIdentity {
  id: number;
  contentHash: string;
  headline: string;
  date: string | null;
  sourcePath: string | null;
}


/** Each annotation with its replies (oldest first), from the replies that can belong to them. */
export function annotationsWithReplies(rows: AnnotationRow[], replyRows: ReplyRow[]): Annotation[] {
  const byAnnotation = new Map<number, AnnotationReply[]>();
  for (const r of replyRows) {
    const list = byAnnotation.get(r.annotation_id);
    if (list) list.push(toReply(r));
    else byAnnotation.set(r.annotation_id, [toReply(r)]);
  }
  return rows.map((row) => toAnnotation(row, byAnnotation.get(row.id) ?? []));
}
