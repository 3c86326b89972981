import type { Db } from '../connection';
import type { Annotation, AnnotationReply } from '../../../../shared/domain/annotation';
import { annotationsWithReplies, toAnnotation, toReply, type AnnotationRow, type ReplyRow, type StoredAnnotation, type StoryIdentity } from '../rows/annotations';

function toParams(a: StoredAnnotation) {
  return {
    uuid: a.uuid,
    storyId: a.storyId,
    type: a.type,
    comment: a.comment,
    tagsJson: JSON.stringify(a.tags),
    figureId: a.figureId,
    targetId: a.targetId,
    exact: a.quote.exact,
    prefix: a.quote.prefix,
    suffix: a.quote.suffix,
    start: a.position.start,
    end: a.position.end,
    orphaned: a.orphaned ? 1 : 0,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    author: a.author || null,
  };
}

export type AnnotationRepository = ReturnType<typeof annotationRepository>;

/** The annotations' prepared statements (replies made on first use), once per connection. */
function annotationStatements(db: Db) {
  const insertStmt = db.prepare(`
    INSERT INTO annotations (uuid, story_id, type, comment, tags_json, figure_id, target_id, exact, prefix, suffix,
      start_offset, end_offset, orphaned, created_at, updated_at, author)
    VALUES (@uuid, @storyId, @type, @comment, @tagsJson, @figureId, @targetId, @exact, @prefix, @suffix,
      @start, @end, @orphaned, @createdAt, @updatedAt, COALESCE(@author, fd_author()))
    RETURNING id`);
  const getStmt = db.prepare(`SELECT * FROM annotations WHERE id = ?`);
  const byUuidStmt = db.prepare(`SELECT * FROM annotations WHERE uuid = ?`);
  const byStoryStmt = db.prepare(`SELECT * FROM annotations WHERE story_id = ? ORDER BY orphaned, start_offset, id`);
  const byFigureStmt = db.prepare(`SELECT * FROM annotations WHERE figure_id = ? ORDER BY story_id, start_offset`);
  const byTargetStmt = db.prepare(`SELECT * FROM annotations WHERE target_id = ? ORDER BY story_id, start_offset`);
  const allStmt = db.prepare(`SELECT * FROM annotations ORDER BY story_id, start_offset, id`);
  const orphanedStmt = db.prepare(`SELECT * FROM annotations WHERE orphaned = 1 ORDER BY story_id, id`);
  const updateStmt = db.prepare(`
    UPDATE annotations SET type = @type, comment = @comment, tags_json = @tagsJson, figure_id = @figureId,
      target_id = @targetId, exact = @exact, prefix = @prefix, suffix = @suffix, start_offset = @start,
      end_offset = @end, orphaned = @orphaned, updated_at = @updatedAt, revision = revision + 1, updated_by = fd_author()
    WHERE id = @id`);
  // Re-anchoring moves the span without counting as an edit to the annotation.
  const anchorStmt = db.prepare(`
    UPDATE annotations SET start_offset = @start, end_offset = @end, prefix = @prefix, suffix = @suffix, orphaned = @orphaned
    WHERE id = @id`);
  const deleteStmt = db.prepare(`DELETE FROM annotations WHERE id = ?`);
  const countByStoryStmt = db.prepare(`SELECT count(*) FROM annotations WHERE story_id = ?`).pluck();
  const identityStmt = db.prepare(`SELECT id, content_hash, headline, date, source_path FROM stories WHERE id = ?`);
  const byHashStmt = db.prepare(`SELECT id FROM stories WHERE content_hash = ?`).pluck();
  const bySourcePathStmt = db.prepare(`SELECT id FROM stories WHERE source_path = ? AND headline = ? ORDER BY id`).pluck();
  const byHeadlineDateStmt = db.prepare(`SELECT id FROM stories WHERE headline = ? AND date IS ? ORDER BY id`).pluck();
  const storyExistsStmt = db.prepare(`SELECT 1 FROM stories WHERE id = ?`).pluck();
  const figureExistsStmt = db.prepare(`SELECT story_id FROM figures WHERE id = ?`).pluck();
  const targetExistsStmt = db.prepare(`SELECT 1 FROM targets WHERE id = ?`).pluck();
  // Reply statements are prepared on first use (then kept): a test that writes stories into an
  // archive at an older schema, before annotation_replies exists, never reaches them.
  const once = <T,>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const insertReplyStmt = once(() =>
    db.prepare(`
    INSERT INTO annotation_replies (uuid, annotation_id, body, author, created_at)
    VALUES (@uuid, @annotationId, @text, COALESCE(@author, fd_author()), @createdAt)
    RETURNING id`),
  );
  const repliesOfStmt = once(() => db.prepare(`SELECT * FROM annotation_replies WHERE annotation_id = ? ORDER BY created_at, id`));
  const repliesOfStoryStmt = once(() =>
    db.prepare(`
    SELECT r.* FROM annotation_replies r JOIN annotations a ON a.id = r.annotation_id
    WHERE a.story_id = ? ORDER BY r.created_at, r.id`),
  );
  const allRepliesStmt = once(() => db.prepare(`SELECT * FROM annotation_replies ORDER BY created_at, id`));
  const replyStmt = once(() => db.prepare(`SELECT * FROM annotation_replies WHERE id = ?`));
  const replyByUuidStmt = once(() => db.prepare(`SELECT * FROM annotation_replies WHERE uuid = ?`));
  const deleteReplyStmt = once(() => db.prepare(`DELETE FROM annotation_replies WHERE id = ?`));
  const figureByQuoteStmt = db.prepare(`SELECT id, start_offset FROM figures WHERE story_id = ? AND quote = ? ORDER BY id`);
  const figureQuoteStmt = db.prepare(`SELECT id, story_id, quote, start_offset FROM figures WHERE id = ?`);
  const storyBodyStmt = db.prepare(`SELECT body FROM stories WHERE id = ?`).pluck();

  /** Each annotation with its replies, from one query of the replies that can belong to them. */
  return { insertStmt, getStmt, byUuidStmt, byStoryStmt, byFigureStmt, byTargetStmt, allStmt, orphanedStmt, updateStmt, anchorStmt, deleteStmt, countByStoryStmt, identityStmt, byHashStmt, bySourcePathStmt, byHeadlineDateStmt, storyExistsStmt, figureExistsStmt, targetExistsStmt, insertReplyStmt, repliesOfStmt, repliesOfStoryStmt, allRepliesStmt, replyStmt, replyByUuidStmt, deleteReplyStmt, figureByQuoteStmt, figureQuoteStmt, storyBodyStmt };
}

