/**
 * SettingsStore (repositories/types.ts) on PostgreSQL. The team archive's settings table
 * is the desk's: every editor's app reads the same cities, tolerance and annotation types.
 * The editor's name is not the desk's but each editor's own (it signs what they write), so
 * it never goes into that table, where the last name saved would sign every editor's
 * writes: it stays with this app's stores, and reads back from there.
 */
import type { QueryResultRow } from 'pg';
import { EDITOR_NAME_KEY } from '../repositories/author';
import type { SettingsStore } from '../repositories/types';
import type { Queryable } from './pool';

const SQL = {
  all: `SELECT key, value FROM settings`,
  set: `INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
} as const;

/** Who signs this app's writes: the name given in Settings here, else the one the stores were opened with. */
export interface EditorName {
  get(): string;
  set(value: unknown): void;
}

/** `opened` is the name the app opened the archive with ('' when none: then the PostgreSQL role signs). */
export function editorNameSource(opened: () => string): EditorName {
  let chosen: string | null = null;
  return {
    get: () => chosen ?? opened(),
    set(value) {
      chosen = typeof value === 'string' ? value.trim() : '';
    },
  };
}

export function pgSettingsStore(db: Queryable, editor: EditorName): SettingsStore {
  const run = <R extends QueryResultRow>(name: keyof typeof SQL, values: unknown[]) =>
    db.query<R>({ name: `settings.${name}`, text: SQL[name], values });

  return {
    async all() {
      const out: Record<string, unknown> = {};
      for (const row of (await run<{ key: string; value: string }>('all', [])).rows) {
        // The desk's table holds no editor's name; one written there by hand is not this editor's either.
        if (row.key === EDITOR_NAME_KEY) continue;
        try {
          out[row.key] = JSON.parse(row.value);
        } catch {
          // A value this version cannot read is ignored rather than blocking the app.
        }
      }
      const name = editor.get().trim();
      if (name) out[EDITOR_NAME_KEY] = name;
      return out;
    },
    async set(key, value) {
      if (key === EDITOR_NAME_KEY) editor.set(value);
      else await run('set', [key, JSON.stringify(value)]);
    },
  };
}
