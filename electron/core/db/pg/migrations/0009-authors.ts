import type { PgMigration } from './index';

/**
 * SQLite's 0009-authors: who did it, on every audit entry, confirmation, annotation and
 * draft version ('' for rows written before).
 *
 * fd_author(editor) is who is writing: the editor's name from Settings, which the app
 * passes with the write, else the PostgreSQL role the editor connected as (the team
 * archive's counterpart of SQLite's system user name).
 */
const migration: PgMigration = {
  version: 9,
  name: '0009-authors',
  sql: `
    ALTER TABLE target_events ADD COLUMN author text NOT NULL DEFAULT '';
    ALTER TABLE target_evidence ADD COLUMN author text NOT NULL DEFAULT '';
    ALTER TABLE annotations ADD COLUMN author text NOT NULL DEFAULT '';
    ALTER TABLE draft_versions ADD COLUMN author text NOT NULL DEFAULT '';

    CREATE FUNCTION fd_author(editor text) RETURNS text
      LANGUAGE sql STABLE
      AS $$ SELECT COALESCE(NULLIF(btrim(editor), ''), session_user::text) $$;
  `,
};

export default migration;