/** The only place that reads and writes the annotations table. */
export function annotationRepository(db: Db) {
  const { insertStmt, getStmt, byUuidStmt, byStoryStmt, byFigureStmt, byTargetStmt, allStmt, orphanedStmt, updateStmt, anchorStmt, deleteStmt, countByStoryStmt, identityStmt, byHashStmt, bySourcePathStmt, byHeadlineDateStmt, storyExistsStmt, figureExistsStmt, targetExistsStmt, insertReplyStmt, repliesOfStmt, repliesOfStoryStmt, allRepliesStmt, replyStmt, replyByUuidStmt, deleteReplyStmt, figureByQuoteStmt, figureQuoteStmt, storyBodyStmt } = annotationStatements(db);
  const withReplies = (rows: AnnotationRow[], replyRows: () => ReplyRow[]): Annotation[] =>
    rows.length === 0 ? [] : annotationsWithReplies(rows, replyRows());
  const one = (row: AnnotationRow | undefined): Annotation | null =>
    row ? toAnnotation(row, (repliesOfStmt().all(row.id) as ReplyRow[]).map(toReply)) : null;

  type Identity = { id: number; content_hash: string; headline: string; date: string | null; source_path: string | null };

  return {
    /** Made by the editor now, unless it brings its author (an imported annotation keeps its creator). */
    insert(a: StoredAnnotation): number {
      return (insertStmt.get(toParams(a)) as { id: number }).id;
    },
    get(id: number): Annotation | null {
      return one(getStmt.get(id) as AnnotationRow | undefined);
    },
    byUuid(uuid: string): Annotation | null {
      return one(byUuidStmt.get(uuid) as AnnotationRow | undefined);
    },
    byStory(storyId: number): Annotation[] {
      return withReplies(byStoryStmt.all(storyId) as AnnotationRow[], () => repliesOfStoryStmt().all(storyId) as ReplyRow[]);
    },
    /** Several stories' annotations, story by story in the order given. */
    byStories(storyIds: number[]): Annotation[] {
      return storyIds.flatMap((id) => this.byStory(id));
    },
    byFigure(figureId: number): Annotation[] {
      return (byFigureStmt.all(figureId) as AnnotationRow[]).map((r) => one(r)!);
    },
    byTarget(targetId: number): Annotation[] {
      return (byTargetStmt.all(targetId) as AnnotationRow[]).map((r) => one(r)!);
    },
    all(): Annotation[] {
      return withReplies(allStmt.all() as AnnotationRow[], () => allRepliesStmt().all() as ReplyRow[]);
    },
    orphaned(): Annotation[] {
      return (orphanedStmt.all() as AnnotationRow[]).map((r) => one(r)!);
    },
    /** Written by the editor now, unless it brings its author (an imported reply keeps its creator). */
    insertReply(r: { uuid: string; annotationId: number; text: string; createdAt: string; author?: string }): number {
      return (insertReplyStmt().get({ ...r, author: r.author || null }) as { id: number }).id;
    },
    reply(id: number): AnnotationReply | null {
      const row = replyStmt().get(id) as ReplyRow | undefined;
      return row ? toReply(row) : null;
    },
    replyByUuid(uuid: string): AnnotationReply | null {
      const row = replyByUuidStmt().get(uuid) as ReplyRow | undefined;
      return row ? toReply(row) : null;
    },
    deleteReply(id: number): boolean {
      return deleteReplyStmt().run(id).changes > 0;
    },
    countByStory(storyId: number): number {
      return countByStoryStmt.get(storyId) as number;
    },
    update(a: Annotation): void {
      updateStmt.run({ ...toParams(a), id: a.id });
    },
    setAnchor(id: number, anchor: { start: number; end: number; prefix: string; suffix: string; orphaned: boolean }): void {
      anchorStmt.run({ ...anchor, id, orphaned: anchor.orphaned ? 1 : 0 });
    },
    setAnchors(anchors: Array<{ id: number; start: number; end: number; prefix: string; suffix: string; orphaned: boolean }>): void {
      for (const { id, ...anchor } of anchors) this.setAnchor(id, anchor);
    },
    delete(id: number): boolean {
      return deleteStmt.run(id).changes > 0;
    },
    storyIdentity(storyId: number): StoryIdentity | null {
      const row = identityStmt.get(storyId) as Identity | undefined;
      return row
        ? { id: row.id, contentHash: row.content_hash, headline: row.headline, date: row.date, sourcePath: row.source_path }
        : null;
    },
    /** What identifies each story in another archive; stories that are gone are left out. */
    storyIdentities(storyIds: number[]): StoryIdentity[] {
      return storyIds.flatMap((id) => this.storyIdentity(id) ?? []);
    },
    /** The body the story's annotations anchor in, or null when there is no such story. */
    storyBody(storyId: number): string | null {
      return (storyBodyStmt.get(storyId) as string | undefined) ?? null;
    },
    storyExists(storyId: number): boolean {
      return storyExistsStmt.get(storyId) !== undefined;
    },
    storyByHash(hash: string): number | null {
      return (byHashStmt.get(hash) as number | undefined) ?? null;
    },
    storiesBySourcePath(sourcePath: string, headline: string): number[] {
      return bySourcePathStmt.all(sourcePath, headline) as number[];
    },
    storiesByHeadlineDate(headline: string, date: string | null): number[] {
      return byHeadlineDateStmt.all(headline, date) as number[];
    },
    /** The story the figure belongs to, or null when there is no such figure. */
    figureStory(figureId: number): number | null {
      return (figureExistsStmt.get(figureId) as number | undefined) ?? null;
    },
    /** The figures' quotes and offsets; figures that are gone are left out. */
    figureQuotes(figureIds: number[]): Array<{ id: number; storyId: number; quote: string; start: number }> {
      return figureIds.flatMap((id) => {
        const row = figureQuoteStmt.get(id) as { id: number; story_id: number; quote: string; start_offset: number } | undefined;
        return row ? [{ id: row.id, storyId: row.story_id, quote: row.quote, start: row.start_offset }] : [];
      });
    },
    targetExists(targetId: number): boolean {
      return targetExistsStmt.get(targetId) !== undefined;
    },
    figuresByQuote(storyId: number, quote: string): Array<{ id: number; start: number }> {
      return (figureByQuoteStmt.all(storyId, quote) as Array<{ id: number; start_offset: number }>).map((r) => ({
        id: r.id,
        start: r.start_offset,
      }));
    },
  };
}
