import type { PgMigration } from './index';

/**
 * SQLite's 0016-editors-at-once: each save of a draft records who made it. And what only a
 * shared archive needs (SQLite's file has one app at a time, so nobody else to tell): every
 * write to annotations and drafts is announced on the channel `fd_changes` as
 * {schema, table, op, id, revision, by}, so open apps hear others' changes (pg/changes.ts).
 * NOTIFY is delivered when the writing transaction commits, and never when it rolls back.
 * `by` is who the row says changed it; a deletion leaves no row, so it names the role.
 */
const migration: PgMigration = {
  version: 16,
  name: '0016-editors-at-once',
  sql: `
    ALTER TABLE drafts ADD COLUMN updated_by text NOT NULL DEFAULT '';

    CREATE FUNCTION fd_announce_change() RETURNS trigger
      LANGUAGE plpgsql
      AS $$
      DECLARE r jsonb;
      BEGIN
        IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
        PERFORM pg_notify('fd_changes', json_build_object(
          'schema', TG_TABLE_SCHEMA,
          'table', TG_TABLE_NAME,
          'op', lower(TG_OP),
          'id', (r->>'id')::bigint,
          'revision', (r->>'revision')::integer,
          'by', CASE WHEN TG_OP = 'DELETE' THEN session_user::text
                     ELSE COALESCE(NULLIF(r->>'updated_by', ''), NULLIF(r->>'author', ''), session_user::text) END
        )::text);
        RETURN NULL;
      END $$;
    CREATE TRIGGER annotations_announce AFTER INSERT OR UPDATE OR DELETE ON annotations
      FOR EACH ROW EXECUTE FUNCTION fd_announce_change();
    CREATE TRIGGER drafts_announce AFTER INSERT OR UPDATE OR DELETE ON drafts
      FOR EACH ROW EXECUTE FUNCTION fd_announce_change();
  `,
};

export default migration;
