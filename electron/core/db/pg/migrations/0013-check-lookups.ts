import type { PgMigration } from './index';

/**
 * SQLite's 0013-check-lookups: the check's covering index for earlier reporting of a
 * metric, and the register's version, which counts every change to targets so the check's
 * in-memory copy knows when it is stale by reading one row.
 */
const migration: PgMigration = {
  version: 13,
  name: '0013-check-lookups',
  sql: `
    CREATE INDEX figures_by_metric_span ON figures (metric_key, period_to, period_from, story_id) WHERE review <> 'rejected';

    CREATE TABLE register_version (
      id integer PRIMARY KEY CHECK (id = 1),
      version bigint NOT NULL
    );
    INSERT INTO register_version (id, version) VALUES (1, 0);
    CREATE FUNCTION register_version_bump() RETURNS trigger
      LANGUAGE plpgsql
      AS $$ BEGIN UPDATE register_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$;
    CREATE TRIGGER register_version_on_change AFTER INSERT OR UPDATE OR DELETE ON targets
      FOR EACH ROW EXECUTE FUNCTION register_version_bump();
  `,
};

export default migration;
