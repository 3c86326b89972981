import type { Db } from '../connection';

/** One table's rows as "export everything" writes them: column names, then each row's values in that order. */
export interface TableDump {
  columns: string[];
  rows: unknown[][];
}

const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`;

export type TableRepository = ReturnType<typeof tableRepository>;

/**
 * Whole tables, row for row: what "export everything" writes and puts back. Table names
 * come from the schema itself (or from the export's own list, checked against it).
 */
export function tableRepository(db: Db) {
  const tablesStmt = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'story_search%' ORDER BY rowid`)
    .pluck();
  const isVirtualStmt = db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = ? AND sql LIKE 'CREATE VIRTUAL%'`).pluck();
  const columnsStmt = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck();
  return {
    /** Our tables, parents before children; the FTS index is rebuilt from the stories, not copied. */
    dataTables(): string[] {
      return (tablesStmt.all() as string[]).filter((name) => !isVirtualStmt.get(name));
    },
    dump(table: string): TableDump {
      const stmt = db.prepare(`SELECT * FROM ${quoteId(table)} ORDER BY rowid`).raw();
      return { columns: stmt.columns().map((c) => c.name), rows: stmt.all() as unknown[][] };
    },
    rowCount(table: string): number {
      return db.prepare(`SELECT count(*) FROM ${quoteId(table)}`).pluck().get() as number;
    },
    /**
     * Replaces each table's rows with its dump's, ids and all; columns this version does
     * not have are left out. Run it inside a transaction: references between the tables
     * are checked at its commit, so they may go in table by table.
     */
    replaceRows(dumps: ReadonlyArray<readonly [string, TableDump]>): void {
      db.pragma('defer_foreign_keys = ON');
      for (const [table, dump] of dumps) {
        const columns = new Set(columnsStmt.all(table) as string[]);
        const keep = dump.columns.map((c, i) => [c, i] as const).filter(([c]) => columns.has(c));
        db.prepare(`DELETE FROM ${quoteId(table)}`).run();
        const insert = db.prepare(`INSERT INTO ${quoteId(table)} (${keep.map(([c]) => quoteId(c)).join(', ')}) VALUES (${keep.map(() => '?').join(', ')})`);
        for (const row of dump.rows) insert.run(...keep.map(([, i]) => row[i]));
      }
    },
  };
}
