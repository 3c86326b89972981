import type { Db } from '../connection';
import type { Story, StorySummary } from '../../../../shared/domain/story';

export interface NewStory {
  publicationId: number | null;
  date: string | null;
  headline: string;
  subhead: string | null;
  kicker: string | null;
  byline: string | null;
  dateline: string | null;
  body: string;
  truncated: boolean;
  genre: Story['genre'];
  language: Story['language'];
  sourcePath: string | null;
  importBatchId: number | null;
  contentHash: string;
}

interface StoryRow {
  id: number;
  publication: string | null;
  date: string | null;
  headline: string;
  subhead: string | null;
  kicker: string | null;
  byline: string | null;
  dateline: string | null;
  body: string;
  truncated: number;
  genre: Story['genre'];
  language: Story['language'];
  source_path: string | null;
  import_batch_id: number | null;
  created_at: string;
  updated_at: string;
}

const SELECT_STORY = `
  SELECT s.id, p.name AS publication, s.date, s.headline, s.subhead, s.kicker, s.byline, s.dateline, s.body,
         s.truncated, s.genre, s.language, s.source_path, s.import_batch_id, s.created_at, s.updated_at
  FROM stories s LEFT JOIN publications p ON p.id = s.publication_id`;

const SUMMARY_COLUMNS = `s.id, p.name AS publication, s.date, s.headline, s.byline, s.truncated, s.genre, s.language`;

function toStory(row: StoryRow): Story {
  return {
    id: row.id,
    publication: row.publication,
    date: row.date,
    headline: row.headline,
    subhead: row.subhead,
    kicker: row.kicker,
    byline: row.byline,
    dateline: row.dateline,
    body: row.body,
    truncated: row.truncated === 1,
    genre: row.genre,
    language: row.language,
    sourcePath: row.source_path,
    importBatchId: row.import_batch_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toSummary(row: Omit<StoryRow, 'body' | 'subhead' | 'kicker' | 'dateline' | 'source_path' | 'import_batch_id' | 'created_at' | 'updated_at'>): StorySummary {
  return {
    id: row.id,
    publication: row.publication,
    date: row.date,
    headline: row.headline,
    byline: row.byline,
    truncated: row.truncated === 1,
    genre: row.genre,
    language: row.language,
  };
}

export interface ListFilters {
  from: string | null;
  to: string | null;
  publication: string | null;
  byline: string | null;
}

/** What an editor's fix writes over a story: its text and metadata, with the new content hash. */
export type StoryUpdate = Pick<Story, 'date' | 'headline' | 'subhead' | 'kicker' | 'byline' | 'dateline' | 'body'> & {
  publicationId: number | null;
  contentHash: string;
};

const hasFilters = (f: ListFilters) => f.from !== null || f.to !== null || f.publication !== null || f.byline !== null;

export type StoryRepository = ReturnType<typeof storyRepository>;

/** The only place that reads and writes the stories table. */
export function storyRepository(db: Db) {
  const insertStmt = db.prepare(`
    INSERT INTO stories (publication_id, date, headline, subhead, kicker, byline, dateline, body, truncated, genre, language,
                         source_path, import_batch_id, content_hash, created_at, updated_at)
    VALUES (@publicationId, @date, @headline, @subhead, @kicker, @byline, @dateline, @body, @truncated, @genre, @language,
            @sourcePath, @importBatchId, @contentHash, @now, @now)
    ON CONFLICT (content_hash) DO NOTHING
    RETURNING id`);
  const byHashStmt = db.prepare(`SELECT id FROM stories WHERE content_hash = ?`);
  const getStmt = db.prepare(`${SELECT_STORY} WHERE s.id = ?`);
  const summaryStmt = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM stories s LEFT JOIN publications p ON p.id = s.publication_id WHERE s.id = ?`);
  // Newest first; stories without a date sink to the end, as SQLite sorts NULL below any
  // value. Written as the stories_by_date index reads backwards: an extra `date IS NULL` term
  // made SQLite sort the whole table, 5 s for a page of the list at 200,000 stories.
  const listStmt = db.prepare(`
    SELECT ${SUMMARY_COLUMNS} FROM stories s LEFT JOIN publications p ON p.id = s.publication_id
    ORDER BY s.date DESC, s.id DESC LIMIT ? OFFSET ?`);
  const countStmt = db.prepare(`SELECT count(*) AS n FROM stories`).pluck();
  const FILTERS = `
    WHERE (@from IS NULL OR s.date >= @from)
      AND (@to IS NULL OR s.date <= @to)
      AND (@publication IS NULL OR p.name = @publication)
      AND (@byline IS NULL OR instr(s.byline, @byline) > 0)`;
  const filteredListStmt = db.prepare(`
    SELECT ${SUMMARY_COLUMNS} FROM stories s LEFT JOIN publications p ON p.id = s.publication_id ${FILTERS}
    ORDER BY s.date DESC, s.id DESC LIMIT @limit OFFSET @offset`);
  const filteredCountStmt = db
    .prepare(`SELECT count(*) FROM stories s LEFT JOIN publications p ON p.id = s.publication_id ${FILTERS}`)
    .pluck();
  const updateStmt = db.prepare(`
    UPDATE stories SET publication_id = @publicationId, date = @date, headline = @headline, subhead = @subhead,
      kicker = @kicker, byline = @byline, dateline = @dateline, body = @body, content_hash = @contentHash, updated_at = @now
    WHERE id = @id`);
  const deleteStmt = db.prepare(`DELETE FROM stories WHERE id = ?`);
  const allIdsStmt = db.prepare(`SELECT id FROM stories ORDER BY id`).pluck();

  return {
    /** Inserts unless a story with the same content hash exists; returns the new id or the existing one. */
    insert(story: NewStory, now: string): { id: number; duplicate: boolean } {
      const row = insertStmt.get({ ...story, truncated: story.truncated ? 1 : 0, now }) as { id: number } | undefined;
      if (row) return { id: row.id, duplicate: false };
      const existing = byHashStmt.get(story.contentHash) as { id: number };
      return { id: existing.id, duplicate: true };
    },
    findIdByHash(hash: string): number | null {
      return (byHashStmt.get(hash) as { id: number } | undefined)?.id ?? null;
    },
    get(id: number): Story | null {
      const row = getStmt.get(id) as StoryRow | undefined;
      return row ? toStory(row) : null;
    },
    summary(id: number): StorySummary | null {
      const row = summaryStmt.get(id) as StoryRow | undefined;
      return row ? toSummary(row) : null;
    },
    list(offset: number, limit: number, filters?: ListFilters): StorySummary[] {
      if (filters && hasFilters(filters)) return (filteredListStmt.all({ ...filters, limit, offset }) as StoryRow[]).map(toSummary);
      return (listStmt.all(limit, offset) as StoryRow[]).map(toSummary);
    },
    count(filters?: ListFilters): number {
      if (filters && hasFilters(filters)) return filteredCountStmt.get(filters) as number;
      return countStmt.get() as number;
    },
    update(id: number, fields: StoryUpdate, now: string): void {
      updateStmt.run({ ...fields, id, now });
    },
    delete(id: number): boolean {
      return deleteStmt.run(id).changes > 0;
    },
    allIds(): number[] {
      return allIdsStmt.all() as number[];
    },
  };
}
