import type { PgMigration } from './index';

/**
 * SQLite's 0002-search on PostgreSQL: the same four columns, each holding the tokens of
 * electron/core/text/search-tokens.ts (CJK bigrams and words, with their positions, so a
 * phrase of bigrams matches only adjacent ones; each story's distinct CJK characters) as a
 * tsvector built from the tokens themselves, not by a text search parser, whose idea of a
 * word depends on the server's locale. GIN indexes answer the lookups; a story's row goes
 * with it.
 */
const migration: PgMigration = {
  version: 2,
  name: '0002-search',
  sql: `
    CREATE TABLE story_search (
      story_id bigint PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
      headline_grams tsvector NOT NULL,
      body_grams tsvector NOT NULL,
      headline_chars tsvector NOT NULL,
      body_chars tsvector NOT NULL
    );
    CREATE INDEX story_search_headline_grams ON story_search USING gin (headline_grams);
    CREATE INDEX story_search_body_grams ON story_search USING gin (body_grams);
    CREATE INDEX story_search_headline_chars ON story_search USING gin (headline_chars);
    CREATE INDEX story_search_body_chars ON story_search USING gin (body_chars);
  `,
};

export default migration;
