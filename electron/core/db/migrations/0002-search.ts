import type { Migration } from './index';

/**
 * Full-text search for Chinese of every query length. FTS5's trigram tokenizer cannot
 * find 1–2 character queries, so the index holds text pre-tokenised by
 * electron/core/text/search-tokens.ts: CJK runs as overlapping bigrams (phrase
 * queries of consecutive bigrams find any run of 2+ characters), the distinct
 * characters of each story for 1-character queries, and other words as themselves.
 * The table is contentless: snippets are cut from stories.body.
 */
const migration: Migration = {
  version: 2,
  name: '0002-search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE story_search USING fts5 (
        headline_grams,
        body_grams,
        headline_chars,
        body_chars,
        content = '',
        contentless_delete = 1,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
    `);
  },
};

export default migration;
